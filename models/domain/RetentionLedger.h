#pragma once

// What the retention KPIs are computed from (DESIGN §7): every account's ARR history and the NPS responses,
// packed into a few flat arrays indexed by an account number, so that 100,000 accounts cost a handful of
// allocations and one pass reads them in order. Storage fills one per computation: accounts in any order
// (the number is the caller's key to its ids), each followed by its live ARR events.
//
// "An account's ARR on day d is the ARR after its latest event on or before d." Events on one date are
// ordered as storage reads them: by created_at, then id (docs/decisions.md); the last one given wins.

#include "domain/Money.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csm {

class RetentionLedger
{
    Q_DECLARE_TR_FUNCTIONS(RetentionLedger)
public:
    struct ArrChange
    {
        qint32 day = 0; // QDate::toJulianDay() of the effective date
        MinorUnits arrAfter = 0;
    };
    struct NpsAnswer
    {
        qint32 day = 0; // QDate::toJulianDay()
        qint32 account = 0;
        qint32 score = 0; // 0..10
    };

    void reserve(qsizetype accounts, qsizetype arrEvents, qsizetype npsResponses = 0);

    // Starts the next account and returns its number: 0, 1, 2 ... in the order added.
    int addAccount();
    // An ARR event of the account added last. Give an account's events by date and, on one date, in the order
    // of DESIGN §3 (created_at, then id); an event dated before one already given is moved into place after
    // the events of its own date. Refused: no account yet, an invalid date, a negative ARR.
    Status addArrEvent(QDate effectiveOn, MinorUnits arrAfter);
    // An NPS response of any account already added. Refused: an unknown account, an invalid date, a score
    // outside 0..10.
    Status addNpsResponse(int account, QDate respondedOn, int score);

    int accountCount() const { return int(m_firstEvent.size()) - 1; }
    qsizetype arrEventCount() const { return m_events.size(); }
    // An account's events in effective order.
    const ArrChange* eventsBegin(int account) const { return m_events.constData() + m_firstEvent[account]; }
    const ArrChange* eventsEnd(int account) const { return m_events.constData() + m_firstEvent[account + 1]; }
    const QList<NpsAnswer>& npsResponses() const { return m_nps; }

    // The ARR after the account's latest event on or before the day (0 before its first event).
    MinorUnits arrOn(int account, QDate day) const;

private:
    QList<qint32> m_firstEvent{0}; // account a owns m_events[m_firstEvent[a] .. m_firstEvent[a + 1])
    QList<ArrChange> m_events;
    QList<NpsAnswer> m_nps;
};

} // namespace csm
