#include "storage/Transaction.h"

#include "BookPrivate.h"
#include "HealthRefresh.h"
#include "Sqlite.h"
#include "storage/Book.h"

namespace csm {

using storage::trBook;

Transaction::Transaction(Book& book) : m_book(book)
{
    auto* d = book.d_func();
    if (d->readOnly) {
        m_begun = Error{Error::Code::ReadOnly,
                        trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is open read-only.")), d->path,
                        trBook(QT_TRANSLATE_NOOP("csm::Book", "Open the book for writing to change it."))};
        m_done = true;
        return;
    }
    if (d->txDepth == 0 && !d->connection.stillAtPath()) {
        // Deleted, moved or replaced while open: what is written now would be lost with the last connection.
        m_begun = Error{
            Error::Code::Io,
            trBook(QT_TRANSLATE_NOOP(
                "csm::Book", "The book file was deleted, moved or replaced while it was open, so nothing "
                             "more is written to it.")),
            d->path,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Save what is open with File ▸ Backup…, then open the book "
                                                  "again or open the backup."))};
        m_done = true;
        return;
    }
    if (d->txDepth == 0) {
        // IMMEDIATE: take the write lock now, so a busy book fails here and not half way through.
        m_begun = storage::exec(d->db, "BEGIN IMMEDIATE", d->path);
        if (!m_begun) {
            m_done = true;
            return;
        }
        m_outer = true;
        d->txDoomed = false;
        d->pending = {};
    }
    ++d->txDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    auto* d = m_book.d_func();
    --d->txDepth;
    if (m_outer) {
        (void)storage::exec(d->db, "ROLLBACK");
        d->pending = {};
        d->txDoomed = false;
    } else {
        d->txDoomed = true; // an inner scope gave up: the whole transaction must not commit
    }
}

Status Transaction::begun() const
{
    return m_begun;
}

void Transaction::record(ChangeSet::Entity e, const Id& accountId)
{
    if (!m_begun)
        return;
    m_book.d_func()->pending.add(e, accountId);
}

void Transaction::recordEverything()
{
    if (!m_begun)
        return;
    m_book.d_func()->pending.everything = true;
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    auto* d = m_book.d_func();
    if (m_done)
        return Error{Error::Code::Generic,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The transaction was already finished.")),
                     d->path,
                     {}};
    // Health follows every change a score depends on, in the same transaction (HealthRecompute.h).
    if (m_outer && !d->txDoomed) {
        if (auto st = storage::refreshHealthOf(m_book, d->pending); !st) {
            m_done = true;
            --d->txDepth;
            (void)storage::exec(d->db, "ROLLBACK");
            d->pending = {};
            return st;
        }
    }
    m_done = true;
    --d->txDepth;
    if (!m_outer)
        return {};
    if (d->txDoomed) {
        (void)storage::exec(d->db, "ROLLBACK");
        d->pending = {};
        d->txDoomed = false;
        return Error{
            Error::Code::Generic,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "A part of the change failed, so nothing was saved.")),
            d->path,
            {}};
    }
    if (auto st = storage::exec(d->db, "COMMIT", d->path); !st) {
        (void)storage::exec(d->db, "ROLLBACK");
        d->pending = {};
        return st;
    }
    const ChangeSet changes = std::exchange(d->pending, {});
    // Whoever hears of a settings change (company holidays included) reads the new ones from the book. The
    // change is committed whatever this read gives: a failure keeps the settings read before.
    if (changes.touches(ChangeSet::Entity::Settings))
        (void)d->loadSettings();
    if (!changes.isEmpty())
        emit m_book.changed(changes);
    return {};
}

} // namespace csm
