#pragma once

// Import presets kept in the book (issue 13): a user who imports the same kind of file every month saves its
// mapping and reading options under a name (table import_preset, storage/ImportPresets.h); the wizard offers
// them and picks the one the file's header fits; `import --mapping NAME` finds them as well.

#include "io/ColumnMapping.h"

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm {
class Book;
}

namespace csm::io {

// The book's saved presets, by name. A row this version cannot read (saved by a newer app) is left out.
Result<QList<ImportPreset>> savedPresets(const Book& book);
// Saves the preset under its name, replacing a saved one of that name. Refused: an empty name, or the name of
// a preset that ships with the app (--mapping would no longer find the shipped one).
Status savePreset(Book& book, const ImportPreset& preset);
Status deletePreset(Book& book, const QString& name);
// Whether a preset of that name ships with the app (case ignored).
bool isShippedPresetName(const QString& name);

// What --mapping names: a preset file, else a preset saved in the book (when given), else a shipped preset;
// names compared with case ignored.
Result<ImportPreset> findPreset(const Book* book, const QString& fileOrName);

// The preset the header fits: every header it imports is in the file. Of several, the one that imports the
// most columns (the first in the list on a tie); nullopt when none fits.
std::optional<ImportPreset> presetFittingHeader(const QList<ImportPreset>& presets,
                                                const QStringList& header);

} // namespace csm::io
