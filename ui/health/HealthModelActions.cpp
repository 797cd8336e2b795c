#include "ui/health/HealthModelActions.h"

#include "ui/health/HealthModelDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QMenu>

namespace csm {

HealthModelActions::HealthModelActions(MainWindow& window) : QObject(&window), m_window(window)
{
    m_edit = new QAction(tr("&Health model…"), this);
    m_edit->setObjectName(QStringLiteral("healthModelAction"));
    m_edit->setToolTip(tr("Weights, cadences, band thresholds and the drop threshold of this book's health "
                          "scores, with a preview before saving"));
    m_edit->setStatusTip(m_edit->toolTip());
    // Beside Preferences: both are settings, the model the book's own.
    window.menu(MainWindow::Menu::Edit)->addAction(m_edit);
    window.addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &HealthModelActions::editModel);
    BookWorkspace& workspace = window.workspace();
    const auto update = [this, &workspace] { m_edit->setEnabled(workspace.hasBook()); };
    connect(&workspace, &BookWorkspace::bookOpened, this, update);
    connect(&workspace, &BookWorkspace::bookClosed, this, update);
    update();
}

void HealthModelActions::editModel()
{
    if (!m_window.workspace().hasBook())
        return;
    HealthModelDialog dialog(m_window.workspace(), &m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.savedVersion() > 0)
        m_window.announce(tr("Health model version %1 saved: every score and the year of weekly history were "
                             "recomputed.")
                              .arg(dialog.savedVersion()),
                          false);
}

} // namespace csm
