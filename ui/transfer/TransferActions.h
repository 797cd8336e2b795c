#pragma once

// File ▸ Import…, Import book…, Export book…, Export view…, Export calendar… and Undo last import (issues 13
// and 14): the wizard, the whole-book export as JSON or CSV, the list on screen as CSV, the iCalendar file of
// deadlines and follow-ups, and undoing the last import, each as a long job of the workspace; the status bar
// says what happened.

#include <QObject>

class QAction;

namespace csm {

class BookWorkspace;
class MainWindow;

class TransferActions : public QObject
{
    Q_OBJECT
public:
    explicit TransferActions(MainWindow& window);

    void importFile(const QString& path = {});
    void importBook(const QString& path = {}); // a book's JSON export (ui/transfer/BookImportDialog.h)
    void exportBook();
    void exportCalendar();
    void exportView(); // the list on screen (ui/transfer/ViewExport.h)
    void undoLastImport();

private:
    void updateEnabled();

    MainWindow& m_window;
    BookWorkspace& m_workspace;
    QAction* m_import = nullptr;
    QAction* m_importBook = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportCalendar = nullptr;
    QAction* m_exportView = nullptr;
    QAction* m_undo = nullptr;
};

} // namespace csm
