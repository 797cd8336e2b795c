// RenewalList::upcoming over a list large enough to be worked out in parts on the helper threads (50,000
// contracts): the same renewals, in the same order, as working each contract out one by one and sorting them
// by the list's order (the day to act by, renewal date, account name, contract id), with each one's recorded
// forecast for its renewal date.

#include "domain/RenewalList.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace csm;

class RenewalListTest : public QObject
{
    Q_OBJECT

private slots:
    void aLargeListIsWhatOneByOneGives()
    {
        const QDate asOf(2025, 6, 30);
        const dates::HolidayCalendar calendar;
        QRandomGenerator random(14);
        const QString kStems[] = {QStringLiteral("Account "),
                                  QStringLiteral("Account"),
                                  QStringLiteral("A"),
                                  QString(),
                                  QStringLiteral("株式会社山本"),
                                  QStringLiteral("株式会社山本商事ホールディングス"),
                                  QStringLiteral("株式会社山本商事ホールディングズ"),
                                  QStringLiteral("𠮷野家"),
                                  QStringLiteral("Ａ社"),
                                  QStringLiteral("ｱｶｳﾝﾄ")};
        QList<RenewalContract> contracts;
        for (int i = 0; i < 50'000; ++i) {
            RenewalContract c;
            c.contractId = QStringLiteral("c-%1").arg(i, 6, 10, QLatin1Char('0'));
            c.accountId = QStringLiteral("a-%1").arg(i);
            // Many share a name, many more its first 8 UTF-16 code units (which order most ties), some
            // are a prefix of others or empty, and some hold code units above 0x8000 and surrogates.
            c.accountName = kStems[random.bounded(int(std::size(kStems)))] +
                            (random.bounded(4) == 0 ? QString() : QString::number(random.bounded(80)));
            c.arr = random.bounded(10) == 0 ? 0 : 100'000 * (1 + random.bounded(50));
            c.terms.start = QDate(2020, 1, 1).addDays(random.bounded(2000));
            c.terms.termMonths = 1 + random.bounded(36);
            c.terms.autoRenew = random.bounded(5) != 0;
            c.terms.notice = NoticeRule::daysBefore(random.bounded(120));
            const QDate forecastOn = ContractSchedule::current(c.terms, asOf, calendar).renewalDate;
            if (forecastOn.isValid() && random.bounded(2) == 0)
                c.forecasts.append(
                    {forecastOn, {QStringLiteral("r-%1").arg(i), RenewalForecast::Commit, {}}});
            contracts.append(c);
        }

        struct Want
        {
            QDate actBy;
            QDate renewal;
            QString name;
            QString contract;
            bool forecast;
        };
        QList<Want> want;
        for (const RenewalContract& c : std::as_const(contracts)) {
            const RenewalPoint point = ContractSchedule::current(c.terms, asOf, calendar);
            if (c.arr <= 0 || !point.isValid() || RenewalStages::countdown(point, asOf).daysToNotice > 365)
                continue;
            want.append({point.actBy(), point.renewalDate, c.accountName, c.contractId,
                         c.forecastFor(point.renewalDate).has_value()});
        }
        std::sort(want.begin(), want.end(), [](const Want& a, const Want& b) {
            return std::tie(a.actBy, a.renewal, a.name, a.contract) <
                   std::tie(b.actBy, b.renewal, b.name, b.contract);
        });

        const QList<UpcomingRenewal> got = RenewalList::upcoming(contracts, asOf, 365, calendar);
        QVERIFY(want.size() > 20'000);
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].contract.accountName, want[i].name);
            QCOMPARE(got[i].contract.contractId, want[i].contract);
            QCOMPARE(got[i].point.renewalDate, want[i].renewal);
            QCOMPARE(got[i].recorded.has_value(), want[i].forecast);
        }
    }
};

QTEST_GUILESS_MAIN(RenewalListTest)
#include "tst_renewallist.moc"
