#include "storage/RenewalReads.h"

#include "storage/Book.h"

#include "BookPrivate.h"
#include "Sqlite.h"

#include <QHash>

namespace csm {

namespace {

sqlite3* dbOf(const Book& book)
{
    return storage::BookAccess::d(book)->db;
}

// The account's ARR on ?1: its latest live event on or before that day; an account without live events
// keeps the ARR it was saved with (docs/schema.md, "ARR rule").
#define CSM_ARR_ON                                                                                           \
    "CASE WHEN EXISTS (SELECT 1 FROM arr_event x WHERE x.account_id = a.id AND x.deleted = 0) "              \
    "THEN coalesce((SELECT e.arr_after FROM arr_event e WHERE e.account_id = a.id AND e.deleted = 0 "        \
    "AND e.effective_on <= ?1 ORDER BY e.effective_on DESC, e.created_at DESC, e.id DESC LIMIT 1), 0) "      \
    "ELSE a.arr END"

// The band of the account's latest snapshot on or before ?1, with the snapshot joined as `latest` on the
// latest day with snapshots. The day's snapshots are one range of the table's key (as_of, account_id): that
// day is found once and each account is one seek into it; only an account missing from that day (added
// since) is looked for further back. Searching each account's latest snapshot by account alone walked the
// key down from the day until it met the account: 3.5 s for 10,000 accounts, minutes for 100,000.
#define CSM_LATEST_BAND                                                                                      \
    "CASE WHEN latest.account_id IS NOT NULL THEN latest.band ELSE (SELECT h.band FROM health_snapshot h "   \
    "WHERE h.account_id = a.id AND h.as_of <= ?1 ORDER BY h.as_of DESC LIMIT 1) END"
#define CSM_LATEST_JOIN                                                                                      \
    "LEFT JOIN health_snapshot latest ON latest.account_id = a.id AND latest.as_of = "                       \
    "(SELECT max(l.as_of) FROM health_snapshot l WHERE l.as_of <= ?1) "

} // namespace

Result<QList<RenewalContract>> readRenewalContracts(const Book& book, QDate asOf)
{
    using storage::Stmt;
    const BookSettings settings = book.settings();
    Stmt q(
        dbOf(book),
        "SELECT c.id, a.id, a.name, a.owner, a.touch_model_override, " CSM_ARR_ON ", "
        "c.start_date, c.term_months, c.auto_renew, c.notice_days, c.notice_rule, c.renewal_term_months, "
        "CASE WHEN a.last_customer_touch_on <= ?1 THEN a.last_customer_touch_on "
        "ELSE (SELECT max(t.occurred_on) FROM touch t WHERE t.account_id = a.id AND t.deleted = 0 "
        "AND t.kind <> 'internal_note' AND t.occurred_on <= ?1) END, " CSM_LATEST_BAND
        ", a.contract_renewed_through, a.contract_churned_on "
        "FROM account a JOIN contract c ON c.id = (SELECT c2.id FROM contract c2 WHERE c2.account_id = a.id "
        "AND c2.deleted = 0 AND c2.start_date <= ?1 ORDER BY c2.start_date DESC, c2.rowid DESC LIMIT "
        "1) " CSM_LATEST_JOIN "WHERE a.deleted = 0");
    if (auto st = q.prepared(); !st)
        return st.error();
    q.bind(1, asOf);
    QList<RenewalContract> out;
    while (q.next()) {
        RenewalContract c;
        c.contractId = q.text(0);
        c.accountId = q.text(1);
        c.accountName = q.text(2);
        c.owner = q.text(3);
        c.arr = q.int64(5);
        const auto override = fromCode<TouchModel>(q.text(4));
        c.touchModel = override ? *override : settings.touchModelForArr(c.arr);
        c.terms.start = q.date(6);
        c.terms.termMonths = q.int32(7);
        c.terms.autoRenew = q.boolean(8);
        c.terms.notice = ContractTerms::noticeOf(q.int32(9), q.text(10));
        c.terms.renewalTermMonths = q.isNull(11) ? 0 : q.int32(11);
        if (!q.isNull(12))
            c.lastCustomerTouch = q.date(12);
        if (!q.isNull(13))
            c.healthBand = fromCode<HealthBand>(q.text(13));
        // What extends a contract that does not renew by itself (schema 4's facts of the latest contract).
        if (!q.isNull(14))
            c.terms.recorded.renewedThrough = q.date(14);
        if (!q.isNull(15))
            c.terms.recorded.churnedOn = q.date(15);
        out.append(std::move(c));
    }
    if (auto st = q.status(); !st)
        return st.error();
    return out;
}

Result<RecordedForecasts> readRecordedForecasts(const Book& book, QDate after)
{
    using storage::Stmt;
    Stmt q(dbOf(book), "SELECT r.id, r.account_id, r.renewal_date, r.forecast, r.outcome FROM renewal r "
                       "WHERE r.deleted = 0 AND r.renewal_date > ?1 ORDER BY r.updated_at, r.id");
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

Result<RetentionBook> readRetentionBook(const Book& book)
{
    using storage::Stmt;
    sqlite3* db = dbOf(book);
    RetentionBook out;
    Stmt accounts(db,
                  "SELECT id, owner, touch_model_override, name FROM account WHERE deleted = 0 ORDER BY id");
    if (auto st = accounts.prepared(); !st)
        return st.error();
    // Events of live accounts in the order of the ARR rule: by date, then when written (docs/schema.md).
    Stmt events(db, "SELECT e.account_id, e.effective_on, e.arr_after FROM arr_event e "
                    "JOIN account a ON a.id = e.account_id AND a.deleted = 0 WHERE e.deleted = 0 "
                    "ORDER BY e.account_id, e.effective_on, e.created_at, e.id");
    if (auto st = events.prepared(); !st)
        return st.error();
    QHash<QString, int> number;
    bool haveEvent = events.next();
    while (accounts.next()) {
        const QString id = accounts.text(0);
        const int n = out.ledger.addAccount();
        number.insert(id, n);
        out.accountIds.append(id);
        out.accountNames.append(accounts.text(3));
        out.facts.owners.append(accounts.text(1));
        out.facts.overrides.append(fromCode<TouchModel>(accounts.text(2)));
        while (haveEvent && events.text(0) == id) {
            if (auto st = out.ledger.addArrEvent(events.date(1), events.int64(2)); !st)
                return st.error();
            haveEvent = events.next();
        }
    }
    if (auto st = accounts.status(); !st)
        return st.error();
    if (auto st = events.status(); !st)
        return st.error();

    Stmt nps(db, "SELECT account_id, responded_on, score FROM nps_response WHERE deleted = 0");
    if (auto st = nps.prepared(); !st)
        return st.error();
    while (nps.next()) {
        const auto it = number.constFind(nps.text(0));
        if (it == number.cend())
            continue; // a tombstoned account's
        if (auto st = out.ledger.addNpsResponse(it.value(), nps.date(1), nps.int32(2)); !st)
            return st.error();
    }
    if (auto st = nps.status(); !st)
        return st.error();
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
    auto data = readRetentionBook(book);
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
    auto data = readRetentionBook(book);
    if (!data)
        return data.error();
    auto options = kpiOptions(book, data.value(), period.range(), split, true);
    if (!options)
        return options.error();
    KpiView view;
    view.period = period;
    auto report = RetentionKpis::compute(data->ledger, period.range(), options.value());
    if (!report)
        return report.error();
    view.report = std::move(report.value());
    view.quarters = ReportPeriod::fiscalQuartersBefore(
        today, dates::FiscalCalendar(book.settings().fiscalYearStartMonth));
    QList<dates::DateRange> ranges;
    for (const ReportPeriod& q : std::as_const(view.quarters))
        ranges.append(q.range());
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
