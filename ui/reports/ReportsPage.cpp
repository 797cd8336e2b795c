#include "ui/reports/ReportsPage.h"

#include "item/DisplayFormat.h"
#include "storage/KpiTargets.h"
#include "storage/RenewalReads.h"
#include "ui/charts/RetentionTrendChart.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageSignals.h"
#include "ui/reports/KpiTargetDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

namespace {

enum Role
{
    KpiRole = Qt::UserRole + 1,
    AccountRole,
};

QString percent(double v)
{
    return QLocale().toString(v * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString valueText(const KpiFigures& f, Kpi kpi)
{
    if (Kpis::unit(kpi) == KpiUnit::Money) {
        const auto amount = f.amount(kpi);
        return amount ? DisplayFormat::money(*amount, f.currency) : ReportsPage::tr("undefined");
    }
    const auto value = f.value(kpi);
    if (!value)
        return ReportsPage::tr("undefined");
    return Kpis::unit(kpi) == KpiUnit::Score ? QLocale().toString(*value, 'f', 1) : percent(*value);
}

// The numbers a KPI is made of, in the words of its formula.
QString numbersText(const KpiFigures& f, Kpi kpi)
{
    const auto money = [&f](MinorUnits m) { return DisplayFormat::money(m, f.currency); };
    switch (kpi) {
    case Kpi::Grr:
        return ReportsPage::tr("Σ min(E, S) %1 ÷ Σ S %2").arg(money(f.retainedArr), money(f.startArr));
    case Kpi::Nrr:
        return ReportsPage::tr("Σ E %1 ÷ Σ S %2").arg(money(f.endArr), money(f.startArr));
    case Kpi::LogoChurn:
        return ReportsPage::tr("%1 churned ÷ %2 in the cohort").arg(f.churnedAccounts).arg(f.cohortAccounts);
    case Kpi::Retention:
        return ReportsPage::tr("1 - %1 ÷ %2").arg(f.churnedAccounts).arg(f.cohortAccounts);
    case Kpi::ExpansionRate:
        return ReportsPage::tr("%1 grew ÷ %2 in the cohort").arg(f.expandedAccounts).arg(f.cohortAccounts);
    case Kpi::ExpansionArr:
        return ReportsPage::tr("%n account(s) grew", nullptr, f.expandedAccounts);
    case Kpi::ContractionArr:
        return ReportsPage::tr("%n account(s) shrank", nullptr, f.contractedAccounts);
    case Kpi::ChurnedArr:
        return ReportsPage::tr("%n account(s) churned", nullptr, f.churnedAccounts);
    case Kpi::NewArr:
        return ReportsPage::tr("%1 new accounts, of which %2 reactivated (%3)")
            .arg(f.newAccounts)
            .arg(f.reactivatedAccounts)
            .arg(money(f.reactivatedArr));
    case Kpi::Ltv: {
        const auto annual = f.annualisedLogoChurn();
        return ReportsPage::tr("Σ S %1 ÷ %2 × margin %3 ÷ annualised churn %4")
            .arg(money(f.startArr))
            .arg(f.cohortAccounts)
            .arg(percent(f.grossMargin), annual ? percent(*annual) : ReportsPage::tr("undefined"));
    }
    case Kpi::Nps:
        return ReportsPage::tr("%1 promoters, %2 detractors of %3 responses")
            .arg(f.npsPromoters)
            .arg(f.npsDetractors)
            .arg(f.npsResponses);
    }
    return {};
}

QString targetText(Kpi kpi, qint64 value, const QString& currency)
{
    switch (Kpis::unit(kpi)) {
    case KpiUnit::Money:
        return DisplayFormat::money(value, currency);
    case KpiUnit::Score:
        return QLocale().toString(value / 100.0, 'f', 1);
    case KpiUnit::Ratio:
        return QLocale().toString(value / 100.0, 'f', 1) + QStringLiteral(" %");
    }
    return {};
}

QString movementName(ArrMovement m)
{
    switch (m) {
    case ArrMovement::Flat:
        return ReportsPage::tr("Unchanged");
    case ArrMovement::Expanded:
        return ReportsPage::tr("Expanded");
    case ArrMovement::Contracted:
        return ReportsPage::tr("Contracted");
    case ArrMovement::Churned:
        return ReportsPage::tr("Churned");
    case ArrMovement::New:
        return ReportsPage::tr("New");
    case ArrMovement::Reactivated:
        return ReportsPage::tr("Reactivated");
    }
    return {};
}

// Setting or clearing a KPI target: redo writes the new one, undo the one before; the page shows the KPIs
// again either way (targets are not account data, so no account list reloads).
class SetTargetCommand : public QUndoCommand
{
public:
    SetTargetCommand(BookWorkspace& workspace, Kpi kpi, const QString& period, std::optional<qint64> after,
                     const QString& text, ReportsPage* page)
        : QUndoCommand(text), m_workspace(workspace), m_kpi(kpi), m_period(period), m_after(after),
          m_page(page)
    {}
    bool failed() const { return m_failed; }
    void redo() override
    {
        if (!write(m_after, m_before.has_value() ? nullptr : &m_before)) {
            m_failed = true;
            setObsolete(true);
        }
    }
    void undo() override { write(m_before.value_or(std::nullopt), nullptr); }

private:
    bool write(std::optional<qint64> value, std::optional<std::optional<qint64>>* before)
    {
        Book* book = m_workspace.book();
        if (!book)
            return false;
        auto written = setKpiTarget(*book, m_kpi, m_period, value);
        if (!written) {
            m_workspace.reportError(written.error());
            return false;
        }
        if (before)
            *before = written.value();
        if (m_page)
            m_page->refresh();
        return true;
    }

    BookWorkspace& m_workspace;
    Kpi m_kpi;
    QString m_period;
    std::optional<qint64> m_after;
    std::optional<std::optional<qint64>> m_before; // set by the first redo
    QPointer<ReportsPage> m_page;
    bool m_failed = false;
};

} // namespace

ReportsPage::ReportsPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_period(new QComboBox(this)), m_split(new QComboBox(this)),
      m_message(new QLabel(this)), m_kpis(new QTreeWidget(this)), m_accounts(new QTreeWidget(this)),
      m_chart(new RetentionTrendChart(this)), m_setTarget(new QPushButton(tr("Set &target…"), this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* title = new QLabel(tr("Reports"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_period->setObjectName(QStringLiteral("periodBox"));
    m_period->setEditable(true);
    m_period->setInsertPolicy(QComboBox::NoInsert);
    m_period->setMinimumContentsLength(24);
    m_period->setToolTip(
        tr("FY2025, FY2025-Q1, 2025, 2025-Q2, 2025-06 or 2025-04-01..2025-06-30; Enter shows it"));
    m_split->setObjectName(QStringLiteral("splitBox"));
    m_split->addItem(tr("Whole book"), int(KpiSplit::None));
    m_split->addItem(tr("By touch model"), int(KpiSplit::TouchModel));
    m_split->addItem(tr("By owner"), int(KpiSplit::Owner));
    m_message->setObjectName(QStringLiteral("reportsMessage"));
    m_message->setWordWrap(true);

    m_kpis->setObjectName(QStringLiteral("kpiTable"));
    m_kpis->setRootIsDecorated(false);
    m_kpis->setAllColumnsShowFocus(true);
    m_kpis->setUniformRowHeights(true);
    m_accounts->setObjectName(QStringLiteral("kpiAccounts"));
    m_accounts->setRootIsDecorated(false);
    m_accounts->setAllColumnsShowFocus(true);
    m_accounts->setUniformRowHeights(true);
    m_accounts->setHeaderLabels(
        {tr("Account"), tr("Movement"), tr("ARR at start"), tr("ARR at end"), tr("Change")});
    m_chart->setObjectName(QStringLiteral("retentionTrendChart"));
    m_chart->setMinimumHeight(220);

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    auto* splitLabel = new QLabel(tr("&Split:"), this);
    splitLabel->setBuddy(m_split);
    bar->addWidget(splitLabel);
    bar->addWidget(m_split);
    bar->addStretch(1);
    m_setTarget->setObjectName(QStringLiteral("setTargetButton"));
    m_setTarget->setToolTip(tr("Set the target of the selected KPI for the fiscal year or quarter shown"));
    bar->addWidget(m_setTarget);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_accounts);
    lower->addWidget(m_chart);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_kpis);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_period);

    connect(m_period->lineEdit(), &QLineEdit::returnPressed, this, &ReportsPage::refresh);
    connect(m_period, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(m_split, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_kpis, &QTreeWidget::currentItemChanged, this, &ReportsPage::showAccountsBehind);
    connect(m_kpis, &QTreeWidget::currentItemChanged, this, &ReportsPage::updateTargetButton);
    connect(m_kpis, &QTreeWidget::itemActivated, this, &ReportsPage::editTarget);
    connect(m_setTarget, &QPushButton::clicked, this, &ReportsPage::editTarget);
    connect(m_accounts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const Id id = item ? item->data(0, AccountRole).toString() : Id();
        if (!id.isEmpty())
            emit openAccountRequested(id);
    });
    connect(m_accounts, &QTreeWidget::currentItemChanged, this, [this] { emit currentAccountChanged(); });
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_workspace, &BookWorkspace::bookOpened, this, [this] {
        fillPeriods();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    fillPeriods();
    updateTargetButton();
}

ReportsPage::~ReportsPage() = default;

Id ReportsPage::currentAccountId() const
{
    const QTreeWidgetItem* item = m_accounts->currentItem();
    return item ? item->data(0, AccountRole).toString() : Id();
}

void ReportsPage::fillPeriods()
{
    const QSignalBlocker block(m_period);
    m_period->clear();
    const dates::FiscalCalendar fiscal(m_workspace.settings().fiscalYearStartMonth);
    const QDate today = m_workspace.today();
    const int fy = fiscal.fiscalYear(today);
    // The last whole fiscal year first: the one a CSM reports on.
    for (int y : {fy - 1, fy, fy - 2}) {
        const ReportPeriod p = ReportPeriod::fiscalYear(y, fiscal);
        m_period->addItem(p.displayName(), p.name());
    }
    for (const ReportPeriod& q : ReportPeriod::fiscalQuartersBefore(today, fiscal, 4))
        m_period->addItem(q.displayName(), q.name());
    m_period->setCurrentIndex(0);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::refresh()
{
    if (!m_workspace.hasBook())
        return;
    m_stale = false;
    const dates::FiscalCalendar fiscal(m_workspace.settings().fiscalYearStartMonth);
    // A listed period by its name; anything typed is read as a period name.
    QString text = m_period->currentText().trimmed();
    const int listed = m_period->findText(text);
    if (listed >= 0)
        text = m_period->itemData(listed).toString();
    auto period = ReportPeriod::parse(text, fiscal);
    if (!period) {
        m_message->setText(period.error().message + QLatin1Char(' ') + period.error().hint);
        return;
    }
    const auto split = KpiSplit(m_split->currentData().toInt());
    const QDate today = m_workspace.today();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_message->setText(tr("Computing the KPIs of %1…").arg(period->displayName()));
    m_workspace.read<std::shared_ptr<KpiView>>(
        this,
        [p = period.value(), split, today](Book& book, Book* second) -> Result<std::shared_ptr<KpiView>> {
            auto view = readKpiView(book, p, split, today, second);
            if (!view)
                return view.error();
            return std::make_shared<KpiView>(std::move(view.value()));
        },
        [this, generation](Result<std::shared_ptr<KpiView>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                m_message->setText(result.error().message);
                m_workspace.reportError(result.error());
                return;
            }
            showView(std::move(result.value()));
        });
}

void ReportsPage::showView(std::shared_ptr<KpiView> view)
{
    m_view = std::move(view);
    const KpiView& v = *m_view;
    const KpiFigures& total = v.report.total;
    m_message->setText(tr("%1 (%2 to %3): %n account(s) active at the start", nullptr, total.cohortAccounts)
                           .arg(v.period.displayName(), DisplayFormat::longDate(v.period.from()),
                                DisplayFormat::longDate(v.period.to())));
    const Kpi selected =
        m_kpis->currentItem() ? Kpi(m_kpis->currentItem()->data(0, KpiRole).toInt()) : Kpi::Grr;
    m_kpis->clear();
    QStringList headers{tr("KPI"), tr("Value"), tr("Target")};
    for (const KpiFigures& g : v.report.groups)
        headers << (g.group.isEmpty() ? tr("(no owner)") : g.group);
    headers << tr("Numbers") << tr("Formula");
    m_kpis->setHeaderLabels(headers);
    const int numbersColumn = int(headers.size()) - 2;
    for (Kpi kpi : Kpis::all()) {
        auto* item = new QTreeWidgetItem(m_kpis);
        item->setData(0, KpiRole, int(kpi));
        item->setText(0, Kpis::displayName(kpi));
        item->setText(1, valueText(total, kpi));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (const auto target = findTarget(v.targets, kpi, v.period.name())) {
            const TargetStatus status = total.against(*target);
            item->setText(2, targetText(kpi, target->value, total.currency) +
                                 (status == TargetStatus::Met      ? tr(" ✓ met")
                                  : status == TargetStatus::Missed ? tr(" ✗ missed")
                                                                   : QString()));
        } else {
            item->setText(2, tr("none"));
        }
        for (int g = 0; g < v.report.groups.size(); ++g) {
            item->setText(3 + g, valueText(v.report.groups[g], kpi));
            item->setTextAlignment(3 + g, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(numbersColumn, numbersText(total, kpi));
        item->setText(numbersColumn + 1, Kpis::formula(kpi));
        item->setToolTip(0, Kpis::formula(kpi));
        if (kpi == selected)
            m_kpis->setCurrentItem(item);
    }
    for (int c = 0; c < m_kpis->columnCount() - 1; ++c)
        m_kpis->resizeColumnToContents(c);

    QList<RetentionTrendChart::Quarter> quarters;
    for (int i = 0; i < v.quarters.size(); ++i) {
        const ReportPeriod& q = v.quarters[i];
        quarters.append({tr("Q%1 FY%2").arg(q.number()).arg(q.year() % 100, 2, 10, QLatin1Char('0')),
                         q.displayName(), v.quarterFigures[i].grr(), v.quarterFigures[i].nrr()});
    }
    m_chart->setQuarters(quarters);
    showAccountsBehind();
    updateTargetButton();
}

void ReportsPage::showAccountsBehind()
{
    m_accounts->clear();
    if (!m_view || !m_kpis->currentItem())
        return;
    const Kpi kpi = Kpi(m_kpis->currentItem()->data(0, KpiRole).toInt());
    const QString currency = m_view->report.total.currency;
    const QList<KpiAccountLine> lines = m_view->report.behind(kpi);
    // A few thousand lines at most are worth reading; the largest changes come first.
    constexpr int kMaxLines = 2000;
    for (int i = 0; i < lines.size() && i < kMaxLines; ++i) {
        const KpiAccountLine& l = lines[i];
        auto* item = new QTreeWidgetItem(m_accounts);
        item->setData(0, AccountRole, m_view->accountIds.value(l.account));
        item->setText(0, m_view->accountNames.value(l.account));
        item->setText(1, movementName(l.movement));
        item->setText(2, DisplayFormat::money(l.startArr, currency));
        item->setText(3, DisplayFormat::money(l.endArr, currency));
        item->setText(4, DisplayFormat::money(l.change(), currency));
        for (int c = 2; c <= 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_accounts->resizeColumnToContents(0);
    m_accounts->resizeColumnToContents(1);
}

void ReportsPage::updateTargetButton()
{
    const bool fiscal = m_view && (m_view->period.kind() == ReportPeriod::Kind::FiscalYear ||
                                   m_view->period.kind() == ReportPeriod::Kind::FiscalQuarter);
    m_setTarget->setEnabled(fiscal && m_kpis->currentItem() && !m_workspace.isReadOnly());
}

void ReportsPage::editTarget()
{
    updateTargetButton();
    if (!m_setTarget->isEnabled() || !m_workspace.book())
        return;
    const Kpi kpi = Kpi(m_kpis->currentItem()->data(0, KpiRole).toInt());
    const ReportPeriod period = m_view->period;
    const std::optional<KpiTarget> current = findTarget(m_view->targets, kpi, period.name());
    KpiTargetDialog dialog(kpi, period, current ? std::optional<qint64>(current->value) : std::nullopt,
                           m_view->report.total.currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<qint64> after = dialog.target();
    const QString what =
        after ? tr("Target of %1 for %2 set to %3")
                    .arg(Kpis::displayName(kpi), period.displayName(),
                         targetText(kpi, *after, m_view->report.total.currency))
              : tr("Target of %1 for %2 cleared").arg(Kpis::displayName(kpi), period.displayName());
    auto* command = new SetTargetCommand(m_workspace, kpi, period.name(), after, what, this);
    m_workspace.undoStack()->push(command);
    if (command->failed())
        return;
    emit changed(what);
}

void registerReportsPage(PageRegistry& pages)
{
    PageSpec page(pageids::reports, ReportsPage::tr("Reports"), [](MainWindow& window) -> QWidget* {
        return connectToWindow(new ReportsPage(window.workspace()), window);
    });
    page.order = 60;
    page.shortcut = QKeySequence(Qt::CTRL | Qt::Key_6);
    pages.add(page);
}

} // namespace csm
