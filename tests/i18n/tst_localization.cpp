// The language follows the system unless "ui/language" says otherwise; the chosen language sets QLocale's
// default and loads Qt's own translation, so standard buttons are Japanese too.

#include "app/Localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace csm::app;

class LocalizationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void systemChoiceFollowsTheSystemLanguage();
    void explicitChoiceOverridesTheSystem();
    void unknownChoiceIsStoredAsSystem();
    void availableLanguagesOfferSystemEnglishAndJapanese();
    void japaneseChoiceTranslatesQtStandardButtons();
};

void LocalizationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings in a test location, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("CSM Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localization"));
}

void LocalizationTest::init()
{
    QSettings().remove(languageSettingsKey());
}

void LocalizationTest::systemChoiceFollowsTheSystemLanguage()
{
    const QLocale japan(QLocale::Japanese, QLocale::Japan);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale germany(QLocale::German, QLocale::Germany);
    QCOMPARE(resolveLocale(QStringLiteral("system"), japan), japan);
    QCOMPARE(resolveLocale(QStringLiteral("system"), us), us);
    // An untranslated system language keeps its own formats (the text falls back to English).
    QCOMPARE(resolveLocale(QStringLiteral("system"), germany), germany);
    // LANG=C.UTF-8: English text with US English formats, not the C locale's "4,000.00$" and "10:45:00".
    QCOMPARE(resolveLocale(QStringLiteral("system"), QLocale::c()), us);
    QCOMPARE(resolveLocale(QStringLiteral("en"), QLocale::c()), us);
    QCOMPARE(resolveLocale(QStringLiteral("ja"), QLocale::c()).language(), QLocale::Japanese);
}

void LocalizationTest::explicitChoiceOverridesTheSystem()
{
    const QLocale japan(QLocale::Japanese, QLocale::Japan);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(resolveLocale(QStringLiteral("ja"), us).language(), QLocale::Japanese);
    QCOMPARE(resolveLocale(QStringLiteral("en"), japan), us);
    QCOMPARE(resolveLocale(QStringLiteral("en"), uk), uk); // an English system keeps its own formats
    QCOMPARE(resolveLocale(QStringLiteral("ja"), japan), japan);
}

void LocalizationTest::unknownChoiceIsStoredAsSystem()
{
    QCOMPARE(preferredLanguage(), QStringLiteral("system"));
    setPreferredLanguage(QStringLiteral("ja"));
    QCOMPARE(preferredLanguage(), QStringLiteral("ja"));
    setPreferredLanguage(QStringLiteral("klingon"));
    QCOMPARE(preferredLanguage(), QStringLiteral("system"));
    QSettings().setValue(languageSettingsKey(), QStringLiteral("fr"));
    QCOMPARE(preferredLanguage(), QStringLiteral("system"));
}

void LocalizationTest::availableLanguagesOfferSystemEnglishAndJapanese()
{
    const QList<LanguageChoice> choices = availableLanguages();
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.at(0).code, QStringLiteral("system"));
    QCOMPARE(choices.at(1).code, QStringLiteral("en"));
    QCOMPARE(choices.at(2).code, QStringLiteral("ja"));
    QCOMPARE(choices.at(2).displayName, QStringLiteral("日本語"));
}

void LocalizationTest::japaneseChoiceTranslatesQtStandardButtons()
{
    const QString qtbase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ja.qm");
    if (!QFile::exists(qtbase))
        QSKIP("Qt's Japanese translations are not installed (Debian: qt6-translations-l10n)");
    setPreferredLanguage(QStringLiteral("ja"));
    const QLocale locale = installTranslators(*QCoreApplication::instance());
    QCOMPARE(locale.language(), QLocale::Japanese);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
}

QTEST_GUILESS_MAIN(LocalizationTest)
#include "tst_localization.moc"
