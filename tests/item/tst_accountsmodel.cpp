#include "domain/Settings.h"
#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "item/TextFolding.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;

namespace {

const QDate kToday(2026, 6, 30);

AccountSummary account(const QString& id, const QString& name, const QString& reading = {})
{
    AccountSummary s;
    s.id = id;
    s.name = name;
    s.nameReading = reading;
    return s;
}

// Five accounts that differ on every column; "e" has no contract, no touch and no health.
QList<AccountSummary> sample()
{
    AccountSummary a =
        account(QStringLiteral("a"), QStringLiteral("山田商事"), QStringLiteral("やまだしょうじ"));
    a.owner = QStringLiteral("Sato");
    a.touchModel = TouchModel::High;
    a.arr = 12'000'000;
    a.healthScore = 82.5;
    a.healthBand = HealthBand::Green;
    a.renewalDate = QDate(2026, 9, 1);
    a.noticeDeadline = QDate(2026, 7, 3);
    a.daysToNotice = 3;
    a.lastCustomerTouch = QDate(2026, 6, 1);
    a.stage = LifecycleStage::Mature;
    a.externalId = QStringLiteral("CRM-001");

    AccountSummary b =
        account(QStringLiteral("b"), QStringLiteral("青木工業"), QStringLiteral("アオキコウギョウ"));
    b.owner = QStringLiteral("Ito");
    b.touchModel = TouchModel::Low;
    b.arr = 3'000'000;
    b.healthScore = 45;
    b.healthBand = HealthBand::Yellow;
    b.renewalDate = QDate(2026, 7, 15);
    b.noticeDeadline = QDate(2026, 5, 16);
    b.daysToNotice = -45;
    b.lastCustomerTouch = QDate(2026, 3, 10);
    b.stage = LifecycleStage::Renewing;
    b.externalId = QStringLiteral("CRM-002");

    AccountSummary c = account(QStringLiteral("c"), QStringLiteral("Acme Corp"));
    c.owner = QStringLiteral("Sato");
    c.touchModel = TouchModel::Tech;
    c.arr = 500'000;
    c.healthScore = 20;
    c.healthBand = HealthBand::Red;
    c.renewalDate = QDate(2027, 1, 31);
    c.noticeDeadline = QDate(2026, 12, 2);
    c.daysToNotice = 155;
    c.lastCustomerTouch = QDate(2026, 6, 20);
    c.stage = LifecycleStage::Onboarding;

    AccountSummary d =
        account(QStringLiteral("d"), QStringLiteral("加藤製作所"), QStringLiteral("かとうせいさくしょ"));
    d.owner = QStringLiteral("Abe");
    d.touchModel = TouchModel::Low;
    d.arr = 1'500'000;
    d.renewalDate = QDate(2026, 12, 1);
    d.noticeDeadline = QDate(2026, 10, 2);
    d.daysToNotice = 94;
    d.lastCustomerTouch = QDate(2026, 1, 5);
    d.stage = LifecycleStage::Adopting;

    AccountSummary e = account(QStringLiteral("e"), QStringLiteral("Zeta Labs"));
    e.owner = QStringLiteral("Ito");
    e.touchModel = TouchModel::Tech;
    e.arr = 0;
    e.stage = LifecycleStage::Churned;
    return {a, b, c, d, e};
}

QStringList ids(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList idsInOrder(const AccountsFilterProxy& proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.idAt(r);
    return ids;
}

} // namespace

class TestAccountsModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester();
    void looksUpRowsById();
    void showsNoDataForHealthWithoutAScore();
    void updateSummariesUpdatesInsertsAndRemovesWithoutReset();
    void updateSummariesOnlyTouchesTheRowsGiven();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void sortsJapaneseNamesByReading();
    void keepsMissingDatesLastInBothDirections();
    void filtersByTextIgnoringCaseAndWidth();
    void filtersByTouchModelOwnerBandAndStage();
    void combinesFiltersAndUpdatesWithThem();
    void keepsSortOrderWhenRowsAreRenamedOrInserted();
    void showsAnEndedContractInTheRenewalColumnAndSortsItByItsEnd();
    void handles100000Rows();
    void narrowingThenWideningGivesAFreshFiltersRows();
    void bigFilterChangesKeepPersistentIndexesAndSelections();
    void sharesRepeatedStrings();
    void searchTextIsBuiltOnFirstUseAndFollowsChanges();
    void keepsNameOrderThroughRemovalsRenamesAndInserts();
};

