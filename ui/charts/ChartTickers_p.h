#pragma once

// Axis tickers of the charts (private to ui/charts): money in the book's currency, percentages, counts,
// calendar dates and categories. Each adapts how many labels it shows to the room the axis has
// (CsmPlot::adaptToSize), so that labels never overlap.

#include <qcustomplot.h>

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace csm::chart {

// Large amounts in short form: "¥12M", "$1.5K"; in Japanese, yen in 万 and 億 ("1,200万円", "1.5億円").
// unit 1 means the amount in full through Money::format.
struct MoneyUnit
{
    double size = 1;
    QString suffix;
};
MoneyUnit moneyUnitFor(double magnitude, const QString& currency, const QLocale& locale);
QString moneyLabel(double major, const QString& currency, const QLocale& locale, const MoneyUnit& unit,
                   int decimals);
// One amount in short form with its own unit (bar labels, log axes).
QString shortMoney(double major, const QString& currency, const QLocale& locale);

class MoneyTicker : public QCPAxisTicker
{
public:
    QString currency = QStringLiteral("JPY");

protected:
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;
};

// Powers of ten, each labelled in short form (ARR spans several orders of magnitude).
class MoneyLogTicker : public QCPAxisTickerLog
{
public:
    QString currency = QStringLiteral("JPY");

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

// Fractions shown as percentages ("95%", "102.5%").
class PercentTicker : public QCPAxisTicker
{
protected:
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;
};

// Whole numbers only (accounts, renewals): no tick at 2.5 accounts.
class CountTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

// Calendar dates; a key is a Julian day number, so that a day is 1.0 and no time zone is involved. Ticks
// fall on month starts (every 1, 2, 3, 6 or 12 months) or, for short spans, on Mondays or on every day,
// as many as maxTicks allows. Labels in the app's locale as DisplayFormat writes dates: "Jun 2025" /
// "2025/06", "6/30" / "06/30" (the dense date without its year).
class CalendarTicker : public QCPAxisTicker
{
public:
    int maxTicks = 6;
    static double key(QDate date) { return double(date.toJulianDay()); }
    static QDate date(double key) { return QDate::fromJulianDay(qint64(std::floor(key + 1e-9))); }
    // The widest label this ticker writes, for fitting.
    static double labelWidth(const QFontMetricsF& metrics, const QLocale& locale);

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;
    int getSubTickCount(double) override { return 0; }

private:
    int m_stepMonths = 1; // 0: days or weeks (m_stepDays)
    int m_stepDays = 1;
};

// Named categories at 0, 1, 2 ...: every label when there is room, else every second, third ... one, each
// elided to the room it has. The full names stay available for the tooltip.
class CategoryTicker : public QCPAxisTicker
{
public:
    QStringList labels;
    // Room per category along the axis, the widest a label may be (vertical axes), and the font.
    void fit(double pixelsPerCategory, Qt::Orientation orientation, double maxLabelWidth,
             const QFontMetricsF& metrics);
    bool isElided(int index) const;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;
    int getSubTickCount(double) override { return 0; }

private:
    int m_every = 1;
    QStringList m_shown; // elided
};

} // namespace csm::chart
