#include "PrintBlocks_p.h"

#include "CellBox_p.h"
#include "PrintStyle_p.h"
#include "TextBox_p.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <numeric>

namespace csm::print {

double LaidOut::height(int from, int to) const
{
    return std::accumulate(slices.begin() + from, slices.begin() + to, 0.0);
}

double LaidOut::firstPart() const
{
    if (!breakable)
        return total();
    return header + height(0, std::min<int>(minFirst, int(slices.size())));
}

namespace {

// A block that is one slice, painted by a function.
class Painted : public LaidOut
{
public:
    using Paint = std::function<void(QPainter&, QPointF)>;
    Painted(double height, Paint paint) : m_paint(std::move(paint))
    {
        slices = {height};
        breakable = false;
    }
    void paint(QPainter& painter, QPointF topLeft, int, int) const override { m_paint(painter, topLeft); }

private:
    Paint m_paint;
};

class TitleBlock : public Block
{
public:
    TitleBlock(QString title, QString subtitle, QString eyebrow)
        : m_title(std::move(title)), m_subtitle(std::move(subtitle)), m_eyebrow(std::move(eyebrow))
    {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        const TextBox eyebrow(m_eyebrow, s.font(Role::Eyebrow), c.width, c.device, s.lineFactor());
        const TextBox title(m_title, s.font(Role::Title), c.width, c.device, 0.95);
        const TextBox subtitle(m_subtitle, s.font(Role::Subtitle), c.width, c.device, s.lineFactor());
        const double eyebrowGap = eyebrow.lineCount() ? s.pt(3) : 0;
        const double subtitleGap = subtitle.lineCount() ? s.pt(3) : 0;
        const double barGap = s.pt(10), barHeight = s.pt(2.5), barWidth = s.pt(36);
        const double height = eyebrow.height() + eyebrowGap + title.height() + subtitleGap +
                              subtitle.height() + barGap + barHeight;
        const QColor eyebrowColor = s.color(Role::Eyebrow), subtitleColor = s.color(Role::Subtitle);
        auto laid = std::make_unique<Painted>(height, [=](QPainter& p, QPointF at) {
            eyebrow.draw(p, at, eyebrowColor);
            at.ry() += eyebrow.height() + eyebrowGap;
            title.draw(p, at, PrintStyle::ink());
            at.ry() += title.height() + subtitleGap;
            subtitle.draw(p, at, subtitleColor);
            at.ry() += subtitle.height() + barGap;
            p.fillRect(QRectF(at, QSizeF(barWidth, barHeight)), PrintStyle::accent());
        });
        laid->spaceAfter = s.pt(18);
        return laid;
    }

private:
    QString m_title, m_subtitle, m_eyebrow;
};

class HeadingBlock : public Block
{
public:
    HeadingBlock(QString text, int level) : m_text(std::move(text)), m_level(level) {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        const bool major = m_level <= 1;
        const TextBox text(m_text, s.font(major ? Role::Heading1 : Role::Heading2), c.width, c.device, 1.0);
        const double ruleGap = major ? s.pt(3) : 0;
        const double rule = major ? s.pt(0.6) : 0;
        const double width = c.width;
        auto laid = std::make_unique<Painted>(text.height() + ruleGap + rule, [=](QPainter& p, QPointF at) {
            text.draw(p, at, PrintStyle::ink());
            if (rule > 0)
                p.fillRect(QRectF(at + QPointF(0, text.height() + ruleGap), QSizeF(width, rule)),
                           PrintStyle::hairline());
        });
        laid->spaceBefore = s.pt(major ? 16 : 11);
        laid->spaceAfter = s.pt(major ? 7 : 4);
        laid->keepWithNext = true;
        return laid;
    }

private:
    QString m_text;
    int m_level;
};

class ParagraphLayout : public LaidOut
{
public:
    ParagraphLayout(TextBox text, QColor color) : m_text(std::move(text)), m_color(color)
    {
        for (int i = 0; i < m_text.lineCount(); ++i)
            slices.append(m_text.linePitch());
        minFirst = 2;
    }
    void paint(QPainter& painter, QPointF topLeft, int from, int to) const override
    {
        m_text.draw(painter, topLeft, m_color, from, to);
    }

private:
    TextBox m_text;
    QColor m_color;
};

class ParagraphBlock : public Block
{
public:
    ParagraphBlock(QString text, TextStyle style) : m_text(std::move(text)), m_style(style) {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const Role role = m_style == TextStyle::Body    ? Role::Body
                          : m_style == TextStyle::Muted ? Role::Muted
                                                        : Role::Small;
        auto laid = std::make_unique<ParagraphLayout>(
            TextBox(m_text, c.style.font(role), c.width, c.device, c.style.lineFactor()),
            c.style.color(role));
        laid->spaceAfter = c.style.pt(6);
        return laid;
    }

private:
    QString m_text;
    TextStyle m_style;
};

class FactsLayout : public LaidOut
{
public:
    struct Item
    {
        TextBox label;
        CellBox value;
        QPointF at; // within its row
    };
    QList<QList<Item>> rows;
    QList<double> rowHeights; // without the gap under the row
    QList<double> valueTops;  // within the row, under the tallest label
    double labelGap = 0;
    double rowGap = 0;
    double cellWidth = 0;
    double padding = 0; // tiles: inside the tile
    bool tiles = false;

