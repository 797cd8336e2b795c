#include "storage/RenewalReads.h"

#include "storage/Book.h"

#include "AccountRows.h"
#include "BookPrivate.h"
#include "LatestContract.h"
#include "Sqlite.h"

#include <QHash>

#include <algorithm>

namespace csm {

namespace {

sqlite3* dbOf(const Book& book)
{
    return storage::BookAccess::d(book)->db;
}

} // namespace

// Read as the portfolio reads: each table once in its own order, the rows matched to their account in
// memory. One query with a correlated subquery per account and per fact (the ARR on the day, the latest
// contract, the band) cost six index seeks an account: 1.4 s at 100,000 accounts.
Result<QList<RenewalContract>> readRenewalContracts(const Book& book, QDate asOf)
{
    using storage::Stmt;
    sqlite3* db = dbOf(book);
    const BookSettings settings = book.settings();
    struct Row
    {
        RenewalContract c;
        std::optional<TouchModel> override;
        bool needsTouch = false;        // the kept latest touch is after asOf: look it up
        storage::LatestContract latest; // of the live contracts started by asOf
    };
    QList<Row> rows;
    storage::AccountIndex index;
    {
        Stmt a(db, "SELECT id, name, owner, touch_model_override, arr, last_customer_touch_on, "
                   "contract_renewed_through, contract_churned_on FROM account WHERE deleted = 0");
        while (a.next()) {
            Row r;
            index.insert(a.utf8(0), int(rows.size()));
            r.c.accountId = a.text(0);
            r.c.accountName = a.text(1);
            r.c.owner = a.text(2);
            r.override = fromCode<TouchModel>(a.text(3));
            r.needsTouch = !a.isNull(5) && a.date(5) > asOf;
            r.c.arr = a.int64(4); // the saved ARR, kept when the account has no live events
            if (!a.isNull(5) && !r.needsTouch)
                r.c.lastCustomerTouch = a.date(5);
            // What extends a contract that does not renew by itself (schema 4's facts of the latest
            // contract).
            if (!a.isNull(6))
                r.c.terms.recorded.renewedThrough = a.date(6);
            if (!a.isNull(7))
                r.c.terms.recorded.churnedOn = a.date(7);
            rows.append(std::move(r));
        }
        if (auto st = a.status(); !st)
            return st.error();
    }
    // The latest live contract that has started by asOf (LatestContract.h).
    {
        Stmt q(db, "SELECT account_id, id, start_date, term_months, auto_renew, notice_days, notice_rule, "
                   "renewal_term_months, created_at FROM contract NOT INDEXED WHERE deleted = 0 "
                   "AND start_date <= ?1");
        q.bind(1, asOf);
        if (auto st = storage::eachAccountRow(q, index, {},
                                              [&](int i) {
                                                  Row& r = rows[i];
                                                  const QDate start = q.date(2);
                                                  if (!r.latest.offer(start, q.utf8(8), q.utf8(1)))
                                                      return;
                                                  r.c.contractId = q.text(1);
                                                  r.c.terms.start = start;
                                                  r.c.terms.termMonths = q.int32(3);
                                                  r.c.terms.autoRenew = q.boolean(4);
                                                  r.c.terms.notice =
                                                      ContractTerms::noticeOf(q.int32(5), q.text(6));
                                                  r.c.terms.renewalTermMonths = q.isNull(7) ? 0 : q.int32(7);
                                              });
            !st)
            return st.error();
    }
    // The ARR on asOf (docs/schema.md, "ARR rule"): the ARR after the latest live event on or before it, 0
    // before the first one; an account without live events keeps the ARR it was saved with.
    auto events = storage::readArrEventsByAccount(db, index, {});
    if (!events)
        return events.error();
    for (qsizetype k = 0; k < events->size(); ++k) {
        const storage::AccountArrEvent& e = events->at(k);
        const bool first = k == 0 || events->at(k - 1).account != e.account;
        if (first)
            rows[e.account].c.arr = 0;
        if (e.effectiveOn <= asOf)
            rows[e.account].c.arr = e.arrAfter;
    }
    // The band of the latest snapshot on or before asOf: the latest day with snapshots is one range of the
    // key (as_of, account_id); an account missing from it (added since) is looked for further back.
    QList<bool> banded(rows.size());
    {
        Stmt day(db, "SELECT max(as_of) FROM health_snapshot WHERE as_of <= ?1");
        day.bind(1, asOf);
        if (!day.next())
            return day.status().error();
        if (!day.isNull(0)) {
            Stmt q(db, "SELECT account_id, band FROM health_snapshot WHERE as_of = ?1");
            q.bind(1, day.date(0));
            if (auto st = storage::eachAccountRow(q, index, {},
                                                  [&](int i) {
                                                      banded[i] = true;
                                                      if (!q.isNull(1))
                                                          rows[i].c.healthBand =
                                                              fromCode<HealthBand>(q.text(1));
                                                  });
                !st)
                return st.error();
            Stmt earlier(db, "SELECT band FROM health_snapshot WHERE account_id = ?1 AND as_of <= ?2 "
                             "ORDER BY as_of DESC LIMIT 1");
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (banded[i] || !rows[i].latest.has())
                    continue;
                earlier.reset();
                earlier.bind(1, rows[i].c.accountId).bind(2, asOf);
                if (earlier.next() && !earlier.isNull(0))
                    rows[i].c.healthBand = fromCode<HealthBand>(earlier.text(0));
                if (auto st = earlier.status(); !st)
                    return st.error();
            }
        }
    }
    // The latest customer touch on or before asOf, where the kept one is later (rare): one seek each.
    Stmt touch(db, "SELECT max(occurred_on) FROM touch WHERE account_id = ?1 AND deleted = 0 "
                   "AND kind <> 'internal_note' AND occurred_on <= ?2");
    QList<RenewalContract> out;
    out.reserve(rows.size());
    for (Row& r : rows) {
        if (!r.latest.has())
            continue; // no contract started by asOf
        r.c.touchModel = r.override ? *r.override : settings.touchModelForArr(r.c.arr);
        if (r.needsTouch) {
            touch.reset();
            touch.bind(1, r.c.accountId).bind(2, asOf);
            if (!touch.next())
                return touch.status().error();
            if (!touch.isNull(0))
                r.c.lastCustomerTouch = touch.date(0);
        }
        out.append(std::move(r.c));
    }
    return out;
}

