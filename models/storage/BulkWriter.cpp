#include "storage/BulkWriter.h"

#include "HealthInputsKept.h"
#include "ListFacts.h"
#include "Schema.h"
#include "Search.h"
#include "Sqlite.h"

#include "BookPrivate.h"
#include "Tables.h"
#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

#include <limits>
#include <memory>
#include <optional>

namespace csm {

using storage::Stmt;
using storage::Table;
using storage::trBook;

class BulkWriter::Private
{
public:
    explicit Private(Book& b)
        : book(b), db(storage::BookAccess::d(b)->db), tx(std::make_unique<Transaction>(b))
    {
        now = storage::BookAccess::d(b)->nowText().toUtf8();
        if (tx->begun()) {
            // A bigger page cache for the duration: large inserts touch many index pages. Temporary b-trees
            // (sorts, automatic indexes of the commit's ARR update) in memory. Journaling, WAL and
            // synchronous=FULL at commit stay as they are.
            cache.emplace(db);
            (void)storage::exec(db, "PRAGMA temp_store = MEMORY");
            // Rows written in bulk: the inputs kept for the current scores (HealthInputsKept.h) no longer
            // follow them. Forgotten first, so that a back-fill inside the writer's transaction (the
            // generator's) keeps them again.
            if (auto st = storage::forgetKeptHealthInputs(db); !st)
                failed = st;
        }
    }

    ~Private()
    {
        statements = {}; // before `now`, which they may have bound without a copy
        tx.reset();      // rolls back when not committed
        cache.reset();
        (void)storage::exec(db, "PRAGMA temp_store = DEFAULT");
    }

    // Whether rows may still be added.
    Status ready() const
    {
        if (!tx)
            return Error{Error::Code::Generic,
                         trBook(QT_TRANSLATE_NOOP("csm::Book", "The bulk write is already finished.")),
                         book.path(),
                         {}};
        if (!tx->begun())
            return tx->begun();
        if (failed)
            return *failed;
        return {};
    }

    // One prepared statement per SQL text, reused for every row.
    Stmt& statement(int slot, const QByteArray& sql)
    {
        auto& s = statements[std::size_t(slot)];
        if (!s)
            s = std::make_unique<Stmt>(db, sql);
        else
            s->reset();
        return *s;
    }

    template <typename T> Result<Id> insert(int slot, const T& r)
    {
        if (auto st = ready(); !st)
            return st.error();
        Stmt& q = statement(slot, storage::insertSql<T>());
        if (auto st = q.prepared(); !st)
            return fail(st.error());
        const Id id = r.id.isEmpty() ? newUuidV7() : r.id;
        q.bindText(1, id);
        // Timestamps through the fixed-width formatter; the writer's own `now` bound once formatted, no copy.
        if (r.createdAt.isValid())
            q.bind(2, r.createdAt);
        else
            q.bindStaticUtf8(2, now);
        if (r.updatedAt.isValid())
            q.bind(3, r.updatedAt);
        else
            q.bindStaticUtf8(3, now);
        q.bind(4, r.deleted);
        Table<T>::bind(q, storage::kFirstInsertField, r);
        if (auto st = q.run(); !st)
            return fail(st.error());
        return id;
    }

    Error fail(const Error& e)
    {
        failed = Status(e);
        return e;
    }

