#include "domain/RetentionLedger.h"

#include <algorithm>

namespace csm {

namespace {

Error refused(const QString& message)
{
    return Error{Error::Code::InvalidValue, message, {}, {}};
}

} // namespace

void RetentionLedger::reserve(qsizetype accounts, qsizetype arrEvents, qsizetype npsResponses)
{
    m_firstEvent.reserve(accounts + 1);
    m_events.reserve(arrEvents);
    m_nps.reserve(npsResponses);
}

int RetentionLedger::addAccount()
{
    m_firstEvent.append(m_firstEvent.constLast());
    return accountCount() - 1;
}

Status RetentionLedger::addArrEvent(QDate effectiveOn, MinorUnits arrAfter)
{
    if (accountCount() == 0)
        return refused(tr("An ARR event needs an account to belong to."));
    if (!effectiveOn.isValid())
        return refused(tr("An ARR event has no valid effective date."));
    if (arrAfter < 0)
        return refused(
            tr("ARR cannot be negative (%1 on %2).").arg(arrAfter).arg(effectiveOn.toString(Qt::ISODate)));
    const ArrChange change{qint32(effectiveOn.toJulianDay()), arrAfter};
    const auto first = m_events.begin() + m_firstEvent[accountCount() - 1];
    // After every event of the same date or earlier: the later given wins among same-day events.
    const auto at = std::upper_bound(first, m_events.end(), change,
                                     [](const ArrChange& a, const ArrChange& b) { return a.day < b.day; });
    m_events.insert(at, change);
    ++m_firstEvent.last();
    return {};
}

Status RetentionLedger::addNpsResponse(int account, QDate respondedOn, int score)
{
    if (account < 0 || account >= accountCount())
        return refused(tr("An NPS response belongs to an account that is not in the ledger."));
    if (!respondedOn.isValid())
        return refused(tr("An NPS response has no valid date."));
    if (score < 0 || score > 10)
        return refused(tr("An NPS score must be between 0 and 10 (not %1).").arg(score));
    m_nps.append({qint32(respondedOn.toJulianDay()), qint32(account), qint32(score)});
    return {};
}

MinorUnits RetentionLedger::arrOn(int account, QDate day) const
{
    if (account < 0 || account >= accountCount() || !day.isValid())
        return 0;
    const qint32 d = qint32(day.toJulianDay());
    const ArrChange* end = eventsEnd(account);
    // The first event after the day; the one before it is the latest on or before the day.
    const ArrChange* after = std::upper_bound(eventsBegin(account), end, d,
                                              [](qint32 v, const ArrChange& e) { return v < e.day; });
    return after == eventsBegin(account) ? 0 : (after - 1)->arrAfter;
}

} // namespace csm
