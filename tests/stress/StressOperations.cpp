#include "StressOperations.h"

#include "BookFile.h"
#include "BookState.h"
#include "Migrations.h"

#include "domain/HealthModel.h"
#include "domain/RenewalOutcome.h"
#include "io/BookExport.h"
#include "io/Generator.h"
#include "io/Importer.h"
#include "storage/Backups.h"
#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/RenewalReads.h"
#include "storage/RenewalWrites.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace csm::stress {
namespace {

const FixedClock& clock()
{
    static const FixedClock c(QDate(2025, 4, 1));
    return c;
}

Status newBook(const QString& dir)
{
    auto book = Book::open(bookIn(dir), Book::OpenMode::CreateIfMissing, clock());
    if (!book)
        return book.error();
    return {};
}

Status generate(const QString& dir, int accounts)
{
    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
    if (!book)
        return book.error();
    GeneratorOptions options;
    options.accounts = accounts;
    options.seed = 17;
    options.asOf = QDate(2025, 4, 1);
    if (auto stats = generateBook(**book, options); !stats)
        return stats.error();
    return {};
}

// A book of some size to copy: what backups read.
Status generatedBook(const QString& dir)
{
    if (auto st = newBook(dir); !st)
        return st;
    return generate(dir, 300);
}

QString fileIn(const QString& dir, const char* name)
{
    return QDir(dir).filePath(QString::fromLatin1(name));
}

// The import's input: 50,000 usage values of a metric the generated book does not have, spread over its
// accounts and the 200 days before the clock's day (DESIGN's long usage layout: account, date, metric,
// value).
constexpr int kImportRows = 50000;

Status bookWithUsageFile(const QString& dir)
{
    if (auto st = generatedBook(dir); !st)
        return st;
    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadOnly, clock());
    if (!book)
        return book.error();
    auto accounts = (*book)->accounts().list();
    if (!accounts)
        return accounts.error();
    if (accounts->isEmpty())
        return Error{
            Error::Code::InvalidValue, QStringLiteral("the generated book has no accounts"), dir, {}};
    QByteArray csv = "account_id,date,metric,value\n";
    for (int i = 0; i < kImportRows; ++i) {
        const Account& a = accounts->at(i % accounts->size());
        const QDate day = clock().today().addDays(-1 - i / int(accounts->size()));
        csv += a.id.toUtf8() + ',' + day.toString(Qt::ISODate).toLatin1() + ",active_users," +
               QByteArray::number(i % 97) + '\n';
    }
    QSaveFile f(fileIn(dir, "usage.csv"));
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
        return Error{Error::Code::Io, f.errorString(), f.fileName(), {}};
    return {};
}

// A complete JSON export: it parses, and each table it lists has as many rows as the book's table had.
QString checkJsonExport(const QString& path, const QMap<QString, qint64>& bookRows)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        return QStringLiteral("not JSON: ") + error.errorString();
    const QJsonArray tables = doc.object().value(QStringLiteral("tables")).toArray();
    if (tables.isEmpty())
        return QStringLiteral("no tables");
    for (const QJsonValue& t : tables) {
        const QString name = t[QStringLiteral("name")].toString();
        const qint64 rows = t[QStringLiteral("rows")].toArray().size();
        if (rows != bookRows.value(name, -1))
            return QStringLiteral("%1 rows of %2 where the book has %3")
                .arg(rows)
                .arg(name)
                .arg(bookRows.value(name));
    }
    return {};
}

// A generated book and its JSON export, to import as a new book.
Status bookWithItsExport(const QString& dir)
{
    if (auto st = generatedBook(dir); !st)
        return st;
    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadOnly, clock());
    if (!book)
        return book.error();
    auto exported = io::exportBookJson(**book, fileIn(dir, "export.json"));
    return exported ? Status() : Status(exported.error());
}

// A complete book imported from the export: whole, with the exported tables' rows (the health history and
// the import's own bookkeeping are written by the import, not copied).
QString checkImportedBook(const QString& path, const QMap<QString, qint64>& bookRows)
{
    const BookState imported = readBookState(path);
    if (!imported.whole())
        return QStringLiteral("not whole: ") + imported.describe();
    const QStringList derived = {QStringLiteral("meta"),          QStringLiteral("import_batch"),
                                 QStringLiteral("import_change"), QStringLiteral("health_snapshot"),
                                 QStringLiteral("health_factor"), QStringLiteral("health_trend_day"),
                                 QStringLiteral("health_input")};
    for (auto [table, rows] : bookRows.asKeyValueRange()) {
        if (!derived.contains(table) && imported.rowCounts.value(table, -1) != rows)
            return QStringLiteral("%1 rows of %2 where the book has %3")
                .arg(imported.rowCounts.value(table, -1))
                .arg(table)
                .arg(rows);
    }
    return {};
}

} // namespace

QString bookIn(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("book.sqlite"));
}

Status readTheBook(const QString& dir)
{
    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadOnly, clock());
    if (!book)
        return book.error();
    auto accounts = (*book)->accounts().list();
    return accounts ? Status() : Status(accounts.error());
}

Status saveAnAccount(const QString& dir)
{
    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
    if (!book)
        return book.error();
    Account a;
    a.name = QStringLiteral("Saved once the disk had space again");
    auto saved = (*book)->accounts().save(a);
    return saved ? Status() : Status(saved.error());
}

