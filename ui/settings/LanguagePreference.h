#pragma once

// The language the user prefers for the interface, stored in QSettings ("ui/language"); read when the
// application starts (app/Localization) and chosen in Preferences. Qt Core only.

#include <QList>
#include <QString>

namespace csm {

// One entry of the language list in Preferences.
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

} // namespace csm
