#pragma once

// Where the automatic backups of the open book go (issue 17 item 6), stored in QSettings
// ("backups/folder"): a folder of this computer's user, chosen in Preferences. Qt Core only.

#include <QString>

namespace csm {

// The folder used when the user has chosen none: "backups" in the app's data folder (beside the default
// book, ~/.local/share/CSM Workbench/csm-workbench/backups on Linux).
QString defaultBackupFolder();
// The chosen folder, or the default.
QString backupFolder();
// Stores the choice; an empty folder goes back to the default.
void setBackupFolder(const QString& folder);

} // namespace csm
