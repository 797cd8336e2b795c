// Segmentation rules (issue 16 item 1, DESIGN §6): thresholds at their edges, rule order, overrides,
// validation, the JSON kept in the book's settings, and the preview of a change.

#include "domain/Segmentation.h"
#include "domain/Settings.h"

#include <QTest>

using namespace csm;

namespace {

SegmentFacts account(const char* id, MinorUnits arr, const QString& plan = {}, const QString& industry = {},
                     std::optional<TouchModel> override = std::nullopt)
{
    return {QString::fromLatin1(id), arr, plan, industry, override};
}

SegmentRule rule(TouchModel m, std::optional<MinorUnits> minArr, QStringList plans = {},
                 QStringList industries = {})
{
    return {m, minArr, plans, industries};
}

const QString kEnterprise = QStringLiteral("Enterprise");
const QString kPublic = QStringLiteral("Public sector");

} // namespace

class TestSegmentation : public QObject
{
    Q_OBJECT

private slots:
    void defaultRulesAgreeWithTheSettingsThresholds_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("arr");
        QTest::addColumn<int>("expected");
        // JPY: high at 10,000,000 yen, low at 1,000,000 yen (no minor unit).
        QTest::newRow("JPY high edge")
            << QStringLiteral("JPY") << qint64(10'000'000) << int(TouchModel::High);
        QTest::newRow("JPY just below high")
            << QStringLiteral("JPY") << qint64(9'999'999) << int(TouchModel::Low);
        QTest::newRow("JPY low edge") << QStringLiteral("JPY") << qint64(1'000'000) << int(TouchModel::Low);
        QTest::newRow("JPY just below low")
            << QStringLiteral("JPY") << qint64(999'999) << int(TouchModel::Tech);
        QTest::newRow("JPY zero") << QStringLiteral("JPY") << qint64(0) << int(TouchModel::Tech);
        // USD: $50,000 = 5,000,000 cents, $10,000 = 1,000,000 cents.
        QTest::newRow("USD high edge") << QStringLiteral("USD") << qint64(5'000'000) << int(TouchModel::High);
        QTest::newRow("USD one cent below high")
            << QStringLiteral("USD") << qint64(4'999'999) << int(TouchModel::Low);
        QTest::newRow("USD low edge") << QStringLiteral("USD") << qint64(1'000'000) << int(TouchModel::Low);
        QTest::newRow("USD one cent below low")
            << QStringLiteral("USD") << qint64(999'999) << int(TouchModel::Tech);
    }

    void defaultRulesAgreeWithTheSettingsThresholds()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, arr);
        QFETCH(int, expected);
        const BookSettings settings = BookSettings::defaultsFor(currency);
        const SegmentationRules rules = SegmentationRules::fromSettings(settings);
        QVERIFY(rules.validate().isEmpty());
        const SegmentAssignment a = rules.assign(account("a", arr));
        QCOMPARE(int(a.touchModel), expected);
        QCOMPARE(a.touchModel, settings.touchModelForArr(arr));
        QCOMPARE(a.source, SegmentSource::Rule);

