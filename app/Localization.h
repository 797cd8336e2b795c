#pragma once

// Language and locale of the running application: which translations are loaded and which QLocale formats
// dates, numbers and money. The language follows the system unless the user picked one in the settings
// (QSettings key "ui/language"); a change applies on the next start.

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace csm::app {

// One entry of the language list in the settings dialog.
struct LanguageChoice
{
    QString code;        // "system", "en" or "ja": the value stored under "ui/language"
    QString displayName; // "System default", "English", "日本語": each language in its own words
};

// The QSettings key that holds the preferred language.
QString languageSettingsKey();

// "system" first, then every language the application is translated into.
QList<LanguageChoice> availableLanguages();

// The stored choice ("system" when nothing or something unknown is stored).
QString preferredLanguage();
// Stores the choice for the next start. Unknown codes are stored as "system".
void setPreferredLanguage(const QString& code);

// The locale the application uses for a stored choice and a system locale: Japanese when the choice is "ja"
// or when it is "system" and the system's first UI language is Japanese; English otherwise (keeping the
// system's own formats when the system is English or another untranslated language).
QLocale resolveLocale(const QString& choice, const QLocale& system);

// Loads the application's translation and Qt's own (qtbase) translation for the preferred language into app,
// and makes the resolved locale QLocale's default. Call once, right after creating the application object
// and setting its organisation and application names. Returns the locale in use.
QLocale installTranslators(QCoreApplication& app);

} // namespace csm::app
