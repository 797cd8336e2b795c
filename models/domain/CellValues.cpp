#include "domain/CellValues.h"

#include "CellText_p.h"
#include "DecimalText_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace csm::cell {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("csm::cell", text);
}

using detail::invalidCell;

// The digits of a number with an optional sign and exponent, as ASCII text that std::from_chars reads.
std::optional<QByteArray> asciiNumber(QStringView text, const QLocale& locale)
{
    QString s = text.toString().trimmed();
    const bool negative = detail::takeMinus(s, locale);
    if (!negative && s.startsWith(QLatin1Char('+')))
        s = s.mid(1).trimmed();
    QByteArray exponent;
    static const QRegularExpression exp(QStringLiteral("[eE]([+-]?)([0-9]{1,4})$"));
    if (const auto m = exp.match(s); m.hasMatch()) {
        exponent = "e" + m.captured(1).toLatin1() + m.captured(2).toLatin1();
        s.chop(m.capturedLength());
    }
    const auto digits = detail::scanDecimal(s, locale);
    if (!digits)
        return std::nullopt;
    QByteArray out = negative ? QByteArray("-") : QByteArray();
    out += digits->whole.isEmpty() ? QByteArray("0") : digits->whole;
    if (!digits->fraction.isEmpty())
        out += '.' + digits->fraction;
    return out + exponent;
}

std::optional<double> toDouble(const QByteArray& ascii)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(ascii.constData(), ascii.constData() + ascii.size(), v);
    if (ec != std::errc() || end != ascii.constData() + ascii.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString notANumber(QStringView text, const QLocale& locale)
{
    return tr("\"%1\" is not a number: use digits, with %2 for decimals.")
        .arg(text.toString(), locale.decimalPoint());
}

} // namespace

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

Result<double> parseNumber(QStringView text, const QLocale& locale)
{
    if (isBlank(text))
        return invalidCell(tr("Enter a number."), text);
    const auto ascii = asciiNumber(text, locale);
    if (!ascii)
        return invalidCell(notANumber(text, locale), text);
    const auto v = toDouble(*ascii);
    if (!v)
        return invalidCell(tr("The number is too large."), text);
    return *v;
}

Result<double> parseNumber(QByteArrayView utf8, const QLocale& locale)
{
    // Plain "-12.5" or "42": what machine-written usage files hold. The locale only matters when its
    // decimal point is not "." (a German file's "12.500" groups).
    if (!utf8.isEmpty() && utf8.size() < 32 && locale.decimalPoint() == QStringLiteral(".")) {
        bool plain = true;
        int points = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char c = utf8[i];
            if (c == '.') {
                ++points;
            } else if (!(c >= '0' && c <= '9') && !(c == '-' && i == 0)) {
                plain = false;
                break;
            }
        }
        if (plain && points <= 1) {
            double v = 0;
            const auto [end, ec] = std::from_chars(utf8.data(), utf8.data() + utf8.size(), v);
            if (ec == std::errc() && end == utf8.data() + utf8.size())
                return v;
        }
    }
    return parseNumber(QStringView(QString::fromUtf8(utf8)), locale);
}

Result<qint64> parseInteger(QStringView text, const QLocale& locale)
{
    if (isBlank(text))
        return invalidCell(tr("Enter a whole number."), text);
    const auto ascii = asciiNumber(text, locale);
    if (!ascii)
        return invalidCell(notANumber(text, locale), text);
    if (!ascii->contains('e')) {
        // Exact: "1,200.00" is 1200, "12.5" is not whole.
        const qsizetype point = ascii->indexOf('.');
        const QByteArray whole = point < 0 ? *ascii : ascii->left(point);
        if (point >= 0) {
            for (qsizetype i = point + 1; i < ascii->size(); ++i) {
                if (ascii->at(i) != '0')
                    return invalidCell(tr("\"%1\" is not a whole number.").arg(text.toString()), text);
            }
        }
        qint64 v = 0;
        const auto [end, ec] = std::from_chars(whole.constData(), whole.constData() + whole.size(), v);
        if (ec != std::errc() || end != whole.constData() + whole.size())
            return invalidCell(tr("The number is too large."), text);
        return v;
    }
    const auto v = toDouble(*ascii);
    if (!v || std::fabs(*v) >= 9.0e15)
        return invalidCell(tr("The number is too large."), text);
    if (*v != std::floor(*v))
        return invalidCell(tr("\"%1\" is not a whole number.").arg(text.toString()), text);
    return qint64(*v);
}

Result<Money> parseAmount(QStringView text, const QString& currency, const QLocale& locale)
{
    QString s = text.toString().trimmed();
    // Accounting notation: "(1,200)" is -1,200.
    if (s.size() > 2 && (s.startsWith(QLatin1Char('(')) || s.startsWith(QChar(0xFF08))) &&
        (s.endsWith(QLatin1Char(')')) || s.endsWith(QChar(0xFF09)))) {
        Result<Money> inner = Money::parse(s.mid(1, s.size() - 2), currency, locale);
        if (inner.ok() && !inner->isNegative())
            return inner->negated();
    }
    Result<Money> m = Money::parse(s, currency, locale);
    if (m.ok() || isBlank(text))
        return m;
    // Another currency's sign or code: say so rather than "not an amount".
    static const QList<std::pair<QString, QString>> others = {
        {QStringLiteral("US$"), QStringLiteral("USD")}, {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("＄"), QStringLiteral("USD")},  {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},   {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("￥"), QStringLiteral("JPY")},  {QStringLiteral("円"), QStringLiteral("JPY")},
        {QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("EUR"), QStringLiteral("EUR")},
        {QStringLiteral("JPY"), QStringLiteral("JPY")}, {QStringLiteral("GBP"), QStringLiteral("GBP")}};
    for (const auto& [mark, code] : others) {
        if (code != currency.toUpper() && s.contains(mark, Qt::CaseInsensitive)) {
            return invalidCell(tr("\"%1\" is an amount in %2; this book keeps amounts in %3.")
                                   .arg(s, code, currency.toUpper()),
                               text);
        }
    }
    return m;
}

Result<bool> parseBoolean(QStringView text)
{
    const QString s = detail::foldedCell(text).toCaseFolded();
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("t"),   QStringLiteral("yes"),
                                    QStringLiteral("y"),    QStringLiteral("1"),   QStringLiteral("on"),
                                    QStringLiteral("はい"), QStringLiteral("○"),   QStringLiteral("〇"),
                                    QStringLiteral("◯"),    QStringLiteral("✓"),   QStringLiteral("✔"),
                                    QStringLiteral("有"),   QStringLiteral("あり")};
    static const QStringList no = {QStringLiteral("false"),  QStringLiteral("f"),  QStringLiteral("no"),
                                   QStringLiteral("n"),      QStringLiteral("0"),  QStringLiteral("off"),
                                   QStringLiteral("いいえ"), QStringLiteral("×"),  QStringLiteral("✕"),
                                   QStringLiteral("✗"),      QStringLiteral("無"), QStringLiteral("なし")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    if (s.isEmpty())
        return invalidCell(tr("Enter yes or no."), text);
    return invalidCell(
        tr("\"%1\" is not yes or no: use TRUE/FALSE, yes/no, 1/0, はい/いいえ or ○/×.").arg(text.toString()),
        text);
}

} // namespace csm::cell
