#pragma once

#include "domain/Entities.h"
#include "domain/RoadmapStatus.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace csm {

// Filters and sorts the Roadmaps view (a RoadmapsModel): by words in the account, roadmap, next milestone
// or CSM (case-, width- and kana-insensitive, every word must appear), by status, by the next milestone's
// owner side, by template and by touch model. Sorts on the model's SortRole (missing dates and values last).
class RoadmapsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RoadmapsFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setStateFilter(std::optional<RoadmapState> state);
    // Behind or stuck: what needs attention.
    void setLateOnly(bool late);
    void setOwnerFilter(std::optional<OwnerSide> owner);
    void setTemplateFilter(const Id& templateId); // empty: every template
    void setTouchModelFilter(std::optional<TouchModel> model);

    Id roadmapIdAt(int proxyRow) const;
    Id accountIdAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QString m_text;
    QStringList m_words; // folded
    std::optional<RoadmapState> m_state;
    bool m_lateOnly = false;
    std::optional<OwnerSide> m_owner;
    Id m_templateId;
    std::optional<TouchModel> m_touchModel;
};

} // namespace csm
