#pragma once

// Repositories: typed access to each entity of a book. They return domain types; all SQL lives in their
// implementation. Writes run in one transaction each (or join the caller's Transaction) and announce a
// ChangeSet through Book::changed() once committed. Deletes are tombstones; restore() undoes one.

#include "domain/AccountSummary.h"
#include "domain/CompanyHolidays.h"
#include "domain/DefaultTemplates.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace csm {

class Book;

// Asked now and then while a long read runs; returning true stops the read, which then fails with
// Error::Code::Cancelled. For searches whose answer nobody wants any more (a newer keystroke).
using CancelCheck = std::function<bool()>;

// Shared create/update/tombstone behaviour. save() inserts when the id is new (making one when empty) and
// updates otherwise; it sets created_at/updated_at and returns the stored record.
template <typename T> class Repository
{
public:
    virtual ~Repository() = default;
    virtual Result<T> get(const Id& id) const = 0; // NotFound for unknown ids and tombstones
    virtual Result<T> save(const T& record) = 0;
    virtual Status remove(const Id& id) = 0;  // tombstone
    virtual Status restore(const Id& id) = 0; // undo a tombstone
};

class AccountRepository : public Repository<Account>
{
public:
    virtual Result<QList<Account>> list() const = 0; // live accounts
    // The rows of the accounts list, with the derived fields filled as of the given day.
    virtual Result<QList<AccountSummary>> summaries(QDate asOf) const = 0;
    // The same rows, read in two halves at once when the book is large: the upper half through `second`,
    // another connection to the same book (a read job's second connection), on a helper thread
    // (domain/Parallel.h) while this thread reads the lower half. Each half reads its own snapshot: a commit
    // between the two starts may show in one half only, as it could show or not in a read started a moment
    // earlier or later.
    virtual Result<QList<AccountSummary>> summaries(QDate asOf, Book& second) const = 0;
    virtual Result<QList<AccountSummary>> summaries(const QList<Id>& ids, QDate asOf) const = 0;
    // Another live account with this external id, if any (for the duplicate check).
    virtual Result<std::optional<Id>> findByExternalId(const QString& externalId) const = 0;
    virtual Result<qint64> count() const = 0;
};

class ContactRepository : public Repository<Contact>
{
public:
    virtual Result<QList<Contact>> forAccount(const Id& accountId) const = 0;
    // Live contacts of live accounts whose name or email contains the text (quick search), by name; ASCII
    // letters match either case. limit <= 0: all of them.
    virtual Result<QList<Contact>> search(const QString& text, int limit,
                                          const CancelCheck& cancelled) const = 0;
    Result<QList<Contact>> search(const QString& text, int limit) const { return search(text, limit, {}); }
};

// A follow-up still open, for Today.
struct OpenFollowUp
{
    Id touchId;
    Id accountId;
    QString accountName;
    QDate followUpOn;
    QString nextStep;
    QString summary;
};

class TouchRepository : public Repository<Touch>
{
public:
    virtual Result<QList<Touch>> forAccount(const Id& accountId) const = 0; // newest first
    // Open follow-ups of live accounts due on or before the given day.
    virtual Result<QList<OpenFollowUp>> openFollowUpsDueBy(QDate day) const = 0;
    virtual Status setFollowUpDone(const Id& touchId, bool done) = 0;
    virtual Status snoozeFollowUp(const Id& touchId, QDate newDate) = 0;
    // Live touches of live accounts whose summary or next step contains the text (quick search), newest
    // first (occurred_on, then id); letters match either case. Three characters or more go through the
    // book's trigram index, shorter text is scanned. limit <= 0: all of them.
    virtual Result<QList<Touch>> search(const QString& text, int limit,
                                        const CancelCheck& cancelled) const = 0;
    Result<QList<Touch>> search(const QString& text, int limit) const { return search(text, limit, {}); }
};

// A contract as saved, with the ARR event written in the same transaction, if any.
struct ContractSaved
{
    Contract contract;
    std::optional<ArrEvent> arrEvent;
};

