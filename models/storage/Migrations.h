#pragma once

// Schema migrations: N-1 -> N one step at a time, all steps in one transaction, after a checked backup.

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <functional>

struct sqlite3;

namespace csm::storage {

struct MigrationStep
{
    int fromVersion = 0; // the step migrates fromVersion -> fromVersion + 1
    std::function<Status(sqlite3* db, const QString& now)> apply;
};

// The steps of this build, from the pre-release version 0 up to the current schema version.
const QList<MigrationStep>& builtInMigrations();

// Where the backup taken before migrating a version `fromVersion` book goes: `<book>.v<N>.bak.sqlite`,
// or `<book>.v<N>-<k>.bak.sqlite` when that exists already.
QString migrationBackupPath(const QString& bookPath, int fromVersion);

// Migrates the book at path (the caller holds its lock) from `fromVersion` to `toVersion`:
// 1. VACUUM INTO backupPath and quick_check of the copy; on failure the book is not touched;
// 2. every step in one transaction, then foreign_key_check, user_version and meta.schema_version = toVersion.
// On failure everything is rolled back and the book is left byte for byte as it was. `cancelled`, asked
// while SQLite works, stops the backup or the steps: Error::Cancelled, the book unchanged, no backup left.
Status migrateBook(const QString& path, int fromVersion, int toVersion, const QList<MigrationStep>& steps,
                   const QString& backupPath, const QString& now,
                   const std::function<bool()>& cancelled = {});

} // namespace csm::storage
