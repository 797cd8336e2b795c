#pragma once

// What the crash and fault passes of csm-stress share: starting an operation in a child process, the
// reference run that gives the states before and after, and the checks of a book and its output after a run.

#include "BookState.h"
#include "StressOperations.h"

#include <QString>

#include <functional>
#include <optional>

namespace csm::stress {

void say(const QString& line);

void copyFolder(const QString& from, const QString& to);

struct ChildResult
{
    bool killed = false; // by our SIGKILL, before it finished
    int exitCode = -1;
    QString stderrText;
    qint64 ms = 0;
};

// Starts the child on dir: killed after killAfterMs (never when negative), under a file size limit when
// fsizeLimit is not negative, and with whileRunning called about every millisecond until it ends.
ChildResult runOperation(const QString& op, const QString& dir, qint64 killAfterMs, qint64 fsizeLimit = -1,
                         const std::function<void()>& whileRunning = {});

struct Reference
{
    QString templateDir; // the starting files
    BookState before;
    BookState after;
    qint64 ms = 0;
};

std::optional<Reference> makeReference(const Operation& op, const QString& scratch);

// For each operation its reference run, then pass(op, reference), which returns how many of its runs failed;
// an operation whose reference run fails counts as one failure. Returns the failures of all.
int forEachOperation(const QList<Operation>& ops, const QString& scratch,
                     const std::function<int(const Operation&, const Reference&)>& pass);

// The checks after a run; empty when it passed. `which` says whether the book is as "before" or "after".
QString checkAfter(const Operation& op, const Reference& ref, const QString& dir, bool mayBeAfter,
                   const char** which);

} // namespace csm::stress
