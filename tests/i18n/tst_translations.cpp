// The Japanese translation is complete (no unfinished, obsolete or empty entries), keeps every placeholder,
// uses the fixed terms of GLOSSARY-ja.md, and is up to date with the sources (a new tr() string without a
// translation fails here). To fix a failure: scripts/update-translations, then translate.

#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using csm::test::readTsFile;
using csm::test::TsFile;
using csm::test::TsMessage;

namespace {

QString japaneseTs()
{
    return QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_ja.ts");
}

QString englishTs()
{
    return QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_en.ts");
}

QString listOf(const QStringList& lines)
{
    const qsizetype shown = std::min<qsizetype>(lines.size(), 20);
    QString text = lines.mid(0, shown).join(QLatin1Char('\n'));
    if (lines.size() > shown)
        text += QStringLiteral("\n... and %1 more").arg(lines.size() - shown);
    return text;
}

// Every %1..%99 (also %L1) and %n of a string, as a sorted set.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& m : re.globalMatch(text))
        found.insert(m.captured(1));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

// Source and translation keys of a file, to compare two versions of it.
QSet<QString> keys(const TsFile& ts)
{
    QSet<QString> result;
    for (const TsMessage& m : ts.messages)
        result.insert(m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment);
    return result;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void japaneseFileIsAJapaneseTranslationOfEnglish();
    void noJapaneseStringIsUnfinishedObsoleteOrEmpty();
    void translationsKeepEveryPlaceholder();
    void glossaryTermsAreUsed_data();
    void glossaryTermsAreUsed();
    void englishPluralFormsAreComplete();
    void japaneseFileIsUpToDateWithTheSources();
};

void TranslationsTest::japaneseFileIsAJapaneseTranslationOfEnglish()
{
    const TsFile ts = readTsFile(japaneseTs());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(QLatin1String("ja")), qPrintable(ts.language));
    QVERIFY2(ts.sourceLanguage.startsWith(QLatin1String("en")), qPrintable(ts.sourceLanguage));
    QVERIFY(!ts.messages.isEmpty());
}

void TranslationsTest::noJapaneseStringIsUnfinishedObsoleteOrEmpty()
{
    const TsFile ts = readTsFile(japaneseTs());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList unfinished, obsolete, empty;
    for (const TsMessage& m : ts.messages) {
        if (m.type == QLatin1String("unfinished"))
            unfinished << m.where();
        else if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            obsolete << m.where();
        else if (m.isEmpty())
            empty << m.where();
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished Japanese strings:\n%2")
                                                  .arg(unfinished.size())
                                                  .arg(listOf(unfinished))));
    QVERIFY2(obsolete.isEmpty(), qPrintable(QStringLiteral("%1 obsolete Japanese strings (run lupdate "
                                                           "-no-obsolete):\n%2")
                                                .arg(obsolete.size())
                                                .arg(listOf(obsolete))));
    QVERIFY2(
        empty.isEmpty(),
        qPrintable(QStringLiteral("%1 empty Japanese strings:\n%2").arg(empty.size()).arg(listOf(empty))));
}

