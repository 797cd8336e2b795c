#include "domain/KpiScope.h"

#include <QMap>

namespace csm {

void splitKpis(KpiOptions& options, KpiSplit split, const RetentionLedger& ledger,
               const KpiAccountFacts& facts, const dates::DateRange& period, const BookSettings& settings)
{
    options.groupOf.clear();
    options.groupNames.clear();
    const int n = ledger.accountCount();
    if (split == KpiSplit::None)
        return;
    options.groupOf.resize(n);
    if (split == KpiSplit::TouchModel) {
        options.groupNames = {toCode(TouchModel::High), toCode(TouchModel::Low), toCode(TouchModel::Tech)};
        const QDate before = period.from.addDays(-1);
        for (int a = 0; a < n; ++a) {
            if (a < facts.overrides.size() && facts.overrides[a]) {
                options.groupOf[a] = int(*facts.overrides[a]);
                continue;
            }
            const MinorUnits start = ledger.arrOn(a, before);
            const MinorUnits arr = start > 0 ? start : ledger.arrOn(a, period.to);
            options.groupOf[a] = int(settings.touchModelForArr(arr));
        }
        return;
    }
    QMap<QString, int> owners; // sorted; "" sorts first and is moved last below
    for (int a = 0; a < n; ++a)
        owners.insert(a < facts.owners.size() ? facts.owners[a] : QString(), 0);
    const bool hasNone = owners.contains(QString());
    owners.remove(QString());
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        it.value() = int(options.groupNames.size());
        options.groupNames.append(it.key());
    }
    if (hasNone)
        options.groupNames.append(QString());
    for (int a = 0; a < n; ++a) {
        const QString owner = a < facts.owners.size() ? facts.owners[a] : QString();
        options.groupOf[a] = owner.isEmpty() ? int(options.groupNames.size()) - 1 : owners.value(owner);
    }
}

} // namespace csm
