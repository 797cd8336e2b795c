#pragma once

// For tests that read ../shared/data (see its README: the Cabinet Office holiday list, Japan Post's
// JIGYOSYO.CSV, the Salesforce, RavenStack and Telco files). A developer without the folder gets those checks
// skipped, with a message; a CI run (CI=true) fails instead, so that CI can never pass by skipping them.

#include <QFileInfo>
#include <QString>
#include <QTest>

namespace csm::test {

// A file under the shared data folder (CSM_SHARED_DATA_DIR, set by csm_add_test).
inline QString sharedDataFile(const QString& relative)
{
    return QStringLiteral(CSM_SHARED_DATA_DIR "/") + relative;
}

inline QString sharedDataFile(const char* relative)
{
    return sharedDataFile(QString::fromUtf8(relative));
}

inline bool runningOnCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1");
}

} // namespace csm::test

// At the start of a test function: skips it (QFAIL under CI=true) when `path` does not exist.
#define CSM_REQUIRE_SHARED_FILE(path)                                                                        \
    do {                                                                                                     \
        const QString csmRequired = (path);                                                                  \
        if (!QFileInfo::exists(csmRequired)) {                                                               \
            if (csm::test::runningOnCi())                                                                    \
                QFAIL(qPrintable(QStringLiteral("%1 is missing: CI needs the shared data folder (CI=true).") \
                                     .arg(csmRequired)));                                                    \
            QSKIP(qPrintable(QStringLiteral("%1 is missing (../shared/data).").arg(csmRequired)));           \
        }                                                                                                    \
    } while (false)
