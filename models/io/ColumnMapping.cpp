#include "io/ColumnMapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

// The presets live in csm_import_presets, which a static csm_io archives without any symbol referring to it;
// naming its initialiser keeps the linker from dropping it. Q_INIT_RESOURCE must be used outside a namespace.
static void initImportPresetResource()
{
    Q_INIT_RESOURCE(import_presets);
}

namespace csm::io {
namespace {

const QString kFormat = QStringLiteral("csm-import-preset");
constexpr int kVersion = 1;

MatchStrength match(const ImportField& f, const QString& header)
{
    const QString trimmed = header.trimmed();
    if (trimmed == f.key)
        return MatchStrength::Exact;
    if (f.exactOnly || trimmed.isEmpty())
        return MatchStrength::None;
    const QString key = headerKey(trimmed);
    if (key == headerKey(f.key))
        return MatchStrength::Likely;
    for (const QString& s : f.synonyms) {
        if (key == headerKey(s))
            return MatchStrength::Likely;
    }
    for (const QString& s : f.weak) {
        if (key == headerKey(s))
            return MatchStrength::Possible;
    }
    return MatchStrength::None;
}

// Whether a header names some field of some import: such a column is not a metric of a wide usage file.
bool namesAField(const QString& header)
{
    for (const ImportType t : allImportTypes()) {
        for (const ImportField& f : importFields(t)) {
            if (match(f, header) >= MatchStrength::Likely)
                return true;
        }
    }
    return false;
}

bool isMetricColumn(ImportType type, const ColumnTarget& t)
{
    return type == ImportType::UsageWide && t.field == QLatin1String("value");
}

QString dayOrderCode(dates::DayOrder o)
{
    switch (o) {
    case dates::DayOrder::MonthFirst:
        return QStringLiteral("month-first");
    case dates::DayOrder::DayFirst:
        return QStringLiteral("day-first");
    case dates::DayOrder::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString delimiterCode(std::optional<char> d)
{
    if (!d)
        return QStringLiteral("auto");
    return *d == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(*d));
}

Error presetError(const QString& message, const QString& where = {})
{
    return Error{Error::Code::InvalidValue, message, where, {}};
}

} // namespace

int ColumnMapping::columnOf(QStringView field) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].field == field)
            return int(i);
    }
    return -1;
}

QStringList ColumnMapping::problems(const QStringList& headers) const
{
    QStringList out;
    const auto header = [&](qsizetype i) {
        return i < headers.size() && !headers[i].trimmed().isEmpty()
                   ? headers[i].trimmed()
                   : ImportPreset::tr("column %1").arg(i + 1);
    };
    bool accountNamed = false;
    bool accountNeeded = false;
    for (const ImportField& f : importFields(type)) {
        if (f.group == accountGroup()) {
            accountNeeded = true;
            accountNamed = accountNamed || columnOf(f.key) >= 0;
        } else if (f.required && !(type == ImportType::UsageWide && f.key == QLatin1String("value")) &&
                   columnOf(f.key) < 0) {
            out << ImportPreset::tr("Choose the column for %1.").arg(f.label());
        }
    }
    if (accountNeeded && !accountNamed)
        out << ImportPreset::tr("Choose the column that names the account (its id, external id or name).");

    QHash<QString, qsizetype> seen;
    QHash<QString, qsizetype> metrics;
    int metricColumns = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnTarget& t = columns[i];
        if (!t.isImported())
            continue;
        const ImportField* f = importField(type, t.field);
        if (!f) {
            out << ImportPreset::tr("%1 goes to \"%2\", which is not a field of %3.")
                       .arg(header(i), t.field, importTypeLabel(type));
            continue;
        }
        if (isMetricColumn(type, t)) {
            ++metricColumns;
            const QString metric = t.metric.trimmed();
            if (metric.isEmpty())
                out << ImportPreset::tr("Name the metric that %1 holds.").arg(header(i));
            else if (metrics.contains(metric))
                out << ImportPreset::tr("Two columns hold the metric %1: %2 and %3.")
                           .arg(metric, header(metrics.value(metric)), header(i));
            else
                metrics.insert(metric, i);
            continue;
        }
        if (seen.contains(t.field)) {
            out << ImportPreset::tr("%1 is chosen for two columns: %2 and %3.")
                       .arg(f->label(), header(seen.value(t.field)), header(i));
        } else {
            seen.insert(t.field, i);
        }
    }
    if (type == ImportType::UsageWide && metricColumns == 0)
        out << ImportPreset::tr("Choose at least one column of metric values.");
    return out;
}

