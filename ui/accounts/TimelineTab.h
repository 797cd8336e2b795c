#pragma once

#include "ui/accounts/AccountTab.h"

class QTableView;

namespace csm {

class TimelineModel;

// The account's touches, newest first, with their follow-ups (tick one to mark it done).
class TimelineTab : public AccountTab
{
    Q_OBJECT
public:
    explicit TimelineTab(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TimelineModel* model() const { return m_model; }
    Id currentTouchId() const { return m_current.current(); }

    void setDetail(const AccountDetail& detail) override;
    void clearDetail() override;
    void selectRecord(const Id& touchId) override;

private:
    QTableView* m_view;
    TimelineModel* m_model;
    CurrentRecord m_current;
};

} // namespace csm
