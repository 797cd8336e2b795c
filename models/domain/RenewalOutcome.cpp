#include "domain/RenewalOutcome.h"

namespace csm {

FieldErrors RenewalOutcomes::validate(const OutcomeInput& input, QDate contractStart, MinorUnits arrBefore)
{
    FieldErrors errors;
    if (input.outcome == RenewalOutcome::Pending)
        errors.insert(Outcome, tr("Choose how the renewal ended: renewed, expanded, contracted or churned."));
    if (!input.effectiveOn.isValid())
        errors.insert(EffectiveOn, tr("Enter the day the outcome takes effect."));
    else if (contractStart.isValid() && input.effectiveOn < contractStart)
        errors.insert(EffectiveOn, tr("The outcome cannot take effect before the contract started (%1).")
                                       .arg(contractStart.toString(Qt::ISODate)));
    if (input.newArr < 0) {
        errors.insert(NewArr, tr("The ARR cannot be negative."));
        return errors;
    }
    switch (input.outcome) {
    case RenewalOutcome::Expanded:
        if (input.newArr <= arrBefore)
            errors.insert(NewArr, tr("An expansion needs an ARR above the current one."));
        break;
    case RenewalOutcome::Contracted:
        if (input.newArr >= arrBefore || input.newArr == 0)
            errors.insert(NewArr, tr("A contraction needs an ARR below the current one and above 0 (0 is a "
                                     "churn)."));
        break;
    case RenewalOutcome::Churned:
        if (input.newArr != 0)
            errors.insert(NewArr, tr("A churned renewal leaves an ARR of 0."));
        break;
    case RenewalOutcome::Renewed:
        if (input.newArr != arrBefore)
            errors.insert(NewArr, tr("A renewal at another ARR is an expansion or a contraction."));
        break;
    case RenewalOutcome::Pending:
        break;
    }
    return errors;
}

std::optional<ArrEventKind> RenewalOutcomes::eventKind(RenewalOutcome outcome)
{
    switch (outcome) {
    case RenewalOutcome::Expanded:
        return ArrEventKind::Expansion;
    case RenewalOutcome::Contracted:
        return ArrEventKind::Contraction;
    case RenewalOutcome::Churned:
        return ArrEventKind::Churn;
    case RenewalOutcome::Renewed:
    case RenewalOutcome::Pending:
        break;
    }
    return std::nullopt;
}

RenewalOutcome RenewalOutcomes::outcomeFor(MinorUnits arrBefore, MinorUnits newArr)
{
    if (newArr == 0)
        return RenewalOutcome::Churned;
    if (newArr > arrBefore)
        return RenewalOutcome::Expanded;
    if (newArr < arrBefore)
        return RenewalOutcome::Contracted;
    return RenewalOutcome::Renewed;
}

QString RenewalOutcomes::displayName(RenewalOutcome outcome)
{
    switch (outcome) {
    case RenewalOutcome::Renewed:
        return tr("Renewed");
    case RenewalOutcome::Expanded:
        return tr("Expanded");
    case RenewalOutcome::Contracted:
        return tr("Contracted");
    case RenewalOutcome::Churned:
        return tr("Churned");
    case RenewalOutcome::Pending:
        return tr("Pending");
    }
    return {};
}

} // namespace csm
