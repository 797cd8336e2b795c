#pragma once

#include "domain/Entities.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace csm {

class AccountsModel;

// Sorts and filters an AccountsModel on its precomputed keys: no QVariant per comparison, so that 100,000
// rows sort and filter within a keystroke. Missing values (no renewal date, no touch yet) sort last in both
// directions.
class AccountsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class BandFilter
    {
        Any,
        Green,
        Yellow,
        Red,
        NoData
    };

    explicit AccountsFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    AccountsModel* accountsModel() const { return m_model; }

    // Every word must appear in the name, reading, external id or owner (case- and width-insensitive).
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setTouchModelFilter(std::optional<TouchModel> model);
    void setOwnerFilter(const QString& owner); // empty: every owner
    void setBandFilter(BandFilter band);
    void setStageFilter(std::optional<LifecycleStage> stage);
    // Only these accounts (a drill-down from the portfolio); none: no such limit. The other filters still
    // apply on top.
    void setIdFilter(const std::optional<QSet<Id>>& ids);
    const std::optional<QSet<Id>>& idFilter() const { return m_ids; }

    Id idAt(int proxyRow) const;

    // Ranks every source row on the column first (a plain std::sort over the precomputed keys), so that the
    // base class's sort only compares two integers per call.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // Re-evaluates the filters over every source row once (into m_accepted), then lets the base class apply
    // them: row by row when few rows change, otherwise as one layout change that rebuilds the mapping from
    // the cached results and the cached sort ranks (QSortFilterProxyModel's row-by-row path inserts and
    // removes tens of thousands of rows in many small ranges, which costs hundreds of milliseconds).
    void refilter();
    bool accepts(int sourceRow) const;
    void dropRanks() { m_ranks.clear(); }
    bool lessByKeys(int leftRow, int rightRow, int column, Qt::SortOrder order) const;

    std::vector<int> m_ranks;     // by source row; empty when the source changed since the last sort
    std::vector<char> m_accepted; // by source row, valid only while refilter() runs
    bool m_useAccepted = false;

    AccountsModel* m_model = nullptr;
    QString m_text;
    QStringList m_words; // folded
    std::optional<TouchModel> m_touchModel;
    QString m_owner;
    BandFilter m_band = BandFilter::Any;
    std::optional<LifecycleStage> m_stage;
    std::optional<QSet<Id>> m_ids;
};

} // namespace csm
