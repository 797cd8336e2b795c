// Notice rules and the date helpers they use (DESIGN §4, issue 14); the renewals they apply to are tested in
// tst_contractterms. Weekdays and holidays in the comments are from the calendar
// (resources/holidays/jp-holidays.csv).

#include "TsTranslator.h"

#include "domain/NoticeRule.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const dates::HolidayCalendar& japan()
{
    return dates::HolidayCalendar::japan();
}

} // namespace

class TestNoticeRules : public QObject
{
    Q_OBJECT

private:
    test::TsTranslator m_english; // the English plural forms ("1 day", "60 days")

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_en.ts")));
        QCoreApplication::installTranslator(&m_english);
    }

    void newDateHelpersClampAndStepBack()
    {
        QCOMPARE(dates::dayOfMonthClamped(d("2026-02-10"), 20), d("2026-02-20"));
        QCOMPARE(dates::dayOfMonthClamped(d("2026-02-10"), 31), d("2026-02-28"));
        QCOMPARE(dates::dayOfMonthClamped(d("2024-02-10"), 30), d("2024-02-29"));
        QCOMPARE(dates::dayOfMonthClamped(d("2026-06-30"), 31), d("2026-06-30"));
        QVERIFY(!dates::dayOfMonthClamped(d("2026-06-30"), 0).isValid());
        QCOMPARE(dates::endOfMonth(d("2024-02-01")), d("2024-02-29"));
        QCOMPARE(dates::endOfMonth(d("2025-12-31")), d("2025-12-31"));
        // Friday 2026-02-20 is a business day; Saturday 2026-01-31 steps back to Friday the 30th.
        QCOMPARE(dates::businessDayOnOrBefore(d("2026-02-20"), japan()), d("2026-02-20"));
        QCOMPARE(dates::businessDayOnOrBefore(d("2026-01-31"), japan()), d("2026-01-30"));
        // Wednesday 2026-05-06 (休日) back over 5/5, 5/4 (holidays), 5/3 (Sunday, holiday), 5/2 (Saturday).
        QCOMPARE(dates::businessDayOnOrBefore(d("2026-05-06"), japan()), d("2026-05-01"));
        QVERIFY(!dates::businessDayOnOrBefore(QDate(), japan()).isValid());
    }

    void deadlineOfEachRule_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("renewal");
        QTest::addColumn<QDate>("deadline");

        // 2026-04-01 - 60 days: 1 day back to 3/31, 31 more to 3/1, 28 more to 2/1, 1 more: 1/31.
        QTest::newRow("60 days") << "days:60" << d("2026-04-01") << d("2026-01-31");
        // 1/31 is a Saturday: the business day before is Friday 1/30.
        QTest::newRow("60 days, business day") << "days:60:bd" << d("2026-04-01") << d("2026-01-30");
        QTest::newRow("0 days is the renewal date") << "days:0" << d("2026-04-01") << d("2026-04-01");
        // Across a year end: 2026-01-10 - 30 days = 2025-12-11.
        QTest::newRow("30 days across the year") << "days:30" << d("2026-01-10") << d("2025-12-11");
        // Month rules count from the renewal date (DESIGN §4): 2026-04-01 - 2 months = 2026-02-01, a Sunday;
        // the business day before is Friday 1/30.
        QTest::newRow("2 months") << "months:2" << d("2026-04-01") << d("2026-02-01");
        QTest::newRow("2 months, business day") << "months:2:bd" << d("2026-04-01") << d("2026-01-30");
        // 2024-03-31 - 1 month = 2024-02-29 (leap year, the 31st clamps to the 29th).
        QTest::newRow("1 month into a leap February") << "months:1" << d("2024-03-31") << d("2024-02-29");
        // 2025-03-31 - 1 month clamps to 2025-02-28.
        QTest::newRow("1 month into a common February") << "months:1" << d("2025-03-31") << d("2025-02-28");
        // The 20th of the month before a renewal on 2026-04-01: 2026-03-20, 春分の日 (a Friday public
        // holiday), so the business day before is Thursday 3/19.
        QTest::newRow("20th of the month before")
            << "day-of-month:20:1" << d("2026-04-01") << d("2026-03-20");
        QTest::newRow("the same with a business day")
            << "day-of-month:20:1:bd" << d("2026-04-01") << d("2026-03-19");
        // A mid-month renewal: the month before 2026-05-15 is April: 4/20.
        QTest::newRow("mid-month renewal") << "day-of-month:20:1" << d("2026-05-15") << d("2026-04-20");
        // Renewal 2026-03-01: the 11th of February is 建国記念の日 (a Wednesday): the business day before is
        // Tuesday 2/10.
        QTest::newRow("on a public holiday") << "day-of-month:11:1" << d("2026-03-01") << d("2026-02-11");
        QTest::newRow("holiday, business day before")
            << "day-of-month:11:1:bd" << d("2026-03-01") << d("2026-02-10");
        // Golden Week: renewal 2026-06-15, May 6 is 休日; 5/5, 5/4, 5/3 are holidays, 5/2 a Saturday: 5/1.
        QTest::newRow("Golden Week") << "day-of-month:6:1:bd" << d("2026-06-15") << d("2026-05-01");
        // Day 31 in February is its last day: renewal 2026-03-15, February 2026 ends on the 28th (Saturday).
        QTest::newRow("day past the month's end")
            << "day-of-month:31:1" << d("2026-03-15") << d("2026-02-28");
        QTest::newRow("that, business day") << "day-of-month:31:1:bd" << d("2026-03-15") << d("2026-02-27");
        // Two months before a renewal on 2026-04-01: February 2026, the 25th.
        QTest::newRow("two months before") << "day-of-month:25:2" << d("2026-04-01") << d("2026-02-25");
        // End of the month before a renewal on 2026-03-01: 2026-02-28 (a Saturday) -> Friday 2/27.
        QTest::newRow("end of month before") << "end-of-month:1" << d("2026-03-01") << d("2026-02-28");
        QTest::newRow("end of month, business day")
            << "end-of-month:1:bd" << d("2026-03-01") << d("2026-02-27");
        QTest::newRow("end of a leap February") << "end-of-month:1" << d("2024-03-01") << d("2024-02-29");
        // Two months before a renewal on 2026-01-01 is November 2025: 11/30.
        QTest::newRow("end of month two before") << "end-of-month:2" << d("2026-01-01") << d("2025-11-30");
        // End of May 2026 is a Sunday; Saturday 5/30 too: Friday 5/29.
        QTest::newRow("end of month on a weekend")
            << "end-of-month:1:bd" << d("2026-06-10") << d("2026-05-29");
    }

    void deadlineOfEachRule()
    {
        QFETCH(QString, code);
        QFETCH(QDate, renewal);
        QFETCH(QDate, deadline);
        const auto rule = NoticeRule::fromCode(code);
        QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().toString()));
        QCOMPARE(rule->deadline(renewal, japan()), deadline);
        QCOMPARE(rule->toCode(), code); // the code reads back unchanged
    }

    void companyHolidaysMoveTheDeadlineToo()
    {
        // Term ends 2026-01-14; the last day of December 2025 is Wednesday 12/31. With the company closed
        // 12/29-1/3, the business day before is Friday 12/26 (12/27-28 is a weekend).
        BookSettings settings;
        for (const char* day : {"2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02"})
            settings.companyHolidays.append({d(day), QStringLiteral("年末年始")});
        const auto calendar = dates::HolidayCalendar::forSettings(settings);
        const NoticeRule rule = NoticeRule::endOfMonthBefore(1, true);
        QCOMPARE(rule.deadline(d("2026-01-15"), japan()), d("2025-12-31"));
        QCOMPARE(rule.deadline(d("2026-01-15"), calendar), d("2025-12-26"));
    }

    void defaultRuleIsSixtyDaysAndAgreesWithTheOldDeadline()
    {
        const NoticeRule rule;
        QCOMPARE(rule.toCode(), QStringLiteral("days:60"));
        QCOMPARE(rule.kind(), NoticeRule::Kind::DaysBefore);
        QCOMPARE(rule.days(), 60);
        for (const QDate& renewal : {d("2024-03-01"), d("2025-01-31"), d("2026-12-31")})
            QCOMPARE(rule.deadline(renewal, japan()), dates::noticeDeadline(renewal, 60));
    }

    void codesAreReadLeniently()
    {
        const auto rule = NoticeRule::fromCode(QStringLiteral("  Day-Of-Month:20:1:BD "));
        QVERIFY(rule.ok());
        QCOMPARE(*rule, NoticeRule::dayOfMonthBefore(20, 1, true));
        QCOMPARE(rule->dayOfMonth(), 20);
        QCOMPARE(rule->months(), 1);
        QVERIFY(rule->movesToBusinessDayBefore());
    }

    void badCodesAreRefusedWithTheFormsToWrite_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const QString notARule = QStringLiteral("is not a notice rule");
        QTest::newRow("empty") << "" << notARule;
        QTest::newRow("unknown kind") << "weeks:2" << notARule;
        QTest::newRow("missing number") << "days" << notARule;
        QTest::newRow("too many numbers") << "months:1:2" << notARule;
        QTest::newRow("day-of-month needs two") << "day-of-month:20" << notARule;
        QTest::newRow("sign") << "days:-5" << notARule;
        QTest::newRow("not a number") << "days:ten" << notARule;
        QTest::newRow("bd alone") << "bd" << notARule;
        QTest::newRow("bd twice") << "days:5:bd:bd" << notARule;
        QTest::newRow("too many days") << "days:3661"
                                       << "between 0 and 3660 days";
        QTest::newRow("zero months") << "months:0"
                                     << "between 1 and 120 months";
        QTest::newRow("zero months before") << "end-of-month:0"
                                            << "between 1 and 120 months";
        QTest::newRow("day 32") << "day-of-month:32:1"
                                << "between 1 and 31";
        QTest::newRow("day 0") << "day-of-month:0:1"
                               << "between 1 and 31";
    }

    void badCodesAreRefusedWithTheFormsToWrite()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto rule = NoticeRule::fromCode(code);
        QVERIFY(!rule.ok());
        QVERIFY2(rule.error().message.contains(message), qPrintable(rule.error().message));
        QVERIFY(rule.error().hint.contains(QStringLiteral("day-of-month:D:M")));
        QCOMPARE(rule.error().where, code.trimmed());
    }

    void ruleOutOfRangeHasNoDeadline()
    {
        QVERIFY(!NoticeRule::daysBefore(-1).isValid());
        QVERIFY(!NoticeRule::daysBefore(-1).deadline(d("2026-04-01"), japan()).isValid());
        QVERIFY(!NoticeRule::monthsBefore(121).isValid());
        QVERIFY(!NoticeRule::dayOfMonthBefore(20, 0).isValid());
        QVERIFY(NoticeRule::daysBefore(3660).isValid());
        QVERIFY(!NoticeRule().deadline(QDate(), japan()).isValid());
    }

    void sentencesDescribeTheRule()
    {
        QCOMPARE(NoticeRule().toText(), QStringLiteral("At least 60 days before the renewal date."));
        QCOMPARE(NoticeRule::daysBefore(0).toText(), QStringLiteral("By the renewal date."));
        QCOMPARE(NoticeRule::monthsBefore(3).toText(),
                 QStringLiteral("At least 3 months before the renewal date."));
        QCOMPARE(NoticeRule::dayOfMonthBefore(20, 1, true).toText(),
                 QStringLiteral(
                     "By day 20 of the month before the renewal date. If that day is not a business day, "
                     "the business day before."));
        QCOMPARE(
            NoticeRule::dayOfMonthBefore(31, 2).toText(),
            QStringLiteral("By day 31 of the month 2 months before the renewal date. In a shorter month, its "
                           "last day."));
        QCOMPARE(NoticeRule::endOfMonthBefore(1).toText(),
                 QStringLiteral("By the last day of the month before the renewal date."));
        QCOMPARE(NoticeRule::endOfMonthBefore(3).toText(),
                 QStringLiteral("By the last day of the month 3 months before the renewal date."));
    }

    void sentencesInJapanese()
    {
        test::TsTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_ja.ts")));
        QCoreApplication::installTranslator(&japanese);
        QCOMPARE(NoticeRule::dayOfMonthBefore(20, 1, true).toText(),
                 QStringLiteral("更新日の前月20日まで。営業日でない場合はその前の営業日。"));
        QCOMPARE(NoticeRule().toText(), QStringLiteral("更新日の60日前まで。"));
        QCOMPARE(NoticeRule::endOfMonthBefore(2).toText(), QStringLiteral("更新日の2か月前の月の末日まで。"));
        QCOMPARE(NoticeRule::daysBefore(1).toText(), QStringLiteral("更新日の1日前まで。"));
        QCoreApplication::removeTranslator(&japanese);
        QCOMPARE(NoticeRule::daysBefore(1).toText(),
                 QStringLiteral("At least 1 day before the renewal date."));
    }
};

QTEST_GUILESS_MAIN(TestNoticeRules)
#include "tst_noticerules.moc"
