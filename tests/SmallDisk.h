#pragma once

// A real full disk for the fault tests (issue 17 item 2): a small tmpfs mounted for the life of the object
// and filled to a chosen amount of free space. Mounting needs root (as in the CI container); elsewhere
// mounted() is false and the caller skips, saying so. Used by tests/storage/tst_io_faults and csm-stress
// --faults
// --tmpfs.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/statvfs.h>
#include <unistd.h>

namespace csm::test {

class SmallDisk
{
public:
    // size as mount(8) takes it ("2m", "4194304").
    SmallDisk(const QString& path, const QString& size) : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted = ::geteuid() == 0 && run({QStringLiteral("mount"), QStringLiteral("-t"),
                                             QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path});
    }
    ~SmallDisk()
    {
        // Lazily: a file still open in a process being torn down must not keep the mount behind.
        if (m_mounted)
            run({QStringLiteral("umount"), QStringLiteral("-l"), m_path});
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    QString path() const { return m_path; }
    // What mount(8) said when it refused (empty when it mounted or was not tried for want of root).
    QString refusal() const { return m_refusal; }

    bool remount(const QString& options)
    {
        return run(
            {QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,") + options, m_path});
    }

    // Bytes in use on the disk, as the file system counts them (whole blocks).
    qint64 usedBytes() const
    {
        struct statvfs s
        {};
        if (::statvfs(QFile::encodeName(m_path).constData(), &s) != 0)
            return -1;
        return qint64(s.f_blocks - s.f_bfree) * qint64(s.f_frsize);
    }

    // Fills the disk with the file `filler` until about freeBytes are left (rounded down to whole blocks):
    // false when the filler cannot be written or cut back.
    bool fillAllBut(const QString& filler, qint64 freeBytes) const
    {
        {
            QFile f(filler);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            const QByteArray block(4096, 'x');
            while (f.write(block) == block.size() && f.flush()) {
            }
        }
        if (freeBytes <= 0)
            return true;
        const qint64 size = QFileInfo(filler).size();
        return freeBytes <= size && QFile::resize(filler, size - freeBytes);
    }

private:
    bool run(const QStringList& args)
    {
        QProcess p;
        p.start(args.front(), args.mid(1));
        const bool ok =
            p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            m_refusal = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return ok;
    }

    QString m_path;
    QString m_refusal;
    bool m_mounted = false;
};

} // namespace csm::test
