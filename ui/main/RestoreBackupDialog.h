#pragma once

// File ▸ Restore from backup… (issue 17 item 6): the open book's backups in the backup folder, newest
// first, and a preview of the one selected (its accounts and last change, read off the GUI thread) before
// anything is replaced. Accepting it only chooses: MainWindow replaces the book (storage/Backups.h).

#include "storage/Backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace csm {

class BookWorkspace;

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(BookWorkspace& workspace, const QString& bookPath, const QString& folder,
                        QWidget* parent = nullptr);

    // The backup chosen, once its preview has been read (and the dialog accepted).
    QString chosenBackup() const { return m_chosen; }
    const BackupSummary& preview() const { return m_preview; }
    QTreeWidget* list() const { return m_list; }
    QLabel* previewLabel() const { return m_previewLabel; }

private:
    void fillList();
    void showPreview();
    void chooseOtherFile();
    void addRow(const BackupSummary& backup, bool select);

    BookWorkspace& m_workspace;
    QString m_bookPath;
    QString m_folder;
    QTreeWidget* m_list;
    QLabel* m_previewLabel;
    QPushButton* m_restore;
    QString m_chosen;
    BackupSummary m_preview;
    quint64 m_previewSerial = 0;
};

} // namespace csm
