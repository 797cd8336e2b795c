#include "storage/SegmentationStore.h"

#include "storage/Book.h"
#include "storage/Transaction.h"

#include "BookPrivate.h"
#include "Sqlite.h"

namespace csm {

using storage::Stmt;

namespace {
const QString kRulesKey = QStringLiteral("segmentation_rules");
} // namespace

SegmentationRules segmentationRules(Book& book)
{
    Stmt q(storage::BookAccess::d(book)->db, "SELECT value FROM settings WHERE key = ?1");
    q.bindText(1, kRulesKey);
    if (q.next()) {
        if (auto rules = SegmentationRules::fromJson(q.text(0).toUtf8()))
            return rules.value();
    }
    return SegmentationRules::fromSettings(book.settings());
}

Status saveSegmentationRules(Book& book, const SegmentationRules& rules)
{
    if (const QList<RuleProblem> problems = rules.validate(); !problems.isEmpty()) {
        const RuleProblem& p = problems.constFirst();
        return Error{Error::Code::InvalidValue,
                     p.message,
                     p.rule < 0 ? p.field : QStringLiteral("rule %1: %2").arg(p.rule + 1).arg(p.field),
                     {}};
    }
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    Stmt put(storage::BookAccess::d(book)->db, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    put.bindText(1, kRulesKey).bindText(2, QString::fromUtf8(rules.toJson()));
    if (auto st = put.run(); !st)
        return st;
    tx.record(ChangeSet::Entity::Settings, {});
    // Rules that are just the two thresholds are kept as the thresholds too, which the accounts list, the
    // health engine's cadence and Today read (they know no plan or industry conditions).
    const QList<SegmentRule>& r = rules.rules;
    if (r.size() == 3 && r[0].minArr && r[1].minArr &&
        rules == SegmentationRules::byArr(*r[0].minArr, *r[1].minArr)) {
        BookSettings settings = book.settings();
        settings.highTouchMinArr = *r[0].minArr;
        settings.lowTouchMinArr = *r[1].minArr;
        if (auto st = book.saveSettings(settings); !st)
            return st;
    }
    return tx.commit();
}

} // namespace csm
