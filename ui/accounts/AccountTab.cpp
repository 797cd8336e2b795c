#include "ui/accounts/AccountTab.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

AccountTabRegistry& AccountTabRegistry::add(AccountTabSpec spec)
{
    m_tabs.removeIf([&spec](const AccountTabSpec& t) { return t.id == spec.id; });
    m_tabs.append(std::move(spec));
    return *this;
}

QList<AccountTabSpec> AccountTabRegistry::tabs() const
{
    QList<AccountTabSpec> sorted = m_tabs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const AccountTabSpec& a, const AccountTabSpec& b) { return a.order < b.order; });
    return sorted;
}

ComingLaterTab::ComingLaterTab(const QString& text, QWidget* parent) : AccountTab(parent)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
}

CurrentRecord::CurrentRecord(QAbstractItemView* view, std::function<Id(int)> idAt)
    : m_view(view), m_idAt(std::move(idAt))
{}

Id CurrentRecord::current() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_idAt(i.row()) : Id();
}

void CurrentRecord::remember()
{
    const QModelIndex i = m_view->currentIndex();
    m_remembered = i.isValid() ? m_idAt(i.row()) : Id();
    m_rememberedRow = i.isValid() ? i.row() : -1;
}

void CurrentRecord::restore()
{
    if (!m_pending.isEmpty() && selectNow(m_pending)) {
        m_pending.clear();
        return;
    }
    if (!m_remembered.isEmpty() && selectNow(m_remembered))
        return;
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    if (m_rememberedRow >= 0 && rows > 0) {
        // The record went away (deleted): the one that took its place, as a list does after a delete.
        const QModelIndex i = m_view->model()->index(std::min(m_rememberedRow, rows - 1), 0);
        m_view->setCurrentIndex(i);
    }
}

void CurrentRecord::select(const Id& id)
{
    if (!selectNow(id))
        m_pending = id;
}

bool CurrentRecord::selectNow(const Id& id)
{
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        if (m_idAt(r) != id)
            continue;
        const QModelIndex i = m_view->model()->index(r, 0);
        m_view->setCurrentIndex(i); // with SelectRows, selects the row too
        m_view->scrollTo(i);
        return true;
    }
    return false;
}

} // namespace csm
