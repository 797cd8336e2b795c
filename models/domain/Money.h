#pragma once

// Money (DESIGN §3, STYLE habit 15): an integer amount in the minor units of its ISO 4217 currency. The one
// place that knows how many minor units a currency has, reads what a user typed and writes an amount for a
// locale; arithmetic refuses overflow and mixed currencies. Never a double, except toMajor() for chart axes.

#include "domain/Result.h"

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace csm {

// An amount in minor units of the book's currency, as stored in a book (account.arr, contract.arr ...).
using MinorUnits = qint64;

class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    Money() = default;
    Money(MinorUnits minor, const QString& currency) : m_minor(minor), m_currency(currency) {}

    MinorUnits minor() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Decimal places of a currency's minor unit (ISO 4217: JPY 0, USD 2, BHD 3; 2 for unknown codes).
    static int minorDigits(const QString& currency);
    int minorDigits() const { return minorDigits(m_currency); }
    // How an amount is marked on screen: "¥" for JPY, "$" for USD, "€", "£", else the ISO code.
    static QString symbol(const QString& currency);

    // Checked arithmetic: nullopt on overflow or when the currencies differ.
    std::optional<Money> plus(const Money& other) const;
    std::optional<Money> minus(const Money& other) const;
    std::optional<Money> times(qint64 factor) const;
    Money negated() const { return Money(-m_minor, m_currency); } // MinorUnits' minimum is never an amount
    // other / this as a ratio (GRR, NRR, ARR share); nullopt when this is zero or the currencies differ.
    std::optional<double> ratioOf(const Money& other) const;

    // In major units, for chart axes and scales only: never stored, summed or compared.
    double toMajor() const;
    // The amount nearest to a value in major units (a chart's axis tick), for formatting it.
    static Money fromMajor(double major, const QString& currency);

    // "¥12,000,000", "$4,000.75", "-$12.50", "4.000,75 €" in a locale that writes the symbol after.
    QString format(const QLocale& locale = QLocale()) const;
    // The amount without the symbol, every minor digit shown ("4,000.75", "12,000,000"): what an editor
    // starts with, and what parse() reads back unchanged.
    QString formatForEditing(const QLocale& locale = QLocale()) const;

    // Reads an amount typed in a locale: an optional sign, the currency's symbol or ISO code before or
    // after, the locale's group separators, and a decimal part of at most minorDigits() digits (further
    // zeros are accepted: "1,200.00" is ¥1,200). ASCII and full-width digits. Refused with a message that
    // says why: empty, not a number, more decimals than the currency has, too large.
    static Result<Money> parse(const QString& text, const QString& currency,
                               const QLocale& locale = QLocale());

    friend bool operator==(const Money&, const Money&) = default;
    // Orders amounts of one currency (amounts of different currencies are ordered by code first).
    friend std::strong_ordering operator<=>(const Money& a, const Money& b)
    {
        if (auto c = a.m_currency.compare(b.m_currency); c != 0)
            return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        return a.m_minor <=> b.m_minor;
    }

private:
    MinorUnits m_minor = 0;
    QString m_currency;
};

} // namespace csm
