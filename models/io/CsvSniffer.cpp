#include "CsvSniffer_p.h"

#include "CsvScanner_p.h"
#include "domain/CellValues.h"
#include "domain/DateParsing.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace csm::io::detail {
namespace {

bool looksLikeData(const QString& cell)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return false;
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return true;
    if (cell::parseNumber(QStringView(t)).ok())
        return true;
    dates::DateReading how;
    how.excelSerials = false;
    how.zone = QTimeZone::utc();
    return dates::parseDate(QStringView(t), how).ok();
}

int dataCells(const QStringList& row)
{
    return int(std::count_if(row.begin(), row.end(), looksLikeData));
}

} // namespace

QList<QStringList> sampleRows(const char* data, qsizetype size, bool atEnd, char delimiter, int maxRows)
{
    const CsvScanner scanner(delimiter);
    ScannedRow r;
    QList<QStringList> rows;
    qsizetype pos = 0;
    while (rows.size() < maxRows && scanner.scan(data, pos, size, atEnd, r) == ScanStatus::Row) {
        pos = r.end;
        if (r.isBlankLine())
            continue;
        QStringList fields;
        fields.reserve(qsizetype(r.fields.size()));
        for (const FieldSpan& f : r.fields) {
            const char* at = f.inScratch ? r.scratch.data() + f.begin : data + f.begin;
            fields << QString::fromUtf8(at, f.length);
        }
        rows << fields;
    }
    return rows;
}

char sniffDelimiter(const char* data, qsizetype size, bool atEnd)
{
    struct Candidate
    {
        char delimiter;
        double consistency = 0; // share of rows with the most common field count
        int fields = 0;         // that count
        bool betweenDigits = false;
    };
    const char order[] = {',', '\t', ';', '|'};
    std::optional<Candidate> best;
    const qsizetype probe = std::min<qsizetype>(size, 64 * 1024);
    for (const char delimiter : order) {
        const QList<QStringList> rows = sampleRows(data, size, atEnd, delimiter, 200);
        if (rows.isEmpty())
            continue;
        QHash<qsizetype, int> counts;
        for (const QStringList& r : rows)
            ++counts[r.size()];
        Candidate c{delimiter};
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > c.consistency || (it.value() == c.consistency && it.key() > c.fields)) {
                c.consistency = it.value();
                c.fields = int(it.key());
            }
        }
        c.consistency = std::round(100.0 * c.consistency / double(rows.size())) / 100.0;
        if (c.fields < 2)
            continue;
        int occurrences = 0;
        int flanked = 0;
        for (qsizetype i = 1; i + 1 < probe; ++i) {
            if (data[i] != delimiter)
                continue;
            ++occurrences;
            const auto digit = [](char x) { return x >= '0' && x <= '9'; };
            flanked += digit(data[i - 1]) && digit(data[i + 1]) ? 1 : 0;
        }
        c.betweenDigits = occurrences > 0 && flanked * 2 > occurrences;
        const auto rank = [](const Candidate& x) {
            return std::make_tuple(x.consistency, !x.betweenDigits, x.fields);
        };
        if (!best || rank(c) > rank(*best)) // ties keep the earlier, more common delimiter
            best = c;
    }
    return best ? best->delimiter : ',';
}

bool sniffHeader(const QList<QStringList>& rows)
{
    if (rows.isEmpty())
        return false;
    const int first = dataCells(rows.first());
    if (rows.size() == 1)
        return first == 0;
    QList<int> below;
    for (qsizetype i = 1; i < std::min<qsizetype>(rows.size(), 20); ++i)
        below << dataCells(rows[i]);
    std::sort(below.begin(), below.end());
    const int median = below[below.size() / 2];
    return first == 0 || first < median;
}

} // namespace csm::io::detail
