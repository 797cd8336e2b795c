// Stable codes, UUIDs, book settings and the derived account-summary fields.

#include "domain/AccountSummary.h"
#include "domain/Clock.h"
#include "domain/Entities.h"
#include "domain/Settings.h"
#include "domain/Uuid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// The codes of every value of E in declaration order; fails (returns the bad code) when one does not round
// trip.
template <typename E> QStringList codesOf(std::initializer_list<E> all)
{
    QStringList codes;
    for (E v : all) {
        const QString code = toCode(v);
        codes.append(fromCode<E>(code) == v ? code : QStringLiteral("<no round trip: %1>").arg(code));
    }
    return codes;
}

const QRegularExpression& uuidV7Pattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re;
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void everyEnumRoundTripsThroughItsCode_data();
    void everyEnumRoundTripsThroughItsCode();
    void unknownCodesAreRejected();
    void uuidV7MatchesTheRfcExample();
    void uuidV7HasVersionAndVariantBits();
    void uuidV7SortsByTime();
    void defaultSettingsDependOnTheCurrency_data();
    void defaultSettingsDependOnTheCurrency();
    void deriveSummaryFillsRenewalNoticeAndTouchModel_data();
    void deriveSummaryFillsRenewalNoticeAndTouchModel();
};

void TestEntities::everyEnumRoundTripsThroughItsCode_data()
{
    QTest::addColumn<std::function<QStringList()>>("codes");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char* name, std::function<QStringList()> f, const char* expected) {
        QTest::newRow(name) << f << QString::fromLatin1(expected).split(QLatin1Char(' '));
    };
    using TM = TouchModel;
    row(
        "TouchModel",
        [] {
            return codesOf({TM::High, TM::Low, TM::Tech});
        },
        "high low tech");
    using LS = LifecycleStage;
    row(
        "LifecycleStage",
        [] {
            return codesOf({LS::Onboarding, LS::Adopting, LS::Mature, LS::Renewing, LS::Churned});
        },
        "onboarding adopting mature renewing churned");
    using TK = TouchKind;
    row(
        "TouchKind",
        [] {
            return codesOf({TK::Meeting, TK::Call, TK::Email, TK::Qbr, TK::Ebr, TK::Training,
                            TK::OnboardingSession, TK::Webinar, TK::InAppMessage, TK::Escalation,
                            TK::InternalNote});
        },
        "meeting call email qbr ebr training onboarding_session webinar in_app_message escalation "
        "internal_note");
    row(
        "Direction",
        [] {
            return codesOf({Direction::Outbound, Direction::Inbound});
        },
        "outbound inbound");
    using CR = ContactRole;
    row(
        "ContactRole",
        [] {
            return codesOf({CR::Champion, CR::ExecutiveSponsor, CR::Admin, CR::User});
        },
        "champion executive_sponsor admin user");
    using AK = ArrEventKind;
    row(
        "ArrEventKind",
        [] {
            return codesOf({AK::New, AK::Expansion, AK::Contraction, AK::Churn, AK::Reactivation});
        },
        "new expansion contraction churn reactivation");
    using RF = RenewalForecast;
    row(
        "RenewalForecast",
        [] {
            return codesOf({RF::Commit, RF::Likely, RF::AtRisk, RF::Lost});
        },
        "commit likely at_risk lost");
    using RO = RenewalOutcome;
    row(
        "RenewalOutcome",
        [] {
            return codesOf({RO::Pending, RO::Renewed, RO::Expanded, RO::Contracted, RO::Churned});
        },
        "pending renewed expanded contracted churned");
    using MS = MilestoneStatus;
    row(
        "MilestoneStatus",
        [] {
            return codesOf({MS::Planned, MS::InProgress, MS::Done, MS::Blocked, MS::Skipped});
        },
        "planned in_progress done blocked skipped");
    row(
        "OwnerSide",
        [] {
            return codesOf({OwnerSide::Vendor, OwnerSide::Customer});
        },
        "vendor customer");
    using HB = HealthBand;
    row(
        "HealthBand",
        [] {
            return codesOf({HB::Green, HB::Yellow, HB::Red});
        },
        "green yellow red");
}

