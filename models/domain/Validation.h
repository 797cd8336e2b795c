#pragma once

// Rules that every record must meet before it is written to a book, with messages that explain themselves
// next to the field concerned. Editors show these; storage CHECKs are only the last line.

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

    // duplicateOf: the id of another live account with the same external id, if the caller found one
    // (AccountRepository::findByExternalId); it is ignored when it is the account's own id.
    static FieldErrors account(const csm::Account& a, const std::optional<Id>& duplicateOf = std::nullopt);
    static FieldErrors contact(const Contact& c);
    // end: an explicit end date when the editor offers one (must not fall before the start).
    static FieldErrors contract(const Contract& c, std::optional<QDate> end = std::nullopt);
    // today: touches can be backdated but not logged in the future.
    static FieldErrors touch(const Touch& t, QDate today);
    // A touch-model override set on several accounts at once needs a reason (none when clearing it).
    static FieldErrors touchModelOverride(const std::optional<TouchModel>& model, const QString& reason);

    // The single rules, for callers that check one value as it is typed.
    static bool isWellFormedEmail(const QString& email);
    static QString periodError(QDate start, QDate end); // empty when the end is on or after the start
};

} // namespace csm
