#include "item/DisplayFormat.h"

#include <QRegularExpression>

namespace csm {

QString DisplayFormat::money(MinorUnits amount, const QString& currency, const QLocale& locale)
{
    return Money(amount, currency).format(locale);
}

namespace {

// The format of denseDate.
QString denseFormat(const QLocale& locale)
{
    if (locale.language() == QLocale::Japanese)
        return QStringLiteral("yyyy/MM/dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// A date format without its year and the separator that went with it: "M/d/yyyy" -> "M/d",
// "yyyy/MM/dd" -> "MM/dd", "dd.MM.yyyy" -> "dd.MM".
QString withoutYear(QString format)
{
    const qsizetype first = format.indexOf(QLatin1Char('y'));
    if (first < 0)
        return format;
    const qsizetype last = format.lastIndexOf(QLatin1Char('y'));
    const auto isField = [&](qsizetype i) { return format.at(i).isLetter(); };
    if (first == 0) { // the year and the separator after it
        qsizetype to = last + 1;
        while (to < format.size() && !isField(to))
            ++to;
        return format.remove(0, to);
    }
    qsizetype from = first; // else the separator before it and the year
    while (from > 0 && !isField(from - 1))
        --from;
    return format.remove(from, last + 1 - from);
}

} // namespace

QString DisplayFormat::denseDate(QDate d, const QLocale& locale)
{
    if (!d.isValid())
        return {};
    return locale.toString(d, denseFormat(locale));
}

QString DisplayFormat::denseDayMonth(QDate d, const QLocale& locale)
{
    if (!d.isValid())
        return {};
    return locale.toString(d, withoutYear(denseFormat(locale)));
}

QString DisplayFormat::monthYear(QDate d, const QLocale& locale)
{
    if (!d.isValid())
        return {};
    return locale.toString(d, locale.language() == QLocale::Japanese ? QStringLiteral("yyyy/MM")
                                                                     : QStringLiteral("MMM yyyy"));
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
