#include "item/DisplayFormat.h"

#include <QRegularExpression>

namespace csm {

QString DisplayFormat::money(MinorUnits amount, const QString& currency, const QLocale& locale)
{
    return Money(amount, currency).format(locale);
}

QString DisplayFormat::denseDate(QDate d, const QLocale& locale)
{
    if (!d.isValid())
        return {};
    if (locale.language() == QLocale::Japanese)
        return d.toString(QStringLiteral("yyyy/MM/dd"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(d, format);
}

QString DisplayFormat::longDate(QDate d, const QLocale& locale)
{
    if (!d.isValid())
        return {};
    if (locale.language() == QLocale::Japanese)
        return d.toString(QStringLiteral("yyyy年M月d日"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,\\s]*")); // the weekday is noise here
    format.remove(weekday);
    return locale.toString(d, format.trimmed());
}

QString DisplayFormat::countdown(int days)
{
    if (days == 0)
        return tr("Today");
    if (days > 0)
        return tr("%n day(s) left", nullptr, days);
    return tr("Overdue by %n day(s)", nullptr, -days);
}

} // namespace csm
