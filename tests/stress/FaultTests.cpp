#include "FaultTests.h"

#include "Runner.h"
#include "SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace csm::stress {
namespace {

// What every full-disk run must show, however the disk filled: the book whole and as before (or as after,
// when the operation succeeded), its output absent or complete and there when a finished operation keeps
// it; a refusal is exit status 1 with a message that names a file under the run's folder.
QString faultProblem(const Operation& op, const Reference& ref, const QString& dir, const ChildResult& r)
{
    const char* which = "";
    if (QString problem = checkAfter(op, ref, dir, r.exitCode == 0, &which); !problem.isEmpty())
        return problem;
    if (r.exitCode == 0)
        return op.output && op.outputStays && !QFileInfo::exists(op.output(dir))
                   ? QStringLiteral("the operation succeeded but left no %1").arg(op.output(dir))
                   : QString();
    if (r.exitCode != 1 || !r.stderrText.contains(dir))
        return QStringLiteral("exit %1 with a message that names no file: %2")
            .arg(r.exitCode)
            .arg(r.stderrText);
    return {};
}

void sayLevel(const QString& op, const QString& level, const ChildResult& r)
{
    say(QStringLiteral("  %1 with %2: %3")
            .arg(op, level, r.exitCode == 0 ? QStringLiteral("done") : r.stderrText));
}

void saySummary(const QString& op, qsizetype levels, int refused, int failed)
{
    say(QStringLiteral("%1: %2 fill levels (%3 refused cleanly, %4 done), %5 failed")
            .arg(op)
            .arg(levels)
            .arg(refused)
            .arg(levels - refused - failed)
            .arg(failed));
}

qint64 filesBytes(const QString& dir)
{
    qint64 bytes = 0;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        bytes += (f.size() + 4095) / 4096 * 4096;
    return bytes;
}

// How much disk the operation takes at its peak (its journal, a temporary copy, the output): the tmpfs's use
// sampled about every millisecond during a whole run on a disk with room to spare.
qint64 peakNeed(const Operation& op, const Reference& ref, const QString& scratch)
{
    test::SmallDisk disk(scratch + QStringLiteral("/tmpfs-%1-measure").arg(op.name), QStringLiteral("1g"));
    if (!disk.mounted())
        return -1;
    const QString dir = disk.path() + QStringLiteral("/run");
    copyFolder(ref.templateDir, dir);
    const qint64 start = disk.usedBytes();
    qint64 peak = start;
    const ChildResult r =
        runOperation(op.name, dir, -1, -1, [&] { peak = std::max(peak, disk.usedBytes()); });
    return r.exitCode == 0 ? std::max<qint64>(peak - start, 4096) : -1;
}

// Free space left when the operation starts: none, a page or two, some, a quarter of a megabyte, half and
// just under what it needs at its peak, and twice that.
QList<qint64> freeSpaceLevels(qint64 need)
{
    QList<qint64> levels{0,       8 << 10, 64 << 10, 256 << 10, need / 2, std::max<qint64>(need - 4096, 0),
                         need * 2};
    std::sort(levels.begin(), levels.end());
    return levels;
}

// A tmpfs run at one fill level; empty when it passed. The folder is copied under scratch when it failed
// (the disk is unmounted on return, whatever happens).
QString tmpfsRun(const Operation& op, const Reference& ref, const QString& scratch, qint64 level, qint64 need,
                 ChildResult* result)
{
    const QString name = QStringLiteral("tmpfs-%1-%2").arg(op.name).arg(level);
    // Room for the operation twice over once the filler is gone.
    const qint64 size = filesBytes(ref.templateDir) + std::max(level, 2 * need) + (256 << 10);
    test::SmallDisk disk(scratch + QLatin1Char('/') + name, QString::number(size));
    if (!disk.mounted())
        return QStringLiteral("mount(8) refused a tmpfs of %1 bytes: %2").arg(size).arg(disk.refusal());
    const QString dir = disk.path() + QStringLiteral("/run");
    const QString filler = disk.path() + QStringLiteral("/filler");
    copyFolder(ref.templateDir, dir);
    if (!disk.fillAllBut(filler, level))
        return QStringLiteral("the disk could not be filled to %1 bytes free").arg(level);
    const ChildResult r = runOperation(op.name, dir, -1);
    *result = r;
    // A message about the full disk says to check the space (or that the disk is full), and never calls it
    // an I/O error.
    const auto unclear = [](const QString& message) {
        static const QRegularExpression whatToDo(QStringLiteral("space|full"),
                                                 QRegularExpression::CaseInsensitiveOption);
        return !message.contains(whatToDo) || message.contains(QLatin1String("disk I/O error"));
    };
    QString problem;
    if (r.exitCode != 0 && unclear(r.stderrText))
        problem = QStringLiteral("the message does not say the disk is full: ") + r.stderrText;
    // Reopened while the disk is still full, the book either opens or is refused with a message that names
    // it, and says why when the disk is the reason (SQLite cannot read a WAL book without room for its 32 KB
    // shared-memory index; an old book is refused read-only until it is upgraded).
    if (const Status read = readTheBook(dir);
        problem.isEmpty() && !read &&
        (read.error().where != bookIn(dir) ||
         (read.error().code == Error::Code::Io && unclear(read.error().toString()))))
        problem =
            QStringLiteral("on the full disk the book does not open, and the message does not say why: ") +
            read.error().toString();
    // Space again, as the message asks: the book whole and as before or after, its output absent or complete;
    // it opens for writing (an old one is upgraded), takes a save and stays whole.
    QFile::remove(filler);
    if (problem.isEmpty())
        problem = faultProblem(op, ref, dir, r);
    if (problem.isEmpty()) {
        if (const Status saved = saveAnAccount(dir); !saved)
            problem = QStringLiteral("after space was freed, a save failed: ") + saved.error().toString();
        else if (const BookState state = readBookState(bookIn(dir)); !state.whole())
            problem = QStringLiteral("after space was freed and a save, the book is not whole: ") +
                      state.describe();
    }
    if (!problem.isEmpty())
        copyFolder(dir, scratch + QStringLiteral("/failed-") + name);
    return problem;
}

} // namespace

