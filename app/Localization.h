#pragma once

// Language and locale of the running application: which translations are loaded and which QLocale formats
// dates, numbers and money. The language follows the system unless the user picked one in Preferences
// (QSettings key "ui/language"); a change applies on the next start.

#include "ui/settings/LanguagePreference.h"

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace csm::app {

// The stored preference (ui/settings/LanguagePreference.h), under the names this module has always had.
using csm::availableLanguages;
using csm::LanguageChoice;
using csm::languageSettingsKey;
using csm::preferredLanguage;
using csm::setPreferredLanguage;

// The locale the application uses for a stored choice and a system locale: Japanese when the choice is "ja"
// or when it is "system" and the system's first UI language is Japanese; English otherwise (keeping the
// system's own formats when the system is English or another untranslated language).
QLocale resolveLocale(const QString& choice, const QLocale& system);

// Loads the application's translation and Qt's own (qtbase) translation for the preferred language into app,
// and makes the resolved locale QLocale's default. Call once, right after creating the application object
// and setting its organisation and application names. Returns the locale in use.
QLocale installTranslators(QCoreApplication& app);
// The same for a choice given on the command line ("ja", "en"): a printing command's --language, so that the
// charts drawn into its PDF speak the document's language.
QLocale installTranslators(QCoreApplication& app, const QString& choice);

} // namespace csm::app
