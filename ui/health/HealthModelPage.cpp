#include "ui/health/HealthModelPage.h"

#include "domain/HealthHistory.h"
#include "item/DisplayLabels.h"
#include "storage/Book.h"
#include "storage/HealthStore.h"
#include "ui/charts/BacktestChart.h"
#include "ui/charts/ChartPalette.h"
#include "ui/health/HealthSentences.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageRegistry.h"
#include "ui/workspace/BookWorkspace.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

namespace {

QString share(std::optional<double> v)
{
    return v ? QLocale().toString(*v * 100, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

QString number(std::optional<double> v, int decimals)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("–");
}

QLabel* title(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}

} // namespace

HealthModelPage::HealthModelPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new QLabel(this)), m_summary(new QLabel(this)),
      m_figures(new QLabel(this)), m_chart(new BacktestChart(this))
{
    setObjectName(QStringLiteral("healthModelPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(title(tr("Health model"), content));
    m_model->setWordWrap(true);
    m_model->setObjectName(QStringLiteral("healthModelText"));
    layout->addWidget(m_model);
    layout->addSpacing(12);
    layout->addWidget(title(tr("Back-test on this book's renewals"), content));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_chart->setMinimumHeight(200);
    m_chart->setObjectName(QStringLiteral("backtestChart"));
    layout->addWidget(m_chart);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setObjectName(QStringLiteral("backtestFigures"));
    layout->addWidget(m_figures);
    layout->addStretch(1);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_workspace, &BookWorkspace::bookOpened, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

Result<HealthModelPageData> HealthModelPage::read(Book& book, QDate asOf)
{
    HealthModelPageData d;
    d.model = HealthModel::fromSettings(book.settings());
    auto cases = HealthStore::backtestCases(book, asOf);
    if (!cases)
        return cases.error();
    auto accounts = HealthStore::readInputs(book, asOf);
    if (!accounts)
        return accounts.error();
    d.renewals = scoreBacktestCases(*cases, d.model);
    d.backtest = backtestHealthModel(*cases, *accounts, d.model, asOf);
    return d;
}

void HealthModelPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HealthModelPage::reload()
{
    if (!m_workspace.hasBook())
        return;
    m_stale = false;
    const int generation = ++m_generation;
    const QDate today = m_workspace.today();
    m_workspace.read<HealthModelPageData>(
        this, [today](Book& book) { return read(book, today); },
        [this, generation](Result<HealthModelPageData> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_workspace.reportError(result.error());
                return;
            }
            showData(*result);
        });
}

void HealthModelPage::showData(const HealthModelPageData& d)
{
    const HealthModel& m = d.model;
    QStringList weights;
    for (HealthFactor f : kHealthFactors)
        weights << tr("%1 %2").arg(HealthSentences::factorName(f), QLocale().toString(m.weight(f), 'f', 0));
    m_model->setText(tr("Version %1. Weights: %2.").arg(m.version).arg(weights.join(tr(", "))) +
                     QLatin1Char('\n') +
                     tr("Cadences: %1 %2 days, %3 %4 days, %5 %6 days.")
                         .arg(Labels::touchModel(TouchModel::High))
                         .arg(m.cadenceDays(TouchModel::High))
                         .arg(Labels::touchModel(TouchModel::Low))
                         .arg(m.cadenceDays(TouchModel::Low))
                         .arg(Labels::touchModel(TouchModel::Tech))
                         .arg(m.cadenceDays(TouchModel::Tech)) +
                     QLatin1Char('\n') +
                     tr("Bands: %1 from %2, %3 from %4, %5 below. A drop of %6 points or more against 30 "
                        "days earlier is a "
                        "health drop.")
                         .arg(Labels::healthBand(HealthBand::Green), number(m.greenMin, 0),
                              Labels::healthBand(HealthBand::Yellow), number(m.yellowMin, 0),
                              Labels::healthBand(HealthBand::Red), number(m.dropPoints, 0)));

    const HealthBacktest& b = d.backtest;
    QList<BacktestChart::Horizon> horizons;
    if (!b.enoughHistory) {
        m_summary->setText(
            tr("Not enough history: %n decided renewal(s) in this book; the back-test needs at "
               "least %1.",
               nullptr, b.decided)
                .arg(kBacktestMinDecided));
        m_figures->clear();
        m_chart->setHorizons({}, HealthBandLimits{m.yellowMin, m.greenMin});
        return;
    }
    m_summary->setText(
        tr("%n decided renewal(s): %1 churned, %2 renewed, expanded or contracted. Each account is scored by "
           "the "
           "current model as of 90 and 60 days before its renewal date.",
           nullptr, b.decided)
            .arg(b.churned)
            .arg(b.retained) +
        QLatin1Char('\n') +
        tr("Churned accounts that were not green 60-90 days before: %1. Green now: %2 of the book.")
            .arg(share(b.churnedNotGreenShare), share(b.greenNowShare)));

    for (int i = 0; i < int(b.horizons.size()); ++i) {
        BacktestChart::Horizon h;
        h.daysBefore = b.horizons[std::size_t(i)].daysBefore;
        for (const BacktestRenewal& r : d.renewals) {
            const std::optional<double> score = i == 0 ? r.score90 : r.score60;
            if (!score || r.outcome == RenewalOutcome::Pending)
                continue;
            (r.outcome == RenewalOutcome::Churned ? h.churned : h.retained).append(*score);
        }
        h.medianChurned = b.horizons[std::size_t(i)].medianChurned;
        h.medianRetained = b.horizons[std::size_t(i)].medianRetained;
        horizons.append(h);
    }
    m_chart->setHorizons(horizons, HealthBandLimits{m.yellowMin, m.greenMin});

    // The figures per horizon, as a table.
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><th></th>");
    for (const BacktestHorizon& h : b.horizons)
        html += QStringLiteral("<th align=\"right\">%1</th>")
                    .arg(tr("%n day(s) before", nullptr, h.daysBefore).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const auto row = [&](const QString& name, const std::function<QString(const BacktestHorizon&)>& value) {
        html += QStringLiteral("<tr><td>%1</td>").arg(name.toHtmlEscaped());
        for (const BacktestHorizon& h : b.horizons)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(value(h).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    };
    row(tr("Median score, churned"), [](const BacktestHorizon& h) { return number(h.medianChurned, 1); });
    row(tr("Median score, retained"), [](const BacktestHorizon& h) { return number(h.medianRetained, 1); });
    row(tr("AUC (churned scored lower)"), [](const BacktestHorizon& h) { return number(h.auc, 2); });
    row(tr("Churn rate, whole book"), [](const BacktestHorizon& h) { return share(h.baseRate); });
    for (HealthBand band : {HealthBand::Green, HealthBand::Yellow, HealthBand::Red}) {
        row(tr("Churn rate, %1 (lift)").arg(Labels::healthBand(band)), [band](const BacktestHorizon& h) {
            const BacktestBand& x = h.band(band);
            return x.churnRate ? QStringLiteral("%1 (%2×)").arg(share(x.churnRate), number(x.lift, 1))
                               : share({});
        });
    }
    html += QStringLiteral("</table>");
    m_figures->setText(html);
}

void registerHealthModelPage(PageRegistry& pages)
{
    PageSpec page(QStringLiteral("healthmodel"), HealthModelPage::tr("Health model"),
                  [](MainWindow& w) -> QWidget* { return new HealthModelPage(w.workspace()); });
    page.order = 70; // after the placeholders (portfolio 30 … reports 60)
    page.shortcut = QKeySequence(Qt::CTRL | Qt::Key_7);
    pages.add(page);
}

} // namespace csm
