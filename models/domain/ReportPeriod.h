#pragma once

// A period the KPIs are reported for (DESIGN §7, issue 14): a fiscal or calendar year, quarter or month, or
// two dates, read from what a user or the command line wrote ("FY2025", "FY2025-Q1", "2025", "2025-Q2",
// "2025-06", "2025-04-01..2025-06-30") with the book's fiscal-year start month, and named back in English
// or Japanese (FY2025 → 2025年度).

#include "domain/Dates.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace csm {

class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    using Kind = dates::PeriodText::Kind;

    ReportPeriod() = default; // invalid
    // An error that quotes the text and says what is wrong: an unknown form, a day or month that does not
    // exist, an end before the start, a year outside the calendar.
    static Result<ReportPeriod> parse(const QString& text, const dates::FiscalCalendar& calendar);
    static ReportPeriod fiscalYear(int fy, const dates::FiscalCalendar& calendar);
    static ReportPeriod fiscalQuarter(int fy, int quarter, const dates::FiscalCalendar& calendar);
    static ReportPeriod between(QDate from, QDate to); // invalid when to < from
    // The `count` fiscal quarters before the one that contains `day` (so every one has ended by then),
    // oldest first: the GRR/NRR chart's quarters.
    static QList<ReportPeriod> fiscalQuartersBefore(QDate day, const dates::FiscalCalendar& calendar,
                                                    int count = 8);

    bool isValid() const { return m_range.isValid(); }
    Kind kind() const { return m_kind; }
    int year() const { return m_year; }     // fiscal or calendar year; 0 for two dates
    int number() const { return m_number; } // quarter 1..4 or month 1..12; 0 otherwise
    QDate from() const { return m_range.from; }
    QDate to() const { return m_range.to; }
    const dates::DateRange& range() const { return m_range; }
    int days() const { return isValid() ? int(m_range.from.daysTo(m_range.to)) + 1 : 0; }

    // The text parse() reads back: "FY2025-Q1", "2025-06", "2025-04-01..2025-06-30". Targets are keyed by it.
    QString name() const;
    // For screens and reports: "FY2025 Q1" / 「2025年度 第1四半期」, "June 2025" / 「2025年6月」. Month names
    // come from the locale (the app sets the default to the interface language).
    QString displayName(const QLocale& locale = QLocale()) const;

    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;

private:
    Kind m_kind = Kind::Dates;
    int m_year = 0;
    int m_number = 0;
    dates::DateRange m_range;
};

} // namespace csm
