#include "FuzzTargets.h"

#include "domain/CellValues.h"
#include "domain/DateParsing.h"
#include "domain/Money.h"

#include <QByteArrayView>
#include <QLocale>
#include <QString>

namespace csm::fuzz {
namespace {

const QLocale& localeFor(std::uint8_t pick)
{
    static const QLocale locales[] = {QLocale::c(), QLocale(QLocale::Japanese, QLocale::Japan),
                                      QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::German, QLocale::Germany)};
    return locales[pick % 4];
}

const QString& currencyFor(std::uint8_t pick)
{
    static const QString currencies[] = {QStringLiteral("JPY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                         QStringLiteral("KWD")};
    return currencies[pick % 4];
}

} // namespace

int values(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t pick = data[0];
    const QByteArrayView utf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString text = QString::fromUtf8(utf8);
    const QLocale& locale = localeFor(pick >> 3);
    dates::DateReading how;
    how.order = dates::DayOrder((pick >> 3) % 3);
    how.excelSerials = (pick & 0x40) != 0;
    how.zone = (pick & 0x80) ? QTimeZone::utc() : QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    switch (pick % 8) {
    case 0:
        if (auto d = dates::parseDate(QStringView(text), how))
            (void)dates::toJapaneseEra(*d);
        break;
    case 1:
        (void)dates::parseDate(utf8, how);
        break;
    case 2:
        (void)dates::parseDateTime(QStringView(text), how);
        break;
    case 3:
        (void)cell::parseNumber(QStringView(text), locale);
        (void)cell::parseNumber(utf8, locale);
        break;
    case 4:
        (void)cell::parseInteger(QStringView(text), locale);
        break;
    case 5:
        if (auto m = cell::parseAmount(QStringView(text), currencyFor(pick >> 5), locale)) {
            // What is read must format and read back to the same amount.
            const auto again = Money::parse(m->formatForEditing(locale), m->currency(), locale);
            if (!again || *again != *m)
                __builtin_trap();
        }
        break;
    case 6:
        (void)Money::parse(text, currencyFor(pick >> 5), locale);
        break;
    case 7:
        (void)cell::parseBoolean(QStringView(text));
        (void)cell::isBlank(QStringView(text));
        (void)dates::guessDayOrder(text.split(QLatin1Char('\n')));
        break;
    }
    return 0;
}

} // namespace csm::fuzz
