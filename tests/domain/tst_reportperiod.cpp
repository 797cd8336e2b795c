// Report periods (DESIGN §4, §7; issue 14): reading FY2025, FY2025-Q1, 2025-06 ... with the book's fiscal
// start, the errors for bad ones, the chart's last 8 quarters, and their names in English and Japanese.

#include "TsTranslator.h"

#include "domain/ReportPeriod.h"

#include <QCoreApplication>
#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const dates::FiscalCalendar april(4);
const dates::FiscalCalendar january(1);

} // namespace

class TestReportPeriod : public QObject
{
    Q_OBJECT

private slots:
    void periodsAreReadWithTheFiscalStart_data()
    {
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("days");

        // April start (a JPY book): FY2025 = 2025-04-01 .. 2026-03-31, 365 days (no 29 February in it).
        QTest::newRow("FY, April") << 4 << "FY2025" << d("2025-04-01") << d("2026-03-31") << "FY2025" << 365;
        // FY2023 holds 2024-02-29: 366 days.
        QTest::newRow("FY with a leap day")
            << 4 << "fy2023" << d("2023-04-01") << d("2024-03-31") << "FY2023" << 366;
        // Q1 = April .. June: 30 + 31 + 30 = 91 days.
        QTest::newRow("FQ1, April") << 4 << "FY2025-Q1" << d("2025-04-01") << d("2025-06-30") << "FY2025-Q1"
                                    << 91;
        // Q4 = January .. March of the next calendar year: 31 + 28 + 31 = 90 days.
        QTest::newRow("FQ4, April") << 4 << "FY2025-Q4" << d("2026-01-01") << d("2026-03-31") << "FY2025-Q4"
                                    << 90;
        QTest::newRow("FY, January") << 1 << "FY2025" << d("2025-01-01") << d("2025-12-31") << "FY2025"
                                     << 365;
        QTest::newRow("FQ1, January")
            << 1 << "FY2025-Q1" << d("2025-01-01") << d("2025-03-31") << "FY2025-Q1" << 90;
        // Calendar forms ignore the fiscal start.
        QTest::newRow("calendar year") << 4 << "2024" << d("2024-01-01") << d("2024-12-31") << "2024" << 366;
        QTest::newRow("calendar quarter")
            << 4 << "2025-q2" << d("2025-04-01") << d("2025-06-30") << "2025-Q2" << 91;
        QTest::newRow("month") << 4 << "2025-06" << d("2025-06-01") << d("2025-06-30") << "2025-06" << 30;
        QTest::newRow("leap February")
            << 1 << "2024-02" << d("2024-02-01") << d("2024-02-29") << "2024-02" << 29;
        QTest::newRow("two dates") << 4 << "2025-04-15 .. 2025-05-14" << d("2025-04-15") << d("2025-05-14")
                                   << "2025-04-15..2025-05-14" << 30;
        QTest::newRow("one day") << 4 << "2025-04-15..2025-04-15" << d("2025-04-15") << d("2025-04-15")
                                 << "2025-04-15..2025-04-15" << 1;
    }

