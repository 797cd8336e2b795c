#include "item/DisplayFormat.h"

#include <QRegularExpression>

namespace csm {

int DisplayFormat::minorDigits(const QString& currency)
{
    static const QStringList zeroDigit = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                          QStringLiteral("CLP"), QStringLiteral("ISK")};
    return zeroDigit.contains(currency.toUpper()) ? 0 : 2;
}

QString DisplayFormat::currencySymbol(const QString& currency)
{
    const QString c = currency.toUpper();
    if (c == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (c == QLatin1String("USD"))
        return QStringLiteral("$");
    if (c == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (c == QLatin1String("GBP"))
        return QStringLiteral("£");
    return c + QLatin1Char(' ');
}

QString DisplayFormat::money(Money amount, const QString& currency, const QLocale& locale)
{
    const int digits = minorDigits(currency);
    const QString symbol = currencySymbol(currency);
    if (digits == 0)
        return symbol + locale.toString(amount);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return locale.toCurrencyString(double(amount) / scale, symbol, digits);
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