ColumnMapping suggestMapping(ImportType type, const QStringList& headers)
{
    ColumnMapping m;
    m.type = type;
    m.columns.resize(headers.size());
    m.strengths.fill(MatchStrength::None, headers.size());

    // Every (field, column) pair that matches, strongest first, then by column, then in the fields' order; a
    // field and a column are each used once.
    struct Candidate
    {
        MatchStrength strength;
        qsizetype column;
        qsizetype field;
    };
    const QList<ImportField>& fields = importFields(type);
    QList<Candidate> candidates;
    for (qsizetype fi = 0; fi < fields.size(); ++fi) {
        if (type == ImportType::UsageWide && fields[fi].key == QLatin1String("value"))
            continue;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            if (const MatchStrength s = match(fields[fi], headers[c]); s != MatchStrength::None)
                candidates.append({s, c, fi});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.strength != b.strength)
            return a.strength > b.strength;
        return a.column < b.column;
    });
    QList<bool> fieldUsed(fields.size(), false);
    for (const Candidate& c : std::as_const(candidates)) {
        if (fieldUsed[c.field] || m.columns[c.column].isImported())
            continue;
        fieldUsed[c.field] = true;
        m.columns[c.column].field = fields[c.field].key;
        m.strengths[c.column] = c.strength;
    }
    if (type == ImportType::UsageWide) {
        for (qsizetype c = 0; c < headers.size(); ++c) {
            if (m.columns[c].isImported() || headers[c].trimmed().isEmpty() || namesAField(headers[c]))
                continue;
            m.columns[c] = ColumnTarget{QStringLiteral("value"), headers[c].trimmed()};
            m.strengths[c] = MatchStrength::Possible;
        }
    }
    return m;
}

ImportType suggestImportType(const QStringList& headers)
{
    ImportType best = ImportType::Accounts;
    int bestScore = -1000;
    for (const ImportType t : allImportTypes()) {
        const ColumnMapping m = suggestMapping(t, headers);
        const int problems = int(m.problems(headers).size());
        int score = -2 * problems;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            // A wide usage file's metric columns count only when its account and date columns are there: any
            // file has columns that name no field.
            if (!isMetricColumn(t, m.columns[c]) || problems == 0)
                score += int(m.strengths[c]);
        }
        if (score > bestScore) { // ties keep the earlier type
            best = t;
            bestScore = score;
        }
    }
    return best;
}

CsvOptions ImportPreset::csvOptions() const
{
    CsvOptions o;
    o.encoding = encoding;
    o.delimiter = delimiter;
    o.header = header;
    return o;
}

QLocale ImportPreset::locale() const
{
    return numberLocale.isEmpty() ? QLocale::c() : QLocale(numberLocale);
}

dates::DateReading ImportPreset::dateReading(const QTimeZone& zone) const
{
    dates::DateReading how;
    how.order = dayOrder;
    how.zone = zone;
    return how;
}

QJsonObject ImportPreset::toJson() const
{
    QJsonArray cols;
    for (const auto& [columnHeader, target] : columns) {
        QJsonObject c{{QStringLiteral("header"), columnHeader}, {QStringLiteral("field"), target.field}};
        if (!target.metric.isEmpty())
            c.insert(QStringLiteral("metric"), target.metric);
        cols.append(c);
    }
    const QString headerCode = header == HeaderRow::Present  ? QStringLiteral("yes")
                               : header == HeaderRow::Absent ? QStringLiteral("no")
                                                             : QStringLiteral("detect");
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), importTypeCode(type)},
        {QStringLiteral("columns"), cols},
        {QStringLiteral("reading"), QJsonObject{{QStringLiteral("encoding"),
                                                 encoding ? encodingName(*encoding) : QStringLiteral("auto")},
                                                {QStringLiteral("delimiter"), delimiterCode(delimiter)},
                                                {QStringLiteral("header"), headerCode},
                                                {QStringLiteral("dayOrder"), dayOrderCode(dayOrder)},
                                                {QStringLiteral("numberLocale"), numberLocale}}},
    };
}

