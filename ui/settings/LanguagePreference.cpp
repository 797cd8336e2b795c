#include "ui/settings/LanguagePreference.h"

#include <QCoreApplication>
#include <QSettings>

namespace csm {

namespace {

const QString kSystem = QStringLiteral("system");

bool isKnownChoice(const QString& code)
{
    for (const LanguageChoice& c : availableLanguages())
        if (c.code == code)
            return true;
    return false;
}

} // namespace

QString languageSettingsKey()
{
    return QStringLiteral("ui/language");
}

QList<LanguageChoice> availableLanguages()
{
    // The language names are not translated: each is written in its own language so that a user who
    // cannot read the current one still finds theirs.
    return {
        {kSystem, QCoreApplication::translate("csm::app::Localization", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

QString preferredLanguage()
{
    const QString code = QSettings().value(languageSettingsKey(), kSystem).toString();
    return isKnownChoice(code) ? code : kSystem;
}

void setPreferredLanguage(const QString& code)
{
    QSettings().setValue(languageSettingsKey(), isKnownChoice(code) ? code : kSystem);
}

} // namespace csm
