#pragma once

// Internal state of an open book, shared by Book, Transaction, BulkWriter and the repositories.

#include "storage/Book.h"
#include "storage/ChangeSet.h"

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

class Book::Private
{
public:
    Private(const QString& path, bool readOnly, const Clock& clock);
    ~Private();

    QString path;           // absolute
    QString connectionName; // unique per Book: QSqlDatabase connections are named
    bool readOnly = false;
    const Clock* clock = nullptr;
    std::unique_ptr<QLockFile> lock;
    sqlite3* db = nullptr; // owned by the QSqlDatabase connection
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

    QString nowText() const; // the book clock's now, as stored
    Status loadSettings();
    Status loadInfo();
};

} // namespace csm
