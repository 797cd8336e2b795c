// The holiday calendar dialog (issue 15 item 6): the public list's years, company holidays added, removed and
// imported from a Shift_JIS file as the Cabinet Office publishes it, each change undoable and read by the
// book's business-day calendar at once. Bad input (a date already there, a malformed file) writes nothing.

#include "TestWorkspace.h"
#include "storage/Repositories.h"
#include "ui/settings/HolidayCalendarDialog.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace csm;

namespace {

QList<QDate> companyDays(BookWorkspace& w)
{
    QList<QDate> days;
    for (const CompanyHoliday& h : w.settings().companyHolidays)
        days.append(h.date);
    return days;
}

bool isBusinessDay(BookWorkspace& w, QDate d)
{
    return dates::isBusinessDay(d, dates::HolidayCalendar::forSettings(w.settings()));
}

// "年末休業", "元日" and the Cabinet Office header in CP932 (worked out with Python's cp932 codec).
const QByteArray kYearEnd("\x94\x4e\x96\x96\x8b\x78\x8b\xc6");
const QByteArray kNewYear("\x8c\xb3\x93\xfa");
const QByteArray kHeader("\x8d\x91\x96\xaf\x82\xcc\x8f\x6a\x93\xfa\x81\x45\x8b\x78\x93\xfa\x8c\x8e\x93\xfa"
                         ","
                         "\x8d\x91\x96\xaf\x82\xcc\x8f\x6a\x93\xfa\x81\x45\x8b\x78\x93\xfa\x96\xbc\x8f\xcc");

} // namespace

class TestHolidayCalendar : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SmallBook> m_small;

    QString writeFile(const QByteArray& bytes)
    {
        const QString path = m_small->dir.filePath(QStringLiteral("holidays.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    // The messages are checked as the app shows them: with the English plural forms.
    void initTestCase()
    {
        auto* english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(CSM_EN_QM)));
        QCoreApplication::installTranslator(english);
    }

    void init()
    {
        test::isolateSettings();
        m_small = std::make_unique<test::SmallBook>();
        QVERIFY(m_small->create());
    }
    void cleanup() { m_small.reset(); }

    void showsTheYearsThePublicListCovers()
    {
        HolidayCalendarDialog dialog(*m_small->workspace);
        // The shipped list: the Cabinet Office's 1955-2027, holiday-jp's projection to 2050
        // (docs/decisions.md).
        QVERIFY2(dialog.coverageLabel()->text().contains(QStringLiteral("1955 to 2050")),
                 qPrintable(dialog.coverageLabel()->text()));
        QCOMPARE(dialog.holidayTable()->rowCount(), 0);
    }

    void addingAndRemovingMoveTheBusinessDaysAndUndo()
    {
        BookWorkspace& w = *m_small->workspace;
        const QDate obon(2026, 8, 13); // a Thursday, no public holiday
        QVERIFY(isBusinessDay(w, obon));
        HolidayCalendarDialog dialog(w);
        dialog.dateEdit()->setDate(obon);
        dialog.nameEdit()->setText(QStringLiteral("Obon"));
        QVERIFY(dialog.addHoliday());
        QCOMPARE(dialog.holidayTable()->rowCount(), 1);
        QCOMPARE(dialog.holidayTable()->item(0, 1)->text(), QStringLiteral("Obon"));
        QCOMPARE(companyDays(w), QList<QDate>{obon});
        QVERIFY(!isBusinessDay(w, obon));

        // The same date again: refused, nothing written.
        dialog.nameEdit()->setText(QStringLiteral("Summer break"));
        QVERIFY(!dialog.addHoliday());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("already a company holiday")));
        QCOMPARE(w.book()->companyHolidays().list()->size(), 1);

        dialog.holidayTable()->selectRow(0);
        dialog.removeSelected();
        QCOMPARE(dialog.holidayTable()->rowCount(), 0);
        QVERIFY(companyDays(w).isEmpty());
        QVERIFY(isBusinessDay(w, obon));
        // The removal is a tombstone: the row stays, deleted.
        const auto rows = w.book()->companyHolidays().list().value();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().deleted);

        w.undoStack()->undo(); // the removal
        QCOMPARE(companyDays(w), QList<QDate>{obon});
        QCOMPARE(dialog.holidayTable()->rowCount(), 1);
        w.undoStack()->undo(); // the addition
        QVERIFY(companyDays(w).isEmpty());
        w.undoStack()->redo();
        QCOMPARE(companyDays(w), QList<QDate>{obon});
    }

    void importsTheCabinetOfficeFormatInShiftJis()
    {
        BookWorkspace& w = *m_small->workspace;
        // Header, two year-end days, New Year's Day (already a public holiday), a date listed twice.
        const QString path = writeFile(kHeader + "\r\n2026/12/29," + kYearEnd + "\r\n2026/12/30," + kYearEnd +
                                       "\r\n2027/1/1," + kNewYear + "\r\n2026/12/29," + kYearEnd + "\r\n");
        HolidayCalendarDialog dialog(w);
        dialog.importFile(path, false);
        QCOMPARE(companyDays(w), (QList<QDate>{QDate(2026, 12, 29), QDate(2026, 12, 30)}));
        QCOMPARE(dialog.holidayTable()->rowCount(), 2);
        QCOMPARE(dialog.holidayTable()->item(0, 1)->text(), QStringLiteral("年末休業"));
        const QString message = dialog.messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("2 company holidays imported")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Skipped: 1 public holiday;")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("listed twice")), qPrintable(message));

        // Importing the same file again adds nothing.
        dialog.importFile(path, false);
        QCOMPARE(w.book()->companyHolidays().list()->size(), 2);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("no new holidays")));

        // One undo takes the whole import back.
        w.undoStack()->undo();
        QVERIFY(companyDays(w).isEmpty());
    }

    void aMalformedFileWritesNothing()
    {
        BookWorkspace& w = *m_small->workspace;
        const QString path = writeFile("2026/12/29,Year end\n2026/13/45,Nowhere\n");
        HolidayCalendarDialog dialog(w);
        dialog.importFile(path, false);
        QVERIFY(w.book()->companyHolidays().list()->isEmpty());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Line 2")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(w.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
