#include "DecimalText_p.h"

namespace csm::detail {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19)
        return u - 0xFF10;
    return -1;
}

bool takeMinus(QString& text, const QLocale& locale)
{
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)) ||
        text.startsWith(QChar(0xFF0D)) || text.startsWith(locale.negativeSign())) {
        text = text.mid(1).trimmed();
        return true;
    }
    return false;
}

std::optional<DecimalDigits> scanDecimal(QStringView text, const QLocale& locale)
{
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const bool spaceGroup = group == QStringLiteral(" ") || group == QStringLiteral("\u00A0") ||
                            group == QStringLiteral("\u202F");
    auto isGroup = [&](QChar c) {
        if (group.contains(c))
            return true;
        // A locale that groups with a space also takes the no-break and narrow no-break spaces.
        if (spaceGroup && (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F)))
            return true;
        return group == QStringLiteral(",") && c == QChar(0xFF0C); // full-width comma
    };
    auto isPoint = [&](QChar c) {
        return point.contains(c) || (point == QStringLiteral(".") && c == QChar(0xFF0E));
    };

    DecimalDigits out;
    bool inFraction = false;
    int groups = 0;
    int run = 0; // digits since the last group separator
    const auto lastGroupOk = [&] { return groups == 0 || run == 3; };
    for (const QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            if (inFraction) {
                out.fraction += char('0' + d);
            } else {
                out.whole += char('0' + d);
                ++run;
            }
            continue;
        }
        if (!inFraction && isGroup(c)) {
            if (run == 0 || (groups > 0 && run != 2 && run != 3))
                return std::nullopt;
            ++groups;
            run = 0;
            continue;
        }
        if (!inFraction && isPoint(c) && lastGroupOk()) {
            inFraction = true;
            continue;
        }
        return std::nullopt;
    }
    if ((out.whole.isEmpty() && out.fraction.isEmpty()) || (!inFraction && !lastGroupOk()))
        return std::nullopt;
    return out;
}

} // namespace csm::detail
