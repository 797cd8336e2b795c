#include "ChartTickers_p.h"

#include "domain/Money.h"
#include "item/DisplayFormat.h"

#include <cmath>

namespace csm::chart {

namespace {

bool writesYenInMan(const QString& currency, const QLocale& locale)
{
    return locale.language() == QLocale::Japanese && currency == QLatin1String("JPY");
}

// The fewest decimals (at most maxDecimals) that write every value exactly, so that 2.5M stays 2.5M and
// ticks stay distinct.
int decimalsFor(const QVector<double>& values, int maxDecimals)
{
    for (int d = 0; d < maxDecimals; ++d) {
        const double scale = std::pow(10.0, d);
        bool exact = true;
        for (const double v : values)
            exact = exact && std::abs(v * scale - std::round(v * scale)) < 1e-6 * std::max(1.0, std::abs(v));
        if (exact)
            return d;
    }
    return maxDecimals;
}

// What Money writes around the digits for this currency and locale: "¥" and "" for JPY in English, "" and
// " €" for euros in German.
std::pair<QString, QString> moneyAffixes(const QString& currency, const QLocale& locale)
{
    const QString sample = Money::fromMajor(7, currency).format(locale);
    qsizetype first = 0;
    while (first < sample.size() && !sample.at(first).isDigit())
        ++first;
    qsizetype last = sample.size() - 1;
    while (last > first && !sample.at(last).isDigit())
        --last;
    return {sample.left(first), sample.mid(last + 1)};
}

} // namespace

MoneyUnit moneyUnitFor(double magnitude, const QString& currency, const QLocale& locale)
{
    magnitude = std::abs(magnitude);
    if (writesYenInMan(currency, locale)) {
        if (magnitude >= 1e8)
            return {1e8, QStringLiteral("億円")};
        if (magnitude >= 1e4)
            return {1e4, QStringLiteral("万円")};
        return {};
    }
    if (magnitude >= 1e9)
        return {1e9, QStringLiteral("B")};
    if (magnitude >= 1e6)
        return {1e6, QStringLiteral("M")};
    if (magnitude >= 1e4)
        return {1e3, QStringLiteral("K")};
    return {};
}

QString moneyLabel(double major, const QString& currency, const QLocale& locale, const MoneyUnit& unit,
                   int decimals)
{
    if (major == 0 && writesYenInMan(currency, locale) && unit.size > 1)
        return QStringLiteral("0円"); // beside 200万円
    if (unit.size == 1 || major == 0) // "¥0", not "¥0M"
        return Money::fromMajor(major, currency).format(locale);
    const QString number = locale.toString(std::abs(major) / unit.size, 'f', decimals);
    const QString sign = major < 0 ? locale.negativeSign() : QString();
    if (writesYenInMan(currency, locale))
        return sign + number + unit.suffix; // 1,200万円
    const auto [prefix, suffix] = moneyAffixes(currency, locale);
    return sign + prefix + number + unit.suffix + suffix;
}

QString shortMoney(double major, const QString& currency, const QLocale& locale)
{
    const MoneyUnit unit = moneyUnitFor(major, currency, locale);
    if (unit.size == 1)
        return moneyLabel(major, currency, locale, unit, 0);
    const double v = std::abs(major) / unit.size;
    const int maxDecimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
    const double rounded = std::round(v * std::pow(10.0, maxDecimals)) / std::pow(10.0, maxDecimals);
    return moneyLabel(major < 0 ? -rounded * unit.size : rounded * unit.size, currency, locale, unit,
                      decimalsFor({rounded}, maxDecimals));
}

QVector<QString> MoneyTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar,
                                                int)
{
    double magnitude = 0;
    for (const double t : ticks)
        magnitude = std::max(magnitude, std::abs(t));
    const MoneyUnit unit = moneyUnitFor(magnitude, currency, locale);
    QVector<double> scaled;
    for (const double t : ticks)
        scaled << t / unit.size;
    const int decimals = unit.size == 1 ? 0 : decimalsFor(scaled, 2);
    QVector<QString> labels;
    labels.reserve(ticks.size());
    for (const double t : ticks)
        labels << moneyLabel(t, currency, locale, unit, decimals);
    return labels;
}

QString MoneyLogTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    return shortMoney(tick, currency, locale);
}

QVector<QString> PercentTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar,
                                                  int)
{
    QVector<double> percents;
    for (const double t : ticks)
        percents << t * 100;
    const int decimals = decimalsFor(percents, 2);
    QVector<QString> labels;
    for (const double p : percents)
        labels << locale.toString(p, 'f', decimals) + locale.percent();
    return labels;
}

double CountTicker::getTickStep(const QCPRange& range)
{
    return std::max(1.0, std::ceil(QCPAxisTicker::getTickStep(range) - 1e-9));
}

