#pragma once

// Edit ▸ Health model… (issue 12, item 4), also behind the Health model page's button: the Health model
// dialog on the open book, and the status bar's word on the saved version.

#include <QObject>

class QAction;

namespace csm {

class MainWindow;

class HealthModelActions : public QObject
{
    Q_OBJECT
public:
    explicit HealthModelActions(MainWindow& window);

    QAction* editAction() const { return m_edit; }
    // Opens the dialog (modal); after a save, the status bar names the new version.
    void editModel();

private:
    MainWindow& m_window;
    QAction* m_edit = nullptr;
};

} // namespace csm
