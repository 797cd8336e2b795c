#pragma once

// How amounts, dates and countdowns read on screen, per locale (GLOSSARY-ja: 2026/06/30 in dense tables,
// 2026年6月30日 in text, yen without decimals).

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace csm {

class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // Decimal places of a currency's minor unit (JPY 0, most others 2).
    static int minorDigits(const QString& currency);
    // "¥12,000,000", "$12,500.00".
    static QString money(MinorUnits amount, const QString& currency, const QLocale& locale = QLocale());
    // Symbol used for a currency ("¥" for JPY, "$" for USD, else the ISO code).
    static QString currencySymbol(const QString& currency);
    // Compact dates for tables: 2026/06/30 in Japanese, the locale's short format with a 4-digit year
    // otherwise.
    static QString denseDate(QDate d, const QLocale& locale = QLocale());
    // Dates in running text: 2026年6月30日, "30 June 2026" / "June 30, 2026".
    static QString longDate(QDate d, const QLocale& locale = QLocale());
    // "42 days left", "Today", "Overdue by 3 days".
    static QString countdown(int days);
};

} // namespace csm
