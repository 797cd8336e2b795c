#include "item/AccountsFilterProxy.h"

#include "item/AccountsModel.h"
#include "item/TextFolding.h"

#include <algorithm>
#include <cstdlib>

namespace csm {

AccountsFilterProxy::AccountsFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void AccountsFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<AccountsModel*>(model);
    Q_ASSERT_X(m_model || !model, "AccountsFilterProxy", "the source must be an AccountsModel");
    dropRanks();
    if (m_model) {
        // Connected before the base class connects its own slots, so that stale ranks are gone before it
        // re-sorts changed rows.
        connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsFilterProxy::dropRanks);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &AccountsFilterProxy::dropRanks);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &AccountsFilterProxy::dropRanks);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &AccountsFilterProxy::dropRanks);
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &AccountsFilterProxy::dropRanks);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void AccountsFilterProxy::sort(int column, Qt::SortOrder order)
{
    dropRanks();
    if (m_model && column >= 0 && column < AccountsModel::ColumnCount) {
        const int n = m_model->rowCount();
        std::vector<int> rows(std::size_t(n), 0);
        for (int r = 0; r < n; ++r)
            rows[std::size_t(r)] = r;
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int a, int b) { return lessByKeys(a, b, column, Qt::AscendingOrder); });
        std::vector<int> ranks(std::size_t(n), 0);
        // Missing values stay last in both directions: in a descending sort they must rank lowest.
        int rank = 0;
        if (order == Qt::DescendingOrder) {
            for (int r : rows)
                if (AccountsModel::isMissing(m_model->keysAt(r), column))
                    ranks[std::size_t(r)] = rank++;
            for (int r : rows)
                if (!AccountsModel::isMissing(m_model->keysAt(r), column))
                    ranks[std::size_t(r)] = rank++;
        } else {
            for (int r : rows)
                ranks[std::size_t(r)] = rank++;
        }
        m_ranks = std::move(ranks);
    }
    QSortFilterProxyModel::sort(column, order);
}

void AccountsFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void AccountsFilterProxy::setTouchModelFilter(std::optional<TouchModel> model)
{
    if (model == m_touchModel)
        return;
    m_touchModel = model;
    refilter();
}

void AccountsFilterProxy::setOwnerFilter(const QString& owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void AccountsFilterProxy::setBandFilter(BandFilter band)
{
    if (band == m_band)
        return;
    m_band = band;
    refilter();
}

void AccountsFilterProxy::setStageFilter(std::optional<LifecycleStage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    refilter();
}

void AccountsFilterProxy::setIdFilter(const std::optional<QSet<Id>>& ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    refilter();
}

Id AccountsFilterProxy::idAt(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() && m_model ? m_model->summaryAt(source.row()).id : Id();
}

void AccountsFilterProxy::refilter()
{
    if (!m_model) {
        invalidateFilter();
        return;
    }
    // Fewer changed rows than this go through the base class's row-by-row path (inserts and removes keep
    // every other row's selection and scroll position untouched); more rebuild the mapping in one go.
    constexpr int kRowByRowLimit = 1000;
    const int n = m_model->rowCount();
    m_accepted.assign(std::size_t(n), 0);
    int accepted = 0;
    for (int r = 0; r < n; ++r) {
        const bool a = accepts(r);
        m_accepted[std::size_t(r)] = a ? 1 : 0;
        accepted += a ? 1 : 0;
    }
    // The change in the number of rows shown is a lower bound of the rows that change (exact when the filter
    // only narrows or only widens, as typing and deleting do).
    const int shown = rowCount();
    m_useAccepted = true;
    if (std::abs(accepted - shown) <= kRowByRowLimit) {
        invalidateFilter();
    } else {
        // layoutAboutToBeChanged/layoutChanged: persistent indexes (selections, the current index) follow
        // their rows; those of rows filtered out become invalid.
        invalidate();
        rowCount(); // builds the mapping now, from m_accepted
    }
    m_useAccepted = false;
    m_accepted.clear();
    m_accepted.shrink_to_fit();
}

bool AccountsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    if (m_useAccepted && sourceRow >= 0 && std::size_t(sourceRow) < m_accepted.size())
        return m_accepted[std::size_t(sourceRow)] != 0;
    return accepts(sourceRow);
}

bool AccountsFilterProxy::accepts(int sourceRow) const
{
    const AccountsModel::RowKeys& k = m_model->keysAt(sourceRow);
    if (m_touchModel && k.touchModel != int(*m_touchModel))
        return false;
    if (m_stage && k.stage != int(*m_stage))
        return false;
    switch (m_band) {
    case BandFilter::Any:
        break;
    case BandFilter::Green:
        if (k.band != int(HealthBand::Green))
            return false;
        break;
    case BandFilter::Yellow:
        if (k.band != int(HealthBand::Yellow))
            return false;
        break;
    case BandFilter::Red:
        if (k.band != int(HealthBand::Red))
            return false;
        break;
    case BandFilter::NoData:
        if (k.band >= 0)
            return false;
        break;
    }
    if (!m_owner.isEmpty() && m_model->summaryAt(sourceRow).owner != m_owner)
        return false;
    if (m_ids && !m_ids->contains(m_model->summaryAt(sourceRow).id))
        return false;
    if (!m_words.isEmpty()) {
        const QString& text = m_model->searchTextAt(sourceRow);
        for (const QString& w : m_words)
            if (!text.contains(w))
                return false;
    }
    return true;
}

bool AccountsFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    if (!m_ranks.empty())
        return m_ranks[std::size_t(left.row())] < m_ranks[std::size_t(right.row())];
    return lessByKeys(left.row(), right.row(), left.column(), sortOrder());
}

bool AccountsFilterProxy::lessByKeys(int leftRow, int rightRow, int column, Qt::SortOrder order) const
{
    const bool leftMissing = AccountsModel::isMissing(m_model->keysAt(leftRow), column);
    const bool rightMissing = AccountsModel::isMissing(m_model->keysAt(rightRow), column);
    if (leftMissing != rightMissing) {
        // Descending sorts call lessThan(right, left): missing values must then be the "smallest" to stay
        // last.
        return order == Qt::AscendingOrder ? rightMissing : leftMissing;
    }
    return m_model->compareRows(leftRow, rightRow, column) < 0;
}

} // namespace csm