class ContractRepository : public Repository<Contract>
{
public:
    // By start date, then created_at, then id: the last one started by a day is the latest then
    // (docs/decisions.md, "The latest contract").
    virtual Result<QList<Contract>> forAccount(const Id& accountId) const = 0;
    // save() writes the contract alone. This writes it with what it means for the account's ARR, which
    // comes from ARR events only (DESIGN §3), in one transaction: for an account without ARR history (no
    // live event) the `new` event, on the contract's start date with its ARR (none for an ARR of 0);
    // otherwise `change` when given (an expansion, contraction or churn the user chose to record; its
    // account is the contract's). Nothing is written when any part is refused.
    virtual Result<ContractSaved> saveWithArr(const Contract& contract,
                                              const std::optional<ArrEvent>& change) = 0;
};

class ArrEventRepository : public Repository<ArrEvent>
{
public:
    // Saving or removing an event keeps account.arr equal to the ARR after its latest event.
    virtual Result<QList<ArrEvent>> forAccount(const Id& accountId) const = 0; // by effective date
};

class RenewalRepository : public Repository<Renewal>
{
public:
    virtual Result<QList<Renewal>> forAccount(const Id& accountId) const = 0;
};

class RoadmapRepository : public Repository<Roadmap>
{
public:
    // Roadmaps come with their live milestones in plan order; save() writes both (a live milestone left out
    // of the roadmap saved gets a tombstone). Deleting a roadmap tombstones the roadmap only.
    virtual Result<QList<Roadmap>> forAccount(const Id& accountId) const = 0; // by kickoff
    // Every live roadmap of a live account with its live milestones, by account and kickoff (the Roadmaps
    // view, the funnel, the report): one pass over each table, not a query per roadmap. With activeOnly,
    // roadmaps marked inactive are left out.
    virtual Result<QList<Roadmap>> list(bool activeOnly) const = 0;
    // The active roadmaps of live accounts with an open milestone due before the day (Today's overdue
    // milestones), with all their live milestones: through the open milestones' index by due date.
    virtual Result<QList<Roadmap>> withOpenMilestonesDueBefore(QDate day) const = 0;

    // Live templates (retired ones included: roadmaps refer to them) with their live milestones, by name.
    virtual Result<QList<RoadmapTemplate>> templates() const = 0;
    virtual Result<RoadmapTemplate> getTemplate(const Id& id) const = 0;
    // Saves a template and its milestones (as save() does for a roadmap). Refused, nothing written, when
    // RoadmapTemplates::validate finds a problem (InvalidValue naming the milestone and the field).
    virtual Result<RoadmapTemplate> saveTemplate(const RoadmapTemplate& t) = 0;
    virtual Status removeTemplate(const Id& id) = 0;  // tombstone (undo of a new template)
    virtual Status restoreTemplate(const Id& id) = 0; // undo a tombstone
    // Adds the default templates (domain/DefaultTemplates.h) in a language, in one transaction.
    virtual Result<QList<RoadmapTemplate>> addDefaultTemplates(TemplateLanguage language) = 0;
};

// The book's company holidays as rows with ids and tombstones (schema 8). Every write reaches the book's
// settings (Book::settings().companyHolidays, the business-day calendar) and announces a settings change.
class CompanyHolidayRepository
{
public:
    virtual ~CompanyHolidayRepository() = default;
    // Every row, tombstones included, by date then creation (CompanyHolidays::live() gives the live list).
    virtual Result<QList<CompanyHolidayRecord>> list() const = 0;
    // Adds holidays in one transaction: refused whole, nothing written, when a date is invalid, listed twice
    // or already a live company holiday (the message names the date). Returns the rows written.
    virtual Result<QList<CompanyHolidayRecord>> add(const QList<HolidayEntry>& entries) = 0;
    virtual Status remove(const QList<Id>& ids) = 0;  // tombstones, in one transaction
    virtual Status restore(const QList<Id>& ids) = 0; // undo them (refused when the date is live again)
};

class UsageRepository
{
public:
    virtual ~UsageRepository() = default;
    virtual Result<QList<UsageMetric>> forAccount(const Id& accountId, const QString& metric, QDate from,
                                                  QDate to) const = 0;
};

class NpsRepository : public Repository<NpsResponse>
{
public:
    virtual Result<QList<NpsResponse>> forAccount(const Id& accountId) const = 0;
};

} // namespace csm
