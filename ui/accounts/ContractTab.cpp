#include "ui/accounts/ContractTab.h"

#include "domain/ContractTerms.h"
#include "domain/RenewalOutcome.h"
#include "item/DisplayFormat.h"
#include "ui/charts/ArrStepChart.h"

#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

ContractTab::ContractTab(BookWorkspace& workspace, QWidget* parent)
    : AccountTab(parent), m_workspace(workspace), m_contracts(new QTreeWidget(this)),
      m_outcomes(new QTreeWidget(this)), m_chart(new ArrStepChart(this)),
      m_current(m_contracts, [this](int row) {
          const QTreeWidgetItem* item = m_contracts->topLevelItem(row);
          return item ? item->data(0, ContractIdRole).toString() : Id();
      })
{
    m_contracts->setObjectName(QStringLiteral("contractsView"));
    m_contracts->setRootIsDecorated(false);
    m_contracts->setUniformRowHeights(true);
    m_contracts->setHeaderLabels(
        {tr("Start"), tr("Term"), tr("Notice period"), tr("Auto-renew"), tr("ARR"), tr("Current renewal")});
    m_contracts->setMinimumHeight(80);
    m_outcomes->setObjectName(QStringLiteral("outcomesView"));
    m_outcomes->setRootIsDecorated(false);
    m_outcomes->setUniformRowHeights(true);
    m_outcomes->setHeaderLabels({tr("Renewal date"), tr("Outcome"), tr("Recorded on"), tr("Note")});
    m_outcomes->setToolTip(tr("Renewal outcomes recorded for this account; Enter corrects the selected one"));
    m_outcomes->setMinimumHeight(60);
    m_chart->setToolTip(tr("ARR after each ARR event, up to today"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_contracts);
    split->addWidget(m_outcomes);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setFocusProxy(m_contracts);
}

namespace {

// The notice rule in a few words; its tooltip has the whole sentence (NoticeRule::toText).
QString noticeCell(const NoticeRule& rule)
{
    QString text;
    switch (rule.kind()) {
    case NoticeRule::Kind::DaysBefore:
        text = ContractTab::tr("%n day(s)", nullptr, rule.days());
        break;
    case NoticeRule::Kind::MonthsBefore:
        text = ContractTab::tr("%n month(s)", nullptr, rule.months());
        break;
    case NoticeRule::Kind::DayOfMonthBefore:
        text = ContractTab::tr("Day %1, %n month(s) before", nullptr, rule.months()).arg(rule.dayOfMonth());
        break;
    case NoticeRule::Kind::EndOfMonthBefore:
        text = ContractTab::tr("Month end, %n month(s) before", nullptr, rule.months());
        break;
    }
    return rule.movesToBusinessDayBefore() ? ContractTab::tr("%1, business day").arg(text) : text;
}

} // namespace

void ContractTab::setDetail(const AccountDetail& d)
{
    const QString currency = m_workspace.settings().currency;
    m_current.remember();
    m_contracts->clear();
    for (const Contract& c : d.contracts) {
        const ContractTerms terms = ContractTerms::of(c, RecordedRenewals::of(d.renewals, c.startDate));
        const QDate today = m_workspace.today();
        const QDate ended = ContractSchedule::endedOn(terms, today);
        const QDate next =
            ContractSchedule::current(terms, today, ContractSchedule::noHolidays()).renewalDate;
        const QString renewal = ended.isValid() ? tr("Ended %1").arg(DisplayFormat::denseDate(ended))
                                : c.autoRenew   ? DisplayFormat::denseDate(next)
                                                : tr("Ends %1").arg(DisplayFormat::denseDate(next));
        auto* item = new QTreeWidgetItem(
            m_contracts, {DisplayFormat::denseDate(c.startDate), tr("%n month(s)", nullptr, c.termMonths),
                          noticeCell(terms.notice), c.autoRenew ? tr("Yes") : tr("No"),
                          DisplayFormat::money(c.arr, currency), renewal});
        item->setToolTip(2, terms.notice.toText());
        item->setData(0, ContractIdRole, c.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_current.restore();

    const QDate selected = currentOutcomeRenewalDate();
    m_outcomes->clear();
    for (const Renewal& r : d.renewals) {
        if (r.deleted || r.outcome == RenewalOutcome::Pending)
            continue;
        auto* item = new QTreeWidgetItem(
            m_outcomes, {DisplayFormat::denseDate(r.renewalDate), RenewalOutcomes::displayName(r.outcome),
                         r.decidedOn ? DisplayFormat::denseDate(*r.decidedOn) : QString(), r.note});
        item->setData(0, RenewalDateRole, r.renewalDate);
        if (r.renewalDate == selected)
            m_outcomes->setCurrentItem(item);
    }
    m_outcomes->setVisible(m_outcomes->topLevelItemCount() > 0);        // no empty list taking half the tab
    const int room = 2 * m_contracts->fontMetrics().averageCharWidth(); // between columns
    for (QTreeWidget* view : {m_contracts, m_outcomes})
        for (int i = 0; i < view->columnCount(); ++i) {
            view->resizeColumnToContents(i);
            view->setColumnWidth(i, view->columnWidth(i) + room);
        }

    QList<ArrStepChart::Step> steps;
    for (const ArrEvent& e : d.arrEvents)
        steps.append({e.effectiveOn, e.arrAfter});
    m_chart->setSteps(steps, currency, m_workspace.today());
}

QDate ContractTab::currentOutcomeRenewalDate() const
{
    const QTreeWidgetItem* item = m_outcomes->currentItem();
    return item ? item->data(0, RenewalDateRole).toDate() : QDate();
}

void ContractTab::clearDetail()
{
    m_contracts->clear();
    m_outcomes->clear();
}

void ContractTab::selectRecord(const Id& contractId)
{
    m_current.select(contractId);
}

} // namespace csm