void TestEntities::everyEnumRoundTripsThroughItsCode()
{
    QFETCH(std::function<QStringList()>, codes);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(), expected);
}

void TestEntities::unknownCodesAreRejected()
{
    QVERIFY(!fromCode<TouchModel>(QStringLiteral("High")).has_value()); // codes are case-sensitive
    QVERIFY(!fromCode<RenewalForecast>(QStringLiteral("at risk")).has_value());
    QVERIFY(!fromCode<HealthBand>(QString()).has_value());
    QCOMPARE(toCode(static_cast<HealthBand>(42)), QString());
    QVERIFY(isCustomerTouch(TouchKind::Call));
    QVERIFY(!isCustomerTouch(TouchKind::InternalNote));
}

void TestEntities::uuidV7MatchesTheRfcExample()
{
    // RFC 9562 appendix A.6: 2022-02-22 19:22:22 UTC, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
    QCOMPARE(uuidV7(0x017F22E279B0, 0xCC3, 0x18C4DC0C0C07398FULL),
             QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
}

void TestEntities::uuidV7HasVersionAndVariantBits()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newUuidV7();
        QVERIFY2(uuidV7Pattern().match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
    // All-ones random parts must not leak into the version or variant bits.
    const QString id = uuidV7(0, ~0ULL, ~0ULL);
    QVERIFY2(uuidV7Pattern().match(id).hasMatch(), qPrintable(id));
    QCOMPARE(id, QStringLiteral("00000000-0000-7fff-bfff-ffffffffffff"));
}

void TestEntities::uuidV7SortsByTime()
{
    const qint64 t0 = QDateTime(d("2025-06-15"), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QString previous;
    for (qint64 step = 0; step < 200; ++step) {
        // Random parts chosen to sort backwards: the timestamp alone must order the ids.
        const QString id = uuidV7(t0 + step * 37, 0xFFF - quint64(step), ~quint64(step));
        QCOMPARE(id.left(13).remove(QLatin1Char('-')).toLongLong(nullptr, 16), t0 + step * 37);
        QVERIFY(previous < id);
        previous = id;
    }
}

void TestEntities::defaultSettingsDependOnTheCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("fiscalStart");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<qint64>("highMin");
    QTest::addColumn<qint64>("lowMin");

    QTest::newRow("JPY") << QStringLiteral("JPY") << QStringLiteral("JPY") << 4 << QStringLiteral("jp")
                         << qint64(10'000'000) << qint64(1'000'000);
    QTest::newRow("lower-case usd") << QStringLiteral("usd") << QStringLiteral("USD") << 1
                                    << QStringLiteral("none") << qint64(5'000'000) << qint64(1'000'000);
    QTest::newRow("EUR like USD") << QStringLiteral("EUR") << QStringLiteral("EUR") << 1
                                  << QStringLiteral("none") << qint64(5'000'000) << qint64(1'000'000);
}

void TestEntities::defaultSettingsDependOnTheCurrency()
{
    QFETCH(QString, currency);
    QFETCH(QString, code);
    QFETCH(int, fiscalStart);
    QFETCH(QString, calendar);
    QFETCH(qint64, highMin);
    QFETCH(qint64, lowMin);
    const auto s = BookSettings::defaultsFor(currency);
    QCOMPARE(s.currency, code);
    QCOMPARE(s.fiscalYearStartMonth, fiscalStart);
    QCOMPARE(s.holidayCalendar, calendar);
    QCOMPARE(s.highTouchMinArr, highMin);
    QCOMPARE(s.lowTouchMinArr, lowMin);
    QCOMPARE(s.touchModelForArr(highMin), TouchModel::High);
    QCOMPARE(s.touchModelForArr(highMin - 1), TouchModel::Low);
    QCOMPARE(s.touchModelForArr(lowMin), TouchModel::Low);
    QCOMPARE(s.touchModelForArr(lowMin - 1), TouchModel::Tech);
    QCOMPARE(s.cadenceDays(TouchModel::High), 14);
    QCOMPARE(s.cadenceDays(TouchModel::Tech), 90);
}

void TestEntities::deriveSummaryFillsRenewalNoticeAndTouchModel_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("term");
    QTest::addColumn<int>("notice");
    QTest::addColumn<bool>("churned");
    QTest::addColumn<qint64>("arr");
    QTest::addColumn<int>("override"); // -1 none, else TouchModel
    QTest::addColumn<QDate>("renewal");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<int>("daysToNotice");
    QTest::addColumn<TouchModel>("model");

    const int none = -1;
    QTest::newRow("yearly, notice ahead")
        << d("2025-06-15") << d("2023-01-31") << 12 << 60 << false << qint64(12'000'000) << none
        << d("2026-01-31") << d("2025-12-02") << 170 << TouchModel::High;
    QTest::newRow("notice passed") << d("2025-12-20") << d("2023-01-31") << 12 << 60 << false
                                   << qint64(5'000'000) << none << d("2026-01-31") << d("2025-12-02") << -18
                                   << TouchModel::Low;
    QTest::newRow("on renewal day the next term")
        << d("2026-01-31") << d("2023-01-31") << 12 << 60 << false << qint64(500'000) << none
        << d("2027-01-31") << d("2026-12-02") << 305 << TouchModel::Tech;
    QTest::newRow("monthly 31st clamps in February")
        << d("2024-02-10") << d("2023-10-31") << 1 << 7 << false << qint64(0) << none << d("2024-02-29")
        << d("2024-02-22") << 12 << TouchModel::Tech;
    QTest::newRow("override wins over ARR")
        << d("2025-06-15") << d("2025-04-01") << 12 << 30 << false << qint64(20'000'000)
        << int(TouchModel::Tech) << d("2026-04-01") << d("2026-03-02") << 260 << TouchModel::Tech;
    QTest::newRow("churned: no renewal")
        << d("2025-06-15") << d("2023-01-31") << 12 << 60 << true << qint64(12'000'000) << none << QDate()
        << QDate() << 0 << TouchModel::High;
    QTest::newRow("no contract") << d("2025-06-15") << QDate() << 0 << 0 << false << qint64(1'000'000)
                                 << int(TouchModel::High) << QDate() << QDate() << 0 << TouchModel::High;
}

void TestEntities::deriveSummaryFillsRenewalNoticeAndTouchModel()
{
    QFETCH(QDate, today);
    QFETCH(QDate, start);
    QFETCH(int, term);
    QFETCH(int, notice);
    QFETCH(bool, churned);
    QFETCH(qint64, arr);
    QFETCH(int, override);
    QFETCH(QDate, renewal);
    QFETCH(QDate, deadline);
    QFETCH(int, daysToNotice);
    QFETCH(TouchModel, model);

    const FixedClock clock(today);
    QCOMPARE(clock.nowUtc(), QDateTime(today, QTime(12, 0), QTimeZone::utc()));
    AccountSummary s;
    s.contractStart = start;
    s.termMonths = term;
    s.noticeDays = notice;
    s.stage = churned ? LifecycleStage::Churned : LifecycleStage::Mature;
    s.arr = arr;
    if (override >= 0)
        s.touchModelOverride = static_cast<TouchModel>(override);
    s.daysToNotice = 999; // stale values from an earlier day are overwritten
    s.renewalDate = d("2000-01-01");

    deriveSummary(s, BookSettings::defaultsFor(QStringLiteral("JPY")), clock.today());
    QCOMPARE(s.renewalDate, renewal);
    QCOMPARE(s.noticeDeadline, deadline);
    QCOMPARE(s.daysToNotice, daysToNotice);
    QCOMPARE(s.touchModel, model);
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
