#pragma once

// A book filled through the bulk writer, shared by the bulk writer's and the accounts list's tests: account n
// has a contract, an ARR event, three calls and an internal note, usage and an NPS response.

#include "domain/Uuid.h"
#include "storage/BulkWriter.h"

#include <QDate>

namespace csm::test {

inline QString bulkId(int n)
{
    return uuidV7(1'700'000'000'000 + n, quint64(n), quint64(n) * 7919);
}

// What fillBulk() writes for account n, worked out from its number.
inline QDate bulkContractStart(int n)
{
    return QDate(2024, 1 + n % 12, 1 + n % 28);
}
inline MinorUnits bulkArr(int n)
{
    return 100'000 * (1 + n % 200);
}
// Touch t of account n is on asOf - 7t - n % 30; touch 0 is an internal note, so the latest call is touch 1.
inline QDate bulkLastCustomerTouch(int n, QDate asOf)
{
    return asOf.addDays(-7 - n % 30);
}

inline Status fillBulk(BulkWriter& w, int accounts, int usageDays, QDate asOf)
{
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.id = bulkId(i);
        a.name = QStringLiteral("Account %1").arg(i);
        a.seats = 10 + i % 50;
        if (auto st = w.add(a); !st)
            return st;
        Contract c;
        c.accountId = a.id;
        c.startDate = bulkContractStart(i);
        c.arr = 1'000'000;
        if (auto st = w.add(c); !st)
            return st;
        ArrEvent e;
        e.accountId = a.id;
        e.effectiveOn = c.startDate;
        e.arrAfter = bulkArr(i);
        if (auto st = w.add(e); !st)
            return st;
        for (int t = 0; t < 4; ++t) {
            Touch touch;
            touch.accountId = a.id;
            touch.occurredOn = asOf.addDays(-7 * t - i % 30);
            touch.kind = t == 0 ? TouchKind::InternalNote : TouchKind::Call;
            touch.summary = QStringLiteral("Call about the rollout");
            if (auto st = w.add(touch); !st)
                return st;
        }
        for (int d = 0; d < usageDays; ++d) {
            if (auto st = w.add(
                    UsageMetric{{}, a.id, asOf.addDays(-d), QStringLiteral("active_users"), double(d % 17)});
                !st)
                return st;
        }
        NpsResponse n;
        n.accountId = a.id;
        n.respondedOn = asOf.addDays(-i % 300);
        n.score = i % 11;
        if (auto st = w.add(n); !st)
            return st;
    }
    return {};
}

} // namespace csm::test
