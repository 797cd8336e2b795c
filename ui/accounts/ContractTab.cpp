#include "ui/accounts/ContractTab.h"

#include "domain/ContractTerms.h"
#include "item/DisplayFormat.h"
#include "ui/charts/ArrStepChart.h"

#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

ContractTab::ContractTab(BookWorkspace& workspace, QWidget* parent)
    : AccountTab(parent), m_workspace(workspace), m_contracts(new QTreeWidget(this)),
      m_chart(new ArrStepChart(this)), m_current(m_contracts, [this](int row) {
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
    m_chart->setToolTip(tr("ARR after each ARR event, up to today"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_contracts);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setFocusProxy(m_contracts);
}

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
                          tr("%n day(s)", nullptr, c.noticeDays), c.autoRenew ? tr("Yes") : tr("No"),
                          DisplayFormat::money(c.arr, currency), renewal});
        item->setData(0, ContractIdRole, c.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_current.restore();
    const int room = 2 * m_contracts->fontMetrics().averageCharWidth(); // between columns
    for (int i = 0; i < m_contracts->columnCount(); ++i) {
        m_contracts->resizeColumnToContents(i);
        m_contracts->setColumnWidth(i, m_contracts->columnWidth(i) + room);
    }

    QList<ArrStepChart::Step> steps;
    for (const ArrEvent& e : d.arrEvents)
        steps.append({e.effectiveOn, e.arrAfter});
    m_chart->setSteps(steps, currency, m_workspace.today());
}

void ContractTab::clearDetail()
{
    m_contracts->clear();
}

void ContractTab::selectRecord(const Id& contractId)
{
    m_current.select(contractId);
}

} // namespace csm
