#include "Runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <signal.h>

namespace csm::stress {

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QString& name : src.entryList(QDir::Files | QDir::Hidden))
        QFile::copy(src.filePath(name), QDir(to).filePath(name));
}

ChildResult runOperation(const QString& op, const QString& dir, qint64 killAfterMs, qint64 fsizeLimit,
                         const std::function<void()>& whileRunning)
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
    if (whileRunning) {
        while (!child.waitForFinished(1))
            whileRunning();
    }
    child.waitForFinished(-1);
    r.ms = timer.elapsed();
    r.stderrText = QString::fromLocal8Bit(child.readAllStandardError()).trimmed();
    if (r.killed && child.exitStatus() == QProcess::NormalExit)
        r.killed = false; // it had just finished
    r.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return r;
}

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

int forEachOperation(const QList<Operation>& ops, const QString& scratch,
                     const std::function<int(const Operation&, const Reference&)>& pass)
{
    int failures = 0;
    for (const Operation& op : ops) {
        const std::optional<Reference> ref = makeReference(op, scratch);
        failures += ref ? pass(op, *ref) : 1;
    }
    return failures;
}

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

} // namespace csm::stress