void TranslationsTest::translationsKeepEveryPlaceholder()
{
    QStringList broken;
    for (const QString& path : {japaneseTs(), englishTs()}) {
        if (!QFile::exists(path))
            continue;
        const TsFile ts = readTsFile(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage& m : ts.messages) {
            QStringList expected = placeholders(m.source);
            for (const QString& t : m.translations) {
                QStringList got = placeholders(t);
                // A plural form may leave out %n ("1 day" in English, "%n日" always in Japanese).
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("n"));
                    got.removeAll(QStringLiteral("n"));
                }
                if (!t.isEmpty() && got != expected)
                    broken << QStringLiteral("%1 -> \"%2\"").arg(m.where(), t);
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders lost or added:\n") + listOf(broken)));
}

void TranslationsTest::glossaryTermsAreUsed_data()
{
    QTest::addColumn<QString>("sourcePattern");
    QTest::addColumn<QString>("requiredInTranslation");
    // English term (a case-insensitive regular expression over the source) -> what the translation must
    // contain (a regular expression), from ../shared/GLOSSARY-ja.md.
    QTest::newRow("account") << QStringLiteral("(?<![-\\w])accounts?\\b")
                             << QStringLiteral("顧客|アカウント|社");
    QTest::newRow("book") << QStringLiteral("(?<![-\\w])books?\\b") << QStringLiteral("ブック");
    QTest::newRow("log a touch") << QStringLiteral("\\blog (a )?touch\\b") << QStringLiteral("タッチを記録");
    QTest::newRow("touch") << QStringLiteral("\\btouch(es)?\\b") << QStringLiteral("タッチ|接点");
    QTest::newRow("health score") << QStringLiteral("\\bhealth scores?\\b") << QStringLiteral("ヘルススコア");
    QTest::newRow("renewal") << QStringLiteral("\\brenewals?\\b") << QStringLiteral("更新");
    QTest::newRow("notice deadline") << QStringLiteral("\\bnotice deadlines?\\b")
                                     << QStringLiteral("解約通知期限");
    QTest::newRow("milestone") << QStringLiteral("\\bmilestones?\\b") << QStringLiteral("マイルストーン");
    QTest::newRow("cadence") << QStringLiteral("\\bcadence\\b") << QStringLiteral("接触頻度");
    QTest::newRow("internal note") << QStringLiteral("\\binternal notes?\\b") << QStringLiteral("社内メモ");
    QTest::newRow("business day") << QStringLiteral("\\bbusiness days?\\b") << QStringLiteral("営業日");
    QTest::newRow("settings") << QStringLiteral("^settings\\b") << QStringLiteral("設定");
    QTest::newRow("cancel") << QStringLiteral("^cancel$") << QStringLiteral("^キャンセル$");
}

void TranslationsTest::glossaryTermsAreUsed()
{
    QFETCH(QString, sourcePattern);
    QFETCH(QString, requiredInTranslation);
    const QRegularExpression source(sourcePattern, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression required(requiredInTranslation);
    QVERIFY(source.isValid() && required.isValid());

    const TsFile ts = readTsFile(japaneseTs());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList wrong;
    for (const TsMessage& m : ts.messages) {
        // Strings that only name the term in passing can opt out with a translator comment.
        if (!source.match(m.source).hasMatch() || m.comment.contains(QLatin1String("glossary: skip")))
            continue;
        for (const QString& t : m.translations) {
            // Kept as in English on purpose: a file name, an acronym, a product name.
            if (t == m.source)
                continue;
            if (!t.isEmpty() && !required.match(t).hasMatch())
                wrong << QStringLiteral("%1 -> \"%2\"").arg(m.where(), t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("expected /%1/ in the translation of:\n%2")
                                             .arg(requiredInTranslation, listOf(wrong))));
}

void TranslationsTest::englishPluralFormsAreComplete()
{
    if (!QFile::exists(englishTs()))
        QSKIP("no English plural file yet");
    const TsFile ts = readTsFile(englishTs());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList incomplete;
    for (const TsMessage& m : ts.messages) {
        if (!m.numerus)
            continue;
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("obsolete") ||
            m.type == QLatin1String("vanished") || m.translations.size() != 2 || m.isEmpty())
            incomplete << m.where();
    }
    QVERIFY2(incomplete.isEmpty(), qPrintable(QStringLiteral("English plural forms missing (singular and "
                                                             "plural):\n") +
                                              listOf(incomplete)));
}

void TranslationsTest::japaneseFileIsUpToDateWithTheSources()
{
    const QString sourcesList = QStringLiteral(CSM_TRANSLATABLE_SOURCES_LIST);
    const QString lupdate = QStringLiteral(CSM_LUPDATE);
    if (!QFile::exists(sourcesList))
        QSKIP("the build has not written the list of translatable sources");
    if (lupdate.isEmpty() || !QFile::exists(lupdate))
        QSKIP("lupdate not found");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("csm-workbench_ja.ts"));
    QVERIFY(QFile::copy(japaneseTs(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess process;
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral(CSM_SOURCE_ROOT),
                   QStringLiteral("-I"), QStringLiteral(CSM_SOURCE_ROOT "/models"),
                   QLatin1Char('@') + sourcesList, QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120'000), qPrintable(process.errorString()));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));

    const TsFile committed = readTsFile(japaneseTs());
    const TsFile updated = readTsFile(copy);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));

    QStringList added, removed;
    const QSet<QString> before = keys(committed);
    const QSet<QString> after = keys(updated);
    for (const TsMessage& m : updated.messages) {
        if (!before.contains(m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment))
            added << m.where();
    }
    for (const TsMessage& m : committed.messages) {
        if (!after.contains(m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment))
            removed << m.where();
    }
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("%1 strings in the code are not in the Japanese "
                                                        "translation (run scripts/update-translations and "
                                                        "translate them):\n%2")
                                             .arg(added.size())
                                             .arg(listOf(added))));
    QVERIFY2(removed.isEmpty(),
             qPrintable(QStringLiteral("%1 translated strings are no longer in the code (run "
                                       "scripts/update-translations):\n%2")
                            .arg(removed.size())
                            .arg(listOf(removed))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
