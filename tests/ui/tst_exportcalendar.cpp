// File ▸ Export calendar… (issue 14), driven from the menu through its file dialog: the small book's one
// renewal ahead gives two all-day events (Globex's notice deadline on Friday 3 July 2026 and its renewal
// on 1 September 2026, worked out from the contract: start 2025-09-01, 12 months, 60 days' notice); a
// second export of the unchanged book changes nothing; a read-only book does not offer it (the export
// keeps each item's UID in the book).

#include "TestWorkspace.h"
#include "storage/Repositories.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

using namespace csm;

namespace {

QString exportThroughTheMenu(MainWindow& window, const QString& path)
{
    QTimer::singleShot(0, &window, [path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectFile(path);
        // Saving over the first export: the file dialog asks first; the user says yes.
        QTimer::singleShot(0, dialog, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        static_cast<QDialog*>(dialog)->accept();
    });
    auto* action = window.findChild<QAction*>(QStringLiteral("exportCalendarAction"));
    if (!action || !action->isEnabled())
        return QStringLiteral("no enabled Export calendar action");
    action->trigger();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("no file written");
    return QString::fromUtf8(f.readAll());
}

QStringList eventDates(const QString& ics)
{
    QStringList dates;
    static const QRegularExpression start(QStringLiteral("\r\nDTSTART;VALUE=DATE:(\\d{8})\r\n"));
    for (auto it = start.globalMatch(ics); it.hasNext();)
        dates << it.next().captured(1);
    dates.sort();
    return dates;
}

} // namespace

class TestExportCalendar : public QObject
{
    Q_OBJECT
private slots:
    // The status line is checked as the app shows it: with the English plural forms.
    void initTestCase()
    {
        test::isolateSettings();
        auto* english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(CSM_EN_QM)));
        QCoreApplication::installTranslator(english);
    }

    void theMenuWritesTheRenewalsAheadAndSaysWhat()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        ArrEvent arr; // Globex pays ¥12,000,000 a year from its contract's start (no ARR, no renewal ahead)
        arr.accountId = book.globex;
        arr.effectiveOn = QDate(2025, 9, 1);
        arr.kind = ArrEventKind::New;
        arr.arrAfter = 12'000'000;
        QVERIFY(book.workspace->book()->arrEvents().save(arr));
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("renewals.ics"));

        const QString first = exportThroughTheMenu(window, path);
        QVERIFY2(first.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")), qPrintable(first.left(200)));
        QCOMPARE(first.count(QStringLiteral("BEGIN:VEVENT")), 2);
        QCOMPARE(eventDates(first), (QStringList{QStringLiteral("20260703"), QStringLiteral("20260901")}));
        QVERIFY(first.contains(QStringLiteral("Globex Corporation")));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Exported 2 events")));
        QVERIFY2(
            window.statusBar()->currentMessage().contains(QStringLiteral("1 notice deadlines, 1 renewal "
                                                                         "dates, 0 follow-ups, 0 "
                                                                         "milestones; 2 new or changed")),
            qPrintable(window.statusBar()->currentMessage()));

        // Exported again, nothing has changed: the same UIDs, nothing new.
        window.statusBar()->clearMessage();
        const QString second = exportThroughTheMenu(window, path);
        QCOMPARE(eventDates(second), eventDates(first));
        static const QRegularExpression uid(QStringLiteral("\r\nUID:([^\r]+)\r\n"));
        QStringList uidsFirst, uidsSecond;
        for (auto it = uid.globalMatch(first); it.hasNext();)
            uidsFirst << it.next().captured(1);
        for (auto it = uid.globalMatch(second); it.hasNext();)
            uidsSecond << it.next().captured(1);
        QCOMPARE(uidsSecond, uidsFirst);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("; 0 new or changed")),
                     qPrintable(window.statusBar()->currentMessage()));
    }

    void aReadOnlyBookDoesNotOfferIt()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        QVERIFY(book.reopenReadOnly());
        MainWindow window(*book.workspace);
        auto* action = window.findChild<QAction*>(QStringLiteral("exportCalendarAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestExportCalendar)
#include "tst_exportcalendar.moc"