int rlimitFaults(const QList<Operation>& ops, const QString& scratch)
{
    return forEachOperation(ops, scratch, [&](const Operation& op, const Reference& ref) {
        const qint64 bookBytes = QFileInfo(bookIn(ref.templateDir)).size();
        // Fill levels: nothing may grow, a little, about half, all and twice what the book is, and plenty.
        const QList<qint64> limits = {
            0, 4096, 65536, bookBytes / 2, bookBytes, bookBytes * 2, qint64(256) << 20};
        int refused = 0, failed = 0;
        for (qint64 limit : limits) {
            const QString dir = scratch + QStringLiteral("/fault-%1-%2").arg(op.name).arg(limit);
            copyFolder(ref.templateDir, dir);
            const ChildResult r = runOperation(op.name, dir, -1, limit);
            if (const QString problem = faultProblem(op, ref, dir, r); !problem.isEmpty()) {
                ++failed;
                say(QStringLiteral("FAIL %1 with %2 bytes of disk: %3 (files kept in %4)")
                        .arg(op.name)
                        .arg(limit)
                        .arg(problem, dir));
                continue;
            }
            refused += r.exitCode == 0 ? 0 : 1;
            sayLevel(op.name, QStringLiteral("%1 bytes of disk").arg(limit), r);
            QDir(dir).removeRecursively();
        }
        saySummary(op.name, limits.size(), refused, failed);
        return failed;
    });
}

std::optional<int> tmpfsFaults(const QList<Operation>& ops, const QString& scratch)
{
    {
        const test::SmallDisk probe(scratch + QStringLiteral("/tmpfs-probe"), QStringLiteral("64k"));
        if (!probe.mounted()) {
            say(QStringLiteral("SKIPPED: the full disk on a tmpfs needs mount(8), which needs root%1; "
                               "--faults without --tmpfs fills the disk with a file size limit instead")
                    .arg(probe.refusal().isEmpty() ? QString()
                                                   : QStringLiteral(" (") + probe.refusal() + u')'));
            return std::nullopt;
        }
    }
    return forEachOperation(ops, scratch, [&](const Operation& op, const Reference& ref) {
        const qint64 need = peakNeed(op, ref, scratch);
        if (need < 0) {
            say(QStringLiteral("FAIL %1: no whole run on a tmpfs to measure what it needs").arg(op.name));
            return 1;
        }
        const QList<qint64> levels = freeSpaceLevels(need);
        say(QStringLiteral("%1 needs %2 KB of disk at its peak").arg(op.name).arg(need / 1024));
        int refused = 0, failed = 0;
        for (qint64 level : levels) {
            ChildResult r;
            const QString problem = tmpfsRun(op, ref, scratch, level, need, &r);
            const QString where = QStringLiteral("%1 KB free").arg(double(level) / 1024, 0, 'f', 1);
            if (!problem.isEmpty()) {
                ++failed;
                say(QStringLiteral("FAIL %1 with %2: %3 (files kept in %4/failed-tmpfs-%1-%5)")
                        .arg(op.name, where, problem, scratch)
                        .arg(level));
                continue;
            }
            refused += r.exitCode == 0 ? 0 : 1;
            sayLevel(op.name, where, r);
        }
        saySummary(op.name, levels.size(), refused, failed);
        return failed;
    });
}

} // namespace csm::stress
