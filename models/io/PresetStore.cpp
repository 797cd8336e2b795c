#include "io/PresetStore.h"

#include "storage/ImportPresets.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace csm::io {

Result<QList<ImportPreset>> savedPresets(const Book& book)
{
    auto rows = readImportPresets(book);
    if (!rows)
        return rows.error();
    QList<ImportPreset> out;
    for (const StoredImportPreset& row : std::as_const(*rows)) {
        const QJsonDocument doc = QJsonDocument::fromJson(row.json);
        Result<ImportPreset> p = ImportPreset::fromJson(doc.object());
        if (!p)
            continue;
        p->name = row.name; // the row's name is the one that is unique
        out << *p;
    }
    return out;
}

bool isShippedPresetName(const QString& name)
{
    for (const ImportPreset& p : shippedPresets()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Status savePreset(Book& book, const ImportPreset& preset)
{
    const QString name = preset.name.trimmed();
    if (name.isEmpty())
        return Error{Error::Code::InvalidValue, ImportPreset::tr("The preset needs a name."), {}, {}};
    if (isShippedPresetName(name))
        return Error{Error::Code::InvalidValue,
                     ImportPreset::tr("A preset that ships with the app is named \"%1\".").arg(name),
                     {},
                     ImportPreset::tr("Choose another name.")};
    ImportPreset named = preset;
    named.name = name;
    const QByteArray json = QJsonDocument(named.toJson()).toJson(QJsonDocument::Compact);
    auto saved = saveImportPreset(book, name, importTypeCode(named.type), json);
    if (!saved)
        return saved.error();
    return {};
}

Status deletePreset(Book& book, const QString& name)
{
    return deleteImportPreset(book, name);
}

Result<ImportPreset> findPreset(const Book* book, const QString& fileOrName)
{
    if (QFileInfo(fileOrName).isFile())
        return ImportPreset::load(fileOrName);
    QStringList names;
    if (book) {
        auto saved = savedPresets(*book);
        if (!saved)
            return saved.error();
        for (const ImportPreset& p : std::as_const(*saved)) {
            if (p.name.compare(fileOrName, Qt::CaseInsensitive) == 0)
                return p;
            names << p.name;
        }
    }
    for (const ImportPreset& p : shippedPresets()) {
        if (p.name.compare(fileOrName, Qt::CaseInsensitive) == 0)
            return p;
        names << p.name;
    }
    return Error{
        Error::Code::NotFound,
        ImportPreset::tr("There is no preset file or preset named \"%1\".").arg(fileOrName),
        {},
        ImportPreset::tr("Presets of this book and of the app: %1.").arg(names.join(QStringLiteral("; ")))};
}

std::optional<ImportPreset> presetFittingHeader(const QList<ImportPreset>& presets, const QStringList& header)
{
    std::optional<ImportPreset> best;
    qsizetype bestColumns = 0;
    for (const ImportPreset& p : presets) {
        qsizetype imported = 0;
        for (const auto& [columnHeader, target] : p.columns)
            imported += target.isImported() ? 1 : 0;
        if (imported == 0 || imported <= bestColumns || !p.missingHeaders(header).isEmpty())
            continue;
        best = p;
        bestColumns = imported;
    }
    return best;
}

} // namespace csm::io
