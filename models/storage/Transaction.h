#pragma once

#include "domain/Result.h"
#include "storage/ChangeSet.h"

namespace csm {

class Book;

// RAII write transaction: `Transaction tx(book); ...; return tx.commit();` rolls back when it goes out of
// scope uncommitted. Nested Transactions join the outermost one; its commit announces the merged ChangeSet.
class Transaction
{
public:
    explicit Transaction(Book& book);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begun() const; // an error when BEGIN failed (read-only book, locked, disk)
    void record(ChangeSet::Entity e, const Id& accountId);
    void recordEverything();
    Status commit();

private:
    Book& m_book;
    bool m_outer = false;
    bool m_done = false;
    Status m_begun;
};

} // namespace csm