Result<RecordedForecasts> readRecordedForecasts(const Book& book, QDate after)
{
    using storage::Stmt;
    // Sorted from a scan of the table: the date index would read the table at random for each row.
    Stmt q(dbOf(book), "SELECT r.id, r.account_id, r.renewal_date, r.forecast, r.outcome FROM renewal r "
                       "NOT INDEXED WHERE r.deleted = 0 AND r.renewal_date > ?1 ORDER BY r.updated_at, r.id");
    if (auto st = q.prepared(); !st)
        return st.error();
    q.bind(1, after);
    RecordedForecasts out;
    while (q.next()) {
        RecordedForecast f;
        f.renewalId = q.text(0);
        f.forecast = fromCode<RenewalForecast>(q.text(3)).value_or(RenewalForecast::Likely);
        f.outcome = fromCode<RenewalOutcome>(q.text(4)).value_or(RenewalOutcome::Pending);
        out.insert(recordedForecastKey(q.text(1), q.date(2)), f);
    }
    if (auto st = q.status(); !st)
        return st.error();
    return out;
}

Result<RetentionBook> readRetentionBook(const Book& book, const std::optional<dates::DateRange>& npsDays)
{
    using storage::Stmt;
    sqlite3* db = dbOf(book);
    RetentionBook out;
    // Numbered in id order, read in table order and sorted here: walking the id index would read the table
    // at random for each account.
    struct AccountRow
    {
        QByteArray id;
        QString owner;
        QString override;
        QString name;
    };
    QList<AccountRow> rows;
    Stmt accounts(db,
                  "SELECT id, owner, touch_model_override, name FROM account NOT INDEXED WHERE deleted = 0");
    while (accounts.next())
        rows.append({accounts.utf8(0).toByteArray(), accounts.text(1), accounts.text(2), accounts.text(3)});
    if (auto st = accounts.status(); !st)
        return st.error();
    // BINARY collation, as ORDER BY id: bytes, then length.
    std::sort(rows.begin(), rows.end(), [](const AccountRow& a, const AccountRow& b) { return a.id < b.id; });
    storage::AccountIndex number;
    number.reserve(rows.size(), rows.isEmpty() ? 0 : rows.constFirst().id.size());
    for (const AccountRow& a : std::as_const(rows)) {
        number.insert(a.id, int(out.accountIds.size()));
        out.accountIds.append(QString::fromUtf8(a.id));
        out.accountNames.append(a.name);
        out.facts.owners.append(a.owner);
        out.facts.overrides.append(fromCode<TouchModel>(a.override));
    }
    // Events of live accounts in the order of the ARR rule: by date, then when written (docs/schema.md).
    auto events = storage::readArrEventsByAccount(db, number, {});
    if (!events)
        return events.error();
    out.ledger.reserve(out.accountIds.size(), events->size());
    qsizetype next = 0;
    for (qsizetype n = 0; n < out.accountIds.size(); ++n) {
        out.ledger.addAccount();
        for (; next < events->size() && events->at(next).account == n; ++next) {
            if (auto st = out.ledger.addArrEvent(events->at(next).effectiveOn, events->at(next).arrAfter);
                !st)
                return st.error();
        }
    }

    // In table order (an index walk would read the table at random): rows of tombstoned accounts skipped.
    Stmt nps(db, "SELECT account_id, responded_on, score FROM nps_response NOT INDEXED WHERE deleted = 0 "
                 "AND responded_on BETWEEN ?1 AND ?2");
    nps.bind(1, npsDays ? npsDays->from : QDate(1, 1, 1))
        .bind(2, npsDays ? npsDays->to : QDate(9999, 12, 31));
    if (auto st = nps.prepared(); !st)
        return st.error();
    Status added;
    if (auto st = storage::eachAccountRow(nps, number, {},
                                          [&](int account) {
                                              if (added)
                                                  added = out.ledger.addNpsResponse(account, nps.date(1),
                                                                                    nps.int32(2));
                                          });
        !st)
        return st.error();
    if (!added)
        return added.error();
    return out;
}