    Book& book;
    sqlite3* db;
    std::optional<storage::BulkPageCache> cache; // before tx: it ends after the transaction
    std::unique_ptr<Transaction> tx;
    QByteArray now; // UTF-8, bound with SQLITE_STATIC: outlives every statement
    std::array<std::unique_ptr<Stmt>, 16> statements;
    std::optional<Status> failed; // after a failed row the writer refuses more and commit() rolls back
    bool arrEventsAdded = false;
    storage::TouchIndexSuspension
        touchIndex;                         // the touch search index's insert trigger, dropped while writing
    storage::ListFactsSuspension listFacts; // the account facts' insert triggers, dropped while writing
};

enum Slot
{
    AccountSlot,
    ContactSlot,
    TouchSlot,
    ParticipantSlot,
    ContractSlot,
    ArrEventSlot,
    RenewalSlot,
    TemplateSlot,
    TemplateMilestoneSlot,
    RoadmapSlot,
    MilestoneSlot,
    UsageSlot,
    NpsSlot,
};

BulkWriter::BulkWriter(Book& book) : d(std::make_unique<Private>(book)) {}

BulkWriter::~BulkWriter() = default; // an uncommitted Transaction rolls back

Status BulkWriter::begun() const
{
    return d->tx ? d->tx->begun() : Status{};
}

namespace {
Status status(const Result<Id>& r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

Status BulkWriter::add(const Account& a)
{
    return status(d->insert(AccountSlot, a));
}

Status BulkWriter::add(const Contact& c)
{
    return status(d->insert(ContactSlot, c));
}

Status BulkWriter::add(const Touch& t)
{
    if (auto st = d->ready(); !st)
        return st;
    if (auto st = d->touchIndex.suspend(d->db); !st)
        return d->fail(st.error());
    if (auto st = d->listFacts.suspend(d->db); !st)
        return d->fail(st.error());
    auto id = d->insert(TouchSlot, t);
    if (!id || t.participantIds.isEmpty())
        return status(id);
    for (int i = 0; i < t.participantIds.size(); ++i) {
        Stmt& q =
            d->statement(ParticipantSlot, "INSERT OR IGNORE INTO touch_participant (touch_id, contact_id, "
                                          "position) VALUES (?1, ?2, ?3)");
        q.bindText(1, id.value()).bindText(2, t.participantIds[i]).bind(3, i);
        if (auto st = q.run(); !st)
            return d->fail(st.error());
    }
    return {};
}

Status BulkWriter::add(const Contract& c)
{
    if (auto st = d->ready(); !st)
        return st;
    if (auto st = d->listFacts.suspend(d->db); !st)
        return d->fail(st.error());
    return status(d->insert(ContractSlot, c));
}

Status BulkWriter::add(const ArrEvent& e)
{
    d->arrEventsAdded = true;
    return status(d->insert(ArrEventSlot, e));
}

Status BulkWriter::add(const Renewal& r)
{
    return status(d->insert(RenewalSlot, r));
}

Status BulkWriter::add(const RoadmapTemplate& t)
{
    auto id = d->insert(TemplateSlot, t);
    if (!id)
        return id.error();
    for (TemplateMilestone m : t.milestones) {
        m.templateId = id.value();
        if (auto st = status(d->insert(TemplateMilestoneSlot, m)); !st)
            return st;
    }
    return {};
}

Status BulkWriter::add(const Roadmap& r)
{
    auto id = d->insert(RoadmapSlot, r);
    if (!id)
        return id.error();
    for (Milestone m : r.milestones) {
        m.roadmapId = id.value();
        if (auto st = status(d->insert(MilestoneSlot, m)); !st)
            return st;
    }
    return {};
}

Status BulkWriter::add(const UsageMetric& u)
{
    if (auto st = d->ready(); !st)
        return st;
    Stmt& q = d->statement(UsageSlot,
                           "INSERT INTO usage_metric (account_id, metric, date, value) "
                           "VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (account_id, metric, date) DO UPDATE SET value = excluded.value");
    q.bindText(1, u.accountId).bindText(2, u.metric).bind(3, u.date).bind(4, u.value);
    if (auto st = q.run(); !st)
        return d->fail(st.error());
    return {};
}

Status BulkWriter::add(const NpsResponse& n)
{
    return status(d->insert(NpsSlot, n));
}

Status BulkWriter::commit()
{
    if (!d->tx)
        return d->ready();
    if (!d->tx->begun())
        return d->tx->begun();
    if (d->failed) {
        d->statements = {};
        d->tx.reset(); // roll back
        return Error{
            Error::Code::Generic,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Nothing was written because a row was refused: %1"))
                .arg(d->failed->error().message),
            d->book.path(),
            {}};
    }
    d->statements = {};
    if (d->arrEventsAdded) {
        // Keep account.arr equal to the ARR after each account's latest live event.
        Stmt u(d->db,
               "UPDATE account SET arr = (SELECT e.arr_after FROM arr_event e "
               "WHERE e.account_id = account.id AND e.deleted = 0 "
               "ORDER BY e.effective_on DESC, e.created_at DESC, e.id DESC LIMIT 1) "
               "WHERE EXISTS (SELECT 1 FROM arr_event e WHERE e.account_id = account.id AND e.deleted = 0)");
        if (auto st = u.run(); !st) {
            d->tx.reset();
            return st;
        }
    }
    if (auto st = d->touchIndex.resume(d->db); !st) {
        d->tx.reset();
        return st;
    }
    if (auto st = d->listFacts.resume(d->db); !st) {
        d->tx.reset();
        return st;
    }
    d->tx->recordEverything();
    auto st = d->tx->commit();
    d->tx.reset();
    return st;
}

} // namespace csm
