// Issue 17 item 6: the automatic daily backup of the open book and File ▸ Restore from backup…: the dialog
// lists the book's backups and previews what the selected one holds (read on the writer thread) before
// anything is replaced; restoring puts the backup's accounts back, keeps the replaced book as a backup and
// opens the book again; a failed daily backup says which folder and what to do.

#include "TestWorkspace.h"

#include "storage/Backups.h"
#include "ui/main/BackupController.h"
#include "ui/main/RestoreBackupDialog.h"
#include "ui/settings/BackupPreference.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace csm;

class TestRestoreBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }
    void dailyBackupWhenABookOpens();
    void failedDailyBackupNamesTheFolder();
    void previewThenRestore();

private:
    static int accounts(BookWorkspace& ws) { return int(ws.book()->accounts().count().value()); }
};

void TestRestoreBackup::dailyBackupWhenABookOpens()
{
    test::SmallBook book;
    QVERIFY(book.create());
    const QString folder = book.dir.filePath(QStringLiteral("backups"));
    setBackupFolder(folder);
    const QString path = book.workspace->bookPath();
    book.workspace->closeBook();
    QMainWindow window;
    BackupController backups(*book.workspace, window,
                             [&](const QString& p) { return book.workspace->openBook(p).ok(); });
    backups.setAutomatic(true);
    QSignalSpy taken(&backups, &BackupController::dailyBackupTaken);
    QVERIFY(book.workspace->openBook(path));
    QTRY_COMPARE(taken.size(), 1);
    const QString expected = QDir(folder).filePath(Backups::dailyName(path, test::kToday));
    QCOMPARE(taken.front().front().toString(), expected);
    auto summary = Backups::describe(expected);
    QVERIFY(summary);
    QCOMPARE(summary->accounts, qint64(2));
    // Once a day: opening the book again the same day takes no second one.
    backups.takeDailyBackup();
    QTest::qWait(100);
    QCOMPARE(taken.size(), 1);
    setBackupFolder({});
}

void TestRestoreBackup::failedDailyBackupNamesTheFolder()
{
    test::SmallBook book;
    QVERIFY(book.create());
    // A folder on a drive that is gone: below a plain file, so that it cannot be made (also as root).
    const QString blocker = book.dir.filePath(QStringLiteral("unplugged"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString folder = blocker + QStringLiteral("/backups");
    setBackupFolder(folder);
    QMainWindow window;
    BackupController backups(*book.workspace, window, [](const QString&) { return true; });
    backups.setAutomatic(true);
    QSignalSpy failed(&backups, &BackupController::dailyBackupFailed);
    backups.takeDailyBackup();
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.front().front().toString();
    QVERIFY2(message.contains(folder), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Preferences")), qPrintable(message));
    QCOMPARE(window.statusBar()->currentMessage(), message);
    setBackupFolder({});
}

void TestRestoreBackup::previewThenRestore()
{
    test::SmallBook book;
    QVERIFY(book.create());
    const QString folder = book.dir.filePath(QStringLiteral("backups"));
    setBackupFolder(folder);
    const QString path = book.workspace->bookPath();
    // Yesterday's backup held the 2 accounts; one account was added since.
    QVERIFY(Backups::takeDaily(*book.workspace->book(), folder, test::kToday.addDays(-1)));
    Account later;
    later.name = QStringLiteral("Added after the backup");
    QVERIFY(book.workspace->book()->accounts().save(later));
    QCOMPARE(accounts(*book.workspace), 3);

    RestoreBackupDialog dialog(*book.workspace, path, folder);
    dialog.show();
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY(restore);
    // The preview comes from the writer thread: Restore stays off until it is there.
    QTRY_VERIFY(restore->isEnabled());
    QVERIFY2(dialog.previewLabel()->text().contains(QLatin1String("Accounts: 2")),
             qPrintable(dialog.previewLabel()->text()));
    QCOMPARE(dialog.preview().accounts, qint64(2));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QMainWindow window;
    BackupController backups(*book.workspace, window,
                             [&](const QString& p) { return book.workspace->openBook(p).ok(); });
    QVERIFY(backups.restoreFrom(dialog.chosenBackup()));
    QVERIFY(book.workspace->hasBook());
    QCOMPARE(accounts(*book.workspace), 2);
    // The replaced book, with its 3 accounts, is now one of the backups the dialog lists.
    const QList<BackupSummary> listed = Backups::list(path, folder);
    QCOMPARE(listed.size(), 2);
    const auto replaced = std::find_if(listed.begin(), listed.end(),
                                       [](const auto& b) { return b.kind == BackupSummary::Kind::Replaced; });
    QVERIFY(replaced != listed.end());
    QCOMPARE(Backups::describe(replaced->path)->accounts, qint64(3));
    QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(replaced->path).fileName()));
    setBackupFolder({});
}

QTEST_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
