#pragma once

// What the print tests share: a document language read straight from translations/*.ts (the compiled
// catalogues live only in the executable), and the PDF read back with poppler-utils (pdftotext, pdfinfo,
// pdffonts), whose absence skips a check locally and fails it under CI=true.
// CSM_PRINT_SAMPLES_DIR=/tmp/print keeps every PDF the tests write there (scripts/print-samples renders
// them to PNG).

#include "../domain/TsTranslator.h"
#include "ui/print/DocumentLanguage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace csm::test {

inline DocumentLanguage documentLanguage(QLocale::Language language)
{
    const bool japanese = language == QLocale::Japanese;
    auto translator = std::make_shared<TsTranslator>();
    const QString ts = QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_%1.ts")
                           .arg(japanese ? QStringLiteral("ja") : QStringLiteral("en"));
    if (!translator->load(ts))
        qFatal("cannot read %s", qPrintable(ts));
    return DocumentLanguage(
        DocumentLanguage::documentLocale(language, QLocale(QLocale::English, QLocale::UnitedKingdom)),
        translator);
}

// Where a test writes a PDF: its temporary folder, or the samples folder when one is asked for.
inline QString pdfPath(const QDir& temporary, const QString& name)
{
    const QString samples = qEnvironmentVariable("CSM_PRINT_SAMPLES_DIR");
    if (samples.isEmpty())
        return temporary.filePath(name + QStringLiteral(".pdf"));
    QDir().mkpath(samples);
    return QDir(samples).filePath(name + QStringLiteral(".pdf"));
}

// A poppler tool's path, or empty (the caller skips, or fails under CI).
inline QString popplerTool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

inline bool runTool(const QString& tool, const QStringList& args, QString* out)
{
    QProcess p;
    p.start(popplerTool(tool), args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

// The text of each page, in the order it was drawn (a table cell's lines together).
inline QStringList pdfPages(const QString& pdf)
{
    QString text;
    if (!runTool(QStringLiteral("pdftotext"),
                 {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                  QStringLiteral("-")},
                 &text))
        return {};
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// pdftotext breaks lines where the page does: compare without white space.
inline QString squeezed(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

// "Pages:" of pdfinfo; -1 when it cannot be read.
inline int pdfPageCount(const QString& pdf)
{
    QString info;
    if (!runTool(QStringLiteral("pdfinfo"), {pdf}, &info))
        return -1;
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

inline QString pdfInfo(const QString& pdf)
{
    QString info;
    runTool(QStringLiteral("pdfinfo"), {pdf}, &info);
    return info;
}

inline QString pdfFonts(const QString& pdf)
{
    QString fonts;
    runTool(QStringLiteral("pdffonts"), {pdf}, &fonts);
    return fonts;
}

} // namespace csm::test

// Skips the rest of a test without poppler-utils, and fails it under CI=true (scripts/deps.sh test installs
// them).
#define CSM_REQUIRE_POPPLER()                                                                                \
    do {                                                                                                     \
        if (csm::test::popplerTool(QStringLiteral("pdftotext")).isEmpty() ||                                 \
            csm::test::popplerTool(QStringLiteral("pdfinfo")).isEmpty() ||                                   \
            csm::test::popplerTool(QStringLiteral("pdffonts")).isEmpty()) {                                  \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("poppler-utils (pdftotext, pdfinfo, pdffonts) are missing: run scripts/deps.sh test"); \
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed");                         \
        }                                                                                                    \
    } while (false)
