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
    // "¥12,000,000", "$12,500.00" (domain/Money does it; editors parse with Money::parse).
    static QString money(MinorUnits amount, const QString& currency, const QLocale& locale = QLocale());
    // Compact dates for tables: 2026/06/30 in Japanese, the locale's short format with a 4-digit year
    // otherwise.
    static QString denseDate(QDate d, const QLocale& locale = QLocale());
    // A day without its year where the year is plain (a chart's axis): denseDate's format without the year,
    // 6/30 (en_US), 30/06 (en_GB), 06/30 in Japanese.
    static QString denseDayMonth(QDate d, const QLocale& locale = QLocale());
    // A month: "Jun 2025", 2025/06 in Japanese.
    static QString monthYear(QDate d, const QLocale& locale = QLocale());
    // Dates in running text: 2026年6月30日, "30 June 2026" / "June 30, 2026".
    static QString longDate(QDate d, const QLocale& locale = QLocale());
    // "42 days left", "Today", "Overdue by 3 days".
    static QString countdown(int days);
};

} // namespace csm
