#include "ui/accounts/ContactsTab.h"

#include "item/ContactsModel.h"
#include "ui/accounts/ElidedTextDelegate.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace csm {

ContactsTab::ContactsTab(QWidget* parent)
    : AccountTab(parent), m_view(new QTableView(this)), m_model(new ContactsModel(this)),
      m_current(m_view, [this](int row) { return m_model->contactAt(row).id; })
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("contactsView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    // Name, role and phone follow their contents when an account is shown, up to a cap; the e-mail address
    // takes the rest of the width. What still does not fit is elided, e-mail addresses in the middle, and
    // shown in full in the tooltip.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ContactsModel::EmailColumn, QHeaderView::Stretch);
    auto* cells = new ElidedTextDelegate(m_view);
    cells->setElideMode(ContactsModel::EmailColumn, Qt::ElideMiddle);
    m_view->setItemDelegate(cells);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

void ContactsTab::fitColumns()
{
    const int em = m_view->fontMetrics().averageCharWidth();
    fitColumn(m_view, ContactsModel::NameColumn, 32 * em);
    fitColumn(m_view, ContactsModel::RoleColumn, 28 * em);
    fitColumn(m_view, ContactsModel::PhoneColumn, 24 * em);
}

void ContactsTab::setDetail(const AccountDetail& d)
{
    m_current.remember();
    m_model->setContacts(d.contacts);
    m_current.restore();
    fitColumns();
}

void ContactsTab::clearDetail()
{
    m_model->setContacts({});
}

void ContactsTab::selectRecord(const Id& contactId)
{
    m_current.select(contactId);
}

} // namespace csm
