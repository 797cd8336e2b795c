// csm-stress: crash and fault tests of the book (issue 17 items 1 and 2, docs/RELIABILITY.md).
//
//   csm-stress [--kills N] [--only OP,OP] [--seed S] [--scratch DIR] [--faults]
//
// For each operation (StressOperations.cpp) a reference run in a child process gives the states before and
// after and how long the operation takes; then N times a child starts the operation on a fresh copy and is
// sent SIGKILL after a random delay (0 to 1.2 times that duration). The book is then reopened and must be
// whole (integrity_check, foreign_key_check), hold exactly the state before or the state after (schema
// version, row counts and a hash of every row), and a file the operation writes (a backup) must be absent or
// complete. --faults instead runs each operation under a file size limit (RLIMIT_FSIZE: a disk that fills
// up) at several levels: the operation either succeeds or fails with a message that names a file, and the
// book is whole and unchanged. Exit 0 when every run passed.
//
//   csm-stress --child OP DIR [--fsize BYTES]   (what the parent starts)

#include "BookState.h"
#include "StressOperations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <optional>
#include <signal.h>
#include <sys/resource.h>

using namespace csm;
using namespace csm::stress;

namespace {

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

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

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QString& name : src.entryList(QDir::Files | QDir::Hidden))
        QFile::copy(src.filePath(name), QDir(to).filePath(name));
}

struct ChildResult
{
    bool killed = false; // by our SIGKILL, before it finished
    int exitCode = -1;
    QString stderrText;
    qint64 ms = 0;
};

// Starts the child on dir; kills it after killAfterMs (never when negative).
ChildResult runOperation(const QString& op, const QString& dir, qint64 killAfterMs, qint64 fsizeLimit = -1)
{
    QProcess child;
    QStringList args{QStringLiteral("--child"), op, dir};
    if (fsizeLimit >= 0)
        args << QStringLiteral("--fsize") << QString::number(fsizeLimit);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), args);
    child.waitForStarted();
    ChildResult r;
    if (killAfterMs >= 0 && !child.waitForFinished(int(killAfterMs))) {
        ::kill(pid_t(child.processId()), SIGKILL);
        r.killed = true;
    }
    child.waitForFinished(-1);
    r.ms = timer.elapsed();
    r.stderrText = QString::fromLocal8Bit(child.readAllStandardError()).trimmed();
    if (r.killed && child.exitStatus() == QProcess::NormalExit)
        r.killed = false; // it had just finished
    r.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return r;
}

struct Reference
{
    QString templateDir; // the starting files
    BookState before;
    BookState after;
    qint64 ms = 0;
};

std::optional<Reference> makeReference(const Operation& op, const QString& scratch)
{
    Reference ref;
    ref.templateDir = scratch + QStringLiteral("/template-") + op.name;
    QDir().mkpath(ref.templateDir);
    if (auto st = op.prepare(ref.templateDir); !st) {
        say(QStringLiteral("%1: cannot prepare: %2").arg(op.name, st.error().toString()));
        return std::nullopt;
    }
    ref.before = readBookState(bookIn(ref.templateDir));
    // Two whole runs: the second gives the duration (warm caches) and shows the result is the same each time.
    for (int i = 0; i < 2; ++i) {
        const QString dir = scratch + QStringLiteral("/reference-%1-%2").arg(op.name).arg(i);
        copyFolder(ref.templateDir, dir);
        const ChildResult r = runOperation(op.name, dir, -1);
        if (r.exitCode != 0) {
            say(QStringLiteral("%1: the operation fails on its own: %2").arg(op.name, r.stderrText));
            return std::nullopt;
        }
        const BookState after = readBookState(bookIn(dir));
        if (i == 1 && !after.sameContent(ref.after)) {
            say(QStringLiteral("%1: two whole runs give different books").arg(op.name));
            return std::nullopt;
        }
        ref.after = after;
        ref.ms = r.ms;
        QDir(dir).removeRecursively();
    }
    return ref;
}

// The checks after a run; empty when it passed.
QString checkAfter(const Operation& op, const Reference& ref, const QString& dir, bool mayBeAfter,
                   const char** which)
{
    const BookState state = readBookState(bookIn(dir));
    if (!state.whole())
        return QStringLiteral("the book is not whole: ") + state.describe();
    // After first: an operation that leaves the book as it was (a backup) has the same state for both.
    if (mayBeAfter && state.sameContent(ref.after))
        *which = "after";
    else if (state.sameContent(ref.before))
        *which = "before";
    else
        return QStringLiteral("the book is neither as before (%1) nor as after (%2): %3")
            .arg(ref.before.describe(), ref.after.describe(), state.describe());
    if (op.output) {
        const QString out = op.output(dir);
        if (QFileInfo::exists(out) && op.checkOutput) {
            if (const QString problem = op.checkOutput(out, ref.before.rowCounts); !problem.isEmpty())
                return QStringLiteral("%1 is there but not complete: %2").arg(out, problem);
        } else if (QFileInfo::exists(out)) {
            const BookState written = readBookState(out);
            if (!written.whole() || !written.sameContent(ref.before))
                return QStringLiteral("%1 is there but not a complete copy: %2").arg(out, written.describe());
        }
    }
    return {};
}