    void paint(QPainter& painter, QPointF topLeft, int from, int to) const override
    {
        QPointF rowTop = topLeft;
        for (int r = from; r < to; ++r) {
            for (const Item& item : rows[r]) {
                const QPointF at = rowTop + item.at;
                if (tiles) {
                    painter.save();
                    painter.setRenderHint(QPainter::Antialiasing);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(PrintStyle::zebra());
                    painter.drawRoundedRect(QRectF(at, QSizeF(cellWidth, rowHeights[r])), padding / 2,
                                            padding / 2);
                    painter.restore();
                }
                const QPointF inner = at + QPointF(padding, padding);
                item.label.draw(painter, inner, PrintStyle::muted());
                item.value.draw(painter, inner + QPointF(0, valueTops[r]));
            }
            rowTop.ry() += slices[r];
        }
    }
};

class FactsBlock : public Block
{
public:
    FactsBlock(QList<Fact> facts, int columns, bool prominent)
        : m_facts(std::move(facts)), m_columns(std::max(1, columns)), m_prominent(prominent)
    {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        auto laid = std::make_unique<FactsLayout>();
        laid->tiles = m_prominent;
        laid->padding = m_prominent ? s.pt(8) : 0;
        laid->labelGap = s.pt(m_prominent ? 2 : 1.5);
        laid->rowGap = s.pt(m_prominent ? 8 : 9);
        const double gap = s.pt(m_prominent ? 8 : 14);
        laid->cellWidth = (c.width - gap * (m_columns - 1)) / m_columns;
        const double inner = laid->cellWidth - 2 * laid->padding;
        for (qsizetype i = 0; i < m_facts.size(); i += m_columns) {
            QList<FactsLayout::Item> row;
            double labels = 0, values = 0;
            for (qsizetype k = i; k < std::min(m_facts.size(), i + m_columns); ++k) {
                const Fact& f = m_facts[k];
                FactsLayout::Item item{TextBox(f.label, s.font(Role::Label), inner, c.device, s.lineFactor()),
                                       CellBox(f.value, s, c.device, inner, Qt::AlignLeft,
                                               m_prominent ? Role::Prominent : Role::Body),
                                       QPointF((k - i) * (laid->cellWidth + gap), 0)};
                labels = std::max(labels, item.label.height());
                values = std::max(values, item.value.height());
                row.append(std::move(item));
            }
            laid->rows.append(std::move(row));
            laid->valueTops.append(labels +
                                   laid->labelGap); // values of a row on one line, however labels wrap
            laid->rowHeights.append(labels + laid->labelGap + values + 2 * laid->padding);
            laid->slices.append(laid->rowHeights.last() + laid->rowGap);
        }
        laid->breakable = false;
        // The last row's gap is the block's space after.
        if (!laid->slices.isEmpty())
            laid->slices.last() -= laid->rowGap;
        laid->spaceAfter = s.pt(10);
        return laid;
    }

private:
    QList<Fact> m_facts;
    int m_columns;
    bool m_prominent;
};

class ProgressBlock : public Block
{
public:
    ProgressBlock(QString label, double fraction, QString value, QString detail)
        : m_label(std::move(label)), m_fraction(std::clamp(fraction, 0.0, 1.0)), m_value(std::move(value)),
          m_detail(std::move(detail))
    {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        const QFont valueFont = s.font(Role::Strong);
        const double valueWidth =
            m_value.isEmpty() ? 0 : QFontMetricsF(valueFont, c.device).horizontalAdvance(m_value);
        const double gap = s.pt(10);
        const TextBox label(m_label, s.font(Role::Body), c.width - valueWidth - gap, c.device,
                            s.lineFactor());
        const TextBox value(m_value, valueFont, valueWidth + 1, c.device, s.lineFactor());
        const TextBox detail(m_detail, s.font(Role::Small), c.width, c.device, s.lineFactor());
        const double barGap = s.pt(3), bar = s.pt(6), detailGap = detail.lineCount() ? s.pt(3) : 0;
        const double top = std::max(label.height(), value.height());
        const double width = c.width, fraction = m_fraction;
        auto laid = std::make_unique<Painted>(
            top + barGap + bar + detailGap + detail.height(), [=](QPainter& p, QPointF at) {
                label.draw(p, at, PrintStyle::ink());
                value.draw(p, at + QPointF(width - valueWidth, 0), PrintStyle::ink());
                const QRectF track(at + QPointF(0, top + barGap), QSizeF(width, bar));
                p.save();
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(PrintStyle::track());
                p.drawRoundedRect(track, bar / 2, bar / 2);
                if (fraction > 0) {
                    // The filled part clipped from the whole rounded bar, so a small value keeps a clean end.
                    QPainterPath whole;
                    whole.addRoundedRect(track, bar / 2, bar / 2);
                    p.setClipRect(QRectF(track.topLeft(), QSizeF(track.width() * fraction, bar)));
                    p.fillPath(whole, PrintStyle::accent());
                }
                p.restore();
                detail.draw(p, at + QPointF(0, top + barGap + bar + detailGap), PrintStyle::muted());
            });
        laid->spaceAfter = s.pt(10);
        return laid;
    }

private:
    QString m_label;
    double m_fraction;
    QString m_value, m_detail;
};

class ChipsBlock : public Block
{
public:
    explicit ChipsBlock(QList<Chip> chips) : m_chips(std::move(chips)) {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        const QFont font = s.font(Role::Body);
        const QFontMetricsF metrics(font, c.device);
        const double pitch = metrics.height() * s.lineFactor();
        const double dot = metrics.xHeight() * 1.25, dotGap = metrics.xHeight() * 0.9, chipGap = s.pt(14);
        struct Placed
        {
            Chip chip;
            TextBox text;
            QPointF at;
        };
        QList<Placed> placed;
        double x = 0, y = 0;
        for (const Chip& chip : m_chips) {
            const double textWidth =
                std::min(metrics.horizontalAdvance(chip.text) + 1, c.width - dot - dotGap);
            if (x > 0 && x + dot + dotGap + textWidth > c.width) {
                x = 0;
                y += pitch;
            }
            placed.append(
                {chip, TextBox(chip.text, font, textWidth, c.device, s.lineFactor()), QPointF(x, y)});
            x += dot + dotGap + textWidth + chipGap;
        }
        const double height = placed.isEmpty() ? 0 : y + placed.last().text.height();
        const double centre = (pitch - metrics.height()) / 2 + s.dotCentre(metrics);
        auto laid = std::make_unique<Painted>(height, [=](QPainter& p, QPointF at) {
            for (const Placed& chip : placed) {
                paintDot(p, at + chip.at + QPointF(dot / 2, centre), dot, chip.chip, dot * 0.22);
                chip.text.draw(p, at + chip.at + QPointF(dot + dotGap, 0), PrintStyle::ink());
            }
        });
        laid->spaceAfter = s.pt(8);
        return laid;
    }

private:
    QList<Chip> m_chips;
};

class ChartsBlock : public Block
{
public:
    ChartsBlock(QList<Chart> charts, double height, QString noData)
        : m_charts(std::move(charts)), m_height(height), m_noData(std::move(noData))
    {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        const qsizetype n = std::max<qsizetype>(1, m_charts.size());
        const double gap = s.pt(16);
        const double width = (c.width - gap * double(n - 1)) / double(n);
        // At most most of a page, so that a chart never pushes the page's end.
        const double area = std::min(s.pt(m_height), c.pageHeight * 0.8);
        QList<TextBox> titles, captions;
        double titleHeight = 0, captionHeight = 0;
        for (const Chart& chart : m_charts) {
            titles.append(TextBox(chart.title, s.font(Role::Strong), width, c.device, s.lineFactor()));
            captions.append(TextBox(chart.caption, s.font(Role::Small), width, c.device, s.lineFactor()));
            titleHeight = std::max(titleHeight, titles.last().height());
            captionHeight = std::max(captionHeight, captions.last().height());
        }
        const double titleGap = titleHeight > 0 ? s.pt(4) : 0, captionGap = captionHeight > 0 ? s.pt(3) : 0;
        const TextBox noData(m_noData, s.font(Role::Muted), width, c.device, s.lineFactor(),
                             Qt::AlignHCenter);
        const QList<Chart> charts = m_charts;
        const double frame = s.pt(0.6), radius = s.pt(3);
        auto laid = std::make_unique<Painted>(
            titleHeight + titleGap + area + captionGap + captionHeight, [=](QPainter& p, QPointF at) {
                for (qsizetype i = 0; i < charts.size(); ++i) {
                    const QPointF left = at + QPointF(double(i) * (width + gap), 0);
                    titles[i].draw(p, left, PrintStyle::ink());
                    const QRectF rect(left + QPointF(0, titleHeight + titleGap), QSizeF(width, area));
                    p.save();
                    if (charts[i].paint) {
                        p.setClipRect(rect);
                        charts[i].paint(p, rect);
                    } else {
                        p.setRenderHint(QPainter::Antialiasing);
                        p.setPen(QPen(PrintStyle::hairline(), frame));
                        p.setBrush(Qt::NoBrush);
                        p.drawRoundedRect(rect, radius, radius);
                        noData.draw(p, QPointF(rect.left(), rect.center().y() - noData.height() / 2),
                                    PrintStyle::muted());
                    }
                    p.restore();
                    captions[i].draw(p, rect.bottomLeft() + QPointF(0, captionGap), PrintStyle::muted());
                }
            });
        laid->spaceBefore = s.pt(4);
        laid->spaceAfter = s.pt(12);
        return laid;
    }

private:
    QList<Chart> m_charts;
    double m_height;
    QString m_noData;
};

class SpaceBlock : public Block
{
public:
    explicit SpaceBlock(double points) : m_points(points) {}
    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        return std::make_unique<Painted>(c.style.pt(m_points), [](QPainter&, QPointF) {});
    }

private:
    double m_points;
};

class PageBreakBlock : public Block
{
public:
    std::unique_ptr<LaidOut> layout(const LayoutContext&) const override
    {
        auto laid = std::make_unique<Painted>(0, [](QPainter&, QPointF) {});
        laid->slices.clear();
        laid->pageBreak = true;
        return laid;
    }
};

class GroupLayout : public LaidOut
{
public:
    std::vector<std::unique_ptr<LaidOut>> blocks;
    QList<double> offsets;

