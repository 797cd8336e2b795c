#pragma once

// Internal state of an open book, shared by Book, Transaction, BulkWriter and the repositories.

#include "storage/Book.h"
#include "storage/ChangeSet.h"

#include "Connection.h"

#include <QLockFile>
#include <QString>

#include <memory>

struct sqlite3;

namespace csm {

class SqlAccountRepository;
class SqlContactRepository;
class SqlTouchRepository;
class SqlContractRepository;
class SqlArrEventRepository;
class SqlRenewalRepository;
class SqlRoadmapRepository;
class SqlUsageRepository;
class SqlNpsRepository;
class SqlCompanyHolidayRepository;

class Book::Private
{
public:
    Private(const QString& path, bool readOnly, const Clock& clock);
    ~Private();

    QString path; // absolute
    bool readOnly = false;
    bool building = false;   // the new book of Book::build(), on its Builder connection
    bool claimsPath = false; // the process-wide claim of a book open for writing is this Book's to release
    const Clock* clock = nullptr;
    std::unique_ptr<QLockFile> lock;
    storage::Connection connection;
    sqlite3* db = nullptr; // connection.handle()
    Info info;
    BookSettings settings;

    // Transaction state: depth of nested Transactions, the merged change set, and whether an inner
    // Transaction gave up (the outermost then rolls back).
    int txDepth = 0;
    bool txDoomed = false;
    ChangeSet pending;

    std::unique_ptr<SqlAccountRepository> accounts;
    std::unique_ptr<SqlContactRepository> contacts;
    std::unique_ptr<SqlTouchRepository> touches;
    std::unique_ptr<SqlContractRepository> contracts;
    std::unique_ptr<SqlArrEventRepository> arrEvents;
    std::unique_ptr<SqlRenewalRepository> renewals;
    std::unique_ptr<SqlRoadmapRepository> roadmaps;
    std::unique_ptr<SqlUsageRepository> usage;
    std::unique_ptr<SqlNpsRepository> nps;
    std::unique_ptr<SqlCompanyHolidayRepository> companyHolidays;

    QString nowText() const; // the book clock's now, as stored
    Status loadSettings();
    Status loadInfo();
};

namespace storage {

// The storage layer's way into an open book: Book::d_func() is private, and only storage code includes this
// header (it is on no other layer's include path).
struct BookAccess
{
    static Book::Private* d(const Book& book) { return book.d_func(); }
};

} // namespace storage

} // namespace csm
