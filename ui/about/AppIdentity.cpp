#include "ui/about/AppIdentity.h"

#include <QGuiApplication>

namespace csm {

QString desktopFileId()
{
    return QStringLiteral("io.github.csmworkbench.CsmWorkbench");
}

QIcon applicationIcon()
{
    QIcon icon(QStringLiteral(":/icons/csm-workbench.svg"));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/csm-workbench.png").arg(size),
                     QSize(size, size));
    return icon;
}

void applyDesktopIdentity()
{
    QGuiApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(desktopFileId());
}

} // namespace csm
