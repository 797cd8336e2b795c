#pragma once

#include "ui/accounts/AccountTab.h"

class QTreeWidget;

namespace csm {

class ArrStepChart;

// The account's contracts (start, term, notice period, auto-renew, ARR, current renewal) over a chart of its
// ARR through time.
class ContractTab : public AccountTab
{
    Q_OBJECT
public:
    // The contract id on the first column of each item of view().
    static constexpr int ContractIdRole = Qt::UserRole + 1;

    explicit ContractTab(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* view() const { return m_contracts; }
    ArrStepChart* chart() const { return m_chart; }
    Id currentContractId() const { return m_current.current(); }

    void setDetail(const AccountDetail& detail) override;
    void clearDetail() override;
    void selectRecord(const Id& contractId) override;

private:
    BookWorkspace& m_workspace;
    QTreeWidget* m_contracts;
    ArrStepChart* m_chart;
    CurrentRecord m_current;
};

} // namespace csm
