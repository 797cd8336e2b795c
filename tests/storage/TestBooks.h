#pragma once

// Helpers shared by the storage tests: fresh books in a temporary folder, file fingerprints.

#include "storage/Book.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace csm::test {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline bool hasSidecars(const QString& path)
{
    return QFileInfo::exists(path + QLatin1String("-wal")) ||
           QFileInfo::exists(path + QLatin1String("-shm")) ||
           QFileInfo::exists(path + QLatin1String("-journal"));
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace csm::test
