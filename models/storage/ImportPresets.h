#pragma once

// The book's saved import presets (issue 13): table import_preset, one live row per name. The preset itself
// is the JSON of io::ImportPreset (docs/import-export.md, "Presets"), which this layer keeps as text: reading
// and checking it is the io layer's.

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace csm {

class Book;

struct StoredImportPreset
{
    Id id;
    QString name;
    QString type;    // an import type code (io::importTypeCode)
    QByteArray json; // the preset as io::ImportPreset::toJson() wrote it
};

// The live presets, by name.
Result<QList<StoredImportPreset>> readImportPresets(const Book& book);
// Saves a preset under its name in one transaction: the live row of that name is replaced (its id kept), or
// a row is added. Returns the row's id.
Result<Id> saveImportPreset(Book& book, const QString& name, const QString& type, const QByteArray& json);
// Tombstones the live preset of that name; NotFound when there is none.
Status deleteImportPreset(Book& book, const QString& name);

} // namespace csm
