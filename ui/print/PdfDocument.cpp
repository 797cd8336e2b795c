#include "ui/print/PdfDocument.h"

#include "PdfTextMap_p.h"
#include "PrintBlocks_p.h"
#include "PrintStyle_p.h"
#include "TextBox_p.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace csm {

using namespace print;

namespace {

// The page's frame in points: the body between the header and the footer.
constexpr double kSideMargin = 51;   // 18 mm
constexpr double kHeaderTop = 28;    // 10 mm
constexpr double kBodyTop = 66;      // 23 mm
constexpr double kBodyBottom = 58;   // 20 mm from the page's foot
constexpr double kFooterBottom = 28; // the footer's baseline area ends 10 mm above the foot

// Where each piece of a section goes.
struct Piece
{
    const LaidOut* block = nullptr;
    int from = 0, to = 0;
    double y = 0;
};

struct Page
{
    QString headerTitle;
    QList<Piece> pieces;
};

struct LaidOutSection
{
    std::vector<std::unique_ptr<LaidOut>> blocks;
    QList<Page> pages;
};

// Places laid-out blocks on pages, top to bottom.
class Paginator
{
public:
    Paginator(double top, double bottom, QString headerTitle, QList<Page>& pages)
        : m_top(top), m_bottom(bottom), m_title(std::move(headerTitle)), m_pages(pages)
    {
        newPage();
    }

    void place(const std::vector<std::unique_ptr<LaidOut>>& blocks)
    {
        for (std::size_t i = 0; i < blocks.size(); ++i)
            place(*blocks[i], i + 1 < blocks.size() ? blocks[i + 1].get() : nullptr);
    }

private:
    void newPage()
    {
        m_pages.append(Page{m_title, {}});
        m_y = m_top;
        m_atTop = true;
        m_pendingSpace = 0;
    }

    double room() const { return m_bottom - m_top; }

    void place(const LaidOut& b, const LaidOut* next)
    {
        if (b.pageBreak) {
            if (!m_atTop)
                newPage();
            return;
        }
        // A group taller than a page cannot stay together: its blocks flow like any others.
        if (b.children() && b.total() > room()) {
            place(*b.children());
            return;
        }
        double gap = m_atTop ? 0 : std::max(m_pendingSpace, b.spaceBefore);
        double need = b.firstPart();
        if (b.keepWithNext && next && !next->pageBreak)
            need = b.total() + std::max(b.spaceAfter, next->spaceBefore) + next->firstPart();
        if (!m_atTop && m_y + gap + need > m_bottom) {
            newPage();
            gap = 0;
        }
        m_y += gap;

        const int n = int(b.slices.size());
        const bool whole = !b.breakable && b.total() <= room();
        if (whole || m_y + b.total() <= m_bottom) {
            put(b, 0, n);
        } else {
            int from = 0;
            while (from < n) {
                int to = from;
                double height = b.header;
                while (to < n && m_y + height + b.slices[to] <= m_bottom)
                    height += b.slices[to++];
                if (to == from) {
                    if (!m_atTop) {
                        newPage();
                        continue;
                    }
                    to = from + 1; // taller than a page: it overflows the foot rather than vanish
                }
                put(b, from, to);
                from = to;
                if (from < n)
                    newPage();
            }
        }
        m_pendingSpace = b.spaceAfter;
    }

    void put(const LaidOut& b, int from, int to)
    {
        m_pages.last().pieces.append(Piece{&b, from, to, m_y});
        m_y += b.header + b.height(from, to);
        m_atTop = false;
    }

