#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm {

// An account's contacts for the Contacts tab, champions and sponsors first.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };
    enum class Role
    {
        ContactId = Qt::UserRole + 1,
        ContactRole
    };

    explicit ContactsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContacts(QList<Contact> contacts);
    const Contact& contactAt(int row) const { return m_contacts.at(row); }

private:
    QList<Contact> m_contacts;
};

} // namespace csm
