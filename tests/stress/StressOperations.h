#pragma once

// The operations the crash and fault tests run in a child process (issue 17 items 1 and 2). Each is one
// entry of operations(): how to lay out its starting files, what the child does, and which file it writes
// that must be either complete or absent.

#include "domain/Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace csm::stress {

struct Operation
{
    QString name;
    // Makes the starting files in an empty folder; the book is dir/book.sqlite. Runs once per run: its
    // files are copied for each kill.
    std::function<Status(const QString& dir)> prepare;
    // What the child does, to the end when nobody stops it.
    std::function<Status(const QString& dir)> run;
    // A file the operation writes besides the book (a backup, an export): after a kill it is absent or
    // complete, and complete means a whole book with the content the book had before the operation, unless
    // checkOutput says otherwise.
    std::function<QString(const QString& dir)> output;
    // How a complete output is recognised when it is not a book: empty when it is complete, else what is
    // wrong. Given the output file and the row count of each of the book's tables before the operation.
    std::function<QString(const QString& path, const QMap<QString, qint64>& bookRows)> checkOutput;
    // Whether a finished operation leaves its output (a backup, an export); an upgrade removes its backup
    // once it succeeded.
    bool outputStays = true;
};

QList<Operation> operations();

QString bookIn(const QString& dir);

// Opens the book in dir read-only the way the app does and reads its accounts.
Status readTheBook(const QString& dir);

// Opens the book in dir for writing the way the app does (an older one is upgraded) and saves one account:
// what a user does once space is free again after a full disk.
Status saveAnAccount(const QString& dir);

} // namespace csm::stress
