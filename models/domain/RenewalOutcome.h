#pragma once

// Recording how a renewal ended (issue 14): renewed, expanded, contracted or churned, with the ARR from then
// on and the day it takes effect. The outcome writes (or, corrected later, updates) one ARR event, so the
// account's ARR and the KPIs follow it.

#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace csm {

struct OutcomeInput
{
    Id accountId;
    Id contractId;
    QDate renewalDate;
    RenewalOutcome outcome = RenewalOutcome::Renewed;
    MinorUnits newArr = 0; // the ARR from effectiveOn on; 0 for churned
    QDate effectiveOn;     // the day the new ARR applies (the renewal date unless agreed otherwise)
    QString note;
};

class RenewalOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(RenewalOutcomes)
public:
    // Field names of the errors (FieldErrors keys).
    static inline const QString Outcome = QStringLiteral("outcome");
    static inline const QString NewArr = QStringLiteral("newArr");
    static inline const QString EffectiveOn = QStringLiteral("effectiveOn");

    // The checks, by field, against the ARR the account had before the outcome (arrBefore): a decided
    // outcome; an effective date on or after the contract's start; an ARR of 0 or more (not above
    // Validation's limit); expanded above arrBefore, contracted below it but above 0, churned 0, renewed
    // unchanged.
    static FieldErrors validate(const OutcomeInput& input, QDate contractStart, MinorUnits arrBefore);
    // The ARR event an outcome writes; none for renewed (the ARR does not change).
    static std::optional<ArrEventKind> eventKind(RenewalOutcome outcome);
    // The outcome an ARR change stands for: expanded, contracted, churned, renewed when unchanged.
    static RenewalOutcome outcomeFor(MinorUnits arrBefore, MinorUnits newArr);
    // "Renewed", "Expanded", … / 更新, 拡大（アップセル）, 縮小（ダウンセル）, 解約, 未決定.
    static QString displayName(RenewalOutcome outcome);
};

} // namespace csm
