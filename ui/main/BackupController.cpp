#include "ui/main/BackupController.h"

#include "storage/Backups.h"
#include "ui/main/ErrorMessages.h"
#include "ui/main/RestoreBackupDialog.h"
#include "ui/settings/BackupPreference.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace csm {

BackupController::BackupController(BookWorkspace& workspace, QMainWindow& window, Reopen reopen)
    : QObject(&window), m_workspace(workspace), m_window(window), m_reopen(std::move(reopen)),
      m_restoreAction(new QAction(tr("Restore from bac&kup…"), this)), m_dayTimer(new QTimer(this))
{
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setToolTip(tr("Replace the open book with one of its backups"));
    m_restoreAction->setStatusTip(m_restoreAction->toolTip());
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::restoreFromBackup);
    connect(&m_workspace, &BookWorkspace::bookOpened, this, [this] {
        updateActions();
        takeDailyBackup();
    });
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &BackupController::updateActions);
    // A book left open overnight gets the next day's backup too.
    m_dayTimer->setInterval(10 * 60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &BackupController::takeDailyBackup);
    connect(this, &BackupController::dailyBackupFailed, this,
            [this](const QString& message) { m_window.statusBar()->showMessage(message, 30000); });
    updateActions();
}

void BackupController::setAutomatic(bool on)
{
    m_automatic = on;
    if (on)
        m_dayTimer->start();
    else
        m_dayTimer->stop();
}

void BackupController::updateActions()
{
    m_restoreAction->setEnabled(m_workspace.hasBook() && !m_workspace.isReadOnly());
}

void BackupController::takeDailyBackup()
{
    if (!m_automatic || m_running || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const QString book = m_workspace.bookPath();
    const QDate today = m_workspace.today();
    if (book == m_backedUpBook && today == m_backedUpDay)
        return;
    const QString folder = backupFolder();
    m_running = true;
    m_workspace.runLong<QString>(
        this, [folder, today](Book& b, JobProgress&) { return Backups::takeDaily(b, folder, today); },
        [this, book, today](Result<QString> taken) {
            m_running = false;
            if (!taken) {
                emit dailyBackupFailed(tr("The automatic backup failed: %1").arg(taken.error().toString()));
                return;
            }
            m_backedUpBook = book;
            m_backedUpDay = today;
            emit dailyBackupTaken(*taken);
        });
}

void BackupController::restoreFromBackup()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    RestoreBackupDialog dialog(m_workspace, m_workspace.bookPath(), backupFolder(), &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QLocale locale;
    const BackupSummary& chosen = dialog.preview();
    QMessageBox ask(
        QMessageBox::Question, tr("Restore from backup"),
        tr("Replace the book %1 with this backup?").arg(QFileInfo(m_workspace.bookPath()).fileName()),
        QMessageBox::Cancel, &m_window);
    ask.setObjectName(QStringLiteral("confirmRestoreBox"));
    ask.setInformativeText(
        tr("The backup holds %n account(s); its last change was %1.\n\nThe book as it is now is kept in %2.",
           nullptr, int(chosen.accounts))
            .arg(chosen.lastChange.isValid()
                     ? locale.toString(chosen.lastChange.toLocalTime(), QLocale::ShortFormat)
                     : tr("never"),
                 QDir::toNativeSeparators(backupFolder())));
    QPushButton* restore = ask.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    ask.exec();
    if (ask.clickedButton() != static_cast<QAbstractButton*>(restore))
        return;
    restoreFrom(dialog.chosenBackup());
}

bool BackupController::restoreFrom(const QString& backupPath)
{
    const QString book = m_workspace.bookPath();
    const QString folder = backupFolder();
    m_workspace.closeBook();
    auto result = std::make_shared<Result<QString>>(Error{Error::Code::Cancelled, {}, {}, {}});
    LongJob* job = m_workspace.runLong<QString>(
        this,
        [book, backupPath, folder](JobProgress&) {
            return Backups::restore(book, backupPath, folder, QDateTime::currentDateTime());
        },
        [result](Result<QString> kept) { *result = std::move(kept); });
    QProgressDialog progress(tr("Restoring the backup…"), QString(), 0, 0, &m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    job->attach(progress);
    job->wait(QEventLoop::ExcludeUserInputEvents);
    progress.reset();
    if (!*result)
        showError(&m_window, tr("The backup was not restored"), result->error(), book);
    // The book opens again either way: restored, or as it was.
    if (!m_reopen(book))
        return false;
    if (*result)
        m_window.statusBar()->showMessage(
            tr("Restored %1 from the backup; the book as it was is kept as %2")
                .arg(QFileInfo(book).fileName(), QDir::toNativeSeparators(**result)),
            15000);
    return result->ok();
}

} // namespace csm