        // With an override, the same answer as effectiveTouchModel too.
        Account acc;
        acc.arr = arr;
        acc.touchModelOverride = TouchModel::High;
        QCOMPARE(rules.assign(SegmentFacts::of(acc)).touchModel, effectiveTouchModel(acc, settings));
        acc.touchModelOverride.reset();
        QCOMPARE(rules.assign(SegmentFacts::of(acc)).touchModel, effectiveTouchModel(acc, settings));
    }

    void anOverrideWinsOverEveryRule()
    {
        const SegmentationRules rules = SegmentationRules::byArr(10'000'000, 1'000'000);
        const SegmentAssignment a = rules.assign(account("a", 50'000'000, {}, {}, TouchModel::Tech));
        QCOMPARE(a.touchModel, TouchModel::Tech);
        QCOMPARE(a.source, SegmentSource::Override);
        QCOMPARE(a.rule, -1);
    }

    void theFirstMatchingRuleWins()
    {
        SegmentationRules rules;
        rules.rules = {rule(TouchModel::High, std::nullopt, {kEnterprise}),
                       rule(TouchModel::Low, std::nullopt, {}, {kPublic}), rule(TouchModel::High, 10'000'000),
                       rule(TouchModel::Low, 1'000'000), rule(TouchModel::Tech, std::nullopt)};
        QVERIFY(rules.validate().isEmpty());
        QCOMPARE(rules.assign(account("a", 500'000, kEnterprise)),
                 (SegmentAssignment{TouchModel::High, SegmentSource::Rule, 0}));
        // Plans and industries match without regard to case or surrounding spaces.
        QCOMPARE(rules.assign(account("a", 500'000, QStringLiteral(" enterprise "))).rule, 0);
        // A public-sector account of 20,000,000 stops at rule 2 (low touch) before the ARR rule for high.
        QCOMPARE(rules.assign(account("a", 20'000'000, QStringLiteral("Growth"), kPublic)),
                 (SegmentAssignment{TouchModel::Low, SegmentSource::Rule, 1}));
        QCOMPARE(rules.assign(account("a", 20'000'000, kEnterprise, kPublic)).rule, 0);
        QCOMPARE(
            rules.assign(account("a", 20'000'000, QStringLiteral("Growth"), QStringLiteral("Retail"))).rule,
            2);
        QCOMPARE(rules.assign(account("a", 2'000'000)).rule, 3);
        QCOMPARE(rules.assign(account("a", 999'999)),
                 (SegmentAssignment{TouchModel::Tech, SegmentSource::Rule, 4}));
    }

    void everyConditionOfARuleMustHold()
    {
        const SegmentRule r = rule(TouchModel::Low, 5'000'000, {QStringLiteral("Growth")}, {kPublic});
        QVERIFY(r.matches(5'000'000, QStringLiteral("Growth"), kPublic));
        QVERIFY(!r.matches(4'999'999, QStringLiteral("Growth"), kPublic));
        QVERIFY(!r.matches(6'000'000, QStringLiteral("Starter"), kPublic));
        QVERIFY(!r.matches(6'000'000, QStringLiteral("Growth"), QStringLiteral("Retail")));
    }

    void anAccountNoRuleTakesFallsBackToTechTouch()
    {
        SegmentationRules rules;
        rules.rules = {rule(TouchModel::High, 10'000'000),
                       rule(TouchModel::Low, std::nullopt, {kEnterprise})};
        QVERIFY(rules.validate().isEmpty());
        QVERIFY(!rules.coversEveryAccount());
        QCOMPARE(rules.assign(account("a", 5'000'000, QStringLiteral("Starter"))),
                 (SegmentAssignment{TouchModel::Tech, SegmentSource::Fallback, -1}));
        QVERIFY(SegmentationRules::byArr(10, 1).coversEveryAccount());
        SegmentationRules none;
        QCOMPARE(none.assign(account("a", 1)).source, SegmentSource::Fallback);
    }

    void rulesThatCanNeverApplyAreRefused()
    {
        SegmentationRules rules;
        // Thresholds out of order: every account with 10,000,000 already has 1,000,000.
        rules.rules = {rule(TouchModel::High, 1'000'000), rule(TouchModel::Low, 10'000'000)};
        auto problems = rules.validate();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().rule, 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("never applies")));

        // A catch-all above anything.
        rules.rules = {rule(TouchModel::Tech, std::nullopt), rule(TouchModel::High, 10'000'000)};
        QCOMPARE(rules.validate().size(), 1);

        // A wider plan list above a narrower one, case aside.
        rules.rules = {rule(TouchModel::High, std::nullopt, {kEnterprise, QStringLiteral("Growth")}),
                       rule(TouchModel::Low, std::nullopt, {QStringLiteral("enterprise")})};
        QCOMPARE(rules.validate().size(), 1);
        // The other way round both can apply.
        rules.rules = {rule(TouchModel::High, std::nullopt, {kEnterprise}),
                       rule(TouchModel::Low, std::nullopt, {kEnterprise, QStringLiteral("Growth")})};
        QVERIFY(rules.validate().isEmpty());
        // A plan rule does not hide an ARR rule, nor the reverse.
        rules.rules = {rule(TouchModel::High, 10'000'000),
                       rule(TouchModel::High, std::nullopt, {kEnterprise})};
        QVERIFY(rules.validate().isEmpty());
    }

    void smallerAccountsCannotGetAHeavierTouchModel()
    {
        SegmentationRules rules;
        rules.rules = {rule(TouchModel::Low, 10'000'000), rule(TouchModel::High, 1'000'000),
                       rule(TouchModel::Tech, {})};
        const auto problems = rules.validate();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().rule, 1);
        QCOMPARE(problems.first().field, QStringLiteral("touch_model"));
    }

    void badValuesAreRefused()
    {
        SegmentationRules rules;
        rules.rules = {rule(TouchModel::High, -1), rule(TouchModel::Low, std::nullopt, {QStringLiteral(" ")}),
                       rule(TouchModel::Low, std::nullopt, {}, {QString()})};
        const auto problems = rules.validate();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).field, QStringLiteral("min_arr"));
        QCOMPARE(problems.at(1).field, QStringLiteral("plans"));
        QCOMPARE(problems.at(2).field, QStringLiteral("industries"));
    }

    void rulesAreKeptAsCompactJson()
    {
        // QJsonObject writes keys in sorted order.
        QCOMPARE(
            SegmentationRules::byArr(10'000'000, 1'000'000).toJson(),
            QByteArray(R"({"rules":[{"min_arr":10000000,"touch_model":"high"},)"
                       R"({"min_arr":1000000,"touch_model":"low"},{"touch_model":"tech"}],"version":1})"));

        SegmentationRules rules;
        rules.rules = {
            rule(TouchModel::High, std::nullopt, {kEnterprise, QStringLiteral("エンタープライズ")}),
            rule(TouchModel::Low, 123'456'789'012'345'678, {}, {kPublic}), rule(TouchModel::Tech, 0)};
        const auto back = SegmentationRules::fromJson(rules.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(*back, rules);
    }

    void unreadableJsonSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("not JSON") << QByteArray("{rules") << QStringLiteral("offset");
        QTest::newRow("no rules") << QByteArray(R"({"version":1})") << QStringLiteral("rules");
        QTest::newRow("unknown touch model")
            << QByteArray(R"({"rules":[{"touch_model":"tech"},{"touch_model":"medium"}]})")
            << QStringLiteral("rule 2: touch_model");
        QTest::newRow("fractional threshold")
            << QByteArray(R"({"rules":[{"touch_model":"high","min_arr":1.5}]})")
            << QStringLiteral("rule 1: min_arr");
        QTest::newRow("threshold as text")
            << QByteArray(R"({"rules":[{"touch_model":"high","min_arr":"100"}]})")
            << QStringLiteral("rule 1: min_arr");
        QTest::newRow("plans not a list")
            << QByteArray(R"({"rules":[{"touch_model":"high","plans":"Enterprise"}]})")
            << QStringLiteral("rule 1: plans");
    }

    void unreadableJsonSaysWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto r = SegmentationRules::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidValue);
        QVERIFY2(r.error().where.contains(where), qPrintable(r.error().where));
        QVERIFY(!r.error().hint.isEmpty());
    }

    void rulesFromANewerVersionAreRefusedAndUnknownKeysIgnored()
    {
        const auto newer = SegmentationRules::fromJson(R"({"version":2,"rules":[]})");
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, Error::Code::NewerVersion);
        const auto extra =
            SegmentationRules::fromJson(R"({"rules":[{"touch_model":"low","note":"x"}],"author":"me"})");
        QVERIFY(extra.ok());
        QCOMPARE(extra->rules.size(), 1);
    }

    void thePreviewSaysWhatWouldMoveAndWhich()
    {
        const QList<SegmentFacts> accounts = {
            account("a1", 12'000'000),                         // high -> high
            account("a2", 7'000'000),                          // low -> high
            account("a3", 1'500'000),                          // low -> tech
            account("a4", 3'000'000),                          // low -> low
            account("a5", 800'000),                            // tech -> tech
            account("a6", 6'000'000, {}, {}, TouchModel::Low), // low by override: stays, though the
                                                               // new rules alone would say high
            account("a7", 5'000'000),                          // low -> high (at the new edge)
            account("a8", 2'000'000),                          // low -> low (at the new edge)
            account("a9", 1'999'999),                          // low -> tech
        };
        const SegmentationRules current = SegmentationRules::byArr(10'000'000, 1'000'000);
        const SegmentationRules proposed = SegmentationRules::byArr(5'000'000, 2'000'000);
        const SegmentPreview p = previewSegmentation(accounts, current, proposed, QStringLiteral("JPY"));

        using T = TouchModel;
        QCOMPARE(p.accountsMoving(T::High, T::High), 1);
        QCOMPARE(p.accountsMoving(T::Low, T::High), 2);                                   // a2, a7
        QCOMPARE(p.arrMoving(T::Low, T::High), Money(12'000'000, QStringLiteral("JPY"))); // 7M + 5M
        QCOMPARE(p.accountsMoving(T::Low, T::Tech), 2);                                   // a3, a9
        QCOMPARE(p.arrMoving(T::Low, T::Tech).minor(), 3'499'999); // 1,500,000 + 1,999,999
        QCOMPARE(p.accountsMoving(T::Low, T::Low), 3);             // a4, a6, a8
        QCOMPARE(p.arrMoving(T::Low, T::Low).minor(), 11'000'000); // 3M + 6M + 2M
        QCOMPARE(p.accountsMoving(T::Tech, T::Tech), 1);
        QCOMPARE(p.accountsMoving(T::High, T::Low), 0);

        QCOMPARE(p.accountsMoved(), 4);
        QCOMPARE(p.arrMoved().minor(), 15'499'999); // 12,000,000 + 3,499,999
        // Largest ARR first: a2 7M, a7 5M, a9 1,999,999, a3 1,500,000.
        QStringList order;
        for (const SegmentMove& m : p.moves)
            order << m.accountId;
        QCOMPARE(order, (QStringList{QStringLiteral("a2"), QStringLiteral("a7"), QStringLiteral("a9"),
                                     QStringLiteral("a3")}));
        QCOMPARE(p.moves.first().from, T::Low);
        QCOMPARE(p.moves.first().to, T::High);
        QCOMPARE(p.heldByOverride, QList<Id>{QStringLiteral("a6")});
        QVERIFY(!p.arrOverflow);
    }

    void segmentCodesAreTheReportNames()
    {
        QCOMPARE(segmentCode(Segment::High), QStringLiteral("high"));
        QCOMPARE(segmentCode(Segment::All), QStringLiteral("all"));
        QCOMPARE(segmentOf(TouchModel::Tech), Segment::Tech);
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
