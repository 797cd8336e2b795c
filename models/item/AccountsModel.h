#pragma once

#include "domain/AccountSummary.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <limits>
#include <vector>

namespace csm {

// The accounts list: one row per AccountSummary, looked up by id, updated row by row when the book changes.
// Sort ranks are computed once per row (prepare(), on two threads), so that AccountsFilterProxy sorts and
// filters 100,000 rows without building a QVariant per comparison. The folded search text is built on first
// use (the first filter keystroke or quick search), not while the list loads. Collation
// keys exist only while the ranks are built; repeated strings (owner, industry, plan, region) share one copy.
// Display strings are built in data().
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        OwnerColumn,
        TouchModelColumn,
        ArrColumn,
        HealthColumn,
        RenewalColumn,
        NoticeColumn,
        LastTouchColumn,
        StageColumn,
        ColumnCount
    };

    enum class Role
    {
        AccountId = Qt::UserRole + 1, // QString (named so: "Id" would shadow csm::Id)
        SortKey,    // qint64 for numbers and dates (missing: no value), QString for text columns
        TouchModel, // int(csm::TouchModel)
        Stage,      // int(csm::LifecycleStage)
        Band,       // int(csm::HealthBand), no value without health data
        Owner,      // QString
        Arr,        // qint64, minor units
        Date,       // QDate of the date columns
        Trend,      // int: 1 up, 0 level, -1 down against 30 days earlier; no value without both scores
        Score,      // double: the current health score; no value without one
    };

    // Precomputed per-row keys. Numbers use kMissing when there is no value.
    static constexpr qint64 kMissing = std::numeric_limits<qint64>::min();
    struct RowKeys
    {
        qint64 arr = 0;
        qint64 health = kMissing;  // score x 10
        qint64 renewal = kMissing; // julian day
        qint64 notice = kMissing;  // days to the notice deadline
        qint64 lastTouch = kMissing;
        int nameRank = 0;  // position in name order (by reading when there is one) among all rows
        int ownerRank = 0; // position of the owner among the distinct owners
        int band = -1;
        int touchModel = 0;
        int stage = 0;
    };

    // Rows with their keys, built by prepare(); can be made on a worker thread and handed to setPrepared(),
    // which only moves them in.
    struct Prepared
    {
        QList<AccountSummary> rows;
        std::vector<RowKeys> keys;
        std::vector<int> nameOrder; // rows in name order: nameOrder[keys[r].nameRank] == r
        QHash<Id, int> rowById;
        QStringList owners; // distinct non-empty owners in collation order
    };
    static Prepared prepare(QList<AccountSummary> rows, const QLocale& locale = QLocale());

    explicit AccountsModel(QObject* parent = nullptr);
    ~AccountsModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (a model reset).
    void setSummaries(QList<AccountSummary> rows);
    void setPrepared(Prepared prepared);
    // Updates rows in place by id, inserts unknown ids at the end, and removes the ids of `scope` that `rows`
    // no longer contains (deleted accounts). No reset: dataChanged, rowsInserted and rowsRemoved only.
    void updateSummaries(const QList<AccountSummary>& rows, const QSet<Id>& scope = {});
    void clear();

    int rowForId(const Id& id) const; // -1 when unknown
    // What the renewal and notice columns say on hover of a contract that does not renew automatically
    // (empty otherwise); the account page's header says the same.
    static QString contractTip(const AccountSummary& s);
    // "Next contract signed, from <date>" for an account with a contract signed ahead of its start; empty
    // without one.
    static QString nextContractText(const AccountSummary& s);
    const AccountSummary& summaryAt(int row) const { return m_rows.at(row); }
    const RowKeys& keysAt(int row) const { return m_keys[std::size_t(row)]; }
    // The row's name, reading, external id and owner folded for searching (foldForSearch), one per line.
    // The first call after a load folds every row (on two threads from 2,000 rows: about 30 ms at 100,000).
    const QString& searchTextAt(int row) const;
    // Three-way comparison of two rows on a column's precomputed key; kMissing values compare as missing.
    static bool isMissing(const RowKeys& k, int column);
    int compareRows(int rowA, int rowB, int column) const;

    // Owners present in the rows, sorted, for the owner filter.
    QStringList owners() const { return m_owners; }

    QString currency() const { return m_currency; }
    void setCurrency(const QString& currency);

signals:
    void ownersChanged();

private:
    static RowKeys makeKeys(const AccountSummary& s);
    static QString makeSearchText(const AccountSummary& s);
    void ensureSearchText() const;
    bool searchTextReady() const { return qsizetype(m_searchText.size()) == m_rows.size(); }
    static QCollator makeCollator(const QLocale& locale);
    // Fills every row's ownerRank and returns the distinct non-empty owners in collation order.
    static QStringList computeOwnerRanks(const QList<AccountSummary>& rows, std::vector<RowKeys>& keys,
                                         const QCollator& collator);
    // Places rows (renamed or new, absent from m_nameOrder) in name order and renumbers every nameRank.
    void placeInNameOrder(const QList<int>& rows);
    void rebuildIndex(int fromRow = 0);
    void rebuildOwners();
    void setOwners(QStringList owners);
    QString displayText(const AccountSummary& s, int column) const;
    QString exportText(const AccountSummary& s, int column) const; // itemrole::Export

    QList<AccountSummary> m_rows;
    std::vector<RowKeys> m_keys;
    // Folded search text per row, built by ensureSearchText() on first use and dropped when rows come or go.
    mutable std::vector<QString> m_searchText;
    std::vector<int> m_nameOrder;
    QHash<Id, int> m_rowById;
    QStringList m_owners;
    QString m_currency = QStringLiteral("JPY");
    QCollator m_collator;
};

} // namespace csm