Result<QList<UpcomingRenewal>> readUpcomingRenewals(const Book& book, QDate asOf, int withinDays)
{
    auto contracts = readRenewalContracts(book, asOf);
    if (!contracts)
        return contracts.error();
    auto forecasts = readRecordedForecasts(book, asOf);
    if (!forecasts)
        return forecasts.error();
    const auto calendar = dates::HolidayCalendar::forSettings(book.settings());
    return RenewalList::upcoming(contracts.value(), forecasts.value(), asOf, withinDays, calendar);
}

Result<QList<TodayStageEntry>> readRenewalsEnteringStages(const Book& book, QDate asOf)
{
    auto upcoming = readUpcomingRenewals(book, asOf, RenewalStages::leadDays().constFirst());
    if (!upcoming)
        return upcoming.error();
    const QDate since =
        dates::businessDayOnOrBefore(asOf.addDays(-1), dates::HolidayCalendar::forSettings(book.settings()));
    return renewalsEnteringStages(upcoming.value(), since, asOf);
}

Result<double> readGrossMargin(const Book& book)
{
    storage::Stmt q(dbOf(book), "SELECT value FROM settings WHERE key = 'gross_margin_percent'");
    if (auto st = q.prepared(); !st)
        return st.error();
    if (!q.next()) {
        if (auto st = q.status(); !st)
            return st.error();
        return 1.0;
    }
    bool ok = false;
    const double percent = q.text(0).toDouble(&ok);
    if (!ok || percent < 0 || percent > 100)
        return Error{
            Error::Code::InvalidValue,
            QCoreApplication::translate("csm::Book", "The gross margin setting '%1' is not a percentage "
                                                     "from 0 to 100.")
                .arg(q.text(0)),
            book.path(),
            QCoreApplication::translate("csm::Book", "Set gross_margin_percent to a number from 0 to "
                                                     "100 (100 when unsure).")};
    return percent / 100.0;
}

namespace {

Result<KpiOptions> kpiOptions(const Book& book, const RetentionBook& data, const dates::DateRange& period,
                              KpiSplit split, bool drillDown)
{
    const BookSettings settings = book.settings();
    KpiOptions options;
    options.currency = settings.currency;
    auto margin = readGrossMargin(book);
    if (!margin)
        return margin.error();
    options.grossMargin = margin.value();
    options.drillDown = drillDown;
    splitKpis(options, split, data.ledger, data.facts, period, settings);
    return options;
}

} // namespace

Result<KpiReport> readKpis(const Book& book, const dates::DateRange& period, KpiSplit split, bool drillDown)
{
    auto data = readRetentionBook(book, period);
    if (!data)
        return data.error();
    auto options = kpiOptions(book, data.value(), period, split, drillDown);
    if (!options)
        return options.error();
    return RetentionKpis::compute(data->ledger, period, options.value());
}

Result<QList<KpiTarget>> readKpiTargets(const Book& book)
{
    storage::Stmt q(dbOf(book),
                    "SELECT kpi, period, value FROM kpi_target WHERE deleted = 0 ORDER BY kpi, period");
    if (auto st = q.prepared(); !st)
        return st.error();
    QList<KpiTarget> out;
    while (q.next())
        if (const auto kpi = Kpis::fromCode(q.text(0)))
            out.append({*kpi, q.text(1), q.int64(2)});
    if (auto st = q.status(); !st)
        return st.error();
    return out;
}

Result<KpiView> readKpiView(const Book& book, const ReportPeriod& period, KpiSplit split, QDate today)
{
    KpiView view;
    view.period = period;
    view.quarters = ReportPeriod::fiscalQuartersBefore(
        today, dates::FiscalCalendar(book.settings().fiscalYearStartMonth));
    QList<dates::DateRange> ranges;
    dates::DateRange npsDays = period.range(); // the period's and the quarters' responses
    for (const ReportPeriod& q : std::as_const(view.quarters)) {
        ranges.append(q.range());
        npsDays.from = std::min(npsDays.from, q.range().from);
        npsDays.to = std::max(npsDays.to, q.range().to);
    }
    auto data = readRetentionBook(book, npsDays);
    if (!data)
        return data.error();
    auto options = kpiOptions(book, data.value(), period.range(), split, true);
    if (!options)
        return options.error();
    auto report = RetentionKpis::compute(data->ledger, period.range(), options.value());
    if (!report)
        return report.error();
    view.report = std::move(report.value());
    KpiOptions whole = options.value();
    whole.groupOf.clear();
    whole.groupNames.clear();
    whole.drillDown = false;
    auto series = RetentionKpis::computeSeries(data->ledger, ranges, whole);
    if (!series)
        return series.error();
    view.quarterFigures = std::move(series.value());
    auto targets = readKpiTargets(book);
    if (!targets)
        return targets.error();
    view.targets = std::move(targets.value());
    view.accountIds = std::move(data->accountIds);
    view.accountNames = std::move(data->accountNames);
    return view;
}

} // namespace csm
