#include "ui/settings/BackupPreference.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace csm {
namespace {
const QLatin1String kKey("backups/folder");
}

QString defaultBackupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString backupFolder()
{
    const QString chosen = QSettings().value(kKey).toString();
    return chosen.isEmpty() ? defaultBackupFolder() : chosen;
}

void setBackupFolder(const QString& folder)
{
    if (folder.isEmpty() || QDir::cleanPath(folder) == QDir::cleanPath(defaultBackupFolder()))
        QSettings().remove(kKey);
    else
        QSettings().setValue(kKey, QDir::cleanPath(folder));
}

} // namespace csm
