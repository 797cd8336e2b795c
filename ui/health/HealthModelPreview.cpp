#include "ui/health/HealthModelPreview.h"

#include "storage/Book.h"
#include "storage/HealthStore.h"

namespace csm {

Result<HealthModelBasis> HealthModelBasis::read(Book& book, QDate asOf)
{
    HealthModelBasis b;
    b.current = HealthModel::fromSettings(book.settings());
    b.asOf = asOf;
    auto read = HealthStore::backtestBasis(book, asOf);
    if (!read)
        return read.error();
    b.cases = std::move(read->cases);
    b.accounts = std::move(read->accounts);
    b.currentRenewals = scoreBacktestCases(b.cases, b.current);
    b.currentBacktest = backtestHealthModel(b.cases, b.accounts, b.current, asOf);
    return b;
}

HealthModelPreview HealthModelPreview::of(const HealthModelBasis& basis, const HealthModel& edited)
{
    HealthModelPreview p;
    p.changes = healthBandChanges(basis.accounts, basis.current, edited, basis.asOf);
    p.renewals = scoreBacktestCases(basis.cases, edited);
    p.backtest = backtestHealthModel(basis.cases, basis.accounts, edited, basis.asOf);
    return p;
}

} // namespace csm
