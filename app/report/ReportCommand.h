#pragma once

// `csm-workbench report <name>`: the reports of the command line (docs/cli.md). Each report is one entry in
// reportCommands() and one function that reads the book read-only, as of --as-of, and prints its result as
// a table, CSV or JSON. The JSON of every report is an interface: its keys are fixed by the issues and
// documented in docs/cli.md; keep them stable.

#include "app/CliCommands.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/Book.h"

#include <QDate>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace csm::app::cli {

struct CommandSpec;

// The reports, for the command table (app/Cli.cpp): their options include the common --as-of and --format.
const QList<CommandSpec>& reportCommands();

namespace report {

enum class Format
{
    Table,
    Csv,
    Json
};

// What every report reads from its command line, checked once.
struct Common
{
    Format format = Format::Table;
    QDate asOf; // the book's "today" for the report; today when --as-of is not given
};
// Reads --format and --as-of; a malformed value is a usage error (message for ctx.usageError).
Result<Common> readCommon(const Context& ctx);

// The book, opened read-only with a clock fixed at asOf (reports never write).
struct OpenBook
{
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Book> book;
    std::unique_ptr<Book> other; // opened by second()

    // Another read-only connection of the book, for the reads that read half of their rows on it at the same
    // time (as the window's reader thread gives them); nullptr when it cannot be opened, and they read
    // everything on `book`.
    Book* second();
};
Result<OpenBook> openForReading(const Context& ctx, QDate asOf);

// The start of a report with no options of its own: readCommon (a usage error of `command` when malformed),
// then openForReading. The exit code instead when either fails, its message already printed.
struct Started
{
    Common common;
    OpenBook open;
};
std::variant<Started, int> startReport(const Context& ctx, const QString& command);

// Rows for the table and CSV formats. Cells are final text; numbers right-aligned in the table.
struct Table
{
    QStringList headers;
    QList<bool> numeric; // per column; missing entries are text
    QList<QStringList> rows;
};
// A table aligned for a terminal (wide East Asian characters count as two columns) or CSV (RFC 4180, one
// header row). Never JSON: reports build their JSON documents themselves.
void print(QTextStream& out, const Table& table, Format format);
void printJson(QTextStream& out, const QJsonDocument& doc);
// A number, or null when there is none (a score without data, a rate without a denominator).
QJsonValue jsonNumberOrNull(std::optional<double> value);

// Columns a terminal gives the text (two for wide and full-width East Asian characters).
int displayWidth(const QString& text);

} // namespace report
} // namespace csm::app::cli