    double m_top, m_bottom;
    QString m_title;
    QList<Page>& m_pages;
    double m_y = 0;
    bool m_atTop = true;
    double m_pendingSpace = 0;
};

QPageSize pageSizeOf(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

PaperSize defaultPaperSize(const QLocale& system)
{
    switch (system.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return PaperSize::Letter;
    default:
        return PaperSize::A4;
    }
}

PdfDocument::PdfDocument(DocumentLanguage language, DocumentInfo info, PaperSize paper)
    : m_language(std::move(language)), m_info(std::move(info)), m_paper(paper)
{}

PdfDocument::~PdfDocument() = default;

Section& PdfDocument::currentSection()
{
    if (m_sections.empty())
        m_sections.push_back(std::make_unique<Section>());
    return *m_sections.back();
}

void PdfDocument::startSection(const QString& headerTitle, bool fitOnOnePage)
{
    m_groups.clear();
    auto section = std::make_unique<Section>();
    section->headerTitle = headerTitle;
    section->fitOnOnePage = fitOnOnePage;
    m_sections.push_back(std::move(section));
}

void PdfDocument::add(std::unique_ptr<Block> block)
{
    if (!m_groups.empty())
        static_cast<GroupBlock*>(m_groups.back())->add(std::move(block));
    else
        currentSection().blocks.push_back(std::move(block));
}

void PdfDocument::addTitle(const QString& title, const QString& subtitle, const QString& eyebrow)
{
    add(titleBlock(title, subtitle, eyebrow));
}

void PdfDocument::addHeading(const QString& text, int level)
{
    add(headingBlock(text, level));
}

void PdfDocument::addParagraph(const QString& text, TextStyle style)
{
    add(paragraphBlock(text, style));
}

void PdfDocument::addFacts(const QList<Fact>& facts, int columns, bool prominent)
{
    add(factsBlock(facts, columns, prominent));
}

void PdfDocument::addTable(const Table& table)
{
    add(tableBlock(table));
}

void PdfDocument::addProgress(const QString& label, double fraction, const QString& valueText,
                              const QString& detail)
{
    add(progressBlock(label, fraction, valueText, detail));
}

void PdfDocument::addChips(const QList<Chip>& chips)
{
    add(chipsBlock(chips));
}

void PdfDocument::addCharts(const QList<Chart>& charts, double height)
{
    add(chartsBlock(charts, height, m_language.translate("Labels", "No data")));
}

void PdfDocument::addSpace(double points)
{
    add(spaceBlock(points));
}

void PdfDocument::addPageBreak()
{
    add(pageBreakBlock());
}

void PdfDocument::beginKeepTogether()
{
    auto group = std::make_unique<GroupBlock>();
    GroupBlock* raw = group.get();
    add(std::move(group));
    m_groups.push_back(raw);
}

void PdfDocument::endKeepTogether()
{
    if (!m_groups.empty())
        m_groups.pop_back();
}

Result<int> PdfDocument::write(QIODevice& device) const
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const Result<int> pages = render(pdf);
    if (!pages)
        return pages;
    correctSharedGlyphText(pdf.buffer());
    if (device.write(pdf.data()) != pdf.data().size())
        return Error{
            Error::Code::Io, tr("Could not write the PDF: %1.").arg(device.errorString()), m_info.title, {}};
    return pages;
}

Result<int> PdfDocument::render(QIODevice& device) const
{
    QPdfWriter writer(&device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(pageSizeOf(m_paper), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(m_info.title);
    writer.setCreator(QStringLiteral("CSM Workbench"));

    const double unit = unitsPerPoint();
    const QSizeF page = pageSizeOf(m_paper).size(QPageSize::Point) * unit;
    const double left = kSideMargin * unit, width = page.width() - 2 * kSideMargin * unit;
    const double top = kBodyTop * unit, bottom = page.height() - kBodyBottom * unit;

    // Lay every section out (shrinking the ones that must fit on a page) before drawing, for "of m".
    std::vector<LaidOutSection> sections;
    int pageCount = 0;
    for (const auto& section : m_sections) {
        const QString title = section->headerTitle.isEmpty() ? m_info.title : section->headerTitle;
        LaidOutSection laid;
        for (const double scale : {1.0, 0.92, 0.85, 0.8, 0.75}) {
            const PrintStyle style(m_language, scale);
            const LayoutContext context{style, &writer, width, bottom - top};
            laid = LaidOutSection();
            for (const auto& block : section->blocks)
                laid.blocks.push_back(block->layout(context));
            Paginator(top, bottom, title, laid.pages).place(laid.blocks);
            if (!section->fitOnOnePage || laid.pages.size() <= 1)
                break;
        }
        pageCount += int(laid.pages.size());
        sections.push_back(std::move(laid));
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{Error::Code::Io, tr("Could not start the PDF."), m_info.title, {}};
    const PrintStyle frameStyle(m_language, 1.0);
    const QFont frameFont = frameStyle.font(Role::Frame);
    QFont frameBold = frameFont;
    frameBold.setBold(true);
    const QFontMetricsF frameMetrics(frameFont, &writer);
    const double headerY = kHeaderTop * unit;
    const double footerY = page.height() - kFooterBottom * unit - frameMetrics.height();
    const QString asOf =
        m_info.asOf.isValid()
            ? m_language.translate("csm::PageFrame", "As of %1").arg(m_language.longDate(m_info.asOf))
            : QString();
    int pageNumber = 0;
    for (const LaidOutSection& section : sections) {
        for (const Page& p : section.pages) {
            if (pageNumber++ > 0)
                writer.newPage();
            // Header: the title and the book at the left, the day at the right, a hairline under them.
            const double asOfWidth = frameMetrics.horizontalAdvance(asOf);
            const QFontMetricsF boldMetrics(frameBold, &writer);
            const double room = width - asOfWidth - 12 * unit;
            const QString title = boldMetrics.elidedText(p.headerTitle, Qt::ElideRight, room);
            const double titleWidth = boldMetrics.horizontalAdvance(title);
            TextBox(title, frameBold, room, &writer, 1.0)
                .draw(painter, QPointF(left, headerY), PrintStyle::ink());
            if (!m_info.bookName.isEmpty() && titleWidth < room) {
                const QString book = frameMetrics.elidedText(QStringLiteral("  ·  ") + m_info.bookName,
                                                             Qt::ElideRight, room - titleWidth);
                TextBox(book, frameFont, room - titleWidth + 1, &writer, 1.0)
                    .draw(painter, QPointF(left + titleWidth, headerY), PrintStyle::muted());
            }
            TextBox(asOf, frameFont, width, &writer, 1.0, Qt::AlignRight)
                .draw(painter, QPointF(left, headerY), PrintStyle::muted());
            painter.fillRect(QRectF(left, headerY + frameMetrics.height() + 5 * unit, width, 0.5 * unit),
                             PrintStyle::rule());
            // Footer: "Page n of m" at the right.
            const QString count =
                m_language.translate("csm::PageFrame", "Page %1 of %2").arg(pageNumber).arg(pageCount);
            TextBox(count, frameFont, width, &writer, 1.0, Qt::AlignRight)
                .draw(painter, QPointF(left, footerY), PrintStyle::muted());

            for (const Piece& piece : p.pieces)
                piece.block->paint(painter, QPointF(left, piece.y), piece.from, piece.to);
        }
    }
    if (!painter.end())
        return Error{Error::Code::Io, tr("Could not finish the PDF."), m_info.title, {}};
    return pageCount;
}

Result<PrintedDocument> PdfDocument::save(const QString& path) const
{
    const QString hint = tr("Choose a folder you can write to, and check that the disk is not full.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Could not write the PDF: %1.").arg(file.errorString()), path, hint};
    const Result<int> pages = write(file);
    if (!pages) {
        file.cancelWriting();
        Error e = pages.error();
        e.where = path;
        return e;
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Could not save the PDF: %1.").arg(file.errorString()), path, hint};
    return PrintedDocument{path, pages.value()};
}

} // namespace csm
