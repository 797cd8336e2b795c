#pragma once

#include "ui/accounts/AccountTab.h"

class QTableView;

namespace csm {

class ContactsModel;

// The account's contacts: name, role, e-mail address and phone.
class ContactsTab : public AccountTab
{
    Q_OBJECT
public:
    explicit ContactsTab(QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ContactsModel* model() const { return m_model; }
    Id currentContactId() const { return m_current.current(); }

    void setDetail(const AccountDetail& detail) override;
    void clearDetail() override;
    void selectRecord(const Id& contactId) override;

private:
    void fitColumns();
    QTableView* m_view;
    ContactsModel* m_model;
    CurrentRecord m_current;
};

} // namespace csm
