// Issue 15's figures: the Roadmaps view (the reader thread's read with every roadmap's status, the time to
// first value medians and the rows; then what the GUI thread does with them), against the bare SQL read of
// the same rows; one account's Roadmap tab read; a milestone completed and a kickoff re-planned as the tab
// saves them (the whole roadmap in one transaction, with the health refresh of the commit); Today's overdue
// milestones. The issue sets no figure of its own: the GUI-thread parts are held to DESIGN §9's 100 ms, the
// view's read to a second on the 10,000-account book ("no screen makes the user wait").

#include "BookPrivate.h"
#include "Scenarios.h"
#include "domain/RoadmapSchedule.h"
#include "domain/TodayRoadmaps.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/roadmaps/RoadmapsPage.h"
#include "ui/workspace/BookWorkspace.h"

#include <sqlite3.h>

namespace csm::bench {

namespace {

void atMost(Figure& f, double target, const QString& source)
{
    f.goal = Goal::AtMost;
    f.target = target;
    f.targetSource = source;
}

// The floor of the view's read: every column of the live roadmaps and their live milestones, read to the end
// through the C API (what the repository reads before any status is computed).
double rowsFloorMs(sqlite3* db)
{
    const char* const statements[] = {
        "SELECT * FROM roadmap WHERE deleted = 0",
        "SELECT m.* FROM milestone m JOIN roadmap r ON r.id = m.roadmap_id WHERE m.deleted = 0 AND r.deleted "
        "= 0",
        "SELECT * FROM template_milestone WHERE deleted = 0",
    };
    const Sample s = timeMs(1, nullptr, [&] {
        for (const char* sql : statements) {
            sqlite3_stmt* q = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) != SQLITE_OK)
                return;
            while (sqlite3_step(q) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(q); ++c)
                    (void)sqlite3_column_text(q, c);
            }
            sqlite3_finalize(q);
        }
    });
    return s.median;
}

// An open milestone of an active roadmap, for the edits (the roadmaps picked spread over the book).
struct OpenMilestone
{
    Roadmap roadmap;
    int index = -1;
};

QList<OpenMilestone> openMilestones(const QList<Roadmap>& roadmaps, int wanted)
{
    QList<OpenMilestone> found;
    const qsizetype step = std::max<qsizetype>(1, roadmaps.size() / std::max(1, wanted));
    for (qsizetype i = 0; i < roadmaps.size() && found.size() < wanted; i += step) {
        const Roadmap& r = roadmaps.at(i);
        for (int m = 0; m < r.milestones.size(); ++m) {
            const MilestoneStatus s = r.milestones.at(m).status;
            if (!r.milestones.at(m).deleted &&
                (s == MilestoneStatus::Planned || s == MilestoneStatus::InProgress)) {
                found.append({r, m});
                break;
            }
        }
    }
    return found;
}

} // namespace

