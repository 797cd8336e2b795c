#include "storage/RenewalReads.h"

#include "storage/Book.h"

#include "AccountRows.h"
#include "BookPrivate.h"
#include "Sqlite.h"
#include "Tables.h"

#include <algorithm>
#include <array>
#include <optional>

namespace csm {

namespace {

sqlite3* dbOf(const Book& book)
{
    return storage::BookAccess::d(book)->db;
}

} // namespace

namespace {

// An account as the KPIs need it, read in table order and numbered in id order afterwards.
struct RetentionAccount
{
    QByteArray id;
    QString owner;
    std::optional<TouchModel> override;
    QString name;
};

// The live accounts of one half of the rowids (Rowids), in table order.
Status readRetentionAccounts(sqlite3* db, storage::Rowids rowids, qint64 split, QList<RetentionAccount>& rows)
{
    storage::SharedTexts owners;
    storage::Stmt accounts(db, rowids == storage::Rowids::UpToSplit
                                   ? "SELECT id, owner, touch_model_override, name FROM account "
                                     "WHERE deleted = 0 AND rowid <= ?1"
                                   : "SELECT id, owner, touch_model_override, name FROM account "
                                     "WHERE deleted = 0 AND rowid > ?1");
    accounts.bind(1, split);
    while (accounts.next()) {
        rows.append({accounts.utf8(0).toByteArray(), owners.of(accounts.utf8(1)),
                     storage::optCode<TouchModel>(accounts, 2), accounts.text(3)});
    }
    return accounts.status();
}

struct NpsRow
{
    int account = 0;
    QDate respondedOn;
    int score = 0;
};

// The live responses dated in `days` of the indexed accounts, in table order (an index walk would read the
// table at random); rows of tombstoned accounts are skipped.
Status readNpsRows(sqlite3* db, const storage::AccountIndex& index,
                   const std::optional<dates::DateRange>& days, QList<NpsRow>& rows)
{
    storage::Stmt nps(db, "SELECT account_id, responded_on, score FROM nps_response NOT INDEXED "
                          "WHERE deleted = 0 AND responded_on BETWEEN ?1 AND ?2");
    nps.bind(1, days ? days->from : QDate(1, 1, 1)).bind(2, days ? days->to : QDate(9999, 12, 31));
    if (auto st = nps.prepared(); !st)
        return st;
    return storage::eachAccountRow(nps, index, {}, [&](int account) {
        rows.append({account, nps.date(1), nps.int32(2)});
    });
}

} // namespace

Result<RetentionBook> readRetentionBook(const Book& book, const std::optional<dates::DateRange>& npsDays,
                                        Book* second)
{
    sqlite3* db = dbOf(book);
    sqlite3* other = second ? dbOf(*second) : nullptr;
    RetentionBook out;
    // The accounts in two halves of their rowids, one on each connection when there is a second one; numbered
    // in id order and sorted here: walking the id index would read the table at random for each account.
    auto halves = storage::accountHalves(db);
    if (!halves)
        return halves.error();
    std::array<QList<RetentionAccount>, 2> parts;
    if (halves->room > 0) {
        if (auto st = storage::readOnBoth(
                db, other,
                [&](sqlite3* on) {
                    return readRetentionAccounts(on, storage::Rowids::UpToSplit, halves->split, parts[0]);
                },
                [&](sqlite3* on) {
                    return readRetentionAccounts(on, storage::Rowids::AfterSplit, halves->split, parts[1]);
                },
                [&] { parts[1].clear(); });
            !st)
            return st.error();
    }
    QList<RetentionAccount> rows = std::move(parts[0]);
    rows.append(std::move(parts[1]));
    // BINARY collation, as ORDER BY id: bytes, then length. A table written in id order needs no sort.
    const auto byId = [](const RetentionAccount& a, const RetentionAccount& b) { return a.id < b.id; };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), byId))
        std::sort(rows.begin(), rows.end(), byId);
    storage::AccountIndex number;
    number.reserve(rows.size(), rows.isEmpty() ? 0 : rows.constFirst().id.size());
    out.accountIds.reserve(rows.size());
    out.accountNames.reserve(rows.size());
    out.facts.owners.reserve(rows.size());
    out.facts.overrides.reserve(rows.size());
    for (RetentionAccount& a : rows) {
        number.insert(a.id, int(out.accountIds.size()));
        out.accountIds.append(storage::fromMostlyAscii(a.id));
        out.accountNames.append(std::move(a.name));
        out.facts.owners.append(std::move(a.owner));
        out.facts.overrides.append(a.override);
    }
    // The ARR events (in the order of the ARR rule: by date, then when written; docs/schema.md) beside the
    // NPS responses, on the two connections.
    QList<storage::AccountArrEvent> events;
    QList<NpsRow> responses;
    if (auto st = storage::readOnBoth(
            db, other,
            [&](sqlite3* on) -> Status {
                auto read = storage::readArrEventsByAccount(on, number, {});
                if (!read)
                    return read.error();
                events = std::move(read.value());
                return {};
            },
            [&](sqlite3* on) { return readNpsRows(on, number, npsDays, responses); },
            [&] { responses.clear(); });
        !st)
        return st.error();
    out.ledger.reserve(out.accountIds.size(), events.size());
    qsizetype next = 0;
    for (qsizetype n = 0; n < out.accountIds.size(); ++n) {
        out.ledger.addAccount();
        for (; next < events.size() && events.at(next).account == n; ++next) {
            if (auto st = out.ledger.addArrEvent(events.at(next).effectiveOn, events.at(next).arrAfter); !st)
                return st.error();
        }
    }
    for (const NpsRow& r : std::as_const(responses)) {
        if (auto st = out.ledger.addNpsResponse(r.account, r.respondedOn, r.score); !st)
            return st.error();
    }
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

Result<KpiReport> readKpis(const Book& book, const dates::DateRange& period, KpiSplit split, bool drillDown,
                           Book* second)
{
    auto data = readRetentionBook(book, period, second);
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

Result<KpiView> readKpiView(const Book& book, const ReportPeriod& period, KpiSplit split, QDate today,
                            Book* second)
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
    auto data = readRetentionBook(book, npsDays, second);
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
