#pragma once

// Which column of a file goes into which field of an import (issue 13): suggested from the headers, edited in
// the wizard, saved and loaded as a preset (JSON) so that the next file from the same tool maps itself.
// Presets for a Salesforce Data Loader export of Account, Contact and Task ship with the app.

#include "io/CsvReader.h"
#include "io/ImportFields.h"
#include "io/TextEncoding.h"

#include "domain/DateParsing.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace csm::io {

// How sure a suggestion is: the book's own header, another tool's name for the field, or a guess for the
// user to confirm (Salesforce's AnnualRevenue as ARR).
enum class MatchStrength
{
    None,
    Possible,
    Likely,
    Exact,
};

// Where one column goes: a field key (empty: not imported); for a wide usage file, the metric its values are.
struct ColumnTarget
{
    ColumnTarget() = default;
    explicit ColumnTarget(QString f, QString m = {}) : field(std::move(f)), metric(std::move(m)) {}
    QString field;
    QString metric;
    bool isImported() const { return !field.isEmpty(); }
    friend bool operator==(const ColumnTarget&, const ColumnTarget&) = default;
};

struct ColumnMapping
{
    ImportType type = ImportType::Accounts;
    QList<ColumnTarget> columns;    // one per column of the file
    QList<MatchStrength> strengths; // how each was suggested (Exact for a preset's columns)

    // The column of a field, or -1.
    int columnOf(QStringView field) const;
    // What keeps this mapping from being used, translated: a required field not mapped, one field mapped to
    // two columns, a wide usage file without metric columns. Empty when it can be used.
    QStringList problems(const QStringList& headers) const;
};

// The mapping the headers suggest: each field goes to the column whose header matches it best (the book's
// own header, then a synonym, then a weak one; the first column wins a tie); a field is used once. A wide
// usage file's other columns become metrics named by their headers.
ColumnMapping suggestMapping(ImportType type, const QStringList& headers);
// The import type whose fields the headers cover best (the file's own word for what it holds).
ImportType suggestImportType(const QStringList& headers);

// A saved mapping with the reading options that go with it.
struct ImportPreset
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreset)
public:
    QString name;
    ImportType type = ImportType::Accounts;
    QList<std::pair<QString, ColumnTarget>> columns; // header as in the file -> target
    std::optional<TextEncoding> encoding;            // nullopt: recognise
    std::optional<char> delimiter;
    HeaderRow header = HeaderRow::Detect;
    dates::DayOrder dayOrder = dates::DayOrder::Unknown;
    QString numberLocale; // e.g. "de_DE" for 1.200,50; empty: the C locale (1,200.50)

    // The reading options for CsvReader, and how its cells are read.
    CsvOptions csvOptions() const;
    QLocale locale() const; // numberLocale, or C (1,200.50)
    dates::DateReading dateReading(const QTimeZone& zone) const;

    // {"format": "csm-import-preset", "version": 1, "name", "type", "columns": {"Header": "field" or
    // {"field", "metric"}}, "reading": {"encoding", "delimiter", "header", "dayOrder", "numberLocale"}}
    QJsonObject toJson() const;
    static Result<ImportPreset> fromJson(const QJsonObject& json);
    static Result<ImportPreset> load(const QString& path);
    Status save(const QString& path) const; // through QSaveFile

    // The preset's columns found by header (trimmed, case-insensitive; the header key as a fallback), for
    // this file: headers the preset does not name are not imported.
    ColumnMapping apply(const QStringList& headers) const;
    // The preset's headers that the file does not have.
    QStringList missingHeaders(const QStringList& headers) const;
    static ImportPreset fromMapping(const QString& name, const ColumnMapping& mapping,
                                    const QStringList& headers);
};

// The presets that ship with the app (resources/import-presets): Salesforce Data Loader exports of Account,
// Contact and Task.
QList<ImportPreset> shippedPresets();

} // namespace csm::io