void TestAccountsModel::keepsSortOrderWhenRowsAreRenamedOrInserted()
{
    AccountsModel model;
    model.setSummaries(sample());
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AccountsModel::NameColumn);
    QCOMPARE(idsInOrder(proxy), ids("c e b d a"));
    AccountSummary e = sample().at(4);
    e.name = QStringLiteral("Aardvark");
    model.updateSummaries({e});
    QCOMPARE(idsInOrder(proxy), ids("e c b d a"));
    model.updateSummaries(
        {account(QStringLiteral("f"), QStringLiteral("Beta")),
         account(QStringLiteral("g"), QStringLiteral("株式会社いろは"), QStringLiteral("いろは"))});
    QCOMPARE(idsInOrder(proxy), ids("e c f b g d a"));
    model.updateSummaries({}, {QStringLiteral("c")});
    QCOMPARE(idsInOrder(proxy), ids("e f b g d a"));
    proxy.sort(AccountsModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy), ids("a d g b f e"));
}

void TestAccountsModel::passesTheModelTester()
{
    AccountsModel model;
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(sample());
    proxy.sort(AccountsModel::ArrColumn, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("a"));
    AccountSummary changed = sample().at(0);
    changed.arr = 1;
    AccountSummary added = account(QStringLiteral("f"), QStringLiteral("Foxtrot"));
    model.updateSummaries({changed, added}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("f")});
    proxy.setFilterText(QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAccountsModel::looksUpRowsById()
{
    AccountsModel model;
    model.setSummaries(sample());
    QCOMPARE(model.rowForId(QStringLiteral("c")), 2);
    QCOMPARE(model.rowForId(QStringLiteral("nope")), -1);
    QCOMPARE(model.index(2, 0).data(int(AccountsModel::Role::AccountId)).toString(), QStringLiteral("c"));
    QCOMPARE(model.owners(),
             QStringList({QStringLiteral("Abe"), QStringLiteral("Ito"), QStringLiteral("Sato")}));
}

void TestAccountsModel::showsNoDataForHealthWithoutAScore()
{
    AccountsModel model;
    model.setSummaries(sample());
    QCOMPARE(model.index(4, AccountsModel::HealthColumn).data().toString(), QStringLiteral("No data"));
    QVERIFY(!model.index(4, AccountsModel::HealthColumn).data(int(AccountsModel::Role::Band)).isValid());
    QCOMPARE(model.index(0, AccountsModel::ArrColumn).data().toString(), QStringLiteral("¥12,000,000"));
    QCOMPARE(model.index(4, AccountsModel::RenewalColumn).data().toString(), QString());
}

void TestAccountsModel::updateSummariesUpdatesInsertsAndRemovesWithoutReset()
{
    AccountsModel model;
    model.setSummaries(sample());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    AccountSummary b = sample().at(1);
    b.arr = 9'000'000;
    AccountSummary f = account(QStringLiteral("f"), QStringLiteral("Foxtrot"));
    // "c" is in scope but not in the rows: it was deleted.
    model.updateSummaries({b, f}, {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("f")});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), AccountsModel::ColumnCount - 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowForId(QStringLiteral("c")), -1);
    QCOMPARE(model.rowForId(QStringLiteral("d")), 2); // shifted up
    QCOMPARE(model.rowForId(QStringLiteral("e")), 3);
    QCOMPARE(model.rowForId(QStringLiteral("f")), 4);
    QCOMPARE(model.summaryAt(1).arr, MinorUnits(9'000'000));
    QCOMPARE(model.keysAt(1).arr, qint64(9'000'000));
}

void TestAccountsModel::updateSummariesOnlyTouchesTheRowsGiven()
{
    AccountsModel model;
    model.setSummaries(sample());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Without a scope nothing is removed, however few rows come in.
    model.updateSummaries({sample().at(0)});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowCount(), 5);
    // Removing two adjacent and one distant row: one signal per contiguous run.
    model.updateSummaries({}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")});
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowForId(QStringLiteral("c")), 0);
    QCOMPARE(model.rowForId(QStringLiteral("e")), 1);
}

void TestAccountsModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::addColumn<QStringList>("descending");
    // Names: Latin before kana, kana by reading (あおき, かとう, やまだ). Ties go by name. Missing values (e
    // has no contract, touch or health; d no health) stay last in both directions; the rest reverse.
    QTest::newRow("name") << int(AccountsModel::NameColumn) << ids("c e b d a") << ids("a d b e c");
    QTest::newRow("owner") << int(AccountsModel::OwnerColumn) << ids("d e b c a") << ids("a c b e d");
    QTest::newRow("touch model") << int(AccountsModel::TouchModelColumn) << ids("a b d c e")
                                 << ids("e c d b a");
    QTest::newRow("arr") << int(AccountsModel::ArrColumn) << ids("e c d b a") << ids("a b d c e");
    QTest::newRow("health") << int(AccountsModel::HealthColumn) << ids("c b a e d") << ids("a b c d e");
    QTest::newRow("renewal") << int(AccountsModel::RenewalColumn) << ids("b a d c e") << ids("c d a b e");
    QTest::newRow("notice") << int(AccountsModel::NoticeColumn) << ids("b a d c e") << ids("c d a b e");
    QTest::newRow("last touch") << int(AccountsModel::LastTouchColumn) << ids("d b a c e")
                                << ids("c a b d e");
    QTest::newRow("stage") << int(AccountsModel::StageColumn) << ids("c d a b e") << ids("e b a d c");
}

void TestAccountsModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QFETCH(QStringList, descending);
    AccountsModel model;
    model.setSummaries(sample());
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(proxy), ascending);
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy), descending);
    proxy.sort(column, Qt::AscendingOrder); // and back
    QCOMPARE(idsInOrder(proxy), ascending);
}

void TestAccountsModel::sortsJapaneseNamesByReading()
{
    AccountsModel model;
    model.setSummaries(
        {account(QStringLiteral("1"), QStringLiteral("渡辺物産"), QStringLiteral("わたなべぶっさん")),
         account(QStringLiteral("2"), QStringLiteral("株式会社あさひ"), QStringLiteral("あさひ")),
         account(QStringLiteral("3"), QStringLiteral("日本電機"), QStringLiteral("ニホンデンキ")),
         account(QStringLiteral("4"), QStringLiteral("東京精密"), QStringLiteral("とうきょうせいみつ"))});
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(proxy), ids("2 4 3 1")); // あ, と, ニ, わ
    proxy.sort(AccountsModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy), ids("1 3 4 2"));
}

void TestAccountsModel::keepsMissingDatesLastInBothDirections()
{
    AccountsModel model;
    model.setSummaries(sample());
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsModel::RenewalColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy), ids("c d a b e"));
    proxy.sort(AccountsModel::HealthColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy).mid(3), ids("d e")); // both without data, after the scores
    proxy.sort(AccountsModel::LastTouchColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy).constLast(), QStringLiteral("e"));
}

void TestAccountsModel::filtersByTextIgnoringCaseAndWidth()
{
    AccountsModel model;
    model.setSummaries(sample());
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("ＡＣＭＥ")); // full-width
    QCOMPARE(idsInOrder(proxy), ids("c"));
    proxy.setFilterText(QStringLiteral("あおき")); // hiragana finds a katakana reading
    QCOMPARE(idsInOrder(proxy), ids("b"));
    proxy.setFilterText(QStringLiteral("crm-00"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("sato"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("sato corp")); // every word must match
    QCOMPARE(idsInOrder(proxy), ids("c"));
    proxy.setFilterText(QStringLiteral("商事"));
    QCOMPARE(idsInOrder(proxy), ids("a"));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestAccountsModel::filtersByTouchModelOwnerBandAndStage()
{
    AccountsModel model;
    model.setSummaries(sample());
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsModel::NameColumn);

    proxy.setTouchModelFilter(TouchModel::Low);
    QCOMPARE(idsInOrder(proxy), ids("b d"));
    proxy.setTouchModelFilter(std::nullopt);

    proxy.setOwnerFilter(QStringLiteral("Ito"));
    QCOMPARE(idsInOrder(proxy), ids("e b"));
    proxy.setOwnerFilter(QString());

    proxy.setBandFilter(AccountsFilterProxy::BandFilter::Red);
    QCOMPARE(idsInOrder(proxy), ids("c"));
    proxy.setBandFilter(AccountsFilterProxy::BandFilter::NoData);
    QCOMPARE(idsInOrder(proxy), ids("e d"));
    proxy.setBandFilter(AccountsFilterProxy::BandFilter::Any);

    proxy.setStageFilter(LifecycleStage::Churned);
    QCOMPARE(idsInOrder(proxy), ids("e"));
    proxy.setStageFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 5);
}

