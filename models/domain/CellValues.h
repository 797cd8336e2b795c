#pragma once

// Reading the cells of an imported file (issue 13): numbers with group separators and full-width digits,
// amounts (through Money::parse), yes/no values in English and Japanese, blanks. Each reader returns the
// value or a translated message that the importer shows on the cell. Dates are in domain/DateParsing.h.

#include "domain/Money.h"
#include "domain/Result.h"

#include <QByteArrayView>
#include <QLocale>
#include <QStringView>

namespace csm::cell {

// Empty or only spaces (ASCII, no-break, ideographic): the cell has no value. The Telco file's
// TotalCharges of " " is blank.
bool isBlank(QStringView text);

// A number written in a locale: sign, group separators that group, the locale's decimal point, ASCII or
// full-width digits, an exponent (Excel writes 1.2E+07). "1.200,50" is 1200.5 in a German locale and an
// error in the C locale. No currency signs: those are amounts.
Result<double> parseNumber(QStringView text, const QLocale& locale = QLocale::c());
// The same from UTF-8 bytes, with a fast path for plain ASCII numbers (usage files of a million rows).
Result<double> parseNumber(QByteArrayView utf8, const QLocale& locale = QLocale::c());
// A whole number ("1,200", "１２", "1.2E+03"); a fraction other than zeros is refused.
Result<qint64> parseInteger(QStringView text, const QLocale& locale = QLocale::c());

// An amount in the book's currency: Money::parse, plus accounting negatives "(1,200)" and a message that
// names the currency when the cell is in another one ("$12,000.50" into a yen book).
Result<Money> parseAmount(QStringView text, const QString& currency, const QLocale& locale = QLocale::c());

// TRUE/FALSE, yes/no, y/n, 1/0, on/off, はい/いいえ, ○/×, 有/無, あり/なし (any case, full or half width).
Result<bool> parseBoolean(QStringView text);

} // namespace csm::cell
