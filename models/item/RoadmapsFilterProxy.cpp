#include "item/RoadmapsFilterProxy.h"

#include "item/RoadmapsModel.h"
#include "item/TextFolding.h"

namespace csm {

RoadmapsFilterProxy::RoadmapsFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RoadmapsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RoadmapsFilterProxy::refilter()
{
    invalidateRowsFilter();
}

void RoadmapsFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void RoadmapsFilterProxy::setStateFilter(std::optional<RoadmapState> state)
{
    m_state = state;
    refilter();
}

void RoadmapsFilterProxy::setLateOnly(bool late)
{
    m_lateOnly = late;
    refilter();
}

void RoadmapsFilterProxy::setOwnerFilter(std::optional<OwnerSide> owner)
{
    m_owner = owner;
    refilter();
}

void RoadmapsFilterProxy::setTemplateFilter(const Id& templateId)
{
    m_templateId = templateId;
    refilter();
}

void RoadmapsFilterProxy::setTouchModelFilter(std::optional<TouchModel> model)
{
    m_touchModel = model;
    refilter();
}

Id RoadmapsFilterProxy::roadmapIdAt(int proxyRow) const
{
    return data(index(proxyRow, 0), RoadmapsModel::RoadmapIdRole).toString();
}

Id RoadmapsFilterProxy::accountIdAt(int proxyRow) const
{
    return data(index(proxyRow, 0), RoadmapsModel::AccountIdRole).toString();
}

bool RoadmapsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = RoadmapState(i.data(RoadmapsModel::StateRole).toInt());
    if (m_state && state != *m_state)
        return false;
    if (m_lateOnly && state != RoadmapState::Behind && state != RoadmapState::Stuck)
        return false;
    if (m_owner && i.data(RoadmapsModel::OwnerRole).toInt() != int(*m_owner))
        return false;
    if (!m_templateId.isEmpty() && i.data(RoadmapsModel::TemplateIdRole).toString() != m_templateId)
        return false;
    if (m_touchModel && i.data(RoadmapsModel::TouchModelRole).toInt() != int(*m_touchModel))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = foldForSearch(i.data(RoadmapsModel::FilterTextRole).toString());
    for (const QString& w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace csm
