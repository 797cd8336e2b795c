#pragma once

#include <QIcon>
#include <QString>

namespace csm {

// The application's id as the desktop knows it (the .desktop file, AppStream and Flatpak use the same).
QString desktopFileId();

// The application icon (resources/icons/csm-workbench.svg plus its rendered PNG sizes).
QIcon applicationIcon();

// Gives the running QGuiApplication its window icon and desktop file name, so that task bars and Wayland
// compositors match its windows to the installed .desktop file. Call once after creating the QApplication.
void applyDesktopIdentity();

} // namespace csm