void benchRoadmaps(Harness& h, const Config& config, int accounts)
{
    const FixedClock clock(config.asOf);
    auto opened = Book::open(bookPath(config, accounts), Book::OpenMode::ReadWrite, clock);
    if (!opened) {
        qWarning("cannot open the book: %s", qPrintable(opened.error().toString()));
        return;
    }
    BookWorkspace workspace(clock);
    workspace.setLoadInBackground(false);
    workspace.adoptBook(std::move(*opened));
    if (workspace.isLoading() || workspace.accountCount() == 0)
        workspace.reload();
    Book& book = *workspace.book();
    const QList<AccountSummary> summaries = book.accounts().summaries(config.asOf).value();
    const BookSettings settings = book.settings();
    const int runs = accounts >= 100000 ? config.slowRuns : config.runs;

    // The Roadmaps view: the reader thread's read, against the bare read of the same rows.
    RoadmapsPage::Loaded loaded;
    const Sample read = timeMs(
        runs, nullptr, [&] { loaded = RoadmapsPage::read(book, summaries, settings, config.asOf).value(); });
    Figure r = timeFigure(QStringLiteral("roadmaps.view_read"),
                          QStringLiteral("Roadmaps view: read every roadmap with status and medians"),
                          accounts, read);
    if (accounts == 10000)
        atMost(r, 1000, QStringLiteral("DESIGN §2 (no screen makes the user wait)"));
    QList<double> floors;
    for (int i = 0; i < runs; ++i)
        floors.append(rowsFloorMs(storage::BookAccess::d(book)->db));
    r.floor = summarize(floors).median;
    r.floorWhat = QStringLiteral("bare SELECT of the live roadmaps, milestones and template milestones");
    r.note =
        QStringLiteral("%1 roadmaps, %2 active rows").arg(loaded.roadmaps.size()).arg(loaded.rows.size());
    h.add(r);

    // What the GUI thread does with it: the rows into the model, the template boxes, the funnel, the medians.
    RoadmapsPage page(workspace);
    page.resize(1400, 800);
    const Sample present = timeMs(runs, nullptr, [&] { page.present(loaded); });
    Figure p = timeFigure(QStringLiteral("roadmaps.view_present"),
                          QStringLiteral("Roadmaps view: show the rows and the funnel (GUI thread)"),
                          accounts, present);
    atMost(p, 100, QStringLiteral("DESIGN §9"));
    h.add(p);

    // One account's Roadmap tab: its roadmaps and the templates (the reader thread's job).
    QList<Id> withRoadmaps;
    for (const Roadmap& x : std::as_const(loaded.roadmaps)) {
        if (withRoadmaps.size() >= 500)
            break;
        withRoadmaps.append(x.accountId);
    }
    int next = 0;
    if (!withRoadmaps.isEmpty()) {
        const Sample tab = timeMs(5 * config.runs, nullptr, [&] {
            const Id& id = withRoadmaps.at((next += 7919) % withRoadmaps.size());
            (void)book.roadmaps().forAccount(id);
            (void)book.roadmaps().templates();
        });
        Figure t = timeFigure(QStringLiteral("roadmaps.tab_read"),
                              QStringLiteral("Roadmap tab: read one account's roadmaps"), accounts, tab);
        atMost(t, 100, QStringLiteral("DESIGN §9"));
        h.add(t);
    }

    // A milestone completed, and a kickoff moved a week, each saved as the tab saves it (GUI thread).
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    QList<OpenMilestone> edits = openMilestones(loaded.roadmaps, 5 * config.runs);
    if (!edits.isEmpty()) {
        int k = 0;
        const Sample complete = timeMs(int(edits.size()), nullptr, [&] {
            OpenMilestone& e = edits[k++];
            Roadmap after = e.roadmap;
            (void)RoadmapSchedule::change(after.milestones[e.index],
                                          {MilestoneAction::Complete, config.asOf, {}}, after.kickoffOn,
                                          config.asOf);
            (void)book.roadmaps().save(after);
        });
        Figure c = timeFigure(QStringLiteral("roadmaps.complete"),
                              QStringLiteral("Roadmap tab: complete a milestone (save + health refresh)"),
                              accounts, complete);
        atMost(c, 100, QStringLiteral("DESIGN §9"));
        h.add(c);

        k = 0;
        const Sample replan = timeMs(int(edits.size()), nullptr, [&] {
            Roadmap after = book.roadmaps().get(edits[k++].roadmap.id).value();
            (void)RoadmapSchedule::replan(after, after.kickoffOn.addDays(7), calendar);
            (void)book.roadmaps().save(after);
        });
        Figure rp = timeFigure(QStringLiteral("roadmaps.replan"),
                               QStringLiteral("Roadmap tab: move the kickoff a week (re-plan + save)"),
                               accounts, replan);
        atMost(rp, 100, QStringLiteral("DESIGN §9"));
        h.add(rp);
    }

    // Today's overdue milestones: the read of the roadmaps behind and the lines.
    const Sample today = timeMs(runs, nullptr, [&] {
        const QList<Roadmap> behind = book.roadmaps().withOpenMilestonesDueBefore(config.asOf).value();
        (void)overdueMilestones(behind, summaries, settings, config.asOf);
    });
    Figure td = timeFigure(QStringLiteral("roadmaps.today"),
                           QStringLiteral("Today: overdue milestones (read + lines)"), accounts, today);
    if (accounts == 10000)
        atMost(td, 1000, QStringLiteral("DESIGN §2 (no screen makes the user wait)"));
    h.add(td);
}

} // namespace csm::bench
