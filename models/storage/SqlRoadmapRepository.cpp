// Roadmaps, their templates and the book's company holidays (issue 15, schema 8).

#include "SqlRepositories.h"

#include "domain/RoadmapTemplates.h"

#include <QHash>
#include <QSet>

namespace csm {

using storage::Stmt;
using storage::trBook;

namespace {

auto bindId(const Id& id)
{
    return [id](Stmt& q) { q.bindText(1, id); };
}

// Writes the children of a parent: the given ones are inserted or updated, live ones not given are
// tombstoned.
template <typename Child>
Status saveChildren(sqlite3* db, const char* parentColumnWhere, const Id& parentId, QList<Child> children,
                    Id Child::*parentField, const QString& now)
{
    QSet<Id> kept;
    for (auto& c : children) {
        c.*parentField = parentId;
        auto id = storage::upsertRow<Child>(db, c, now);
        if (!id)
            return id.error();
        kept.insert(id.value());
    }
    Stmt live(db, QByteArray("SELECT id FROM ") + storage::Table<Child>::name + " WHERE " +
                      parentColumnWhere + " AND deleted = 0");
    live.bindText(1, parentId);
    QList<Id> gone;
    while (live.next()) {
        if (!kept.contains(live.text(0)))
            gone.append(live.text(0));
    }
    if (!live.status())
        return live.status();
    for (const Id& id : gone) {
        if (auto st = storage::setDeleted<Child>(db, id, true, now); !st)
            return st;
    }
    return {};
}

// Children read in one pass and handed to their parents by id (rows ordered by parent, then plan order).
template <typename Parent, typename Child>
void attachChildren(QList<Parent>& parents, QList<Child> children, Id Child::*parentField,
                    QList<Child> Parent::*childrenField)
{
    QHash<Id, qsizetype> index;
    index.reserve(parents.size());
    for (qsizetype i = 0; i < parents.size(); ++i)
        index.insert(parents[i].id, i);
    for (Child& c : children) {
        const auto it = index.constFind(c.*parentField);
        if (it != index.cend())
            (parents[*it].*childrenField).append(std::move(c));
    }
}

} // namespace

// --- roadmaps --------------------------------------------------------------------------------------------
Result<QList<Roadmap>> SqlRoadmapRepository::forAccount(const Id& accountId) const
{
    auto rows = storage::listRows<Roadmap>(
        db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY kickoff_on, created_at, id", bindId(accountId));
    if (!rows)
        return rows;
    auto ms =
        storage::listRows<Milestone>(db(),
                                     "WHERE deleted = 0 AND roadmap_id IN (SELECT id FROM roadmap WHERE "
                                     "account_id = ?1 AND deleted = 0) ORDER BY roadmap_id, position, id",
                                     bindId(accountId));
    if (!ms)
        return ms.error();
    attachChildren(rows.value(), std::move(ms.value()), &Milestone::roadmapId, &Roadmap::milestones);
    return rows;
}

Result<QList<Roadmap>> SqlRoadmapRepository::list(bool activeOnly) const
{
    const auto bindActive = [activeOnly](Stmt& q) { q.bind(1, activeOnly); };
    auto rows = storage::listRows<Roadmap>(
        db(),
        "WHERE deleted = 0 AND (?1 = 0 OR active = 1) AND account_id IN (SELECT id FROM account WHERE "
        "deleted = 0) ORDER BY account_id, kickoff_on, created_at, id",
        bindActive);
    if (!rows)
        return rows;
    auto ms = storage::listRows<Milestone>(
        db(),
        "WHERE deleted = 0 AND roadmap_id IN (SELECT r.id FROM roadmap r JOIN account a ON a.id = "
        "r.account_id WHERE r.deleted = 0 AND a.deleted = 0 AND (?1 = 0 OR r.active = 1)) "
        "ORDER BY roadmap_id, position, id",
        bindActive);
    if (!ms)
        return ms.error();
    attachChildren(rows.value(), std::move(ms.value()), &Milestone::roadmapId, &Roadmap::milestones);
    return rows;
}

Result<QList<Roadmap>> SqlRoadmapRepository::withOpenMilestonesDueBefore(QDate day) const
{
    // The roadmaps behind (milestone_open_by_due), then theirs and their milestones by primary key.
    static constexpr const char* behind =
        "(SELECT r.id FROM roadmap r JOIN account a ON a.id = r.account_id WHERE r.deleted = 0 AND r.active "
        "= 1 "
        "AND a.deleted = 0 AND r.id IN (SELECT roadmap_id FROM milestone WHERE deleted = 0 AND status NOT IN "
        "('done', 'skipped') AND due_on < ?1))";
    const auto bindDay = [day](Stmt& q) { q.bind(1, day); };
    auto rows = storage::listRows<Roadmap>(
        db(), QByteArray("WHERE id IN ") + behind + " ORDER BY account_id, kickoff_on, created_at, id",
        bindDay);
    if (!rows)
        return rows;
    auto ms = storage::listRows<Milestone>(db(),
                                           QByteArray("WHERE deleted = 0 AND roadmap_id IN ") + behind +
                                               " ORDER BY roadmap_id, position, id",
                                           bindDay);
    if (!ms)
        return ms.error();
    attachChildren(rows.value(), std::move(ms.value()), &Milestone::roadmapId, &Roadmap::milestones);
    return rows;
}

Status SqlRoadmapRepository::loadChildren(Roadmap& r) const
{
    auto ms = storage::listRows<Milestone>(
        db(), "WHERE roadmap_id = ?1 AND deleted = 0 ORDER BY position, id", bindId(r.id));
    if (!ms)
        return ms.error();
    r.milestones = std::move(ms.value());
    return {};
}

Status SqlRoadmapRepository::afterSave(const Roadmap& r, const Id& id, Transaction&)
{
    return saveChildren<Milestone>(db(), "roadmap_id = ?1", id, r.milestones, &Milestone::roadmapId, now());
}

// --- templates -------------------------------------------------------------------------------------------
Status SqlRoadmapRepository::loadTemplateMilestones(QList<RoadmapTemplate>& templates) const
{
    auto ms = storage::listRows<TemplateMilestone>(
        db(),
        "WHERE deleted = 0 AND template_id IN (SELECT id FROM roadmap_template WHERE deleted = 0) "
        "ORDER BY template_id, position, id",
        [](Stmt&) {});
    if (!ms)
        return ms.error();
    attachChildren(templates, std::move(ms.value()), &TemplateMilestone::templateId,
                   &RoadmapTemplate::milestones);
    return {};
}

Result<QList<RoadmapTemplate>> SqlRoadmapRepository::templates() const
{
    auto rows = storage::listRows<RoadmapTemplate>(db(), "WHERE deleted = 0 ORDER BY name, id", [](Stmt&) {});
    if (!rows)
        return rows;
    if (auto st = loadTemplateMilestones(rows.value()); !st)
        return st.error();
    return rows;
}

Result<RoadmapTemplate> SqlRoadmapRepository::getTemplate(const Id& id) const
{
    auto t = storage::getRow<RoadmapTemplate>(db(), id, false);
    if (!t)
        return t;
    auto ms = storage::listRows<TemplateMilestone>(
        db(), "WHERE template_id = ?1 AND deleted = 0 ORDER BY position, id", bindId(id));
    if (!ms)
        return ms.error();
    t->milestones = std::move(ms.value());
    return t;
}

Result<RoadmapTemplate> SqlRoadmapRepository::writeTemplate(const RoadmapTemplate& t)
{
    if (const QList<TemplateProblem> problems = RoadmapTemplates::validate(t); !problems.isEmpty()) {
        const TemplateProblem& p = problems.first();
        const QString where =
            p.milestone < 0 ? p.field : QStringLiteral("milestones[%1].%2").arg(p.milestone).arg(p.field);
        return Error{Error::Code::InvalidValue, p.message,
                     t.name.trimmed().isEmpty() ? where : t.name + QStringLiteral(": ") + where,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Correct the template, then save it again."))};
    }
    auto id = storage::upsertRow<RoadmapTemplate>(db(), t, now());
    if (!id)
        return id.error();
    if (auto st = saveChildren<TemplateMilestone>(db(), "template_id = ?1", id.value(), t.milestones,
                                                  &TemplateMilestone::templateId, now());
        !st)
        return st.error();
    return getTemplate(id.value());
}

Result<RoadmapTemplate> SqlRoadmapRepository::saveTemplate(const RoadmapTemplate& t)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = writeTemplate(t);
    if (!stored)
        return stored;
    tx.record(ChangeSet::Entity::Roadmap, {});
    if (auto st = tx.commit(); !st)
        return st.error();
    return stored;
}

Status SqlRoadmapRepository::setTemplateTombstone(const Id& id, bool deleted)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun();
    if (auto st = storage::setDeleted<RoadmapTemplate>(db(), id, deleted, now()); !st)
        return st;
    tx.record(ChangeSet::Entity::Roadmap, {});
    return tx.commit();
}

Status SqlRoadmapRepository::removeTemplate(const Id& id)
{
    return setTemplateTombstone(id, true);
}

Status SqlRoadmapRepository::restoreTemplate(const Id& id)
{
    return setTemplateTombstone(id, false);
}

Result<QList<RoadmapTemplate>> SqlRoadmapRepository::addDefaultTemplates(TemplateLanguage language)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun().error();
    QList<RoadmapTemplate> added;
    for (const RoadmapTemplate& t : defaultRoadmapTemplates(language, uuidV7Ids())) {
        auto stored = writeTemplate(t);
        if (!stored)
            return stored.error();
        added.append(stored.value());
    }
    tx.record(ChangeSet::Entity::Roadmap, {});
    if (auto st = tx.commit(); !st)
        return st.error();
    return added;
}