int CountTicker::getSubTickCount(double)
{
    return 0;
}

QString CountTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    return locale.toString(qRound64(tick));
}

double CalendarTicker::labelWidth(const QFontMetricsF& metrics, const QLocale& locale)
{
    const QDate wide(2025, 9, 30);
    return std::max(metrics.horizontalAdvance(DisplayFormat::monthYear(wide, locale)),
                    metrics.horizontalAdvance(DisplayFormat::denseDayMonth(wide, locale)));
}

QVector<double> CalendarTicker::createTickVector(double, const QCPRange& range)
{
    const double days = range.size();
    const int allowed = std::max(2, maxTicks);
    m_stepMonths = 0;
    m_stepDays = 1;
    for (const int d : {1, 7, 14}) {
        if (days / d <= allowed) {
            m_stepDays = d;
            break;
        }
        m_stepDays = 0;
    }
    if (m_stepDays == 0) {
        m_stepMonths = 24;
        for (const int m : {1, 2, 3, 6, 12, 24}) {
            if (days / (30.44 * m) <= allowed) {
                m_stepMonths = m;
                break;
            }
        }
    }

    QVector<double> ticks;
    const QDate first = date(std::ceil(range.lower));
    const QDate last = date(range.upper);
    if (!first.isValid() || !last.isValid() || first > last)
        return ticks;
    if (m_stepMonths > 0) {
        QDate d(first.year(), first.month(), 1);
        if (d < first)
            d = d.addMonths(1);
        while ((d.year() * 12 + d.month() - 1) % m_stepMonths != 0)
            d = d.addMonths(1);
        for (; d <= last; d = d.addMonths(m_stepMonths))
            ticks << key(d);
    } else {
        QDate d = first;
        if (m_stepDays > 1)
            d = d.addDays((8 - d.dayOfWeek()) % 7); // the first Monday
        for (; d <= last; d = d.addDays(m_stepDays))
            ticks << key(d);
    }
    return ticks;
}

QVector<QString> CalendarTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar,
                                                   int)
{
    // The days and months as the app's tables and headers write them (DisplayFormat).
    QVector<QString> labels;
    for (const double t : ticks) {
        const QDate d = date(t);
        if (m_stepMonths >= 12)
            labels << locale.toString(d, locale.language() == QLocale::Japanese ? QStringLiteral("yyyy年")
                                                                                : QStringLiteral("yyyy"));
        else if (m_stepMonths > 0)
            labels << DisplayFormat::monthYear(d, locale);
        else
            labels << DisplayFormat::denseDayMonth(d, locale);
    }
    return labels;
}

void CategoryTicker::fit(double pixelsPerCategory, Qt::Orientation orientation, double maxLabelWidth,
                         const QFontMetricsF& metrics)
{
    const qsizetype n = labels.size();
    double room = maxLabelWidth;
    m_every = 1;
    if (orientation == Qt::Horizontal) {
        constexpr double gap = 8;
        double widest = 0;
        for (const QString& l : std::as_const(labels))
            widest = std::max(widest, metrics.horizontalAdvance(l));
        // Whole labels on every second or third category read better than stubs on each ("Jul …"), as
        // long as at least four remain; past that, and for few categories (segments), labels are elided,
        // keeping about six characters of room.
        const auto fits = [&](double width) { return m_every * pixelsPerCategory - gap >= width; };
        const qsizetype maxSkip = std::max<qsizetype>(1, n / 4);
        while (m_every < maxSkip && !fits(widest))
            ++m_every;
        if (!fits(widest)) {
            m_every = 1;
            const double useful = std::min(widest, metrics.averageCharWidth() * 6);
            while (m_every < n && !fits(useful))
                ++m_every;
        }
        room = m_every * pixelsPerCategory - gap;
    } else {
        const double line = metrics.height() * 1.1;
        while (m_every < n && m_every * pixelsPerCategory < line)
            ++m_every;
    }
    m_shown.clear();
    for (const QString& l : std::as_const(labels))
        m_shown << metrics.elidedText(l, Qt::ElideRight, std::max(room, metrics.averageCharWidth() * 2));
}

bool CategoryTicker::isElided(int index) const
{
    return index % m_every != 0 || m_shown.value(index) != labels.value(index);
}

QVector<double> CategoryTicker::createTickVector(double, const QCPRange& range)
{
    if (m_shown.size() != labels.size())
        m_shown = labels;
    QVector<double> ticks;
    for (int i = 0; i < labels.size(); i += m_every) {
        if (range.contains(i))
            ticks << i;
    }
    return ticks;
}

QVector<QString> CategoryTicker::createLabelVector(const QVector<double>& ticks, const QLocale&, QChar, int)
{
    QVector<QString> result;
    for (const double t : ticks)
        result << m_shown.value(qRound(t));
    return result;
}

} // namespace csm::chart