QList<Operation> operations()
{
    QList<Operation> ops;
    // Upgrading the oldest frozen fixture to this build's schema: a backup first, then every step.
    ops.append({QStringLiteral("migrate"),
                [](const QString& dir) -> Status {
                    if (!QFile::copy(QStringLiteral(CSM_TEST_DATA_DIR "/book-v1.sqlite"), bookIn(dir)))
                        return Error{Error::Code::Io, QStringLiteral("cannot copy the v1 fixture"), dir, {}};
                    QFile::setPermissions(bookIn(dir), QFile::ReadOwner | QFile::WriteOwner);
                    return {};
                },
                [](const QString& dir) { return Book::upgrade(bookIn(dir), clock(), [] { return false; }); },
                [](const QString& dir) { return storage::migrationBackupPath(bookIn(dir), 1); }, nullptr,
                false});
    // A checked backup of a book opened read-only (File > Backup…, `csm-workbench backup`).
    ops.append({QStringLiteral("backup"), generatedBook,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadOnly, clock());
                    if (!book)
                        return book.error();
                    return (*book)->backupTo(QDir(dir).filePath(QStringLiteral("backup.sqlite")));
                },
                [](const QString& dir) { return QDir(dir).filePath(QStringLiteral("backup.sqlite")); },
                nullptr});
    // The daily automatic backup of a book open for writing, with its rotation.
    ops.append({QStringLiteral("daily-backup"), generatedBook,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
                    if (!book)
                        return book.error();
                    auto taken = Backups::takeDaily(**book, QDir(dir).filePath(QStringLiteral("backups")),
                                                    QDate(2025, 4, 1));
                    return taken ? Status() : Status(taken.error());
                },
                [](const QString& dir) {
                    return QDir(dir).filePath(QStringLiteral("backups/") +
                                              Backups::dailyName(bookIn(dir), QDate(2025, 4, 1)));
                },
                nullptr});
    // A CSV import of 50,000 rows (File > Import…, `csm-workbench import`), the health back-fill after it.
    ops.append({QStringLiteral("import"), bookWithUsageFile,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
                    if (!book)
                        return book.error();
                    io::ImportOptions options;
                    options.path = fileIn(dir, "usage.csv");
                    options.type = io::ImportType::Usage;
                    auto summary = io::importFile(**book, options);
                    if (!summary)
                        return summary.error();
                    if (!summary->committed || summary->rows != kImportRows || summary->rejected > 0)
                        return Error{Error::Code::InvalidValue,
                                     QStringLiteral("the import read %1 of %2 rows, rejected %3")
                                         .arg(summary->rows)
                                         .arg(kImportRows)
                                         .arg(summary->rejected),
                                     options.path,
                                     {}};
                    return {};
                },
                nullptr, nullptr});
    // A book's JSON export imported as a new book (`csm-workbench --book new.sqlite import export.json`),
    // built beside its name: the new book complete or absent (the source book is only read).
    ops.append({QStringLiteral("import-new-book"), bookWithItsExport,
                [](const QString& dir) -> Status {
                    auto summary = io::importBookJsonAsNewBook(fileIn(dir, "imported.sqlite"),
                                                               fileIn(dir, "export.json"), false, clock());
                    if (!summary)
                        return summary.error();
                    if (!summary->committed || summary->rejected > 0)
                        return Error{Error::Code::InvalidValue,
                                     QStringLiteral("the import rejected %1 rows").arg(summary->rejected),
                                     fileIn(dir, "export.json"),
                                     {}};
                    return {};
                },
                [](const QString& dir) { return fileIn(dir, "imported.sqlite"); }, checkImportedBook});
    // The book's JSON export (File > Export…, `csm-workbench export --format json`): complete or absent.
    ops.append({QStringLiteral("export"), generatedBook,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadOnly, clock());
                    if (!book)
                        return book.error();
                    auto summary = io::exportBookJson(**book, fileIn(dir, "export.json"));
                    return summary ? Status() : Status(summary.error());
                },
                [](const QString& dir) { return fileIn(dir, "export.json"); }, checkJsonExport});
    // Saving an edited health model: the version bump, current scores and the 52 Mondays recomputed.
    ops.append({QStringLiteral("health-model"), generatedBook,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
                    if (!book)
                        return book.error();
                    HealthModel model = HealthModel::fromSettings((*book)->settings());
                    model.setWeight(HealthFactor::Engagement, model.weight(HealthFactor::Engagement) + 10);
                    auto version = HealthRecompute::saveModel(**book, model, clock().today());
                    return version ? Status() : Status(version.error());
                },
                nullptr, nullptr});
    // Recording how the first upcoming renewal ended (expanded by a tenth): the renewal row and its ARR
    // event.
    ops.append(
        {QStringLiteral("renewal-outcome"), generatedBook,
         [](const QString& dir) -> Status {
             auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
             if (!book)
                 return book.error();
             auto upcoming = readUpcomingRenewals(**book, clock().today(), 365);
             if (!upcoming)
                 return upcoming.error();
             if (upcoming->isEmpty())
                 return Error{Error::Code::InvalidValue, QStringLiteral("no upcoming renewal"), dir, {}};
             const UpcomingRenewal& r = upcoming->front();
             OutcomeInput input;
             input.accountId = r.contract.accountId;
             input.contractId = r.contract.contractId;
             input.renewalDate = r.point.renewalDate;
             input.outcome = RenewalOutcome::Expanded;
             input.newArr = r.contract.arr + r.contract.arr / 10 + 1;
             input.effectiveOn = r.point.renewalDate;
             auto change = recordRenewalOutcome(**book, input, clock().today());
             return change ? Status() : Status(change.error());
         },
         nullptr, nullptr});
    // Bulk writes: a synthetic book of 300 accounts and their histories, one transaction.
    ops.append({QStringLiteral("generate"), newBook, [](const QString& dir) { return generate(dir, 300); },
                nullptr, nullptr});
    return ops;
}

} // namespace csm::stress