void TestAccountsModel::combinesFiltersAndUpdatesWithThem()
{
    AccountsModel model;
    model.setSummaries(sample());
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setOwnerFilter(QStringLiteral("Sato"));
    proxy.setTouchModelFilter(TouchModel::High);
    QCOMPARE(idsInOrder(proxy), ids("a"));
    // The account's ARR drops: it leaves the high-touch filter without a reset.
    AccountSummary a = sample().at(0);
    a.touchModel = TouchModel::Low;
    model.updateSummaries({a});
    QCOMPARE(proxy.rowCount(), 0);
}

// Issue 9, item 5: a contract that does not renew automatically and ended shows "Ended <day>", not a renewal.
void TestAccountsModel::showsAnEndedContractInTheRenewalColumnAndSortsItByItsEnd()
{
    AccountSummary ended = account(QStringLiteral("ended"), QStringLiteral("Ended Ltd"));
    ended.contractStart = QDate(2025, 6, 1);
    ended.termMonths = 12;
    ended.autoRenew = false;
    deriveSummary(ended, BookSettings{}, kToday); // ended on 2026-06-01
    AccountSummary ending = account(QStringLiteral("ending"), QStringLiteral("Ending Ltd"));
    ending.contractStart = QDate(2025, 8, 14);
    ending.termMonths = 12;
    ending.autoRenew = false;
    deriveSummary(ending, BookSettings{}, kToday); // ends on 2026-08-14
    AccountSummary renewing = account(QStringLiteral("renewing"), QStringLiteral("Renewing Ltd"));
    renewing.contractStart = QDate(2025, 7, 1);
    renewing.termMonths = 12;
    deriveSummary(renewing, BookSettings{}, kToday); // renews on 2026-07-01

    AccountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries({renewing, ended, ending});
    const auto cell = [&](const QString& id, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowForId(id), column).data(role);
    };
    QCOMPARE(cell(QStringLiteral("ended"), AccountsModel::RenewalColumn).toString(),
             QStringLiteral("Ended %1").arg(DisplayFormat::denseDate(QDate(2026, 6, 1))));
    QVERIFY(cell(QStringLiteral("ended"), AccountsModel::RenewalColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no renewal is recorded")));
    QCOMPARE(cell(QStringLiteral("ended"), AccountsModel::NoticeColumn).toString(), QString());
    QCOMPARE(cell(QStringLiteral("ending"), AccountsModel::RenewalColumn).toString(),
             DisplayFormat::denseDate(QDate(2026, 8, 14)));
    QCOMPARE(cell(QStringLiteral("ending"), AccountsModel::NoticeColumn).toString(),
             QString()); // none invented
    QVERIFY(cell(QStringLiteral("ending"), AccountsModel::NoticeColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no notice to give")));
    QCOMPARE(
        cell(QStringLiteral("ended"), AccountsModel::RenewalColumn, int(AccountsModel::Role::Date)).toDate(),
        QDate(2026, 6, 1));

    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsModel::RenewalColumn, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(proxy), ids("ended renewing ending"));
    proxy.sort(AccountsModel::RenewalColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy), ids("ending renewing ended"));
}

void TestAccountsModel::handles100000Rows()
{
    // Not a timed test (csm-bench measures the speed): a big list sorts and filters correctly, every row
    // checked against an independent computation.
    const int n = 100'000;
    QList<AccountSummary> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        // 7919 is prime to 100,000: every number 0..99,999 names exactly one account.
        AccountSummary s =
            account(QString::number(i), QStringLiteral("Account %1").arg((qint64(i) * 7919) % n));
        s.owner = QStringLiteral("Owner %1").arg(i % 40);
        s.arr = (qint64(i) * 104729) % 50'000'000;
        s.renewalDate = i % 10 ? kToday.addDays(i % 700) : QDate();
        rows << s;
    }
    AccountsModel model;
    model.setSummaries(rows);
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), n);
    QCOMPARE(model.rowForId(QStringLiteral("99999")), 99'999);

    // By ARR, largest first: never increasing.
    proxy.sort(AccountsModel::ArrColumn, Qt::DescendingOrder);
    for (int r = 1; r < n; ++r)
        QVERIFY(proxy.index(r - 1, 0).data(int(AccountsModel::Role::Arr)).toLongLong() >=
                proxy.index(r, 0).data(int(AccountsModel::Role::Arr)).toLongLong());

    // By renewal date, latest first: never later than the row before, and the 10,000 without one last.
    proxy.sort(AccountsModel::RenewalColumn, Qt::DescendingOrder);
    const auto renewalAt = [&](int r) {
        return proxy.index(r, AccountsModel::RenewalColumn).data(int(AccountsModel::Role::Date)).toDate();
    };
    for (int r = 0; r < n; ++r) {
        const QDate d = renewalAt(r);
        QCOMPARE(d.isValid(), r < n - n / 10);
        if (r > 0 && d.isValid())
            QVERIFY(renewalAt(r - 1) >= d);
    }

    // A filter keeps exactly the accounts whose name contains every word of the text, in any case: the 20
    // numbers with "1234" in them (1234, 12340-12349, 11234-91234).
    proxy.setFilterText(QStringLiteral("ACCOUNT 1234"));
    QSet<QString> expected;
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("Account %1").arg((qint64(i) * 7919) % n);
        if (name.contains(QLatin1String("account"), Qt::CaseInsensitive) &&
            name.contains(QLatin1String("1234")))
            expected.insert(QString::number(i));
    }
    QCOMPARE(expected.size(), 20);
    QSet<QString> shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.insert(proxy.idAt(r));
    QCOMPARE(shown, expected);
    for (int r = 1; r < proxy.rowCount(); ++r) // still sorted
        QVERIFY(!renewalAt(r).isValid() || renewalAt(r - 1) >= renewalAt(r));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), n);
}

