#pragma once

// Writing the KPI targets of the Reports view (issue 14, item 4): one live `kpi_target` row per KPI and
// period name (the unique index of schema 4); reading them is readKpiTargets (RenewalReads.h).

#include "domain/Kpi.h"
#include "domain/Result.h"

#include <QString>

#include <optional>

namespace csm {

class Book;

// Sets the target of a KPI for a period (ReportPeriod::name(), "FY2025"), or clears it (nullopt), in one
// transaction: the live row is updated, a row inserted, or the row tombstoned. Returns the target it had
// (nullopt: none), which undo sets back.
Result<std::optional<qint64>> setKpiTarget(Book& book, Kpi kpi, const QString& period,
                                           std::optional<qint64> value);

} // namespace csm
