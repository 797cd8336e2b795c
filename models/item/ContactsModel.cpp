#include "item/ContactsModel.h"

#include "item/DisplayLabels.h"

#include <algorithm>

namespace csm {

ContactsModel::ContactsModel(QObject* parent) : QAbstractTableModel(parent) {}

int ContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& c = m_contacts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case RoleColumn:
            return Labels::contactRole(c.role);
        case EmailColumn:
            return c.email;
        case PhoneColumn:
            return c.phone;
        default:
            return {};
        }
    }
    if (role == int(Role::ContactId))
        return c.id;
    if (role == int(Role::ContactRole))
        return int(c.role);
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

void ContactsModel::setContacts(QList<Contact> contacts)
{
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact& a, const Contact& b) { return int(a.role) < int(b.role); });
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

} // namespace csm