namespace {

// Enough rows that a filter keystroke changes more rows than the proxy's row-by-row limit.
QList<AccountSummary> manyRows(int n)
{
    const QStringList words = {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("株式会社"),
                               QStringLiteral("Gamma"), QStringLiteral("デルタ")};
    QList<AccountSummary> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        AccountSummary s = account(QString::number(i), QStringLiteral("%1 %2 %3")
                                                           .arg(words.at(i % 5))
                                                           .arg(words.at((i / 5) % 5))
                                                           .arg((qint64(i) * 7919) % n));
        s.owner = QStringLiteral("Owner %1").arg(i % 7);
        s.arr = (qint64(i) * 104729) % 50'000'000;
        s.renewalDate = i % 10 ? kToday.addDays(i % 700) : QDate();
        rows << s;
    }
    return rows;
}

} // namespace

void TestAccountsModel::narrowingThenWideningGivesAFreshFiltersRows()
{
    AccountsModel model;
    model.setSummaries(manyRows(6000));
    AccountsFilterProxy proxy; // no model tester: it checks every row on every small signal, for minutes
    proxy.setSourceModel(&model);
    proxy.sort(AccountsModel::ArrColumn, Qt::DescendingOrder);

    // What a fresh proxy shows for each text, against the same proxy typed into and cleared step by step.
    const auto fresh = [&model](const QString& text) {
        AccountsFilterProxy p;
        p.setSourceModel(&model);
        p.setFilterText(text);
        p.sort(AccountsModel::ArrColumn, Qt::DescendingOrder);
        return idsInOrder(p);
    };
    const QStringList steps = {
        QStringLiteral("a"),     QStringLiteral("al"),       QStringLiteral("alp"),
        QStringLiteral("alp"),   QStringLiteral("al"),       QStringLiteral(""),
        QStringLiteral("かぶ"),  QStringLiteral("株式"),     QStringLiteral("株式 beta"),
        QStringLiteral("株式"),  QStringLiteral("でるた 1"), QStringLiteral(""),
        QStringLiteral("gamma"), QStringLiteral("")};
    for (const QString& text : steps) {
        proxy.setFilterText(text);
        QCOMPARE(idsInOrder(proxy), fresh(text));
    }
    QCOMPARE(proxy.rowCount(), 6000);

    // The other filters go the same way, combined with text.
    proxy.setOwnerFilter(QStringLiteral("Owner 3"));
    proxy.setFilterText(QStringLiteral("beta"));
    proxy.setOwnerFilter(QString());
    QCOMPARE(idsInOrder(proxy), fresh(QStringLiteral("beta")));
}

