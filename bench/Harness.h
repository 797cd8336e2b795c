#pragma once

// The benchmark's registry of figures: each measurement is recorded once with its unit, its target from the
// issues (if any) and the floor of the part underneath it (if any), then written as JSON and as the
// Markdown table of docs/PERFORMANCE.md. A later capability adds a figure with one call to Harness::add().

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace csm::bench {

// How a figure is judged against its target.
enum class Goal
{
    None,             // reported only
    AtMost,           // value <= target (times, memory)
    RatioAtMost,      // value / floor <= target (a time against its floor)
    FloorRatioAtMost, // floor / value <= target (a rate against its floor: rows/s)
};

struct Figure
{
    QString key;                 // stable id, e.g. "accounts.sort.name"
    QString what;                // human label
    int accounts = 0;            // size of the book measured (0: not tied to a book)
    std::optional<double> value; // median; empty when not measured (see note)
    QString unit;                // "ms", "MB", "rows/s", "s"
    int runs = 0;
    Goal goal = Goal::None;
    double target = 0;
    QString targetSource; // e.g. "issue 3"
    std::optional<double> floor;
    QString floorWhat;
    double minValue = 0, maxValue = 0;
    double rssMB = 0, peakMB = 0; // the measuring process's resident and peak memory when recorded
    QString note;

    std::optional<double> ratio() const;
    std::optional<bool> passed() const;
    QJsonObject toJson() const;
};

// Medians and spread of repeated runs.
struct Sample
{
    double median = 0, min = 0, max = 0;
    int runs = 0;
};
Sample summarize(QList<double> values);

// Runs body `runs` times (setup before each, untimed) and returns the times in milliseconds.
Sample timeMs(int runs, const std::function<void()>& setup, const std::function<void()>& body);

// A time in milliseconds from a sample (median, spread, runs), without a target yet.
Figure timeFigure(const QString& key, const QString& what, int accounts, const Sample& s);

// Removes a book file with the files SQLite and the app keep beside it (-wal, -shm, -journal, .lock).
void removeBook(const QString& path);

// Memory of this process from /proc/self/status, in MB.
double residentMB(); // VmRSS
double peakMB();     // VmHWM

// Monotonic clock in nanoseconds (shared with the startup probe of csm-workbench).
qint64 monotonicNs();

class Harness
{
public:
    Figure& add(Figure f);
    const QList<Figure>& figures() const { return m_figures; }

    QJsonObject toJson(const QJsonObject& machine, const QJsonObject& run) const;
    QString markdownTable(const QString& reproduce) const;

private:
    QList<Figure> m_figures;
};

// CPU, cores, memory, OS, compiler, Qt and SQLite versions, build type.
QJsonObject describeMachine();

} // namespace csm::bench