    void periodsAreReadWithTheFiscalStart()
    {
        QFETCH(int, startMonth);
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, name);
        QFETCH(int, days);
        const dates::FiscalCalendar calendar(startMonth);
        const auto p = ReportPeriod::parse(text, calendar);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->from(), from);
        QCOMPARE(p->to(), to);
        QCOMPARE(p->name(), name);
        QCOMPARE(p->days(), days);
        // The name reads back as the same period; the old range parser agrees.
        QCOMPARE(*ReportPeriod::parse(p->name(), calendar), *p);
        QCOMPARE(calendar.parsePeriod(text), p->range());
    }

    void badPeriodsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        QTest::newRow("words") << "last quarter"
                               << "\"last quarter\" is not a period.";
        QTest::newRow("empty") << ""
                               << "\"\" is not a period.";
        QTest::newRow("two-digit year") << "FY25"
                                        << "\"FY25\" is not a period.";
        QTest::newRow("a single day") << "2025-06-15"
                                      << "\"2025-06-15\" is not a period.";
        QTest::newRow("half a range") << "2025-04-01.."
                                      << "\"2025-04-01..\" is not a period.";
        QTest::newRow("quarter 5") << "FY2025-Q5"
                                   << "does not exist";
        QTest::newRow("quarter 0") << "2025-Q0"
                                   << "does not exist";
        QTest::newRow("month 13") << "2025-13"
                                  << "does not exist";
        QTest::newRow("30 February") << "2025-02-30..2025-03-31"
                                     << "does not exist";
        QTest::newRow("reversed") << "2025-07-01..2025-06-01"
                                  << "\"2025-07-01..2025-06-01\" ends before it starts.";
        QTest::newRow("year 0") << "0000"
                                << "outside the years";
    }

    void badPeriodsSayWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto p = ReportPeriod::parse(text, april);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
        QCOMPARE(p.error().where, text.trimmed());
        QCOMPARE(p.error().code, Error::Code::InvalidValue);
        QVERIFY(!april.parsePeriod(text).isValid());
    }

    void unknownFormHintListsTheForms()
    {
        const auto p = ReportPeriod::parse(QStringLiteral("Q1"), april);
        QVERIFY(!p.ok());
        for (const char* form : {"FY2025", "FY2025-Q1", "2025-Q2", "2025-06", "2025-04-01..2025-06-30"})
            QVERIFY(p.error().hint.contains(QLatin1String(form)));
    }

    void lastEightQuartersEndBeforeTheQuarterOfTheDay()
    {
        // 2026-05-15 is in FY2026-Q1 (April start): the 8 quarters before it are FY2024-Q1 .. FY2025-Q4.
        const QList<ReportPeriod> q = ReportPeriod::fiscalQuartersBefore(d("2026-05-15"), april);
        QCOMPARE(q.size(), 8);
        QCOMPARE(q.first().name(), QStringLiteral("FY2024-Q1"));
        QCOMPARE(q.first().from(), d("2024-04-01"));
        QCOMPARE(q.last().name(), QStringLiteral("FY2025-Q4"));
        QCOMPARE(q.last().to(), d("2026-03-31"));
        for (int i = 1; i < q.size(); ++i)
            QCOMPARE(q[i - 1].to().addDays(1), q[i].from()); // contiguous, oldest first

        // On the first day of a quarter, the quarter that ended the day before is the last one.
        QCOMPARE(ReportPeriod::fiscalQuartersBefore(d("2026-04-01"), april).last().name(),
                 QStringLiteral("FY2025-Q4"));
        // On its last day a quarter has not ended yet.
        QCOMPARE(ReportPeriod::fiscalQuartersBefore(d("2026-03-31"), april).last().name(),
                 QStringLiteral("FY2025-Q3"));
        // January start: 2026-02-10 is in FY2026-Q1; 8 before: FY2024-Q1 (2024-01-01) .. FY2025-Q4
        // (2025-12-31).
        const QList<ReportPeriod> j = ReportPeriod::fiscalQuartersBefore(d("2026-02-10"), january);
        QCOMPARE(j.first().from(), d("2024-01-01"));
        QCOMPARE(j.last().to(), d("2025-12-31"));
        QCOMPARE(ReportPeriod::fiscalQuartersBefore(d("2026-02-10"), january, 3).size(), 3);
    }

    void constructedPeriodsMatchParsedOnes()
    {
        QCOMPARE(ReportPeriod::fiscalYear(2025, april),
                 *ReportPeriod::parse(QStringLiteral("FY2025"), april));
        QCOMPARE(ReportPeriod::fiscalQuarter(2025, 3, april),
                 *ReportPeriod::parse(QStringLiteral("FY2025-Q3"), april));
        QCOMPARE(ReportPeriod::between(d("2025-01-01"), d("2025-01-31")).name(),
                 QStringLiteral("2025-01-01..2025-01-31"));
        QVERIFY(!ReportPeriod::between(d("2025-02-01"), d("2025-01-31")).isValid());
        QVERIFY(!ReportPeriod::fiscalQuarter(2025, 5, april).isValid());
        QVERIFY(!ReportPeriod().isValid());
        QCOMPARE(ReportPeriod().name(), QString());
    }

    void displayNamesInEnglish()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const auto name = [&](const char* text) {
            return ReportPeriod::parse(QLatin1String(text), april)->displayName(en);
        };
        QCOMPARE(name("FY2025"), QStringLiteral("FY2025"));
        QCOMPARE(name("FY2025-Q1"), QStringLiteral("FY2025 Q1"));
        QCOMPARE(name("2025"), QStringLiteral("2025"));
        QCOMPARE(name("2025-Q2"), QStringLiteral("Q2 2025"));
        QCOMPARE(name("2025-06"), QStringLiteral("June 2025"));
        QCOMPARE(name("2025-04-01..2025-06-30"), QStringLiteral("2025-04-01 to 2025-06-30"));
    }

    void displayNamesInJapanese()
    {
        test::TsTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_ja.ts")));
        QCoreApplication::installTranslator(&japanese);
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        const auto name = [&](const char* text) {
            return ReportPeriod::parse(QLatin1String(text), april)->displayName(ja);
        };
        QCOMPARE(name("FY2025"), QStringLiteral("2025年度"));
        QCOMPARE(name("FY2025-Q1"), QStringLiteral("2025年度 第1四半期"));
        QCOMPARE(name("2025"), QStringLiteral("2025年"));
        QCOMPARE(name("2025-Q2"), QStringLiteral("2025年 第2四半期"));
        QCOMPARE(name("2025-06"), QStringLiteral("2025年6月"));
        QCOMPARE(name("2025-04-01..2025-06-30"), QStringLiteral("2025-04-01～2025-06-30"));
        const auto bad = ReportPeriod::parse(QStringLiteral("2025-07-01..2025-06-01"), april);
        QCOMPARE(bad.error().message,
                 QStringLiteral("期間「2025-07-01..2025-06-01」は終了日が開始日より前です。"));
        QCoreApplication::removeTranslator(&japanese);
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
