#include "ui/health/HealthTab.h"

#include "domain/HealthHistory.h"
#include "domain/Settings.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/charts/UsageSparkline.h"
#include "ui/health/HealthSentences.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

// The touches shown under engagement and sentiment: the latest customer touches up to today.
constexpr int kTouchesShown = 8;

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QLabel* wrapped(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString scoreText(std::optional<double> score)
{
    return score ? QLocale().toString(*score, 'f', 1) : Labels::noData();
}

} // namespace

HealthTab::HealthTab(BookWorkspace& workspace, QWidget* parent)
    : AccountTab(parent), m_workspace(workspace), m_headline(new QLabel(this)),
      m_chart(new HealthTrendChart(this)), m_factors(wrapped(this)), m_dropped(wrapped(this)),
      m_touches(new QTableWidget(this)), m_usage(new UsageSparkline(this)), m_usageText(wrapped(this)),
      m_nps(wrapped(this)), m_milestones(wrapped(this))
{
    setObjectName(QStringLiteral("healthTab"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setObjectName(QStringLiteral("healthHeadline"));
    layout->addWidget(m_headline);

    m_chart->setObjectName(QStringLiteral("healthTrend"));
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart);

    layout->addWidget(sectionTitle(tr("Why this score"), content));
    m_factors->setTextFormat(Qt::RichText);
    m_factors->setObjectName(QStringLiteral("healthFactors"));
    layout->addWidget(m_factors);
    m_dropped->setObjectName(QStringLiteral("healthDropped"));
    layout->addWidget(m_dropped);

    layout->addWidget(sectionTitle(tr("What the factors are computed from"), content));
    auto* inputs = new QGridLayout;
    int row = 0;
    inputs->addWidget(new QLabel(tr("Customer touches (engagement, sentiment)"), content), row, 0,
                      Qt::AlignTop);
    m_touches->setColumnCount(4);
    m_touches->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Sentiment"), tr("Summary")});
    m_touches->verticalHeader()->hide();
    m_touches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_touches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_touches->horizontalHeader()->setStretchLastSection(true);
    m_touches->setMinimumHeight(m_touches->fontMetrics().height() * 7);
    m_touches->setObjectName(QStringLiteral("healthTouches"));
    inputs->addWidget(m_touches, row++, 1);
    inputs->addWidget(new QLabel(tr("Active users (adoption, usage trend)"), content), row, 0, Qt::AlignTop);
    auto* usageBox = new QVBoxLayout;
    m_usage->setMinimumHeight(70);
    usageBox->addWidget(m_usage);
    usageBox->addWidget(m_usageText);
    inputs->addLayout(usageBox, row++, 1);
    inputs->addWidget(new QLabel(tr("NPS answers"), content), row, 0, Qt::AlignTop);
    inputs->addWidget(m_nps, row++, 1);
    inputs->addWidget(new QLabel(tr("Milestones (onboarding)"), content), row, 0, Qt::AlignTop);
    inputs->addWidget(m_milestones, row++, 1);
    inputs->setColumnStretch(1, 1);
    layout->addLayout(inputs);
    layout->addStretch(1);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

Result<HealthTabData> HealthTab::read(Book& book, const Id& accountId, QDate today)
{
    auto rows = HealthStore::readRows(book, accountId);
    if (!rows)
        return rows.error();
    HealthTabData d;
    d.today = today;
    const BookSettings settings = book.settings();
    d.model = HealthModel::fromSettings(settings);
    d.rows = std::move(*rows);
    AccountHealthInputs in;
    in.now = healthInputsAt(d.rows, settings, today);
    in.before = healthInputsAt(d.rows, settings, today.addDays(-kHealthTrendDays));
    const AccountHealthScore score = scoreAccountHealth(in, d.model, today);
    d.inputs = in.now;
    d.explanation = score.now;
    d.scoreBefore = score.scoreBefore;
    auto history = HealthStore::history(book, accountId, healthHistoryMondays(today));
    if (!history)
        return history.error();
    d.history = std::move(*history);
    return d;
}

void HealthTab::setDetail(const AccountDetail& detail)
{
    m_accountId = detail.account.id;
    m_touchRows = detail.touches;
    const int generation = ++m_generation;
    const Id id = m_accountId;
    const QDate today = m_workspace.today();
    m_workspace.read<HealthTabData>(
        this, [id, today](Book& book) { return read(book, id, today); },
        [this, generation](Result<HealthTabData> result) {
            if (generation != m_generation)
                return; // a newer account or change is on its way
            if (!result) {
                m_workspace.reportError(result.error());
                return;
            }
            showData(*result, m_touchRows);
        });
}

void HealthTab::clearDetail()
{
    ++m_generation;
    m_accountId.clear();
    m_headline->clear();
    m_factors->clear();
    m_dropped->clear();
    m_touches->setRowCount(0);
}

void HealthTab::showData(const HealthTabData& d, const QList<Touch>& touches)
{
    const HealthExplanation& e = d.explanation;
    // The headline: score, band, and the change against 30 days earlier.
    QString head = e.score ? tr("%1 · %2").arg(scoreText(e.score), Labels::healthBand(*e.band))
                           : tr("No health score: none of its factors has data");
    if (const std::optional<int> trend = Labels::healthTrend(e.score, d.scoreBefore)) {
        head +=
            QLatin1String("   ") + tr("%1 %2 points against 30 days earlier (%3)")
                                       .arg(Labels::trendArrow(*trend),
                                            QLocale().toString(std::abs(*e.score - *d.scoreBefore), 'f', 1),
                                            scoreText(d.scoreBefore));
    }
    m_headline->setText(head);
    if (e.band)
        m_headline->setStyleSheet(
            QStringLiteral("color: %1").arg(ChartPalette::band(e.band).darker(140).name()));
    else
        m_headline->setStyleSheet(QString());

    // The trend: every Monday's snapshot and today's score.
    QList<HealthTrendChart::Point> points;
    for (const StoredHealthSnapshot& s : d.history) {
        if (s.asOf != d.today)
            points.append({s.asOf, s.score, s.band.value_or(HealthBand::Red)});
    }
    points.append({d.today, e.score, e.band.value_or(HealthBand::Red)});
    m_chart->setHistory(points, HealthBandLimits{d.model.yellowMin, d.model.greenMin}, d.today);

    // The factors, in sentences.
    QStringList items;
    for (HealthFactor f : kHealthFactors) {
        if (!e.hasData(f))
            continue;
        items << QStringLiteral("<li>%1<br/><span style=\"color:#666\">%2</span></li>")
                     .arg(HealthSentences::factor(f, e, d.inputs, d.model, d.today).toHtmlEscaped(),
                          HealthSentences::contribution(e.factor(f)).toHtmlEscaped());
    }
    m_factors->setText(items.isEmpty() ? QString()
                                       : QStringLiteral("<ul>%1</ul>").arg(items.join(QString())));
    QStringList dropped;
    for (HealthFactor f : e.dropped())
        dropped << HealthSentences::dropped(f, d.inputs);
    m_dropped->setText(dropped.join(QLatin1Char('\n')));
    m_dropped->setVisible(!dropped.isEmpty());

    // The customer touches up to today, latest first.
    QList<const Touch*> shown;
    for (const Touch& t : touches) {
        if (!t.deleted && t.kind != TouchKind::InternalNote && t.occurredOn <= d.today)
            shown.append(&t);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Touch* a, const Touch* b) {
        return a->occurredOn != b->occurredOn
                   ? a->occurredOn > b->occurredOn
                   : a->occurredAt.value_or(QTime()) > b->occurredAt.value_or(QTime());
    });
    shown = shown.mid(0, kTouchesShown);
    m_touches->setRowCount(int(shown.size()));
    for (int i = 0; i < shown.size(); ++i) {
        const Touch& t = *shown[i];
        m_touches->setItem(i, 0, new QTableWidgetItem(DisplayFormat::denseDate(t.occurredOn)));
        m_touches->setItem(i, 1, new QTableWidgetItem(Labels::touchKind(t.kind)));
        m_touches->setItem(i, 2,
                           new QTableWidgetItem(t.sentiment ? Labels::sentiment(*t.sentiment) : QString()));
        m_touches->setItem(i, 3, new QTableWidgetItem(t.summary));
    }
    m_touches->resizeColumnsToContents();

    // Active users over both 30-day windows.
    UsageSparkline::Usage usage;
    usage.asOf = d.today;
    for (const HealthUsageSample& u : d.rows.usage) {
        if (u.date <= d.today && u.date >= d.today.addDays(-59))
            usage.days.append({u.date, u.value});
    }
    if (d.inputs.priorUsageDays > 0)
        usage.priorMean = d.inputs.priorUsageSum / d.inputs.priorUsageDays;
    if (d.inputs.recentUsageDays > 0)
        usage.recentMean = d.inputs.recentUsageSum / d.inputs.recentUsageDays;
    m_usage->setUsage(usage);
    m_usageText->setText(tr("%n seat(s); %1 days with a value in the last 30 days, %2 in the 30 days before.",
                            nullptr, d.inputs.seats)
                             .arg(d.inputs.recentUsageDays)
                             .arg(d.inputs.priorUsageDays));

    // NPS answers of the last 365 days, latest first.
    QList<HealthNpsRow> answers;
    for (const HealthNpsRow& n : d.rows.nps) {
        if (n.respondedOn <= d.today && n.respondedOn >= d.today.addDays(-364))
            answers.append(n);
    }
    std::sort(answers.begin(), answers.end(),
              [](const HealthNpsRow& a, const HealthNpsRow& b) { return a.respondedOn > b.respondedOn; });
    QStringList npsLines;
    for (const HealthNpsRow& n : answers)
        npsLines << tr("%1: %2").arg(DisplayFormat::denseDate(n.respondedOn)).arg(n.score);
    m_nps->setText(npsLines.isEmpty() ? tr("No answer in the last 365 days.")
                                      : npsLines.join(QLatin1Char('\n')));

    m_milestones->setText(d.inputs.milestonesDue == 0 ? tr("No milestone of an active roadmap is due yet.")
                                                      : tr("%n milestone(s) due, %1 done on time or skipped.",
                                                           nullptr, d.inputs.milestonesDue)
                                                            .arg(d.inputs.milestonesOnTime));
}

void registerHealthTab(AccountTabRegistry& tabs)
{
    tabs.add({.id = tabids::health,
              .title = HealthTab::tr("Health"),
              .order = 40,
              .factory = [](BookWorkspace& w) -> AccountTab* { return new HealthTab(w); }});
}

} // namespace csm
