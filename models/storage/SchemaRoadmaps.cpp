// Version 8: what onboarding roadmaps need (issue 15) and company holidays as edited rows.

#include "SchemaRoadmaps.h"

#include "BookFile.h"
#include "Sqlite.h"
#include "domain/Dates.h"
#include "domain/Uuid.h"

#include <QList>

namespace csm::storage {

namespace {

// The columns templates and milestones gain. ALTER TABLE appends them to each table's CREATE TABLE text,
// so a new book runs the same statements after the version 1 tables and both end up with the same schema.
const char* const kRoadmapColumnsSql = R"sql(
ALTER TABLE roadmap_template ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
ALTER TABLE template_milestone ADD COLUMN first_value INTEGER NOT NULL DEFAULT 0 CHECK (first_value IN (0, 1));
ALTER TABLE milestone ADD COLUMN template_milestone_id TEXT REFERENCES template_milestone (id);
ALTER TABLE milestone ADD COLUMN offset_business_days INTEGER NOT NULL DEFAULT 0
    CHECK (offset_business_days >= 0);
ALTER TABLE milestone ADD COLUMN first_value INTEGER NOT NULL DEFAULT 0 CHECK (first_value IN (0, 1));
ALTER TABLE milestone ADD COLUMN started_on TEXT CHECK (started_on IS NULL OR started_on IS date(started_on));
ALTER TABLE milestone ADD COLUMN blocked_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE milestone ADD COLUMN moved_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (moved_by_hand IN (0, 1));
)sql";

// Company holidays with ids and tombstones like every edited table; a date appears once among the live rows.
const char* const kCompanyHolidaySql = R"sql(
CREATE TABLE company_holiday (
    id         TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    date       TEXT NOT NULL CHECK (date IS date(date)),
    name       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX company_holiday_live_date ON company_holiday (date) WHERE deleted = 0;
)sql";

// The version 7 rows become live rows with new ids (one v7 UUID each, in date order).
Status copyCompanyHolidays(sqlite3* db)
{
    Stmt old(db, "SELECT date, name, updated_at FROM company_holiday_v7 ORDER BY date");
    Stmt ins(
        db,
        "INSERT INTO company_holiday (id, created_at, updated_at, date, name) VALUES (?1, ?2, ?2, ?3, ?4)");
    while (old.next()) {
        ins.reset();
        ins.bindText(1, newUuidV7())
            .bindText(2, old.text(2))
            .bindText(3, old.text(0))
            .bindText(4, old.text(1));
        if (auto st = ins.run(); !st)
            return st;
    }
    return old.status();
}

// Milestones made before version 8 learn what a roadmap made now copies from its template: the template
// milestone (the live one of the roadmap's template at the same position with the same title: what every
// earlier writer produced) with its first-value mark, and the offset that gives the due date they have from
// the kickoff on the book's calendar. A due date no offset gives (before day 0, or on a day off) was chosen
// by hand and is marked so: re-planning leaves it.
Status backfillMilestones(sqlite3* db)
{
    if (auto st =
            exec(db, "UPDATE milestone SET template_milestone_id = (SELECT tm.id FROM template_milestone tm "
                     "JOIN roadmap r ON r.id = milestone.roadmap_id WHERE tm.template_id = r.template_id "
                     "AND tm.position = milestone.position AND tm.title = milestone.title "
                     "AND tm.deleted = 0 ORDER BY tm.id LIMIT 1)");
        !st)
        return st;
    auto settings = readSettings(db);
    if (!settings)
        return settings.error();
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings.value());
    Stmt q(db, "SELECT m.id, r.kickoff_on, m.due_on FROM milestone m JOIN roadmap r ON r.id = m.roadmap_id");
    Stmt u(db, "UPDATE milestone SET offset_business_days = ?1, moved_by_hand = ?2 WHERE id = ?3");
    while (q.next()) {
        const QDate kickoff = q.date(1);
        const QDate due = q.date(2);
        const QDate dayZero = dates::nextBusinessDayOnOrAfter(kickoff, calendar);
        const int offset = due > dayZero ? dates::businessDaysBetween(dayZero, due, calendar) : 0;
        const bool byHand = dates::addBusinessDays(kickoff, offset, calendar) != due;
        u.reset();
        u.bind(1, offset).bind(2, byHand).bindText(3, q.text(0));
        if (auto st = u.run(); !st)
            return st;
    }
    if (!q.status())
        return q.status();
    return exec(db, "UPDATE milestone SET first_value = 1 WHERE template_milestone_id IN "
                    "(SELECT id FROM template_milestone WHERE first_value = 1)");
}

} // namespace

const char* roadmapSchemaSql()
{
    static const QByteArray sql =
        QByteArray("DROP TABLE company_holiday;") + kCompanyHolidaySql + kRoadmapColumnsSql;
    return sql.constData();
}

const char* openRoadmapIndexesSql()
{
    return "CREATE INDEX roadmap_active_by_account ON roadmap (account_id, id, deleted, active)\n"
           "    WHERE deleted = 0 AND active = 1;\n"
           "CREATE INDEX milestone_open_by_roadmap ON milestone (roadmap_id, deleted, status)\n"
           "    WHERE deleted = 0 AND status NOT IN ('done', 'skipped');\n";
}

Status migrate7to8(sqlite3* db, const QString&)
{
    if (auto st = exec(db, "ALTER TABLE company_holiday RENAME TO company_holiday_v7"); !st)
        return st;
    if (auto st = exec(db, kCompanyHolidaySql); !st)
        return st;
    if (auto st = copyCompanyHolidays(db); !st)
        return st;
    if (auto st = exec(db, "DROP TABLE company_holiday_v7"); !st)
        return st;
    if (auto st = exec(db, kRoadmapColumnsSql); !st)
        return st;
    return backfillMilestones(db);
}

} // namespace csm::storage
