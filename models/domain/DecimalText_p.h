#pragma once

// The digits of a decimal number as typed in a locale, shared by Money::parse and the number readers of
// CellValues.h so that both accept and refuse the same notations. Private to csm_domain.

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace csm::detail {

// A digit 0-9 from ASCII or full-width (U+FF10..U+FF19), else -1.
int digitValue(QChar c);

// Takes a leading minus (ASCII, U+2212, full-width or the locale's) off text; true when there was one.
bool takeMinus(QString& text, const QLocale& locale);

struct DecimalDigits
{
    QByteArray whole;    // ASCII digits before the decimal point (may be empty: ".5")
    QByteArray fraction; // ASCII digits after it
};

// Reads digits with the locale's group separators and decimal point, nothing else (no sign, no currency).
// Group separators must group: 2 or 3 digits between two of them (Indian grouping has 2), exactly 3 after
// the last one, so that "1200.50" typed where "." groups is refused rather than read as 120050.
std::optional<DecimalDigits> scanDecimal(QStringView text, const QLocale& locale);

} // namespace csm::detail
