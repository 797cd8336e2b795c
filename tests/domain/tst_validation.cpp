#include "domain/Validation.h"

#include <QLocale>
#include <QTest>

using namespace csm;

namespace {
const QDate kToday(2026, 6, 30);
const QString kYen = QStringLiteral("JPY");

Touch touchOn(QDate day)
{
    Touch t;
    t.accountId = QStringLiteral("a1");
    t.summary = QStringLiteral("Call");
    t.occurredOn = day;
    return t;
}

Contract contractFrom(QDate start)
{
    Contract c;
    c.accountId = QStringLiteral("a1");
    c.startDate = start;
    return c;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    // Messages write numbers in the app's locale; these expect English (US) ones.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void validAccountHasNoErrors()
    {
        Account a;
        a.name = QStringLiteral("Acme");
        a.seats = 10;
        QVERIFY(Validation::account(a).isEmpty());
    }
    void accountNeedsANameAndNonNegativeSeats()
    {
        Account a;
        a.name = QStringLiteral("   ");
        a.seats = -1;
        const FieldErrors e = Validation::account(a);
        QVERIFY(e.contains(Validation::Name));
        QVERIFY(e.contains(Validation::Seats));
        QCOMPARE(e.size(), 2);
    }
    void duplicateExternalIdIsRefusedUnlessItIsTheAccountItself()
    {
        Account a;
        a.id = QStringLiteral("a1");
        a.name = QStringLiteral("Acme");
        a.externalId = QStringLiteral("CRM-1");
        QVERIFY(Validation::account(a, Id(QStringLiteral("a2"))).contains(Validation::ExternalId));
        QVERIFY(Validation::account(a, Id(QStringLiteral("a1"))).isEmpty());
        QVERIFY(Validation::account(a, std::nullopt).isEmpty());
    }
    void contactEmailMustBeWellFormedWhenGiven()
    {
        Contact c;
        c.accountId = QStringLiteral("a1");
        c.name = QStringLiteral("Sato");
        QVERIFY(Validation::contact(c).isEmpty());
        c.email = QStringLiteral("sato@example");
        QVERIFY(Validation::contact(c).contains(Validation::Email));
        c.email = QStringLiteral("sato @example.com");
        QVERIFY(Validation::contact(c).contains(Validation::Email));
        c.email = QStringLiteral("sato@example.co.jp");
        QVERIFY(Validation::contact(c).isEmpty());
    }
    void contractRefusesNegativeArrAndZeroTerm()
    {
        Contract c;
        c.startDate = QDate(2025, 4, 1);
        c.termMonths = 0;
        c.arr = -1;
        const FieldErrors e = Validation::contract(c, kToday, kYen);
        QVERIFY(e.contains(Validation::TermMonths));
        QVERIFY(e.contains(Validation::Arr));
    }
    void noticeLongerThanTheTermIsRefused_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("notice");
        QTest::addColumn<bool>("valid");
        // February 2024 has 29 days: a one-month term from 2024-02-01 is 29 days long.
        QTest::newRow("equal to the term") << QDate(2024, 2, 1) << 1 << 29 << true;
        QTest::newRow("one day longer") << QDate(2024, 2, 1) << 1 << 30 << false;
        QTest::newRow("a year, 60 days") << QDate(2025, 4, 1) << 12 << 60 << true;
        QTest::newRow("a year, 366 days") << QDate(2025, 4, 1) << 12 << 366 << false;
        QTest::newRow("leap year, 366 days: longer than any notice")
            << QDate(2024, 1, 1) << 12 << 366 << false;
    }
    void noticeLongerThanTheTermIsRefused()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(int, notice);
        QFETCH(bool, valid);
        Contract c;
        c.startDate = start;
        c.termMonths = months;
        c.noticeDays = notice;
        QCOMPARE(!Validation::contract(c, kToday, kYen).contains(Validation::NoticeDays), valid);
    }
    void endBeforeStartIsRefused()
    {
        Contract c;
        c.startDate = QDate(2025, 4, 1);
        QVERIFY(Validation::contract(c, kToday, kYen, QDate(2025, 3, 31)).contains(Validation::EndDate));
        QVERIFY(Validation::contract(c, kToday, kYen, QDate(2025, 4, 1)).isEmpty());
        QVERIFY(!Validation::periodError(QDate(2025, 4, 2), QDate(2025, 4, 1)).isEmpty());
    }
    void touchCanBeBackdatedButNotInTheFuture()
    {
        Touch t;
        t.accountId = QStringLiteral("a1");
        t.summary = QStringLiteral("Call");
        t.occurredOn = QDate(2026, 1, 10);
        QVERIFY(Validation::loggedTouch(t, QDate(2026, 6, 30)).isEmpty());
        t.occurredOn = QDate(2026, 7, 1);
        QVERIFY(Validation::loggedTouch(t, QDate(2026, 6, 30)).contains(Validation::OccurredOn));
        // Stored by another writer (an import), a touch may be dated up to a year ahead.
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).isEmpty());
    }
    void touchFollowUpCannotComeBeforeTheTouch()
    {
        Touch t;
        t.accountId = QStringLiteral("a1");
        t.summary = QStringLiteral("Call");
        t.occurredOn = QDate(2026, 6, 30);
        t.followUpOn = QDate(2026, 6, 29);
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).contains(Validation::FollowUpOn));
        t.followUpOn = QDate(2026, 7, 7);
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).isEmpty());
    }
    void touchNeedsAnAccountAndASummary()
    {
        Touch t;
        t.occurredOn = QDate(2026, 6, 30);
        const FieldErrors e = Validation::touch(t, QDate(2026, 6, 30));
        QVERIFY(e.contains(Validation::AccountId));
        QVERIFY(e.contains(Validation::Summary));
    }
    // Issue 9, item 7: every range, at both its ends and one step past them (docs/decisions.md).
    void rangesAreEnforcedAtTheirEnds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<FieldErrors>("errors");
        QTest::addColumn<bool>("valid");
        const auto seats = [](qint64 n) {
            Account a;
            a.name = QStringLiteral("Acme");
            a.seats = int(n);
            return Validation::account(a);
        };
        QTest::newRow("seats 0") << Validation::Seats << seats(0) << true;
        QTest::newRow("seats 10,000,000") << Validation::Seats << seats(10'000'000) << true;
        QTest::newRow("seats 10,000,001") << Validation::Seats << seats(10'000'001) << false;
        QTest::newRow("seats -1") << Validation::Seats << seats(-1) << false;

        const auto touch = [](QDate d) { return Validation::touch(touchOn(d), kToday); };
        QTest::newRow("touch 1970-01-01") << Validation::OccurredOn << touch(QDate(1970, 1, 1)) << true;
        QTest::newRow("touch 1969-12-31") << Validation::OccurredOn << touch(QDate(1969, 12, 31)) << false;
        QTest::newRow("touch 1901") << Validation::OccurredOn << touch(QDate(1901, 5, 1)) << false;
        QTest::newRow("touch today") << Validation::OccurredOn << touch(kToday) << true;
        QTest::newRow("touch a year ahead") << Validation::OccurredOn << touch(QDate(2027, 6, 30)) << true;
        QTest::newRow("touch a year and a day")
            << Validation::OccurredOn << touch(QDate(2027, 7, 1)) << false;
        QTest::newRow("logged touch tomorrow")
            << Validation::OccurredOn << Validation::loggedTouch(touchOn(kToday.addDays(1)), kToday) << false;
        QTest::newRow("logged touch 1969")
            << Validation::OccurredOn << Validation::loggedTouch(touchOn(QDate(1969, 12, 31)), kToday)
            << false;

        const auto followUp = [](QDate d) {
            Touch t = touchOn(kToday);
            t.followUpOn = d;
            return Validation::touch(t, kToday);
        };
        QTest::newRow("follow-up a year ahead")
            << Validation::FollowUpOn << followUp(QDate(2027, 6, 30)) << true;
        QTest::newRow("follow-up a year and a day")
            << Validation::FollowUpOn << followUp(QDate(2027, 7, 1)) << false;

        const auto start = [](QDate d) { return Validation::contract(contractFrom(d), kToday, kYen); };
        QTest::newRow("start 1970-01-01") << Validation::StartDate << start(QDate(1970, 1, 1)) << true;
        QTest::newRow("start 1969-12-31") << Validation::StartDate << start(QDate(1969, 12, 31)) << false;
        QTest::newRow("start a year ahead") << Validation::StartDate << start(QDate(2027, 6, 30)) << true;
        QTest::newRow("start a year and a day") << Validation::StartDate << start(QDate(2027, 7, 1)) << false;

        const auto term = [](int months) {
            Contract c = contractFrom(QDate(2020, 1, 1));
            c.termMonths = months;
            c.noticeDays = 0;
            return Validation::contract(c, kToday, kYen);
        };
        QTest::newRow("term 1") << Validation::TermMonths << term(1) << true;
        QTest::newRow("term 120") << Validation::TermMonths << term(120) << true;
        QTest::newRow("term 121") << Validation::TermMonths << term(121) << false;
        QTest::newRow("term 0") << Validation::TermMonths << term(0) << false;

        const auto notice = [](int days) {
            Contract c = contractFrom(QDate(2020, 1, 1));
            c.termMonths = 24;
            c.noticeDays = days;
            return Validation::contract(c, kToday, kYen);
        };
        QTest::newRow("notice 0") << Validation::NoticeDays << notice(0) << true;
        QTest::newRow("notice 365") << Validation::NoticeDays << notice(365) << true;
        QTest::newRow("notice 366") << Validation::NoticeDays << notice(366) << false;
        QTest::newRow("notice -1") << Validation::NoticeDays << notice(-1) << false;

        const auto arr = [](MinorUnits minor) {
            Contract c = contractFrom(QDate(2020, 1, 1));
            c.arr = minor;
            return Validation::contract(c, kToday, kYen);
        };
        QTest::newRow("ARR 0") << Validation::Arr << arr(0) << true;
        QTest::newRow("ARR 10^13") << Validation::Arr << arr(10'000'000'000'000) << true;
        QTest::newRow("ARR 10^13 + 1") << Validation::Arr << arr(10'000'000'000'001) << false;
        QTest::newRow("ARR -1") << Validation::Arr << arr(-1) << false;

        const auto sentiment = [](int v) {
            Touch t = touchOn(kToday);
            t.sentiment = v;
            return Validation::touch(t, kToday);
        };
        QTest::newRow("sentiment -2") << Validation::Sentiment << sentiment(-2) << true;
        QTest::newRow("sentiment +2") << Validation::Sentiment << sentiment(2) << true;
        QTest::newRow("sentiment +3") << Validation::Sentiment << sentiment(3) << false;
        QTest::newRow("sentiment -3") << Validation::Sentiment << sentiment(-3) << false;

        const auto nps = [](int score) {
            NpsResponse n;
            n.accountId = QStringLiteral("a1");
            n.respondedOn = kToday;
            n.score = score;
            return Validation::npsResponse(n, kToday);
        };
        QTest::newRow("NPS 0") << Validation::Score << nps(0) << true;
        QTest::newRow("NPS 10") << Validation::Score << nps(10) << true;
        QTest::newRow("NPS 11") << Validation::Score << nps(11) << false;
        QTest::newRow("NPS -1") << Validation::Score << nps(-1) << false;

        const auto arrEvent = [](QDate on, MinorUnits after) {
            ArrEvent e;
            e.accountId = QStringLiteral("a1");
            e.effectiveOn = on;
            e.arrAfter = after;
            return Validation::arrEvent(e, kToday, kYen);
        };
        QTest::newRow("ARR event 1969")
            << Validation::EffectiveOn << arrEvent(QDate(1969, 12, 31), 1) << false;
        QTest::newRow("ARR event today") << Validation::EffectiveOn << arrEvent(kToday, 1) << true;
        QTest::newRow("ARR event too large")
            << Validation::ArrAfter << arrEvent(kToday, 10'000'000'000'001) << false;
    }

    void rangesAreEnforcedAtTheirEnds()
    {
        QFETCH(QString, field);
        QFETCH(FieldErrors, errors);
        QFETCH(bool, valid);
        QVERIFY2(errors.contains(field) != valid, qPrintable(errors.value(field)));
        QVERIFY2(errors.size() == (valid ? 0 : 1), qPrintable(QStringList(errors.values()).join(u'|')));
    }

    void aRangeMessageStatesTheRange()
    {
        Account a;
        a.name = QStringLiteral("Acme");
        a.seats = 10'000'001;
        QCOMPARE(Validation::account(a).value(Validation::Seats),
                 QStringLiteral("Seats go from 0 to 10,000,000."));
        Contract c = contractFrom(QDate(2020, 1, 1));
        c.arr = -1;
        QCOMPARE(Validation::contract(c, kToday, QStringLiteral("USD")).value(Validation::Arr),
                 QStringLiteral("ARR goes from $0.00 to $100,000,000,000.00."));
        QCOMPARE(Validation::loggedTouch(touchOn(QDate(1901, 5, 1)), kToday).value(Validation::OccurredOn),
                 QStringLiteral("A touch's date goes from 1970-01-01 to today."));
        QCOMPARE(Validation::touch(touchOn(QDate(1901, 5, 1)), kToday).value(Validation::OccurredOn),
                 QStringLiteral("A touch's date goes from 1970-01-01 to a year after today (2027-06-30)."));
    }

    void aRefusedRecordNamesItsFieldsInItsStatus()
    {
        QVERIFY(Validation::toStatus({}, QStringLiteral("account")).ok());
        FieldErrors e;
        e.insert(Validation::Seats, QStringLiteral("Seats go from 0 to 10,000,000."));
        e.insert(Validation::FollowUpOn, QStringLiteral("Too late."));
        const Status s = Validation::toStatus(e, QStringLiteral("touch"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidValue);
        QCOMPARE(s.error().where, QStringLiteral("touch.follow_up_on, touch.seats"));
        QVERIFY(s.error().message.contains(QStringLiteral("Seats go from 0 to 10,000,000.")));
        QVERIFY(!s.error().hint.isEmpty());
    }

    void touchModelOverrideNeedsAReasonButClearingItDoesNot()
    {
        QVERIFY(Validation::touchModelOverride(TouchModel::High, QStringLiteral("  "))
                    .contains(Validation::OverrideReason));
        QVERIFY(
            Validation::touchModelOverride(TouchModel::Tech, QStringLiteral("Self-serve plan")).isEmpty());
        QVERIFY(Validation::touchModelOverride(std::nullopt, QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