// --- company holidays ------------------------------------------------------------------------------------
Result<QList<CompanyHolidayRecord>> SqlCompanyHolidayRepository::list() const
{
    return storage::listRows<CompanyHolidayRecord>(db(), "ORDER BY date, created_at, id", [](Stmt&) {});
}

Result<QList<CompanyHolidayRecord>> SqlCompanyHolidayRepository::add(const QList<HolidayEntry>& entries)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun().error();
    auto records = list();
    if (!records)
        return records.error();
    QList<CompanyHolidayRecord> added;
    const QString now = storage::BookAccess::d(m_book)->nowText();
    for (const HolidayEntry& e : entries) {
        // The domain's rule (a valid date, not already live), checked against the rows written so far too.
        if (auto st = CompanyHolidays::checkNew(records.value(), e.date); !st)
            return st.error();
        CompanyHolidayRecord r = CompanyHolidays::make(e, uuidV7Ids());
        auto id = storage::upsertRow<CompanyHolidayRecord>(db(), r, now);
        if (!id)
            return id.error();
        r.id = id.value();
        records->append(r);
        added.append(r);
    }
    tx.record(ChangeSet::Entity::Settings, {});
    if (auto st = tx.commit(); !st)
        return st.error();
    return added;
}

Status SqlCompanyHolidayRepository::setTombstones(const QList<Id>& ids, bool deleted)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun();
    const QString now = storage::BookAccess::d(m_book)->nowText();
    for (const Id& id : ids) {
        if (!deleted) { // a date added again meanwhile is live once: its first row stays removed
            auto records = list();
            if (!records)
                return records.error();
            for (const CompanyHolidayRecord& r : records.value()) {
                if (r.id != id || !r.deleted)
                    continue;
                if (auto st = CompanyHolidays::checkNew(records.value(), r.date); !st)
                    return st;
            }
        }
        if (auto st = storage::setDeleted<CompanyHolidayRecord>(db(), id, deleted, now); !st)
            return st;
    }
    tx.record(ChangeSet::Entity::Settings, {});
    return tx.commit();
}

Status SqlCompanyHolidayRepository::remove(const QList<Id>& ids)
{
    return setTombstones(ids, true);
}

Status SqlCompanyHolidayRepository::restore(const QList<Id>& ids)
{
    return setTombstones(ids, false);
}

} // namespace csm
