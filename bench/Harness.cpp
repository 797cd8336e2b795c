#include "Harness.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtGlobal>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <thread>

namespace csm::bench {

std::optional<double> Figure::ratio() const
{
    if (!value || !floor || *floor <= 0 || *value <= 0)
        return std::nullopt;
    if (goal == Goal::FloorRatioAtMost)
        return *floor / *value;
    return *value / *floor;
}

std::optional<bool> Figure::passed() const
{
    if (!value)
        return std::nullopt;
    switch (goal) {
    case Goal::None:
        return std::nullopt;
    case Goal::AtMost:
        return *value <= target;
    case Goal::RatioAtMost:
    case Goal::FloorRatioAtMost: {
        const std::optional<double> r = ratio();
        if (!r)
            return std::nullopt;
        return *r <= target;
    }
    }
    return std::nullopt;
}

QJsonObject Figure::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("key")] = key;
    o[QStringLiteral("what")] = what;
    if (accounts > 0)
        o[QStringLiteral("accounts")] = accounts;
    o[QStringLiteral("value")] = value ? QJsonValue(*value) : QJsonValue();
    o[QStringLiteral("unit")] = unit;
    o[QStringLiteral("runs")] = runs;
    if (runs > 1) {
        o[QStringLiteral("min")] = minValue;
        o[QStringLiteral("max")] = maxValue;
    }
    if (goal != Goal::None) {
        static const char* const goals[] = {"none", "at_most", "ratio_at_most", "floor_ratio_at_most"};
        o[QStringLiteral("goal")] = QString::fromLatin1(goals[int(goal)]);
        o[QStringLiteral("target")] = target;
        o[QStringLiteral("target_source")] = targetSource;
    }
    if (floor) {
        o[QStringLiteral("floor")] = *floor;
        o[QStringLiteral("floor_what")] = floorWhat;
    }
    if (const auto r = ratio())
        o[QStringLiteral("ratio")] = *r;
    if (const auto p = passed())
        o[QStringLiteral("pass")] = *p;
    o[QStringLiteral("process_rss_mb")] = rssMB;
    o[QStringLiteral("process_peak_mb")] = peakMB;
    if (!note.isEmpty())
        o[QStringLiteral("note")] = note;
    return o;
}

Sample summarize(QList<double> values)
{
    Sample s;
    s.runs = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.constFirst();
    s.max = values.constLast();
    return s;
}

Figure timeFigure(const QString& key, const QString& what, int accounts, const Sample& s)
{
    Figure f;
    f.key = key;
    f.what = what;
    f.accounts = accounts;
    f.value = s.median;
    f.unit = QStringLiteral("ms");
    f.runs = s.runs;
    f.minValue = s.min;
    f.maxValue = s.max;
    return f;
}

void removeBook(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

Sample timeMs(int runs, const std::function<void()>& setup, const std::function<void()>& body)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        const qint64 start = monotonicNs();
        body();
        times << double(monotonicNs() - start) / 1e6;
    }
    return summarize(times);
}

namespace {

double statusFieldMB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

double totalMemoryGB()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray first = f.readLine();
    return first.mid(first.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble() / 1024.0 / 1024.0;
}

QString fmt(double v)
{
    if (v >= 1e6)
        return QString::number(v / 1e6, 'f', 2) + QStringLiteral(" M");
    if (v >= 100)
        return QString::number(v, 'f', 0);
    if (v >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 2);
}

QString withUnit(double v, const QString& unit)
{
    return fmt(v) + QLatin1Char(' ') + unit;
}

} // namespace

double residentMB()
{
    return statusFieldMB("VmRSS");
}

