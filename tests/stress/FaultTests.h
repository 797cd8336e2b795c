#pragma once

// The full-disk passes of csm-stress --faults (issue 17 item 2, docs/RELIABILITY.md): each operation run in a
// child process on a disk that fills up, either a file size limit (RLIMIT_FSIZE, any user) or a real small
// tmpfs holding the book and its output (--tmpfs, root). Each returns the number of failed runs.

#include "StressOperations.h"

#include <QList>
#include <QString>

#include <optional>

namespace csm::stress {

int rlimitFaults(const QList<Operation>& ops, const QString& scratch);

// The exit status of csm-stress when its pass could not run at all, for ctest's SKIP_RETURN_CODE.
constexpr int kSkipped = 77;

// Nothing (after saying why) when no tmpfs can be mounted here.
std::optional<int> tmpfsFaults(const QList<Operation>& ops, const QString& scratch);

} // namespace csm::stress
