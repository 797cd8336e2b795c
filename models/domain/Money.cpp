#include "domain/Money.h"

#include "DecimalText_p.h"

#include <cmath>
#include <limits>

namespace csm {
namespace {

qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

Error invalid(const QString& message, const QString& text)
{
    return Error{Error::Code::InvalidValue, message, text, {}};
}

// Whether the locale writes the currency symbol after the amount ("4.000,75 €").
bool symbolAfter(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return false;
    const QString probe = locale.toCurrencyString(1.0, QStringLiteral("\u00A4"), 0);
    return probe.indexOf(QChar(0x00A4)) > probe.indexOf(QLatin1Char('1'));
}

} // namespace

int Money::minorDigits(const QString& currency)
{
    // ISO 4217 exponents other than 2 (currencies in circulation).
    static const QStringList zero = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                     QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                     QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                     QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                     QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                     QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                      QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                      QStringLiteral("TND")};
    const QString c = currency.toUpper();
    if (zero.contains(c))
        return 0;
    if (three.contains(c))
        return 3;
    return 2;
}

QString Money::symbol(const QString& currency)
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
    return c;
}

std::optional<Money> Money::plus(const Money& other) const
{
    qint64 r = 0;
    if (m_currency != other.m_currency || __builtin_add_overflow(m_minor, other.m_minor, &r) ||
        r == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::minus(const Money& other) const
{
    qint64 r = 0;
    if (m_currency != other.m_currency || __builtin_sub_overflow(m_minor, other.m_minor, &r) ||
        r == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_minor, factor, &r) || r == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<double> Money::ratioOf(const Money& other) const
{
    if (m_minor == 0 || m_currency != other.m_currency)
        return std::nullopt;
    return double(other.m_minor) / double(m_minor);
}

double Money::toMajor() const
{
    return double(m_minor) / double(pow10(minorDigits()));
}

Money Money::fromMajor(double major, const QString& currency)
{
    const double minor = std::round(major * double(pow10(minorDigits(currency))));
    constexpr double limit = 9.2e18;
    return Money(qint64(std::clamp(minor, -limit, limit)), currency);
}

QString Money::formatForEditing(const QLocale& locale) const
{
    const int digits = minorDigits();
    const qint64 scale = pow10(digits);
    // Magnitude as unsigned so that no amount overflows when negated.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0) {
        text += locale.decimalPoint();
        text +=
            QStringLiteral("%1").arg(qulonglong(magnitude % quint64(scale)), digits, 10, QLatin1Char('0'));
    }
    return m_minor < 0 ? locale.negativeSign() + text : text;
}

QString Money::format(const QLocale& locale) const
{
    const Money magnitude(m_minor < 0 ? -m_minor : m_minor, m_currency);
    const QString number = magnitude.formatForEditing(locale);
    const QString sym = symbol(m_currency);
    const bool isCode = sym == m_currency.toUpper();
    QString text;
    if (symbolAfter(locale))
        text = number + QChar(0x00A0) + sym;
    else
        text = isCode ? sym + QChar(0x00A0) + number : sym + number;
    return m_minor < 0 ? locale.negativeSign() + text : text;
}

Result<Money> Money::parse(const QString& input, const QString& currency, const QLocale& locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter an amount."), input);

    // Sign, then the currency marker before or after the number.
    bool negative = detail::takeMinus(text, locale);
    const QString code = currency.toUpper();
    QStringList markers = {symbol(currency), code};
    if (code == QLatin1String("JPY"))
        markers << QStringLiteral("￥") << QStringLiteral("円");
    if (code == QLatin1String("USD"))
        markers << QStringLiteral("US$") << QStringLiteral("＄");
    for (const QString& m : std::as_const(markers)) {
        if (text.startsWith(m, Qt::CaseInsensitive)) {
            text = text.mid(m.size()).trimmed();
            break;
        }
        if (text.endsWith(m, Qt::CaseInsensitive)) {
            text.chop(m.size());
            text = text.trimmed();
            break;
        }
    }
    if (!negative)
        negative = detail::takeMinus(text, locale);

    const auto read = detail::scanDecimal(text, locale);
    if (!read) {
        return invalid(tr("\"%1\" is not an amount: use digits, with %2 for decimals.")
                           .arg(input, locale.decimalPoint()),
                       input);
    }
    const auto tooLarge = [&] { return invalid(tr("The amount is too large."), input); };
    qint64 whole = 0;
    for (const char d : read->whole) {
        if (__builtin_mul_overflow(whole, qint64(10), &whole) ||
            __builtin_add_overflow(whole, qint64(d - '0'), &whole))
            return tooLarge();
    }
    const int digits = minorDigits(currency);
    for (qsizetype i = digits; i < read->fraction.size(); ++i) {
        if (read->fraction[i] != '0') {
            return invalid(
                digits == 0 ? tr("%1 amounts have no decimal places.").arg(code)
                            : tr("%1 amounts have at most %n decimal place(s).", nullptr, digits).arg(code),
                input);
        }
    }
    qint64 fraction = 0;
    for (int i = 0; i < digits; ++i)
        fraction = fraction * 10 + (i < read->fraction.size() ? read->fraction[i] - '0' : 0);
    qint64 minor = 0;
    if (__builtin_mul_overflow(whole, pow10(digits), &minor) ||
        __builtin_add_overflow(minor, fraction, &minor))
        return tooLarge();
    return Money(negative ? -minor : minor, code);
}

} // namespace csm
