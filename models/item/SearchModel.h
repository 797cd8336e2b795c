#pragma once

#include "domain/Entities.h"

#include <QAbstractListModel>
#include <QList>

namespace csm {

// One result of the quick search.
struct SearchHit
{
    enum class Kind
    {
        Account,
        Contact,
        Touch
    };
    Kind kind = Kind::Account;
    Id accountId; // what choosing the hit opens
    Id targetId;  // the account, contact or touch itself
    QString title;
    QString detail; // account name, email, date...
};

// Quick-search results grouped by kind (Accounts, Contacts, Touches), each group under a heading row that
// cannot be selected. Filled by whoever runs the search; no SQL here.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Role
    {
        Kind = Qt::UserRole + 1, // int(SearchHit::Kind), no value on headings
        AccountId,
        TargetId,
        IsHeading, // bool
        Detail,    // QString
    };

    explicit SearchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Hits in any order; they are grouped by kind, keeping their order inside a group.
    void setHits(const QList<SearchHit>& hits);
    int hitCount() const { return m_hitCount; }
    bool isHit(int row) const;
    int firstHitRow() const;
    // The row of the hit of this kind on this account, contact or touch; -1 when it is not shown.
    int rowOfHit(SearchHit::Kind kind, const Id& targetId) const;
    // The next selectable row from `row` in direction step (+1 / -1), or row itself when there is none.
    int nextHitRow(int row, int step) const;
    static QString kindName(SearchHit::Kind kind);

private:
    struct Row
    {
        bool heading;
        SearchHit hit; // for headings, only kind is meaningful
        int groupSize = 0;
    };
    QList<Row> m_rows;
    int m_hitCount = 0;
};

} // namespace csm