double peakMB()
{
    return statusFieldMB("VmHWM");
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Figure& Harness::add(Figure f)
{
    f.rssMB = residentMB();
    f.peakMB = peakMB();
    m_figures.append(std::move(f));
    const Figure& r = m_figures.constLast();
    QString line = QStringLiteral("  %1 [%2]: ").arg(r.what).arg(r.accounts);
    line += r.value ? withUnit(*r.value, r.unit) : QStringLiteral("n/a");
    if (r.floor)
        line += QStringLiteral("  floor %1").arg(withUnit(*r.floor, r.unit));
    if (const auto ratio = r.ratio())
        line += QStringLiteral("  ratio %1").arg(*ratio, 0, 'f', 2);
    if (const auto p = r.passed())
        line += *p ? QStringLiteral("  ok") : QStringLiteral("  MISS");
    qInfo("%s", qPrintable(line));
    return m_figures.last();
}

QJsonObject Harness::toJson(const QJsonObject& machine, const QJsonObject& run) const
{
    QJsonArray list;
    for (const Figure& f : m_figures)
        list.append(f.toJson());
    QJsonObject o;
    o[QStringLiteral("machine")] = machine;
    o[QStringLiteral("run")] = run;
    o[QStringLiteral("figures")] = list;
    return o;
}

QString Harness::markdownTable(const QString& reproduce) const
{
    QString md;
    md +=
        QStringLiteral("| Figure | Accounts | Median | Runs (min–max) | Target | Floor | Ratio | Result |\n");
    md += QStringLiteral("|---|---:|---:|---|---|---:|---:|---|\n");
    for (const Figure& f : m_figures) {
        QString target;
        switch (f.goal) {
        case Goal::None:
            target = QStringLiteral("—");
            break;
        case Goal::AtMost:
            target = QStringLiteral("< ") + withUnit(f.target, f.unit);
            break;
        case Goal::RatioAtMost:
        case Goal::FloorRatioAtMost:
            target = QStringLiteral("≤ %1× floor").arg(fmt(f.target));
            break;
        }
        if (!f.targetSource.isEmpty())
            target += QStringLiteral(" (") + f.targetSource + QLatin1Char(')');
        const QString spread =
            f.runs > 1 ? QStringLiteral("%1 (%2–%3)").arg(f.runs).arg(fmt(f.minValue), fmt(f.maxValue))
                       : QString::number(f.runs);
        QString result = QStringLiteral("—");
        if (!f.value)
            result = f.note.isEmpty() ? QStringLiteral("n/a") : QStringLiteral("n/a — ") + f.note;
        else if (const auto p = f.passed())
            result = *p ? QStringLiteral("pass") : QStringLiteral("**MISS**");
        if (f.value && !f.note.isEmpty())
            result = result == QStringLiteral("—") ? f.note : result + QStringLiteral(" — ") + f.note;
        const auto ratio = f.ratio();
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(f.what, f.accounts > 0 ? QString::number(f.accounts) : QStringLiteral("—"),
                       f.value ? withUnit(*f.value, f.unit) : QStringLiteral("n/a"), spread, target,
                       f.floor ? withUnit(*f.floor, f.unit) : QStringLiteral("—"),
                       ratio ? QString::number(*ratio, 'f', 2) : QStringLiteral("—"), result);
    }
    md += QStringLiteral("\nReproduce: `%1`\n").arg(reproduce);
    return md;
}

QJsonObject describeMachine()
{
    QJsonObject m;
    m[QStringLiteral("cpu")] = cpuModel();
    m[QStringLiteral("cores")] = int(std::thread::hardware_concurrency());
    m[QStringLiteral("memory_gb")] = std::round(totalMemoryGB() * 10) / 10;
    m[QStringLiteral("os")] = QSysInfo::prettyProductName();
    m[QStringLiteral("kernel")] = QSysInfo::kernelVersion();
#if defined(__clang__)
    m[QStringLiteral("compiler")] = QStringLiteral("clang ") + QStringLiteral(__clang_version__);
#elif defined(__GNUC__)
    m[QStringLiteral("compiler")] = QStringLiteral("gcc ") + QStringLiteral(__VERSION__);
#endif
    m[QStringLiteral("qt")] = QString::fromLatin1(qVersion());
    m[QStringLiteral("sqlite")] = QString::fromLatin1(sqlite3_libversion());
    m[QStringLiteral("build_type")] = QStringLiteral(CSM_BENCH_BUILD_TYPE);
    m[QStringLiteral("date")] = QDateTime::currentDateTime().toString(Qt::ISODate);
    return m;
}

} // namespace csm::bench
