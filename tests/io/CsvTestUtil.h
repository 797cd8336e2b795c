#pragma once

// Reads a whole CSV text through CsvReader and keeps everything it reported, for tests that compare.

#include "io/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>

#include <optional>

struct CsvReadResult
{
    std::optional<csm::Error> openError;
    csm::io::CsvDialect dialect;
    QStringList header;
    QList<csm::io::CsvIssue> headerIssues;
    QList<QStringList> rows;
    QList<qint64> lines; // first line of each row
    QList<QList<csm::io::CsvIssue>> issues;
    std::optional<csm::io::CsvIssue> stopped;

    // "line:column:problem" of every row problem, in order, for compact comparisons.
    QStringList issueList() const
    {
        QStringList out;
        for (const auto& list : issues) {
            for (const auto& i : list)
                out << QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column).arg(int(i.problem));
        }
        return out;
    }
};

inline CsvReadResult readCsv(QIODevice* device, const csm::io::CsvOptions& options = {})
{
    CsvReadResult out;
    csm::io::CsvReader reader(device, options);
    const csm::Status opened = reader.open();
    out.dialect = reader.dialect();
    if (!opened) {
        out.openError = opened.error();
        out.stopped = reader.stopped();
        return out;
    }
    out.header = reader.header();
    out.headerIssues = reader.headerIssues();
    while (reader.next()) {
        out.rows << reader.row().texts();
        out.lines << reader.row().line();
        out.issues << reader.row().issues();
    }
    out.stopped = reader.stopped();
    return out;
}

inline CsvReadResult readCsv(const QByteArray& bytes, const csm::io::CsvOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(&buffer, options);
}

inline CsvReadResult readCsvFile(const QString& path, const csm::io::CsvOptions& options = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvReadResult out;
        out.openError = csm::Error{csm::Error::Code::Io, file.errorString(), path, {}};
        return out;
    }
    return readCsv(&file, options);
}

inline QString problemKey(const csm::io::CsvIssue& i)
{
    return QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column).arg(int(i.problem));
}
