// csm-stress: crash and fault tests of the book (issue 17 items 1 and 2, docs/RELIABILITY.md).
//
//   csm-stress [--kills N] [--only OP,OP] [--seed S] [--scratch DIR] [--faults [--tmpfs]]
//
// For each operation (StressOperations.cpp) a reference run in a child process gives the states before and
// after and how long the operation takes; then N times a child starts the operation on a fresh copy and is
// sent SIGKILL after a random delay (0 to 1.2 times that duration). The book is then reopened and must be
// whole (integrity_check, foreign_key_check), hold exactly the state before or the state after (schema
// version, row counts and a hash of every row), and a file the operation writes (a backup) must be absent or
// complete. --faults instead runs each operation on a disk that fills up at several levels (FaultTests.cpp):
// a file size limit (RLIMIT_FSIZE), or with --tmpfs a real small tmpfs (root; exit 77 when it cannot be
// mounted): the operation either succeeds or fails with a message that names a file, and the book is whole
// and unchanged. Exit 0 when every run passed.
//
//   csm-stress --child OP DIR [--fsize BYTES]   (what the parent starts)

#include "FaultTests.h"
#include "Runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/resource.h>

using namespace csm;
using namespace csm::stress;

namespace {

const Operation* findOperation(const QString& name)
{
    static const QList<Operation> ops = operations();
    for (const Operation& op : ops)
        if (op.name == name)
            return &op;
    return nullptr;
}

int runChild(const QString& opName, const QString& dir, qint64 fsizeLimit)
{
    const Operation* op = findOperation(opName);
    if (!op)
        return 2;
    if (fsizeLimit >= 0) {
        // A full disk: writes past the limit fail with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(fsizeLimit), rlim_t(fsizeLimit)};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    const Status st = op->run(dir);
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    return 0;
}

int crashTests(const QList<Operation>& ops, int kills, quint64 seed, const QString& scratch)
{
    QRandomGenerator rng(seed);
    return forEachOperation(ops, scratch, [&](const Operation& op, const Reference& ref) {
        int midway = 0, before = 0, after = 0, failed = 0, outputs = 0;
        for (int i = 0; i < kills; ++i) {
            const QString dir = scratch + QStringLiteral("/run-%1-%2").arg(op.name).arg(i);
            copyFolder(ref.templateDir, dir);
            const qint64 delay = qint64(rng.bounded(1.2) * double(ref.ms));
            const ChildResult r = runOperation(op.name, dir, delay);
            const char* which = "";
            QString problem = checkAfter(op, ref, dir, true, &which);
            if (problem.isEmpty() && !r.killed && r.exitCode != 0)
                problem = QStringLiteral("the operation failed without a kill: ") + r.stderrText;
            if (problem.isEmpty() && !r.killed && QLatin1String(which) != QLatin1String("after"))
                problem = QStringLiteral("the operation finished but the book is as before");
            midway += r.killed ? 1 : 0;
            outputs += op.output && QFileInfo::exists(op.output(dir)) ? 1 : 0;
            (QLatin1String(which) == QLatin1String("after") ? after : before) += 1;
            if (!problem.isEmpty()) {
                ++failed;
                say(QStringLiteral("FAIL %1 kill %2 after %3 ms: %4 (files kept in %5)")
                        .arg(op.name)
                        .arg(i + 1)
                        .arg(delay)
                        .arg(problem, dir));
                continue;
            }
            QDir(dir).removeRecursively();
        }
        say(QStringLiteral(
                "%1: %2 kills (%3 during the operation; book as before %4, as after %5%6), %7 failed; "
                "a whole run takes %8 ms")
                .arg(op.name)
                .arg(kills)
                .arg(midway)
                .arg(before)
                .arg(after)
                .arg(op.output
                         ? QStringLiteral("; output complete %1, absent %2").arg(outputs).arg(kills - outputs)
                         : QString())
                .arg(failed)
                .arg(ref.ms));
        return failed;
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Crash and fault tests of the book (docs/RELIABILITY.md)."));
    parser.addHelpOption();
    const QCommandLineOption killsOpt(QStringLiteral("kills"), QStringLiteral("Kills per operation."),
                                      QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("Only these operations."),
                                     QStringLiteral("OP,OP"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed of the kill delays."),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption scratchOpt(QStringLiteral("scratch"), QStringLiteral("Folder for the books."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption faultsOpt(QStringLiteral("faults"),
                                       QStringLiteral("A full disk instead of kills."));
    const QCommandLineOption tmpfsOpt(QStringLiteral("tmpfs"),
                                      QStringLiteral("With --faults: the full disk a small tmpfs (root)."));
    const QCommandLineOption childOpt(QStringLiteral("child"),
                                      QStringLiteral("Run one operation (internal)."), QStringLiteral("OP"));
    const QCommandLineOption fsizeOpt(QStringLiteral("fsize"), QStringLiteral("File size limit (internal)."),
                                      QStringLiteral("BYTES"));
    parser.addOptions({killsOpt, onlyOpt, seedOpt, scratchOpt, faultsOpt, tmpfsOpt, childOpt, fsizeOpt});
    parser.process(app);

    if (parser.isSet(childOpt)) {
        const QStringList rest = parser.positionalArguments();
        return runChild(parser.value(childOpt), rest.value(0),
                        parser.isSet(fsizeOpt) ? parser.value(fsizeOpt).toLongLong() : -1);
    }
    QList<Operation> ops = operations();
    if (parser.isSet(onlyOpt)) {
        const QStringList only = parser.value(onlyOpt).split(QLatin1Char(','));
        ops.removeIf([&](const Operation& op) { return !only.contains(op.name); });
    }
    QTemporaryDir tmp;
    const QString scratch = parser.isSet(scratchOpt) ? parser.value(scratchOpt) : tmp.path();
    QDir().mkpath(scratch);
    int failures = 0;
    if (parser.isSet(faultsOpt) && parser.isSet(tmpfsOpt)) {
        const std::optional<int> failed = tmpfsFaults(ops, scratch);
        if (!failed)
            return kSkipped;
        failures = *failed;
    } else if (parser.isSet(faultsOpt)) {
        failures = rlimitFaults(ops, scratch);
    } else {
        failures =
            crashTests(ops, parser.value(killsOpt).toInt(), parser.value(seedOpt).toULongLong(), scratch);
    }
    say(failures == 0 ? QStringLiteral("all passed") : QStringLiteral("%1 failed").arg(failures));
    return failures == 0 ? 0 : 1;
}
