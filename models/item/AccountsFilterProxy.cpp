#include "AccountsFilterProxy.h"

#include "AccountsModel.h"
#include "TextFolding.h"

namespace csm {

AccountsFilterProxy::AccountsFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void AccountsFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<AccountsModel*>(model);
    Q_ASSERT_X(m_model || !model, "AccountsFilterProxy", "the source must be an AccountsModel");
    QSortFilterProxyModel::setSourceModel(model);
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

Id AccountsFilterProxy::idAt(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() && m_model ? m_model->summaryAt(source.row()).id : Id();
}

void AccountsFilterProxy::refilter()
{
    invalidateFilter();
}

bool AccountsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
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
    for (const QString& w : m_words)
        if (!k.search.contains(w))
            return false;
    return true;
}

bool AccountsFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const bool leftMissing = AccountsModel::isMissing(m_model->keysAt(left.row()), column);
    const bool rightMissing = AccountsModel::isMissing(m_model->keysAt(right.row()), column);
    if (leftMissing != rightMissing) {
        // Descending sorts call lessThan(right, left): missing values must then be the "smallest" to stay
        // last.
        return sortOrder() == Qt::AscendingOrder ? rightMissing : leftMissing;
    }
    return m_model->compareRows(left.row(), right.row(), column) < 0;
}

} // namespace csm
