#pragma once

// The automatic backups of the open book and File ▸ Restore from backup… (issue 17 item 6), for
// MainWindow: today's backup is taken on the writer thread when a book is opened for writing and again when
// the day changes while it stays open; a failure says so in the status bar, naming the folder and what to
// do. Restoring closes the book, replaces it (the book as it was kept as a backup), and opens it again.

#include <QDate>
#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QTimer;

namespace csm {

class BookWorkspace;

class BackupController : public QObject
{
    Q_OBJECT
public:
    using Reopen = std::function<bool(const QString& path)>;
    BackupController(BookWorkspace& workspace, QMainWindow& window, Reopen reopen);

    QAction* restoreAction() const { return m_restoreAction; }
    // Off by default, so that tests of the window write no backups; the app turns it on.
    void setAutomatic(bool on);
    bool isAutomatic() const { return m_automatic; }
    // Takes today's backup now unless it was taken already (the day-change timer and opening a book).
    void takeDailyBackup();
    // Replaces the open book by the backup at path (after the dialog and the question).
    bool restoreFrom(const QString& backupPath);

public slots:
    void restoreFromBackup();
    void updateActions();

signals:
    // Today's backup was written or found (its path), or failed (message for the status bar).
    void dailyBackupTaken(const QString& path);
    void dailyBackupFailed(const QString& message);

private:
    BookWorkspace& m_workspace;
    QMainWindow& m_window;
    Reopen m_reopen;
    QAction* m_restoreAction;
    QTimer* m_dayTimer;
    bool m_automatic = false;
    bool m_running = false;
    QString m_backedUpBook;
    QDate m_backedUpDay;
};

} // namespace csm
