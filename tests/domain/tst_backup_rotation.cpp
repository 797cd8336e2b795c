// The rotation of automatic backups (issue 17 item 6): 7 daily, then the newest of each of 4 ISO weeks.
// Expected days worked out on a calendar of March 2025 (1 March a Saturday; Mondays 3, 10, 17, 24, 31).

#include "domain/BackupRotation.h"

#include <QTest>

#include <algorithm>

using namespace csm;

class TestBackupRotation : public QObject
{
    Q_OBJECT
private slots:
    void aMonthOfDailyBackups();
    void gapsAndRepeats();
    void fewerThanThePolicy();
    void weeksAcrossNewYear();
};

namespace {
QList<QDate> range(QDate from, QDate to)
{
    QList<QDate> out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out.append(d);
    return out;
}
} // namespace

void TestBackupRotation::aMonthOfDailyBackups()
{
    const QList<QDate> kept = backupDaysToKeep(range(QDate(2025, 3, 1), QDate(2025, 4, 1)));
    // Daily: 1 April back to Wednesday 26 March. Weekly: the Sundays ending the four weeks before that
    // week (24-30 March is already represented by the 26th): 23, 16, 9 and 2 March. 1 March goes.
    const QList<QDate> expected = {QDate(2025, 4, 1),  QDate(2025, 3, 31), QDate(2025, 3, 30),
                                   QDate(2025, 3, 29), QDate(2025, 3, 28), QDate(2025, 3, 27),
                                   QDate(2025, 3, 26), QDate(2025, 3, 23), QDate(2025, 3, 16),
                                   QDate(2025, 3, 9),  QDate(2025, 3, 2)};
    QCOMPARE(kept, expected);
}

void TestBackupRotation::gapsAndRepeats()
{
    // A laptop used on some days only: the 7 newest days used, whatever the gaps, then one per week.
    QList<QDate> days = {QDate(2025, 4, 1),  QDate(2025, 3, 28), QDate(2025, 3, 28), QDate(2025, 3, 20),
                         QDate(2025, 3, 19), QDate(2025, 3, 10), QDate(2025, 3, 5),  QDate(2025, 3, 4),
                         QDate(2025, 2, 26), QDate(2025, 2, 25), QDate(2025, 2, 11), QDate(2025, 1, 2),
                         QDate(2024, 12, 2)};
    std::reverse(days.begin(), days.end());
    const QList<QDate> kept = backupDaysToKeep(days);
    // Daily: 1 Apr, 28 Mar, 20 Mar, 19 Mar, 10 Mar, 5 Mar, 4 Mar (week of 3-9 March). Weekly: 26 Feb (week
    // 24 Feb-2 Mar; the 25th is older in the same week), 11 Feb, 2 Jan, 2 Dec.
    const QList<QDate> expected = {QDate(2025, 4, 1),  QDate(2025, 3, 28), QDate(2025, 3, 20),
                                   QDate(2025, 3, 19), QDate(2025, 3, 10), QDate(2025, 3, 5),
                                   QDate(2025, 3, 4),  QDate(2025, 2, 26), QDate(2025, 2, 11),
                                   QDate(2025, 1, 2),  QDate(2024, 12, 2)};
    QCOMPARE(kept, expected);
}

void TestBackupRotation::fewerThanThePolicy()
{
    QCOMPARE(backupDaysToKeep({}), QList<QDate>());
    QCOMPARE(backupDaysToKeep({QDate(2025, 4, 1), QDate()}), QList<QDate>{QDate(2025, 4, 1)});
    BackupPolicy none{0, 0};
    QCOMPARE(backupDaysToKeep({QDate(2025, 4, 1)}, none), QList<QDate>());
}

void TestBackupRotation::weeksAcrossNewYear()
{
    // 29 Dec 2025 to 4 Jan 2026 is ISO week 1 of 2026: 30 Dec 2025 and 2 Jan 2026 are one week.
    BackupPolicy policy{1, 2};
    const QList<QDate> kept = backupDaysToKeep(
        {QDate(2026, 1, 8), QDate(2026, 1, 2), QDate(2025, 12, 30), QDate(2025, 12, 24)}, policy);
    const QList<QDate> expected = {QDate(2026, 1, 8), QDate(2026, 1, 2), QDate(2025, 12, 24)};
    QCOMPARE(kept, expected);
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backup_rotation.moc"
