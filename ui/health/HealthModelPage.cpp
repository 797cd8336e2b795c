#include "ui/health/HealthModelPage.h"

#include "BacktestStrips.h"

#include "domain/HealthHistory.h"
#include "item/DisplayLabels.h"
#include "storage/Book.h"
#include "ui/charts/BacktestChart.h"
#include "ui/charts/ChartPalette.h"
#include "ui/health/HealthModelActions.h"
#include "ui/health/HealthModelPreview.h"
#include "ui/health/HealthSentences.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageRegistry.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

namespace {

// A weight or threshold as the user typed it: 25, 72.5 (the dialog takes one decimal).
QString modelNumber(double v)
{
    return QLocale().toString(v, 'g', 6);
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
      m_figures(new QLabel(this)), m_chart(new BacktestChart(this)),
      m_edit(new QPushButton(tr("&Change the model…"), this))
{
    setObjectName(QStringLiteral("healthModelPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* head = new QHBoxLayout;
    head->addWidget(title(tr("Health model"), content));
    head->addStretch(1);
    m_edit->setObjectName(QStringLiteral("editHealthModelButton"));
    m_edit->setToolTip(tr("Change the weights, cadences and thresholds, with a preview before saving"));
    m_edit->setEnabled(false);
    head->addWidget(m_edit);
    layout->addLayout(head);
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
    auto basis = HealthModelBasis::read(book, asOf);
    if (!basis)
        return basis.error();
    return HealthModelPageData{basis->current, basis->currentRenewals, basis->currentBacktest};
}

void HealthModelPage::setEditAction(QAction* action)
{
    m_edit->setEnabled(action && action->isEnabled());
    if (!action)
        return;
    connect(m_edit, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, m_edit, [this, action] { m_edit->setEnabled(action->isEnabled()); });
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
        weights << tr("%1 %2").arg(HealthSentences::factorName(f), modelNumber(m.weight(f)));
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
                         .arg(Labels::healthBand(HealthBand::Green), modelNumber(m.greenMin),
                              Labels::healthBand(HealthBand::Yellow), modelNumber(m.yellowMin),
                              Labels::healthBand(HealthBand::Red), modelNumber(m.dropPoints)));

    const HealthBacktest& b = d.backtest;
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
            .arg(backtestShare(b.churnedNotGreenShare), backtestShare(b.greenNowShare)));

    m_chart->setHorizons(backtestStrips(d.renewals, b), HealthBandLimits{m.yellowMin, m.greenMin});

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
    row(tr("Median score, churned"),
        [](const BacktestHorizon& h) { return backtestNumber(h.medianChurned, 1); });
    row(tr("Median score, retained"),
        [](const BacktestHorizon& h) { return backtestNumber(h.medianRetained, 1); });
    row(tr("AUC (churned scored lower)"), [](const BacktestHorizon& h) { return backtestNumber(h.auc, 2); });
    row(tr("Churn rate, whole book"), [](const BacktestHorizon& h) { return backtestShare(h.baseRate); });
    for (HealthBand band : {HealthBand::Green, HealthBand::Yellow, HealthBand::Red}) {
        row(tr("Churn rate, %1 (lift)").arg(Labels::healthBand(band)), [band](const BacktestHorizon& h) {
            const BacktestBand& x = h.band(band);
            return x.churnRate
                       ? QStringLiteral("%1 (%2×)").arg(backtestShare(x.churnRate), backtestNumber(x.lift, 1))
                       : backtestShare({});
        });
    }
    html += QStringLiteral("</table>");
    m_figures->setText(html);
}

void registerHealthModelPage(PageRegistry& pages)
{
    PageSpec page(QStringLiteral("healthmodel"), HealthModelPage::tr("Health model"),
                  [](MainWindow& w) -> QWidget* {
                      auto* created = new HealthModelPage(w.workspace());
                      if (auto* actions = w.findChild<HealthModelActions*>())
                          created->setEditAction(actions->editAction());
                      return created;
                  });
    page.order = 70; // after the placeholders (portfolio 30 … reports 60)
    page.shortcut = QKeySequence(Qt::CTRL | Qt::Key_7);
    pages.add(page);
}

} // namespace csm
