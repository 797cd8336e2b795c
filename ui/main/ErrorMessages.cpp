#include "ui/main/ErrorMessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace csm {

void showError(QWidget* parent, const QString& title, const Error& error, const QString& file)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(title);
    box.setText(error.message);
    QStringList details;
    const QString where = !error.where.isEmpty() ? error.where : file;
    if (!where.isEmpty())
        details << QCoreApplication::translate("csm::ErrorMessages", "File: %1")
                       .arg(QDir::toNativeSeparators(where));
    if (!error.hint.isEmpty())
        details << error.hint;
    box.setInformativeText(details.join(QStringLiteral("\n\n")));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace csm