Result<ImportPreset> ImportPreset::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return presetError(tr("This is not an import preset."));
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version > kVersion) {
        return Error{Error::Code::NewerVersion,
                     tr("This preset was saved by a newer version of the app."),
                     {},
                     tr("Update the app to use it.")};
    }
    ImportPreset p;
    p.name = json.value(QStringLiteral("name")).toString();
    const QString typeCode = json.value(QStringLiteral("type")).toString();
    const auto type = importTypeFromCode(typeCode);
    if (!type)
        return presetError(
            tr("The preset is for imports of \"%1\", which this app does not know.").arg(typeCode));
    p.type = *type;
    for (const QJsonValue& v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString header = c.value(QStringLiteral("header")).toString();
        const ColumnTarget target{c.value(QStringLiteral("field")).toString(),
                                  c.value(QStringLiteral("metric")).toString()};
        if (header.trimmed().isEmpty())
            return presetError(tr("A column of the preset has no header."));
        if (target.isImported() && !importField(p.type, target.field)) {
            return presetError(tr("The preset puts %1 into \"%2\", which is not a field of %3.")
                                   .arg(header, target.field, importTypeLabel(p.type)));
        }
        p.columns.append({header, target});
    }
    const QJsonObject reading = json.value(QStringLiteral("reading")).toObject();
    const QString enc = reading.value(QStringLiteral("encoding")).toString(QStringLiteral("auto"));
    if (enc != QLatin1String("auto")) {
        p.encoding = encodingFromName(enc);
        if (!p.encoding)
            return presetError(tr("The preset's encoding \"%1\" is not one this app reads.").arg(enc));
    }
    const QString delim = reading.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    if (delim == QLatin1String("\\t") || delim == QLatin1String("\t"))
        p.delimiter = '\t';
    else if (delim == QLatin1String(",") || delim == QLatin1String(";") || delim == QLatin1String("|"))
        p.delimiter = delim[0].toLatin1();
    else if (delim != QLatin1String("auto"))
        return presetError(
            tr("The preset's delimiter \"%1\" is not a comma, semicolon, tab or bar.").arg(delim));
    const QString head = reading.value(QStringLiteral("header")).toString(QStringLiteral("detect"));
    p.header = head == QLatin1String("yes")  ? HeaderRow::Present
               : head == QLatin1String("no") ? HeaderRow::Absent
                                             : HeaderRow::Detect;
    const QString order = reading.value(QStringLiteral("dayOrder")).toString();
    p.dayOrder = order == QLatin1String("month-first") ? dates::DayOrder::MonthFirst
                 : order == QLatin1String("day-first") ? dates::DayOrder::DayFirst
                                                       : dates::DayOrder::Unknown;
    p.numberLocale = reading.value(QStringLiteral("numberLocale")).toString();
    return p;
}

Result<ImportPreset> ImportPreset::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("The preset cannot be read."), path, f.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return Error{Error::Code::InvalidValue,
                     tr("The preset is not valid JSON: %1.").arg(parseError.errorString()),
                     tr("%1, byte %2").arg(path).arg(parseError.offset),
                     {}};
    }
    Result<ImportPreset> p = fromJson(doc.object());
    if (!p) {
        Error e = p.error();
        e.where = path;
        return e;
    }
    return p;
}

Status ImportPreset::save(const QString& path) const
{
    QSaveFile f(path);
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{Error::Code::Io, tr("The preset could not be saved."), path, f.errorString()};
    return {};
}

ColumnMapping ImportPreset::apply(const QStringList& headers) const
{
    ColumnMapping m;
    m.type = type;
    m.columns.resize(headers.size());
    m.strengths.fill(MatchStrength::None, headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const QString h = headers[c].trimmed();
        const QString key = headerKey(h);
        const std::pair<QString, ColumnTarget>* found = nullptr;
        for (const auto& entry : columns) {
            if (entry.first.trimmed().compare(h, Qt::CaseInsensitive) == 0) {
                found = &entry;
                break;
            }
            if (!found && !key.isEmpty() && headerKey(entry.first) == key)
                found = &entry;
        }
        if (found && found->second.isImported()) {
            m.columns[c] = found->second;
            m.strengths[c] = MatchStrength::Exact;
        }
    }
    return m;
}

QStringList ImportPreset::missingHeaders(const QStringList& headers) const
{
    QSet<QString> present;
    for (const QString& h : headers)
        present.insert(headerKey(h));
    QStringList out;
    for (const auto& [columnHeader, target] : columns) {
        if (target.isImported() && !present.contains(headerKey(columnHeader)))
            out << columnHeader;
    }
    return out;
}

ImportPreset ImportPreset::fromMapping(const QString& name, const ColumnMapping& mapping,
                                       const QStringList& headers)
{
    ImportPreset p;
    p.name = name;
    p.type = mapping.type;
    for (qsizetype c = 0; c < mapping.columns.size() && c < headers.size(); ++c) {
        if (mapping.columns[c].isImported() && !headers[c].trimmed().isEmpty())
            p.columns.append({headers[c].trimmed(), mapping.columns[c]});
    }
    return p;
}

QList<ImportPreset> shippedPresets()
{
    initImportPresetResource();
    QList<ImportPreset> out;
    const QDir dir(QStringLiteral(":/import-presets"));
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<ImportPreset> p = ImportPreset::load(dir.filePath(file));
        if (p)
            out << *p;
        else
            qWarning("shipped import preset %s: %s", qPrintable(file), qPrintable(p.error().toString()));
    }
    return out;
}

} // namespace csm::io
