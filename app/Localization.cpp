#include "app/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace csm::app {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kJapanese = QStringLiteral("ja");

// Loads one catalogue for locale from dir and installs it; a missing catalogue is not an error (English
// needs none, and a system without qt6-translations-l10n still runs, only with English standard buttons).
bool installCatalogue(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& dir)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QLocale resolveLocale(const QString& choice, const QLocale& system)
{
    const QStringList uiLanguages = system.uiLanguages();
    const bool systemSpeaksJapanese =
        !uiLanguages.isEmpty() && QLocale(uiLanguages.constFirst()).language() == QLocale::Japanese;
    const bool japanese = choice == kJapanese || (choice != kEnglish && systemSpeaksJapanese);
    if (japanese)
        return system.language() == QLocale::Japanese ? system : QLocale(QLocale::Japanese, QLocale::Japan);
    // English on a Japanese system: US English formats rather than an English text with Japanese dates.
    // The C locale (LANG=C.UTF-8, a bare container or service) has no formats for people ("4,000.00$",
    // "10:45:00"): the English text gets US English ones.
    if (system.language() == QLocale::Japanese || system.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

QLocale installTranslators(QCoreApplication& app)
{
    return installTranslators(app, preferredLanguage());
}

QLocale installTranslators(QCoreApplication& app, const QString& choice)
{
    const QLocale locale = resolveLocale(choice, QLocale::system());
    QLocale::setDefault(locale);

    if (locale.language() == QLocale::Japanese) {
        installCatalogue(app, locale, QStringLiteral("qtbase"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installCatalogue(app, locale, QStringLiteral("csm-workbench"), QStringLiteral(":/i18n"));
    } else {
        // English source strings need a catalogue only for their plural forms ("%n day(s)" -> "1 day").
        installCatalogue(app, QLocale(QLocale::English), QStringLiteral("csm-workbench"),
                         QStringLiteral(":/i18n"));
    }
    return locale;
}

} // namespace csm::app
