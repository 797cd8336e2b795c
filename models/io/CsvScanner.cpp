#include "CsvScanner_p.h"

namespace csm::io::detail {

CsvScanner::CsvScanner(char delimiter) : m_delimiter(delimiter)
{
    for (const char c : {'\r', '\n', '"', '\0'}) {
        m_stopUnquoted[uchar(c)] = true;
        m_stopQuoted[uchar(c)] = true;
    }
    m_stopUnquoted[uchar(delimiter)] = true;
}

void CsvScanner::note(ScannedRow& row, ScanProblem problem, qsizetype offset) const
{
    // One of each kind per row is enough to reject it and to say where; a binary row would give thousands.
    for (const ScanIssue& i : row.issues) {
        if (i.problem == problem)
            return;
    }
    row.issues.push_back({problem, offset});
}

ScanStatus CsvScanner::scan(const char* d, qsizetype pos, qsizetype size, bool atEnd, ScannedRow& row) const
{
    row.clear();
    row.begin = pos;
    if (pos >= size)
        return atEnd ? ScanStatus::End : ScanStatus::NeedMore;
    qsizetype p = pos;
    for (;;) {
        FieldSpan f;
        f.start = p;
        if (d[p] == '"') {
            f.quoted = true;
            qsizetype q = p + 1;
            qsizetype run = q; // start of the text not yet copied to scratch
            std::size_t scratchBegin = 0;
            for (;;) {
                while (!m_stopQuoted[uchar(d[q])])
                    ++q;
                if (q >= size) {
                    if (!atEnd)
                        return ScanStatus::NeedMore;
                    row.openQuote = p;
                    return ScanStatus::UnclosedQuote;
                }
                const char c = d[q];
                if (c == '"') {
                    if (q + 1 >= size && !atEnd)
                        return ScanStatus::NeedMore; // "" may continue in the next bytes
                    if (q + 1 < size && d[q + 1] == '"') {
                        if (!f.inScratch) {
                            f.inScratch = true;
                            scratchBegin = row.scratch.size();
                        }
                        row.scratch.append(d + run, std::size_t(q + 1 - run)); // with one quote
                        q += 2;
                        run = q;
                        continue;
                    }
                    if (f.inScratch) {
                        row.scratch.append(d + run, std::size_t(q - run));
                        f.begin = qsizetype(scratchBegin);
                        f.length = qsizetype(row.scratch.size() - scratchBegin);
                    } else {
                        f.begin = p + 1;
                        f.length = q - p - 1;
                    }
                    ++q;
                    break;
                }
                if (c == '\0') {
                    note(row, ScanProblem::Nul, q);
                    ++q;
                    continue;
                }
                // A line break inside the quotes is part of the value.
                if (c == '\r') {
                    if (q + 1 >= size && !atEnd)
                        return ScanStatus::NeedMore;
                    if (q + 1 < size && d[q + 1] == '\n')
                        ++q;
                }
                ++q;
                row.lineStarts.push_back(q);
            }
            p = q;
            if (p < size && d[p] != m_delimiter && d[p] != '\r' && d[p] != '\n') {
                // "abc"def: keep what is written, the row is reported.
                note(row, ScanProblem::TextAfterQuote, p);
                qsizetype t = p;
                while (t < size && d[t] != m_delimiter && d[t] != '\r' && d[t] != '\n') {
                    if (d[t] == '\0')
                        note(row, ScanProblem::Nul, t);
                    ++t;
                }
                if (t >= size && !atEnd)
                    return ScanStatus::NeedMore;
                if (!f.inScratch) {
                    f.inScratch = true;
                    const std::size_t at = row.scratch.size();
                    row.scratch.append(d + f.begin, std::size_t(f.length));
                    f.begin = qsizetype(at);
                }
                row.scratch.append(d + p, std::size_t(t - p));
                f.length = qsizetype(row.scratch.size()) - f.begin;
                p = t;
            }
        } else {
            qsizetype q = p;
            for (;;) {
                while (!m_stopUnquoted[uchar(d[q])])
                    ++q;
                if (q >= size) {
                    if (!atEnd)
                        return ScanStatus::NeedMore;
                    break;
                }
                const char c = d[q];
                if (c == '"') {
                    note(row, ScanProblem::QuoteInField, q);
                    ++q;
                    continue;
                }
                if (c == '\0') {
                    note(row, ScanProblem::Nul, q);
                    ++q;
                    continue;
                }
                break; // delimiter or line break
            }
            f.begin = p;
            f.length = q - p;
            p = q;
        }
        row.fields.push_back(f);

        if (p >= size) { // the last row, without a line break (atEnd)
            row.contentEnd = row.end = p;
            return ScanStatus::Row;
        }
        if (d[p] == m_delimiter) {
            ++p;
            if (p >= size && !atEnd)
                return ScanStatus::NeedMore;
            if (p >= size) { // "a,b," at the very end: a last, empty field
                row.fields.push_back(FieldSpan{p, p, 0, false, false});
                row.contentEnd = row.end = p;
                return ScanStatus::Row;
            }
            continue;
        }
        row.contentEnd = p;
        if (d[p] == '\r') {
            if (p + 1 >= size && !atEnd)
                return ScanStatus::NeedMore; // CR LF split between two reads
            if (p + 1 < size && d[p + 1] == '\n')
                ++p;
        }
        row.end = p + 1;
        return ScanStatus::Row;
    }
}

} // namespace csm::io::detail
