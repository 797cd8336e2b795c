#pragma once

// How each entity maps to its table: the column list (a fixed whitelist of identifiers), how a record's
// values are bound and read back. Shared by the repositories and BulkWriter; the only place that knows
// column order.

#include "Sqlite.h"
#include "domain/CompanyHolidays.h"
#include "domain/Entities.h"
#include "storage/ChangeSet.h"

#include <QByteArray>

#include <array>

namespace csm::storage {

struct Column
{
    const char* name;
    const char* updateExpr = "?"; // the value expression of UPDATE; exactly one '?'
};

template <typename T> struct Table;

// Binding and reading helpers for enum codes and optional values.
template <typename E> E codeOr(const Stmt& q, int col, E fallback)
{
    return fromCode<E>(q.utf8(col)).value_or(fallback);
}

template <typename E> std::optional<E> optCode(const Stmt& q, int col)
{
    if (q.isNull(col))
        return std::nullopt;
    return fromCode<E>(q.utf8(col));
}

inline void bindOptId(Stmt& q, int i, const QString& id)
{
    if (id.isEmpty())
        q.bindNull(i);
    else
        q.bindText(i, id);
}

template <> struct Table<Account>
{
    static constexpr const char* name = "account";
    static constexpr auto entity = ChangeSet::Entity::Account;
    static constexpr std::array<Column, 14> columns{{
        {"name"},
        {"name_reading"},
        {"external_id"},
        {"owner"},
        {"industry"},
        {"plan"},
        {"seats"},
        {"region"},
        {"stage"},
        {"touch_model_override"},
        {"touch_model_override_reason"},
        // ARR follows the account's latest live ARR event when it has one (ArrEventRepository).
        {"arr",
         "coalesce((SELECT e.arr_after FROM arr_event e WHERE e.account_id = account.id AND e.deleted = 0 "
         "ORDER BY e.effective_on DESC, e.created_at DESC, e.id DESC LIMIT 1), ?)"},
        {"status"},
        {"corporate_number"},
    }};
    static Id accountOf(const Account& a) { return a.id; }
    static void bind(Stmt& q, int i, const Account& a)
    {
        q.bindText(i++, a.name);
        q.bindText(i++, a.nameReading);
        bindOptId(q, i++, a.externalId.trimmed());
        q.bindText(i++, a.owner);
        q.bindText(i++, a.industry);
        q.bindText(i++, a.plan);
        q.bind(i++, a.seats);
        q.bindText(i++, a.region);
        q.bindText(i++, toCode(a.stage));
        if (a.touchModelOverride)
            q.bindText(i++, toCode(*a.touchModelOverride));
        else
            q.bindNull(i++);
        q.bindText(i++, a.touchModelOverrideReason);
        q.bind(i++, qint64(a.arr));
        q.bindText(i++, a.status);
        bindOptId(q, i++, a.corporateNumber);
    }
    static void read(const Stmt& q, int i, Account& a)
    {
        a.name = q.text(i++);
        a.nameReading = q.text(i++);
        a.externalId = q.text(i++);
        a.owner = q.text(i++);
        a.industry = q.text(i++);
        a.plan = q.text(i++);
        a.seats = q.int32(i++);
        a.region = q.text(i++);
        a.stage = codeOr(q, i++, LifecycleStage::Onboarding);
        a.touchModelOverride = optCode<TouchModel>(q, i++);
        a.touchModelOverrideReason = q.text(i++);
        a.arr = q.int64(i++);
        a.status = q.text(i++);
        a.corporateNumber = q.text(i++);
    }
};

template <> struct Table<Contact>
{
    static constexpr const char* name = "contact";
    static constexpr auto entity = ChangeSet::Entity::Contact;
    static constexpr std::array<Column, 6> columns{
        {{"account_id"}, {"name"}, {"role"}, {"email"}, {"phone"}, {"external_id"}}};
    static Id accountOf(const Contact& c) { return c.accountId; }
    static void bind(Stmt& q, int i, const Contact& c)
    {
        q.bindText(i++, c.accountId);
        q.bindText(i++, c.name);
        q.bindText(i++, toCode(c.role));
        q.bindText(i++, c.email);
        q.bindText(i++, c.phone);
        bindOptId(q, i++, c.externalId.trimmed());
    }
    static void read(const Stmt& q, int i, Contact& c)
    {
        c.accountId = q.text(i++);
        c.name = q.text(i++);
        c.role = codeOr(q, i++, ContactRole::User);
        c.email = q.text(i++);
        c.phone = q.text(i++);
        c.externalId = q.text(i++);
    }
};

template <> struct Table<Touch>
{
    static constexpr const char* name = "touch";
    static constexpr auto entity = ChangeSet::Entity::Touch;
    static constexpr std::array<Column, 12> columns{{
        {"account_id"},
        {"occurred_on"},
        {"occurred_at"},
        {"kind"},
        {"direction"},
        {"summary"},
        {"sentiment"},
        {"next_step"},
        {"follow_up_on"},
        {"follow_up_done"},
        {"author"},
        {"external_id"},
    }};
    static Id accountOf(const Touch& t) { return t.accountId; }
    static void bind(Stmt& q, int i, const Touch& t)
    {
        q.bindText(i++, t.accountId);
        q.bind(i++, t.occurredOn);
        if (t.occurredAt)
            q.bind(i++, *t.occurredAt); // NULL when invalid
        else
            q.bindNull(i++);
        q.bindText(i++, toCode(t.kind));
        q.bindText(i++, toCode(t.direction));
        q.bindText(i++, t.summary);
        q.bind(i++, t.sentiment);
        q.bindText(i++, t.nextStep);
        q.bind(i++, t.followUpOn);
        q.bind(i++, t.followUpDone);
        q.bindText(i++, t.author);
        bindOptId(q, i++, t.externalId.trimmed());
    }
    static void read(const Stmt& q, int i, Touch& t)
    {
        t.accountId = q.text(i++);
        t.occurredOn = q.date(i++);
        if (q.isNull(i))
            t.occurredAt.reset();
        else
            t.occurredAt = QTime::fromString(q.text(i), QStringLiteral("HH:mm:ss"));
        ++i;
        t.kind = codeOr(q, i++, TouchKind::Meeting);
        t.direction = codeOr(q, i++, Direction::Outbound);
        t.summary = q.text(i++);
        t.sentiment = q.optInt(i++);
        t.nextStep = q.text(i++);
        t.followUpOn = q.optDate(i++);
        t.followUpDone = q.boolean(i++);
        t.author = q.text(i++);
        t.externalId = q.text(i++);
    }
};

template <> struct Table<Contract>
{
    static constexpr const char* name = "contract";
    static constexpr auto entity = ChangeSet::Entity::Contract;
    static constexpr std::array<Column, 9> columns{{{"account_id"},
                                                    {"start_date"},
                                                    {"term_months"},
                                                    {"auto_renew"},
                                                    {"notice_days"},
                                                    {"arr"},
                                                    {"external_id"},
                                                    {"notice_rule"},
                                                    {"renewal_term_months"}}};
    static Id accountOf(const Contract& c) { return c.accountId; }
    static void bind(Stmt& q, int i, const Contract& c)
    {
        q.bindText(i++, c.accountId);
        q.bind(i++, c.startDate);
        q.bind(i++, c.termMonths);
        q.bind(i++, c.autoRenew);
        q.bind(i++, c.noticeDays);
        q.bind(i++, qint64(c.arr));
        bindOptId(q, i++, c.externalId.trimmed());
        if (const QString rule = c.noticeRule.trimmed(); rule.isEmpty())
            q.bindNull(i++); // notice_days days before
        else
            q.bindText(i++, rule);
        if (c.renewalTermMonths > 0)
            q.bind(i++, c.renewalTermMonths);
        else
            q.bindNull(i++); // the same term as the first
    }
    static void read(const Stmt& q, int i, Contract& c)
    {
        c.accountId = q.text(i++);
        c.startDate = q.date(i++);
        c.termMonths = q.int32(i++);
        c.autoRenew = q.boolean(i++);
        c.noticeDays = q.int32(i++);
        c.arr = q.int64(i++);
        c.externalId = q.text(i++);
        c.noticeRule = q.text(i++);
        c.renewalTermMonths = q.isNull(i) ? 0 : q.int32(i);
        ++i;
    }
};

template <> struct Table<ArrEvent>
{
    static constexpr const char* name = "arr_event";
    static constexpr auto entity = ChangeSet::Entity::ArrEvent;
    static constexpr std::array<Column, 5> columns{
        {{"account_id"}, {"effective_on"}, {"kind"}, {"arr_after"}, {"external_id"}}};
    static Id accountOf(const ArrEvent& e) { return e.accountId; }
    static void bind(Stmt& q, int i, const ArrEvent& e)
    {
        q.bindText(i++, e.accountId);
        q.bind(i++, e.effectiveOn);
        q.bindText(i++, toCode(e.kind));
        q.bind(i++, qint64(e.arrAfter));
        bindOptId(q, i++, e.externalId.trimmed());
    }
    static void read(const Stmt& q, int i, ArrEvent& e)
    {
        e.accountId = q.text(i++);
        e.effectiveOn = q.date(i++);
        e.kind = codeOr(q, i++, ArrEventKind::New);
        e.arrAfter = q.int64(i++);
        e.externalId = q.text(i++);
    }
};

template <> struct Table<Renewal>
{
    static constexpr const char* name = "renewal";
    static constexpr auto entity = ChangeSet::Entity::Renewal;
    static constexpr std::array<Column, 6> columns{
        {{"account_id"}, {"renewal_date"}, {"forecast"}, {"outcome"}, {"decided_on"}, {"note"}}};
    static Id accountOf(const Renewal& r) { return r.accountId; }
    static void bind(Stmt& q, int i, const Renewal& r)
    {
        q.bindText(i++, r.accountId);
        q.bind(i++, r.renewalDate);
        q.bindText(i++, toCode(r.forecast));
        q.bindText(i++, toCode(r.outcome));
        q.bind(i++, r.decidedOn);
        q.bindText(i++, r.note);
    }
    static void read(const Stmt& q, int i, Renewal& r)
    {
        r.accountId = q.text(i++);
        r.renewalDate = q.date(i++);
        r.forecast = codeOr(q, i++, RenewalForecast::Likely);
        r.outcome = codeOr(q, i++, RenewalOutcome::Pending);
        r.decidedOn = q.optDate(i++);
        r.note = q.text(i++);
    }
};

template <> struct Table<RoadmapTemplate>
{
    static constexpr const char* name = "roadmap_template";
    static constexpr auto entity = ChangeSet::Entity::Roadmap;
    static constexpr std::array<Column, 3> columns{{{"name"}, {"touch_model"}, {"retired"}}};
    static Id accountOf(const RoadmapTemplate&) { return {}; }
    static void bind(Stmt& q, int i, const RoadmapTemplate& t)
    {
        q.bindText(i++, t.name);
        if (t.touchModel)
            q.bindText(i++, toCode(*t.touchModel));
        else
            q.bindNull(i++);
        q.bind(i++, t.retired);
    }
    static void read(const Stmt& q, int i, RoadmapTemplate& t)
    {
        t.name = q.text(i++);
        t.touchModel = optCode<TouchModel>(q, i++);
        t.retired = q.boolean(i++);
    }
};

template <> struct Table<TemplateMilestone>
{
    static constexpr const char* name = "template_milestone";
    static constexpr auto entity = ChangeSet::Entity::Roadmap;
    static constexpr std::array<Column, 7> columns{{{"template_id"},
                                                    {"position"},
                                                    {"title"},
                                                    {"offset_business_days"},
                                                    {"owner_side"},
                                                    {"success_criterion"},
                                                    {"first_value"}}};
    static Id accountOf(const TemplateMilestone&) { return {}; }
    static void bind(Stmt& q, int i, const TemplateMilestone& m)
    {
        q.bindText(i++, m.templateId);
        q.bind(i++, m.position);
        q.bindText(i++, m.title);
        q.bind(i++, m.offsetBusinessDays);
        q.bindText(i++, toCode(m.ownerSide));
        q.bindText(i++, m.successCriterion);
        q.bind(i++, m.firstValue);
    }
    static void read(const Stmt& q, int i, TemplateMilestone& m)
    {
        m.templateId = q.text(i++);
        m.position = q.int32(i++);
        m.title = q.text(i++);
        m.offsetBusinessDays = q.int32(i++);
        m.ownerSide = codeOr(q, i++, OwnerSide::Vendor);
        m.successCriterion = q.text(i++);
        m.firstValue = q.boolean(i++);
    }
};

template <> struct Table<Roadmap>
{
    static constexpr const char* name = "roadmap";
    static constexpr auto entity = ChangeSet::Entity::Roadmap;
    static constexpr std::array<Column, 5> columns{
        {{"account_id"}, {"template_id"}, {"name"}, {"kickoff_on"}, {"active"}}};
    static Id accountOf(const Roadmap& r) { return r.accountId; }
    static void bind(Stmt& q, int i, const Roadmap& r)
    {
        q.bindText(i++, r.accountId);
        bindOptId(q, i++, r.templateId);
        q.bindText(i++, r.name);
        q.bind(i++, r.kickoffOn);
        q.bind(i++, r.active);
    }
    static void read(const Stmt& q, int i, Roadmap& r)
    {
        r.accountId = q.text(i++);
        r.templateId = q.text(i++);
        r.name = q.text(i++);
        r.kickoffOn = q.date(i++);
        r.active = q.boolean(i++);
    }
};

template <> struct Table<Milestone>
{
    static constexpr const char* name = "milestone";
    static constexpr auto entity = ChangeSet::Entity::Roadmap;
    static constexpr std::array<Column, 14> columns{{{"roadmap_id"},
                                                     {"position"},
                                                     {"title"},
                                                     {"owner_side"},
                                                     {"success_criterion"},
                                                     {"due_on"},
                                                     {"completed_on"},
                                                     {"status"},
                                                     {"template_milestone_id"},
                                                     {"offset_business_days"},
                                                     {"first_value"},
                                                     {"started_on"},
                                                     {"blocked_reason"},
                                                     {"moved_by_hand"}}};
    static Id accountOf(const Milestone&) { return {}; }
    static void bind(Stmt& q, int i, const Milestone& m)
    {
        q.bindText(i++, m.roadmapId);
        q.bind(i++, m.position);
        q.bindText(i++, m.title);
        q.bindText(i++, toCode(m.ownerSide));
        q.bindText(i++, m.successCriterion);
        q.bind(i++, m.dueOn);
        q.bind(i++, m.completedOn);
        q.bindText(i++, toCode(m.status));
        bindOptId(q, i++, m.templateMilestoneId);
        q.bind(i++, m.offsetBusinessDays);
        q.bind(i++, m.firstValue);
        q.bind(i++, m.startedOn);
        q.bindText(i++, m.blockedReason);
        q.bind(i++, m.movedByHand);
    }
    static void read(const Stmt& q, int i, Milestone& m)
    {
        m.roadmapId = q.text(i++);
        m.position = q.int32(i++);
        m.title = q.text(i++);
        m.ownerSide = codeOr(q, i++, OwnerSide::Vendor);
        m.successCriterion = q.text(i++);
        m.dueOn = q.date(i++);
        m.completedOn = q.optDate(i++);
        m.status = codeOr(q, i++, MilestoneStatus::Planned);
        m.templateMilestoneId = q.text(i++);
        m.offsetBusinessDays = q.int32(i++);
        m.firstValue = q.boolean(i++);
        m.startedOn = q.optDate(i++);
        m.blockedReason = q.text(i++);
        m.movedByHand = q.boolean(i++);
    }
};

// Company holidays (schema 8): a change reaches the book's settings (the calendar reads the live rows).
template <> struct Table<CompanyHolidayRecord>
{
    static constexpr const char* name = "company_holiday";
    static constexpr auto entity = ChangeSet::Entity::Settings;
    static constexpr std::array<Column, 2> columns{{{"date"}, {"name"}}};
    static Id accountOf(const CompanyHolidayRecord&) { return {}; }
    static void bind(Stmt& q, int i, const CompanyHolidayRecord& h)
    {
        q.bind(i++, h.date);
        q.bindText(i++, h.name);
    }
    static void read(const Stmt& q, int i, CompanyHolidayRecord& h)
    {
        h.date = q.date(i++);
        h.name = q.text(i++);
    }
};

template <> struct Table<NpsResponse>
{
    static constexpr const char* name = "nps_response";
    static constexpr auto entity = ChangeSet::Entity::Nps;
    static constexpr std::array<Column, 6> columns{
        {{"account_id"}, {"responded_on"}, {"score"}, {"respondent"}, {"comment"}, {"external_id"}}};
    static Id accountOf(const NpsResponse& n) { return n.accountId; }
    static void bind(Stmt& q, int i, const NpsResponse& n)
    {
        q.bindText(i++, n.accountId);
        q.bind(i++, n.respondedOn);
        q.bind(i++, n.score);
        q.bindText(i++, n.respondent);
        q.bindText(i++, n.comment);
        bindOptId(q, i++, n.externalId.trimmed());
    }
    static void read(const Stmt& q, int i, NpsResponse& n)
    {
        n.accountId = q.text(i++);
        n.respondedOn = q.date(i++);
        n.score = q.int32(i++);
        n.respondent = q.text(i++);
        n.comment = q.text(i++);
        n.externalId = q.text(i++);
    }
};

// SQL text for a table, built from its whitelisted identifiers only.
template <typename T> QByteArray selectSql()
{
    QByteArray sql = "SELECT id, created_at, updated_at, deleted";
    for (const auto& c : Table<T>::columns)
        sql += QByteArray(", ") + c.name;
    return sql + " FROM " + Table<T>::name;
}

template <typename T> QByteArray insertSql()
{
    QByteArray sql = QByteArray("INSERT INTO ") + Table<T>::name + " (id, created_at, updated_at, deleted";
    QByteArray values = "?, ?, ?, ?";
    for (const auto& c : Table<T>::columns) {
        sql += QByteArray(", ") + c.name;
        values += ", ?";
    }
    return sql + ") VALUES (" + values + ")";
}

template <typename T> QByteArray updateSql()
{
    QByteArray sql = QByteArray("UPDATE ") + Table<T>::name + " SET updated_at = ?";
    for (const auto& c : Table<T>::columns)
        sql += QByteArray(", ") + c.name + " = " + c.updateExpr;
    return sql + " WHERE id = ? AND deleted = 0";
}

// The first column of a table's own fields in selectSql() rows, and in insertSql() bindings.
inline constexpr int kFirstFieldColumn = 4;
inline constexpr int kFirstInsertField = 5;

inline void readRecord(const Stmt& q, Record& r)
{
    r.id = q.text(0);
    r.createdAt = q.timestamp(1);
    r.updatedAt = q.timestamp(2);
    r.deleted = q.boolean(3);
}

} // namespace csm::storage