    const std::vector<std::unique_ptr<LaidOut>>* children() const override { return &blocks; }
    void paint(QPainter& painter, QPointF topLeft, int, int) const override
    {
        for (std::size_t i = 0; i < blocks.size(); ++i)
            blocks[i]->paint(painter, topLeft + QPointF(0, offsets[qsizetype(i)]), 0,
                             int(blocks[i]->slices.size()));
    }
};

} // namespace

std::unique_ptr<LaidOut> GroupBlock::layout(const LayoutContext& context) const
{
    auto laid = std::make_unique<GroupLayout>();
    double y = 0;
    const LaidOut* previous = nullptr;
    for (const auto& block : m_blocks) {
        auto child = block->layout(context);
        if (child->pageBreak)
            continue; // a page break inside a group that must stay on one page means nothing
        if (previous)
            y += std::max(previous->spaceAfter, child->spaceBefore);
        else
            laid->spaceBefore = child->spaceBefore;
        laid->offsets.append(y);
        y += child->total();
        previous = child.get();
        laid->blocks.push_back(std::move(child));
    }
    laid->slices = {y};
    laid->breakable = false;
    laid->spaceAfter = previous ? previous->spaceAfter : 0;
    return laid;
}

std::unique_ptr<Block> titleBlock(const QString& title, const QString& subtitle, const QString& eyebrow)
{
    return std::make_unique<TitleBlock>(title, subtitle, eyebrow);
}
std::unique_ptr<Block> headingBlock(const QString& text, int level)
{
    return std::make_unique<HeadingBlock>(text, level);
}
std::unique_ptr<Block> paragraphBlock(const QString& text, TextStyle style)
{
    return std::make_unique<ParagraphBlock>(text, style);
}
std::unique_ptr<Block> factsBlock(const QList<Fact>& facts, int columns, bool prominent)
{
    return std::make_unique<FactsBlock>(facts, columns, prominent);
}
std::unique_ptr<Block> progressBlock(const QString& label, double fraction, const QString& valueText,
                                     const QString& detail)
{
    return std::make_unique<ProgressBlock>(label, fraction, valueText, detail);
}
std::unique_ptr<Block> chipsBlock(const QList<Chip>& chips)
{
    return std::make_unique<ChipsBlock>(chips);
}
std::unique_ptr<Block> chartsBlock(const QList<Chart>& charts, double height, const QString& noData)
{
    return std::make_unique<ChartsBlock>(charts, height, noData);
}
std::unique_ptr<Block> spaceBlock(double points)
{
    return std::make_unique<SpaceBlock>(points);
}
std::unique_ptr<Block> pageBreakBlock()
{
    return std::make_unique<PageBreakBlock>();
}

} // namespace csm::print