void TestAccountsModel::bigFilterChangesKeepPersistentIndexesAndSelections()
{
    AccountsModel model;
    model.setSummaries(manyRows(6000));
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AccountsModel::NameColumn);

    const int gammaRow = model.rowForId(QStringLiteral("3")); // "Gamma ..."
    const int alphaRow = model.rowForId(QStringLiteral("0")); // "Alpha ..."
    const QPersistentModelIndex gamma(proxy.mapFromSource(model.index(gammaRow, 0)));
    const QPersistentModelIndex alpha(proxy.mapFromSource(model.index(alphaRow, 0)));
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);

    proxy.setFilterText(QStringLiteral("gamma")); // hides about 4,800 rows at once
    QVERIFY(layout.count() >= 1);
    QVERIFY(gamma.isValid());
    QCOMPARE(proxy.mapToSource(gamma).row(), gammaRow);
    QVERIFY(!alpha.isValid());

    proxy.setFilterText(QString()); // and shows them again
    QVERIFY(gamma.isValid());
    QCOMPARE(proxy.mapToSource(gamma).row(), gammaRow);
    QCOMPARE(proxy.rowCount(), 6000);
}

void TestAccountsModel::sharesRepeatedStrings()
{
    QList<AccountSummary> rows = manyRows(10);
    for (AccountSummary& s : rows) {
        s.owner = QStringLiteral("Owner %1").arg(1); // a separate copy in every row, as read from the book
    }
    const AccountsModel::Prepared p = AccountsModel::prepare(rows);
    QCOMPARE(p.rows.size(), 10);
    for (const AccountSummary& s : p.rows) {
        QCOMPARE(s.owner.constData(), p.rows.at(0).owner.constData());
    }
}

// The folded search text is not built while the list loads; the first use builds it, and it follows
// updates, inserts and removals.
void TestAccountsModel::searchTextIsBuiltOnFirstUseAndFollowsChanges()
{
    AccountsModel model;
    model.setSummaries(sample());
    const int a = model.rowForId(QStringLiteral("a"));
    const int b = model.rowForId(QStringLiteral("b"));
    QCOMPARE(model.searchTextAt(a), QStringLiteral("山田商事\nやまだしょうじ\ncrm-001\nsato"));
    QVERIFY(model.searchTextAt(b).contains(QStringLiteral("あおきこうぎょう"))); // katakana folded

    AccountSummary renamed = model.summaryAt(a);
    renamed.name = QStringLiteral("ＹＡＭＡＤＡ Trading");
    model.updateSummaries({renamed});
    QVERIFY(model.searchTextAt(a).startsWith(QStringLiteral("yamada trading\n")));

    AccountSummary added = account(QStringLiteral("z"), QStringLiteral("Zeta Corp"));
    model.updateSummaries({added});
    QVERIFY(
        model.searchTextAt(model.rowForId(QStringLiteral("z"))).startsWith(QStringLiteral("zeta corp\n")));

    model.updateSummaries({}, {QStringLiteral("a")}); // removed
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.searchTextAt(r).startsWith(foldForSearch(model.summaryAt(r).name) + QLatin1Char('\n')));
}

void TestAccountsModel::keepsNameOrderThroughRemovalsRenamesAndInserts()
{
    // Against a fresh model of the same rows after each change, in both directions.
    QList<AccountSummary> rows = manyRows(3000);
    AccountsModel model;
    model.setSummaries(rows);
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsModel::NameColumn);
    const auto check = [&] {
        QList<AccountSummary> current;
        for (int r = 0; r < model.rowCount(); ++r)
            current << model.summaryAt(r);
        AccountsModel freshModel;
        freshModel.setSummaries(current);
        AccountsFilterProxy fresh;
        fresh.setSourceModel(&freshModel);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(AccountsModel::NameColumn, order);
            fresh.sort(AccountsModel::NameColumn, order);
            if (idsInOrder(proxy) != idsInOrder(fresh))
                return false;
        }
        return true;
    };
    model.updateSummaries({}, {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("2999")});
    QVERIFY(check());
    AccountSummary renamed = rows.at(100);
    renamed.name = QStringLiteral("Aaaa first");
    AccountSummary renamedReading = rows.at(200);
    renamedReading.nameReading = QStringLiteral("んん");
    model.updateSummaries(
        {renamed, renamedReading, account(QStringLiteral("new"), QStringLiteral("Beta 0"))});
    QVERIFY(check());
    QCOMPARE(proxy.idAt(proxy.rowCount() - 1), QStringLiteral("100")); // descending: "Aaaa first" last
}

QTEST_GUILESS_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
