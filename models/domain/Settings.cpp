#include "domain/Settings.h"

namespace csm {

BookSettings BookSettings::defaultsFor(const QString& currency)
{
    BookSettings s;
    s.currency = currency.toUpper();
    if (s.currency == QLatin1String("JPY"))
        return s;
    s.fiscalYearStartMonth = 1;
    s.holidayCalendar = QStringLiteral("none");
    // DESIGN §6 gives USD thresholds; other two-decimal currencies use the same magnitudes, in cents.
    s.highTouchMinArr = 50'000 * 100;
    s.lowTouchMinArr = 10'000 * 100;
    return s;
}

} // namespace csm
