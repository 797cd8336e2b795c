#include "Migrations.h"

#include "BookFile.h"
#include "Connection.h"
#include "HealthTrendDays.h"
#include "ListFacts.h"
#include "Schema.h"
#include "SchemaHealth.h"
#include "SchemaImport.h"
#include "SchemaRenewals.h"
#include "SchemaRoadmaps.h"
#include "Search.h"
#include "Sqlite.h"
#include "domain/Settings.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <optional>

namespace csm::storage {
namespace {

// Version 0 was the pre-release prototype (tables accounts, touches, contracts; see docs/schema.md).
// Version 1 creates the full schema and carries the prototype's rows over.
Status migrate0to1(sqlite3* db, const QString& now)
{
    if (auto st = exec(db, schemaVersion1Sql()); !st)
        return st;
    static const char* const copies[] = {
        "INSERT INTO account (id, created_at, updated_at, name, seats, arr) "
        "SELECT id, coalesce(created, ?1), coalesce(created, ?1), name, coalesce(seats, 0), coalesce(arr, 0) "
        "FROM accounts",
        "INSERT INTO contract (id, created_at, updated_at, account_id, start_date, term_months, notice_days, "
        "arr) "
        "SELECT id, ?1, ?1, account_id, start, coalesce(term, 12), coalesce(notice, 60), coalesce(arr, 0) "
        "FROM contracts",
        "INSERT INTO touch (id, created_at, updated_at, account_id, occurred_on, kind, summary, sentiment) "
        "SELECT id, ?1, ?1, account_id, day, kind, coalesce(note, ''), sentiment FROM touches",
        "DROP TABLE touches",
        "DROP TABLE contracts",
        "DROP TABLE accounts",
    };
    for (const char* sql : copies) {
        Stmt q(db, sql);
        if (sqlite3_bind_parameter_count(q.handle()) > 0)
            q.bindText(1, now);
        if (auto st = q.run(); !st)
            return st;
    }
    if (auto st = writeMeta(db, now); !st)
        return st;
    return writeSettingValues(db, BookSettings::defaultsFor(QStringLiteral("JPY")));
}

// Version 2 adds the quick-search index over touches (its triggers keep it from then on) and fills it with
// every existing touch in one pass.
Status migrate1to2(sqlite3* db, const QString&)
{
    if (auto st = exec(db, touchSearchSql()); !st)
        return st;
    if (auto st = exec(db, "INSERT INTO touch_search (touch_search) VALUES ('rebuild')"); !st)
        return st;
    return exec(db, touchSearchOptimizeSql());
}

// Version 3 keeps the accounts list's facts on the account row (ListFacts.h): the columns and their triggers,
// then every account's facts set once.
Status migrate2to3(sqlite3* db, const QString&)
{
    if (auto st = exec(db, listFactsSql()); !st)
        return st;
    return computeListFactsV3(db);
}

// Version 4 keeps what decides where the latest contract ends among those facts (a contract that does not
// renew automatically ends with its term unless a renewal is recorded: issue 9, item 5), set once for every
// account.
Status migrate3to4(sqlite3* db, const QString&)
{
    if (auto st = exec(db, contractEndFactsSql()); !st)
        return st;
    return computeListFactsV4(db);
}

// Version 9 keeps the latest contract's notice rule and renewal term among those facts (the accounts list
// and Today's notice lines follow the rule, issue 14), set once for every account.
Status migrate8to9(sqlite3* db, const QString&)
{
    if (auto st = exec(db, contractRuleFactsSql()); !st)
        return st;
    return computeListFactsV9(db);
}

// Version 10 takes, of two contracts starting the same day, the one created later as the latest (then the
// larger id) instead of the one with the larger rowid: the contract triggers again, and every account's
// contract facts set once by the new order.
Status migrate9to10(sqlite3* db, const QString&)
{
    if (auto st = exec(db, contractOrderFactsSql()); !st)
        return st;
    return computeContractFactsV10(db);
}

// Version 11 keeps the latest contract's id among the facts (the Renewals view then reads `contract` only
// for a day before some account's latest contract started), set once for every account, and makes the live
// renewals by date an index that holds what the Renewals view and the portfolio read of a renewal.
Status migrate10to11(sqlite3* db, const QString&)
{
    if (auto st = exec(db, contractIdFactSql()); !st)
        return st;
    if (auto st = exec(db, renewalsByDateSql()); !st)
        return st;
    return computeContractFacts(db);
}

Status migrate11to12(sqlite3* db, const QString&)
{
    if (auto st = exec(db, arrFactsSql()); !st)
        return st;
    return computeArrFacts(db);
}

Status migrate12to13(sqlite3* db, const QString&)
{
    return exec(db, openRoadmapIndexesSql());
}

} // namespace

const QList<MigrationStep>& builtInMigrations()
{
    static const QList<MigrationStep> steps = {
        {0, migrate0to1},     {1, migrate1to2},      {2, migrate2to3},         {3, migrate3to4},
        {4, migrateRenewals}, {5, migrateToImports}, {6, migrateHealthSchema}, {7, migrate7to8},
        {8, migrate8to9},     {9, migrate9to10},     {10, migrate10to11},      {11, migrate11to12},
        {12, migrate12to13},  {13, migrate13to14},   {14, migrate14to15},      {15, migrate15to16},
    };
    return steps;
}

QString migrationBackupPath(const QString& bookPath, int fromVersion)
{
    const QString base = bookPath + QStringLiteral(".v%1").arg(fromVersion);
    QString candidate = base + QLatin1String(".bak.sqlite");
    for (int k = 2; QFileInfo::exists(candidate); ++k)
        candidate = base + QStringLiteral("-%1.bak.sqlite").arg(k);
    return candidate;
}

Status migrateBook(const QString& path, int fromVersion, int toVersion, const QList<MigrationStep>& steps,
                   const QString& backupPath, const QString& now, const std::function<bool()>& cancelled)
{
    const auto cancelledUpgrade = [&] {
        QFile::remove(backupPath); // the book is as it was: the copy taken for this upgrade is not needed
        return Error{Error::Code::Cancelled,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The upgrade was cancelled.")), path,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The book was left unchanged."))};
    };
    const auto stop = [&cancelled] { return cancelled && cancelled(); };
    if (stop())
        return cancelledUpgrade();
    // 1. A checked backup, taken through a read-only connection.
    {
        auto source = openConnection(path, ConnectionRole::Reader);
        if (!source)
            return source.error();
        Status backedUp;
        {
            const CancelScope cancel(source->handle(), cancelled);
            backedUp = backupInto(source->handle(), backupPath, false);
        }
        source->close();
        if (!backedUp && stop())
            return cancelledUpgrade();
        if (!backedUp) {
            Error e = backedUp.error();
            e.message = trBook(QT_TRANSLATE_NOOP("csm::Book",
                                                 "The book was not upgraded because its backup failed: %1"))
                            .arg(e.message);
            e.where = backupPath;
            return e;
        }
    }

    // 2. All steps in one transaction, on a connection with foreign keys off (table rebuilds need it;
    // foreign_key_check below verifies the result instead).
    Connection db;
    std::optional<CancelScope> cancel; // ended before the connection closes
    auto fail = [&](Error e) -> Status {
        cancel.reset();
        if (db) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            db.close();
        }
        e.message =
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The book could not be upgraded from version %1 to %2: %3"))
                .arg(fromVersion)
                .arg(toVersion)
                .arg(e.message);
        e.where = path;
        if (e.hint.isEmpty())
            e.hint = trBook(QT_TRANSLATE_NOOP("csm::Book", "The book was left unchanged; a backup is at %1."))
                         .arg(backupPath);
        return e;
    };
    {
        auto opened = openConnection(path, ConnectionRole::Upgrader);
        if (!opened)
            return fail(opened.error());
        db = std::move(opened.value());
    }
    cancel.emplace(db.handle(), cancelled);
    const auto failOrCancel = [&](Error e) -> Status {
        if (!cancel->cancelled())
            return fail(std::move(e));
        cancel.reset();
        sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        db.close();
        return cancelledUpgrade();
    };
    if (auto st = exec(db.handle(), "BEGIN IMMEDIATE"); !st)
        return failOrCancel(st.error());
    for (int v = fromVersion; v < toVersion; ++v) {
        const MigrationStep* step = nullptr;
        for (const auto& s : steps) {
            if (s.fromVersion == v)
                step = &s;
        }
        if (stop())
            return failOrCancel(Error{Error::Code::Cancelled, {}, {}, {}});
        if (!step)
            return fail(
                Error{Error::Code::Generic,
                      trBook(QT_TRANSLATE_NOOP("csm::Book", "no upgrade step from version %1")).arg(v),
                      {},
                      {}});
        if (auto st = step->apply(db.handle(), now); !st)
            return failOrCancel(st.error());
    }
    {
        Stmt fk(db.handle(), "PRAGMA foreign_key_check");
        if (fk.next())
            return fail(Error{
                Error::Code::InvalidValue,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "a row of table %1 refers to a missing row of %2"))
                    .arg(fk.text(0), fk.text(2)),
                {},
                {}});
        if (!fk.status())
            return failOrCancel(fk.status().error());
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(toVersion);
    if (auto st = exec(db.handle(), setVersion.constData()); !st)
        return failOrCancel(st.error());
    {
        // A book brought to this build's version needs at least this build's oldest reader (Schema.h).
        Stmt meta(db.handle(), "UPDATE meta SET schema_version = ?1, min_reader_version = "
                               "max(min_reader_version, ?2) WHERE singleton = 1");
        meta.bind(1, toVersion).bind(2, toVersion == kSchemaVersion ? kMinReaderVersion : 1);
        if (auto st = meta.run(); !st)
            return failOrCancel(st.error());
    }
    if (auto st = exec(db.handle(), "COMMIT"); !st)
        return failOrCancel(st.error());
    cancel.reset();
    db.close();
    return {};
}

} // namespace csm::storage
