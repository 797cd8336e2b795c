// Issue 14's figures: the Renewals view's computation (readUpcomingRenewals, what its reader job runs), the
// KPIs of a fiscal year (`report kpis --period FY…`: readKpis) and the Reports view's read with the 8-quarter
// chart (readKpiView), each against the bare read of the rows it is made of (its floor).

#include "BookPrivate.h"
#include "Scenarios.h"
#include "domain/ReportPeriod.h"
#include "storage/Book.h"
#include "storage/RenewalReads.h"

#include <sqlite3.h>

#include <optional>

namespace csm::bench {

namespace {

Figure renewalFigure(const QString& key, const QString& what, int accounts, const Sample& s, double target,
                     const QString& note)
{
    Figure f = timeFigure(key, what, accounts, s);
    if (accounts >= 100000) {
        f.goal = Goal::AtMost;
        f.target = target;
        f.targetSource = QStringLiteral("issue 14");
    }
    f.note = note;
    return f;
}

// Reads every row of the statements to the end through the C API: what no computation over them can beat.
// A statement's ?1, if it has one, is `day`.
double bareReadMs(sqlite3* db, const QList<const char*>& statements, int runs, const QByteArray& day = {})
{
    return timeMs(runs, nullptr,
                  [&] {
                      for (const char* sql : statements) {
                          sqlite3_stmt* q = nullptr;
                          if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) != SQLITE_OK)
                              return;
                          if (sqlite3_bind_parameter_count(q) > 0)
                              sqlite3_bind_text(q, 1, day.constData(), int(day.size()), SQLITE_STATIC);
                          while (sqlite3_step(q) == SQLITE_ROW) {
                          }
                          sqlite3_finalize(q);
                      }
                  })
        .median;
}

} // namespace

void benchRenewals(Harness& h, const Config& config, int accounts)
{
    const FixedClock clock(config.asOf);
    Result<std::unique_ptr<Book>> opened =
        Book::open(bookPath(config, accounts), Book::OpenMode::ReadOnly, clock);
    if (!opened) {
        qWarning("cannot open the book: %s", qPrintable(opened.error().toString()));
        return;
    }
    Book& book = **opened;
    sqlite3* db = storage::BookAccess::d(book)->db;
    const int runs = accounts >= 100000 ? config.slowRuns : config.runs;
    const dates::FiscalCalendar fiscal(book.settings().fiscalYearStartMonth);
    // The last whole fiscal year, as the Reports view offers first.
    const ReportPeriod year = ReportPeriod::fiscalYear(fiscal.fiscalYear(config.asOf) - 1, fiscal);

    // The Renewals view's read job gets the reader thread's second connection, as the app's does.
    auto second = book.openAnotherConnection(Book::Access::Read);
    if (!second) {
        qWarning("cannot open a second connection: %s", qPrintable(second.error().toString()));
        return;
    }
    // The answer is kept until the next run and freed before it, outside the time: the view hands it to its
    // model, which frees the list it replaces on a helper thread (RenewalsModel::setRenewals).
    std::optional<Result<QList<UpcomingRenewal>>> answer;
    const Sample renewals = timeMs(
        runs, [&] { answer.reset(); },
        [&] { answer = readUpcomingRenewals(book, config.asOf, 365, second->get()); });
    answer.reset();
    Figure r =
        renewalFigure(QStringLiteral("renewals.view"),
                      QStringLiteral("Renewals view: the list a year ahead (read + compute)"), accounts,
                      renewals, 300, QStringLiteral("issue 14: under 300 ms off the GUI thread"));
    // What the view reads when every account's latest contract has started (schema 11) and no account has an
    // ARR event after the day (schema 12): the accounts with their contract's terms and latest ARR event, the
    // renewals after the day and the latest day's bands.
    r.floor = bareReadMs(
        db,
        {"SELECT id, name, owner, touch_model_override, arr, last_customer_touch_on, contract_id, "
         "contract_start_date, contract_term_months, contract_notice_days, contract_notice_rule, "
         "latest_arr_event_on, latest_arr_after FROM account WHERE deleted = 0",
         "SELECT account_id, renewal_date, forecast, outcome, id FROM renewal WHERE deleted = 0 AND "
         "renewal_date > ?1",
         "SELECT account_id, band FROM health_snapshot WHERE as_of = (SELECT max(as_of) FROM health_snapshot "
         "WHERE as_of <= ?1)"},
        runs, config.asOf.toString(Qt::ISODate).toLatin1());
    r.floorWhat =
        QStringLiteral("bare reads of the accounts, the renewals after the day and the latest bands");
    h.add(r);

    const QList<const char*> kpiRows = {
        "SELECT id, owner, touch_model_override, name FROM account WHERE deleted = 0 ORDER BY id",
        "SELECT account_id, effective_on, arr_after, created_at, id FROM arr_event NOT INDEXED WHERE deleted "
        "= 0",
        "SELECT account_id, responded_on, score FROM nps_response NOT INDEXED WHERE deleted = 0"};
    const double kpiFloor = bareReadMs(db, kpiRows, runs);

    const Sample kpis = timeMs(
        runs, nullptr, [&] { (void)readKpis(book, year.range(), KpiSplit::None, false, second->get()); });
    Figure k = renewalFigure(QStringLiteral("kpis.fiscal_year"),
                             QStringLiteral("report kpis --period %1 (read + compute)").arg(year.name()),
                             accounts, kpis, 300, QStringLiteral("issue 14: under 300 ms"));
    k.floor = kpiFloor;
    k.floorWhat =
        QStringLiteral("bare reads of the accounts (by id), ARR events and NPS responses (in table order)");
    h.add(k);

    const Sample view = timeMs(
        runs, nullptr, [&] { (void)readKpiView(book, year, KpiSplit::None, config.asOf, second->get()); });
    Figure v =
        renewalFigure(QStringLiteral("kpis.reports_view"),
                      QStringLiteral("Reports view: a fiscal year with its accounts and the 8-quarter chart"),
                      accounts, view, 1000, QStringLiteral("issue 14: the 8-quarter chart under 1 s"));
    v.floor = kpiFloor;
    v.floorWhat = k.floorWhat;
    h.add(v);
}

} // namespace csm::bench
