#pragma once

#include "ui/accounts/AccountTab.h"

class QTreeWidget;

namespace csm {

class ArrStepChart;

// The account's contracts (start, term, notice rule, auto-renew, ARR, current renewal), the renewal outcomes
// recorded for it (each can be corrected), and a chart of its ARR through time.
class ContractTab : public AccountTab
{
    Q_OBJECT
public:
    // The contract id on the first column of each item of view().
    static constexpr int ContractIdRole = Qt::UserRole + 1;
    // The renewal date (QDate) on the first column of each item of outcomesView().
    static constexpr int RenewalDateRole = Qt::UserRole + 2;

    explicit ContractTab(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* view() const { return m_contracts; }
    QTreeWidget* outcomesView() const { return m_outcomes; }
    QDate currentOutcomeRenewalDate() const; // invalid when no outcome is current
    ArrStepChart* chart() const { return m_chart; }
    Id currentContractId() const { return m_current.current(); }

    void setDetail(const AccountDetail& detail) override;
    void clearDetail() override;
    void selectRecord(const Id& contractId) override;

private:
    BookWorkspace& m_workspace;
    QTreeWidget* m_contracts;
    QTreeWidget* m_outcomes;
    ArrStepChart* m_chart;
    CurrentRecord m_current;
};

} // namespace csm
