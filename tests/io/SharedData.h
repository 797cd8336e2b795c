#pragma once

// The real files of ../shared/data (see its README). Where they are missing a test is skipped on a
// developer's machine, and fails under CI=true: CI must never pass by skipping the real-data tests.

#include <QFileInfo>
#include <QString>
#include <QTest>

inline QString sharedDataFile(const char* relative)
{
    return QStringLiteral(CSM_SHARED_DATA_DIR "/") + QLatin1String(relative);
}

#define CSM_REQUIRE_SHARED_FILE(path)                                                                        \
    do {                                                                                                     \
        if (!QFileInfo::exists(path)) {                                                                      \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(                                                                                       \
                    qPrintable(QStringLiteral("The shared data file %1 is missing (CI=true).").arg(path)));  \
            QSKIP("The shared data folder is not here (../shared/data).");                                   \
        }                                                                                                    \
    } while (false)