int crashTests(const QList<Operation>& ops, int kills, quint64 seed, const QString& scratch)
{
    QRandomGenerator rng(seed);
    int failures = 0;
    for (const Operation& op : ops) {
        auto ref = makeReference(op, scratch);
        if (!ref) {
            ++failures;
            continue;
        }
        int midway = 0, before = 0, after = 0, failed = 0, outputs = 0;
        for (int i = 0; i < kills; ++i) {
            const QString dir = scratch + QStringLiteral("/run-%1-%2").arg(op.name).arg(i);
            copyFolder(ref->templateDir, dir);
            const qint64 delay = qint64(rng.bounded(1.2) * double(ref->ms));
            const ChildResult r = runOperation(op.name, dir, delay);
            const char* which = "";
            QString problem = checkAfter(op, *ref, dir, true, &which);
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
        failures += failed;
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
                .arg(ref->ms));
    }
    return failures;
}

int faultTests(const QList<Operation>& ops, const QString& scratch)
{
    int failures = 0;
    for (const Operation& op : ops) {
        auto ref = makeReference(op, scratch);
        if (!ref) {
            ++failures;
            continue;
        }
        const qint64 bookBytes = QFileInfo(bookIn(ref->templateDir)).size();
        // Fill levels: nothing may grow, a little, about half, all and twice what the book is, and plenty.
        const QList<qint64> limits = {
            0, 4096, 65536, bookBytes / 2, bookBytes, bookBytes * 2, qint64(256) << 20};
        int refused = 0, succeeded = 0, failed = 0;
        for (qint64 limit : limits) {
            const QString dir = scratch + QStringLiteral("/fault-%1-%2").arg(op.name).arg(limit);
            copyFolder(ref->templateDir, dir);
            const ChildResult r = runOperation(op.name, dir, -1, limit);
            const char* which = "";
            QString problem = checkAfter(op, *ref, dir, r.exitCode == 0, &which);
            if (problem.isEmpty() && r.exitCode != 0) {
                // Refused: a message that says which file and what to do.
                if (r.exitCode != 1 || !r.stderrText.contains(dir))
                    problem = QStringLiteral("exit %1 with a message that names no file: %2")
                                  .arg(r.exitCode)
                                  .arg(r.stderrText);
            }
            (r.exitCode == 0 ? succeeded : refused) += 1;
            if (!problem.isEmpty()) {
                ++failed;
                say(QStringLiteral("FAIL %1 with %2 bytes of disk: %3 (files kept in %4)")
                        .arg(op.name)
                        .arg(limit)
                        .arg(problem, dir));
                continue;
            }
            say(QStringLiteral("  %1 with %2 bytes of disk: %3")
                    .arg(op.name)
                    .arg(limit)
                    .arg(r.exitCode == 0 ? QStringLiteral("done") : r.stderrText));
            QDir(dir).removeRecursively();
        }
        failures += failed;
        say(QStringLiteral("%1: %2 fill levels (%3 refused cleanly, %4 done), %5 failed")
                .arg(op.name)
                .arg(limits.size())
                .arg(refused)
                .arg(succeeded)
                .arg(failed));
    }
    return failures;
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
    const QCommandLineOption childOpt(QStringLiteral("child"),
                                      QStringLiteral("Run one operation (internal)."), QStringLiteral("OP"));
    const QCommandLineOption fsizeOpt(QStringLiteral("fsize"), QStringLiteral("File size limit (internal)."),
                                      QStringLiteral("BYTES"));
    parser.addOptions({killsOpt, onlyOpt, seedOpt, scratchOpt, faultsOpt, childOpt, fsizeOpt});
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
    const int failures = parser.isSet(faultsOpt) ? faultTests(ops, scratch)
                                                 : crashTests(ops, parser.value(killsOpt).toInt(),
                                                              parser.value(seedOpt).toULongLong(), scratch);
    say(failures == 0 ? QStringLiteral("all passed") : QStringLiteral("%1 failed").arg(failures));
    return failures == 0 ? 0 : 1;
}
