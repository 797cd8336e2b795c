#include "storage/RenewalReads.h"

#include "storage/Book.h"

#include "AccountRows.h"
#include "BookPrivate.h"
#include "Sqlite.h"

#include <algorithm>

namespace csm {

namespace {

sqlite3* dbOf(const Book& book)
{
    return storage::BookAccess::d(book)->db;
}

} // namespace

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
    // BINARY collation, as ORDER BY id: bytes, then length. A table written in id order needs no sort.
    const auto byId = [](const AccountRow& a, const AccountRow& b) { return a.id < b.id; };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), byId))
        std::sort(rows.begin(), rows.end(), byId);
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

Result<QList<UpcomingRenewal>> readUpcomingRenewals(const Book& book, QDate asOf, int withinDays,
                                                    Book* second)
{
    auto contracts = readRenewalContracts(book, asOf, second);
    if (!contracts)
        return contracts.error();
    const auto calendar = dates::HolidayCalendar::forSettings(book.settings());
    return RenewalList::upcoming(std::move(contracts.value()), asOf, withinDays, calendar);
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
