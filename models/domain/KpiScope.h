#pragma once

// How `report kpis --by` and the Reports view split the KPIs (issue 14): by touch model or by owner. An
// account's touch model in a period is its override, or else the book's ARR rule (DESIGN §6) applied to its
// ARR at the start of the period (S) when it is in the cohort, to its ARR on `to` otherwise: a churned
// account stays in the segment it was in, instead of falling to tech touch with its ARR of 0.

#include "domain/Entities.h"
#include "domain/RetentionKpis.h"
#include "domain/RetentionLedger.h"
#include "domain/Settings.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace csm {

enum class KpiSplit : quint8
{
    None,
    TouchModel,
    Owner,
};

struct KpiAccountFacts
{
    QStringList owners;                         // by ledger account number
    QList<std::optional<TouchModel>> overrides; // by ledger account number
};

// Fills options.groupOf and options.groupNames for the split: touch models as "high", "low", "tech" (in that
// order), owners sorted, the accounts without one in "" (last).
void splitKpis(KpiOptions& options, KpiSplit split, const RetentionLedger& ledger,
               const KpiAccountFacts& facts, const dates::DateRange& period, const BookSettings& settings);

} // namespace csm
