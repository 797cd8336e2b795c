#include "item/SearchModel.h"

#include <QFont>

namespace csm {

SearchModel::SearchModel(QObject* parent) : QAbstractListModel(parent) {}

int SearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SearchModel::kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Account:
        return tr("Accounts");
    case SearchHit::Kind::Contact:
        return tr("Contacts");
    case SearchHit::Kind::Touch:
        return tr("Touches");
    }
    return {};
}

void SearchModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_rows.clear();
    m_hitCount = 0;
    for (SearchHit::Kind kind :
         {SearchHit::Kind::Account, SearchHit::Kind::Contact, SearchHit::Kind::Touch}) {
        QList<Row> group;
        for (const SearchHit& h : hits)
            if (h.kind == kind)
                group.append({false, h, 0});
        if (group.isEmpty())
            continue;
        SearchHit heading;
        heading.kind = kind;
        m_rows.append({true, heading, int(group.size())});
        m_rows.append(group);
        m_hitCount += int(group.size());
    }
    endResetModel();
}

bool SearchModel::isHit(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).heading;
}

int SearchModel::firstHitRow() const
{
    return nextHitRow(-1, 1);
}

int SearchModel::rowOfHit(SearchHit::Kind kind, const Id& targetId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        if (!row.heading && row.hit.kind == kind && row.hit.targetId == targetId)
            return r;
    }
    return -1;
}

int SearchModel::nextHitRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step)
        if (isHit(r))
            return r;
    return row;
}

Qt::ItemFlags SearchModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isHit(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                              : Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant SearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (r.heading)
            return tr("%1 (%2)").arg(kindName(r.hit.kind)).arg(r.groupSize);
        return r.hit.detail.isEmpty() ? r.hit.title : tr("%1 — %2").arg(r.hit.title, r.hit.detail);
    case Qt::ToolTipRole:
        return r.heading ? QVariant() : QVariant(r.hit.title);
    case Qt::FontRole:
        if (r.heading) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case int(Role::Kind):
        return r.heading ? QVariant() : QVariant(int(r.hit.kind));
    case int(Role::AccountId):
        return r.hit.accountId;
    case int(Role::TargetId):
        return r.hit.targetId;
    case int(Role::IsHeading):
        return r.heading;
    case int(Role::Detail):
        return r.hit.detail;
    default:
        return {};
    }
}

} // namespace csm
