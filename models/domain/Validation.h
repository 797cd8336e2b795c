#pragma once

// Rules that every record must meet before it is written to a book, with messages that explain themselves
// next to the field concerned and name it when they are read elsewhere (a status bar, a terminal). The ranges
// are defined here once (docs/decisions.md): editors state and enforce them, repositories refuse a record
// outside them (toStatus), and the command line and importers apply the same functions. The schema's CHECKs
// are only the last line.

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace csm {

// Field name -> translated message. Empty when the record is valid.
using FieldErrors = QMap<QString, QString>;

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    // Field names used as keys of FieldErrors.
    static inline const QString Name = QStringLiteral("name");
    static inline const QString ExternalId = QStringLiteral("externalId");
    static inline const QString Seats = QStringLiteral("seats");
    static inline const QString Email = QStringLiteral("email");
    static inline const QString Arr = QStringLiteral("arr");
    static inline const QString StartDate = QStringLiteral("startDate");
    static inline const QString EndDate = QStringLiteral("endDate");
    static inline const QString TermMonths = QStringLiteral("termMonths");
    static inline const QString NoticeDays = QStringLiteral("noticeDays");
    static inline const QString AccountId = QStringLiteral("account");
    static inline const QString OccurredOn = QStringLiteral("occurredOn");
    static inline const QString Summary = QStringLiteral("summary");
    static inline const QString Sentiment = QStringLiteral("sentiment");
    static inline const QString FollowUpOn = QStringLiteral("followUpOn");
    static inline const QString OverrideReason = QStringLiteral("overrideReason");
    static inline const QString EffectiveOn = QStringLiteral("effectiveOn");
    static inline const QString ArrAfter = QStringLiteral("arrAfter");
    static inline const QString RespondedOn = QStringLiteral("respondedOn");
    static inline const QString Score = QStringLiteral("score");

    // The ranges. Dates: none before 1970-01-01 nor more than a year after today; a touch logged in the app
    // not after today (loggedTouch: a touch is what happened, its follow-up carries the future).
    static constexpr int MaxSeats = 10'000'000;
    static constexpr int MinTermMonths = 1;
    static constexpr int MaxTermMonths = 120;
    static constexpr int MaxNoticeDays = 365; // a notice rule in days (days:N)
    static constexpr int MaxNoticeMonths =
        12; // ... or in months (months:N, day-of-month:D:M, end-of-month:M)
    // ARR in minor units (¥10 trillion, $100 billion): the ARR of 100,000 accounts still sums into a qint64.
    static constexpr MinorUnits MaxArr = 10'000'000'000'000;
    static constexpr int MinSentiment = -2;
    static constexpr int MaxSentiment = 2;
    static constexpr int MinNpsScore = 0;
    static constexpr int MaxNpsScore = 10;
    static QDate earliestDate() { return QDate(1970, 1, 1); }
    static QDate latestDate(QDate today); // a year after today (clamped: 2028-02-29 -> 2029-02-28)

    // duplicateOf: the id of another live account with the same external id, if the caller found one
    // (AccountRepository::findByExternalId); it is ignored when it is the account's own id.
    static FieldErrors account(const csm::Account& a, const std::optional<Id>& duplicateOf = std::nullopt);
    static FieldErrors contact(const Contact& c);
    // today: the day the dates are checked against; currency: the book's, for the ARR range's message.
    // end: an explicit end date when the editor offers one (must not fall before the start).
    static FieldErrors contract(const Contract& c, QDate today, const QString& currency,
                                std::optional<QDate> end = std::nullopt);
    // A touch as any writer may store it (imports, other tools): dated 1970-01-01 to a year after today.
    static FieldErrors touch(const Touch& t, QDate today);
    // A touch logged in the app: as touch(), and not in the future (backdating is fine).
    static FieldErrors loggedTouch(const Touch& t, QDate today);
    static FieldErrors arrEvent(const ArrEvent& e, QDate today, const QString& currency);
    static FieldErrors npsResponse(const NpsResponse& n, QDate today);
    // A touch-model override set on several accounts at once needs a reason (none when clearing it).
    static FieldErrors touchModelOverride(const std::optional<TouchModel>& model, const QString& reason);

    // The single rules, for callers that check one value as it is typed. Each returns the message, empty
    // when the value is fine.
    static bool isWellFormedEmail(const QString& email);
    static QString periodError(QDate start, QDate end); // empty when the end is on or after the start
    static QString seatsError(qint64 seats);
    static QString arrError(MinorUnits arr, const QString& currency);
    // A follow-up (or a snoozed one) from the touch's day to a year after today.
    static QString followUpError(QDate followUp, QDate touchDate, QDate today);
    // "0 to 10,000,000" and the like, in the app's locale, for placeholders and tooltips.
    static QString seatsRange();
    static QString arrRange(const QString& currency);

    // A record refused with its errors: what is wrong with which field ("account.seats: Seats go from 0 to
    // 10,000,000."), Error::InvalidValue. record: the table or file line the fields belong to.
    static Status toStatus(const FieldErrors& errors, const QString& record);
};

} // namespace csm
