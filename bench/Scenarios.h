#pragma once

// The measurements of csm-bench, one function per area. Each records its figures in the Harness; a later
// capability (health, import, portfolio, KPIs) adds a function here and one call in main.cpp.

#include "Harness.h"

#include <QDate>
#include <QString>

namespace csm::bench {

struct Config
{
    QString scratch;   // folder for generated books
    QString self;      // this executable (for child processes)
    QString workbench; // csm-workbench (for the start-up figures)
    QDate asOf;        // the books' "today"
    bool quick = false;
    bool dropCaches = false; // whether /proc/sys/vm/drop_caches works here (decided at start)
    int runs = 5;            // default repetitions
    int slowRuns = 3;        // repetitions of the slow items at 100,000 accounts
};

QString bookPath(const Config& config, int accounts);

// Generates the book of this size (kept for the other measurements) and measures the generator against
// the raw-insert floor.
bool benchGenerate(Harness& h, const Config& config, int accounts);
// Warm and cold opens, the schema check on open.
void benchOpen(Harness& h, const Config& config, int accounts);
// Accounts model: load, sort by each column, filter keystrokes.
void benchAccounts(Harness& h, const Config& config, int accounts);
// Resident memory of a fresh process that only loads the accounts list.
void benchAccountsMemory(Harness& h, const Config& config, int accounts);
// Logging a touch through the workspace's undo stack, with the refresh of the affected row.
void benchLogTouch(Harness& h, const Config& config, int accounts);
// The Today list.
void benchToday(Harness& h, const Config& config, int accounts);
// Ctrl+K over touches (trigram index, or the scan below three characters) and contacts, warm and cold, with
// the schema-1 LIKE scan it replaced for reference.
void benchQuickSearch(Harness& h, const Config& config, int accounts);
// A reused book of an older schema: the upgrade on its first open (checked backup, then the migration).
void benchUpgrade(Harness& h, const Config& config, int accounts);
// Each chart's replot.
void benchCharts(Harness& h, const Config& config);
// CsvReader over a million usage rows, alone and with the checks of a usage import, against the sqlite3
// shell's .import of the same file (CsvScenario.cpp).
void benchCsv(Harness& h, const Config& config);

// Health (issue 12): full recompute against its SQL floor, one account's update, the Health tab's read, the
// back-test and the 52-week back-fill (HealthScenarios.cpp).
void benchHealth(Harness& h, const Config& config, int accounts);

// Onboarding roadmaps (issue 15): the Roadmaps view's read and show, one account's tab, a milestone
// completed, a re-plan, Today's overdue milestones (RoadmapScenarios.cpp).
void benchRoadmaps(Harness& h, const Config& config, int accounts);
// Renewals and KPIs (issue 14): the Renewals view's list, `report kpis` for a fiscal year and the Reports
// view's read with the 8-quarter chart (RenewalScenarios.cpp).
void benchRenewals(Harness& h, const Config& config, int accounts);

// The portfolio report PDF from the aggregates of 100,000 accounts (bench/PrintScenarios.cpp).
void benchPrint(Harness& h, const Config& config);

// The portfolio view of a book (read, score, aggregate) against the raw read of its rows, and a team view of
// 20 books of 2,000 accounts (PortfolioScenarios.cpp).
void benchPortfolio(Harness& h, const Config& config, int accounts);
void benchTeamView(Harness& h, const Config& config);
// The book's JSON export and its re-import into a new book (issue 13), each timed whole.
void benchBookJson(Harness& h, const Config& config, int accounts);

// The charts of ui/charts at the sizes they show (ChartScenarios.cpp).
void benchChartReplots(Harness& h, const Config& config);
// csm-workbench from process start to the first shown window (and to the filled accounts list).
void benchStartup(Harness& h, const Config& config, int accounts);

// Child-process entry points (csm-bench --child-...): print one line of results on stdout.
int childOpen(const QString& book, const QDate& asOf);
int childProbe(const QString& book);
int childLoad(const QString& book, const QDate& asOf);
int childSearch(const QString& book, const QString& text);

// Tries to drop the OS page cache (needs root and a writable /proc/sys/vm/drop_caches).
bool dropOsCaches();

} // namespace csm::bench
