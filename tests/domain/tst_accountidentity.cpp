#include "domain/AccountIdentity.h"

#include <QTest>

using namespace csm;
using namespace csm::identity;

class AccountIdentityTest : public QObject
{
    Q_OBJECT
private slots:
    void nameKeysDropTheLegalFormWhereverItStands_data();
    void nameKeysDropTheLegalFormWhereverItStands();
    void namesOfOneCompanyShareAKey_data();
    void namesOfOneCompanyShareAKey();
    void differentCompaniesKeepDifferentKeys();
    void corporateNumberCheckDigitFollowsTheTaxAgency();
    void readsCorporateNumbersAsWritten();
    void refusesWrongCorporateNumbers();
    void salesforceIdsGetTheirCheckCharacters();
    void salesforceIdsWithLostCaseGetItBack();
    void externalIdKeysMatchFifteenToEighteen();
};

void AccountIdentityTest::nameKeysDropTheLegalFormWhereverItStands_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    // Names as Japan Post's JIGYOSYO.CSV writes them (ideographic spaces, full-width letters, ㈱).
    QTest::newRow("prefix, branch") << "株式会社　日本経済新聞社　札幌支社"
                                    << "日本経済新聞社札幌支社";
    QTest::newRow("suffix (株)") << "伊藤組土建　（株）"
                                 << "伊藤組土建";
    QTest::newRow("circled ㈱, full-width letters") << "㈱　ＯＣＳ"
                                                    << "ocs";
    QTest::newRow("middle dot") << "日本テキサス・インスツルメンツ　株式会社"
                                << "日本テキサスインスツルメンツ";
    QTest::newRow("half-width kana") << "ﾆｺﾝ"
                                     << "ニコン";
    QTest::newRow("yugen") << "有限会社 山田商店"
                           << "山田商店";
    QTest::newRow("yugen circled") << "㈲山田商店"
                                   << "山田商店";
    QTest::newRow("godo") << "合同会社DMM.com"
                          << "dmmcom";
    QTest::newRow("foundation") << "一般財団法人　札幌市交通事業振興公社"
                                << "札幌市交通事業振興公社";
    QTest::newRow("english inc") << "Acme, Inc."
                                 << "acme";
    QTest::newRow("english co ltd") << "Acme Co., Ltd."
                                    << "acme";
    QTest::newRow("english llc") << "ACME LLC"
                                 << "acme";
    QTest::newRow("english kk") << "Acme K.K."
                                << "acme";
    QTest::newRow("salesforce demo name") << "Sample Account for Entitlements"
                                          << "sampleaccountforentitlements";
    QTest::newRow("only a legal form") << "株式会社"
                                       << "株式会社";
    QTest::newRow("only an english legal form") << "Company"
                                                << "company";
    QTest::newRow("long vowel and iteration marks stay") << "ヤマザキ・ベーカリー佐々木"
                                                         << "ヤマザキベーカリー佐々木";
}

void AccountIdentityTest::nameKeysDropTheLegalFormWhereverItStands()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(companyNameKey(name), key);
}

void AccountIdentityTest::namesOfOneCompanyShareAKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    // Pairs that JIGYOSYO.CSV itself holds for one company.
    QTest::newRow("(株) or 株式会社 in the middle") << "サッポロビール　（株）　北海道本社"
                                                    << "サッポロビール　株式会社　北海道本社";
    QTest::newRow("before or after") << "株式会社　吉田産業"
                                     << "吉田産業　株式会社";
    QTest::newRow("(株) before, 株式会社 after") << "（株）　橋本総業"
                                                 << "橋本総業　株式会社";
    QTest::newRow("no space") << "（株）ニコン"
                              << "株式会社　ニコン";
    QTest::newRow("with or without") << "株式会社　群馬銀行"
                                     << "群馬銀行";
    QTest::newRow("spaces inside") << "パナソニック　コミュニケーションズ　株式会社"
                                   << "パナソニックコミュニケーションズ　株式会社";
    QTest::newRow("full-width latin") << "ＮＥＣトーキン　（株）"
                                      << "NECトーキン株式会社";
    QTest::newRow("yugen either form") << "山田商店（有）"
                                       << "有限会社　山田商店";
    QTest::newRow("english forms") << "Northwind Analytics Inc."
                                   << "NORTHWIND ANALYTICS, LLC";
}

void AccountIdentityTest::namesOfOneCompanyShareAKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(companyNameKey(a), companyNameKey(b));
}

void AccountIdentityTest::differentCompaniesKeepDifferentKeys()
{
    QVERIFY(companyNameKey(u"株式会社　日本経済新聞社") !=
            companyNameKey(u"株式会社　日本経済新聞社　札幌支社"));
    QVERIFY(companyNameKey(u"Acme Corp") != companyNameKey(u"Acme Components"));
    // "Co" only goes at the end: Coca stays.
    QCOMPARE(companyNameKey(u"Coca Trading"), QStringLiteral("cocatrading"));
}

void AccountIdentityTest::corporateNumberCheckDigitFollowsTheTaxAgency()
{
    // 国税庁 7000012050002: digits from the right 2,0,0,0,5,0,2,1,0,0,0,0 weighted 1,2,1,2...:
    // 2 + 5 + 2 + 2 = 11; 11 mod 9 = 2; 9 - 2 = 7.
    QCOMPARE(corporateNumberCheckDigit(u"000012050002"), std::optional<int>(7));
    // トヨタ自動車 1180301018771: 1 + 14 + 7 + 16 + 1 + 1 + 3 + 8 + 2 = 53; 53 mod 9 = 8; 9 - 8 = 1.
    QCOMPARE(corporateNumberCheckDigit(u"180301018771"), std::optional<int>(1));
    // A sum divisible by 9 gives 9, never 0.
    QCOMPARE(corporateNumberCheckDigit(u"000000000009"), std::optional<int>(9));
    QCOMPARE(corporateNumberCheckDigit(u"00001205000"), std::nullopt);
    QCOMPARE(corporateNumberCheckDigit(u"00001205000x"), std::nullopt);
}

void AccountIdentityTest::readsCorporateNumbersAsWritten()
{
    QCOMPARE(*parseCorporateNumber(u"7000012050002"), QStringLiteral("7000012050002"));
    QCOMPARE(*parseCorporateNumber(u"７０００－０１２０－５０００２"), QStringLiteral("7000012050002"));
    QCOMPARE(*parseCorporateNumber(u" 1 1803 0101 8771 "), QStringLiteral("1180301018771"));
}

void AccountIdentityTest::refusesWrongCorporateNumbers()
{
    const Result<QString> wrongCheck = parseCorporateNumber(u"8000012050002");
    QVERIFY(!wrongCheck.ok());
    QVERIFY2(wrongCheck.error().message.contains(QStringLiteral("check digit would be 7")),
             qPrintable(wrongCheck.error().message));
    QVERIFY(parseCorporateNumber(u"700001205000").error().message.contains(QStringLiteral("13 digits")));
    QVERIFY(parseCorporateNumber(u"70000120500021").error().message.contains(QStringLiteral("13 digits")));
    QVERIFY(!parseCorporateNumber(u"70000120500a2").ok());
    QVERIFY(!parseCorporateNumber(u"").ok());
}

void AccountIdentityTest::salesforceIdsGetTheirCheckCharacters()
{
    // "001Ec" has E upper at position 3: 8 = I; "00000": A; "FzlUd": F (1) + U (8) = 9 = J.
    QCOMPARE(salesforceId18(u"001Ec00000FzlUd"), QStringLiteral("001Ec00000FzlUdIAJ"));
    // "003Ec": I; "00000": A; "CyOT7": C (1) + O (4) + T (8) = 13 = N.
    QCOMPARE(salesforceId18(u"003Ec00000CyOT7"), QStringLiteral("003Ec00000CyOT7IAN"));
    QCOMPARE(salesforceId18(u"003Ec00000CyOT7IAN"), QStringLiteral("003Ec00000CyOT7IAN"));
    QCOMPARE(salesforceId18(u"003Ec00000CyOT7ian"), QStringLiteral("003Ec00000CyOT7IAN"));
    QCOMPARE(salesforceId18(u"003Ec00000CyOT7IAM"), QString()); // wrong check characters
    QCOMPARE(salesforceId18(u"003Ec00000CyOT"), QString());
    QCOMPARE(salesforceId18(u"003Ec-0000CyOT7"), QString());
}

void AccountIdentityTest::salesforceIdsWithLostCaseGetItBack()
{
    QCOMPARE(salesforceId18(u"003ec00000cyot7ian"), QStringLiteral("003Ec00000CyOT7IAN"));
    QCOMPARE(salesforceId18(u"001EC00000FZLUDIAJ"), QStringLiteral("001Ec00000FzlUdIAJ"));
    // A check character that marks a digit as upper case cannot be.
    QCOMPARE(salesforceId18(u"001ec00000fzludBAJ"), QString());
}

void AccountIdentityTest::externalIdKeysMatchFifteenToEighteen()
{
    QCOMPARE(externalIdKey(u" 001Ec00000FzlUd "), externalIdKey(u"001Ec00000FzlUdIAJ"));
    QCOMPARE(externalIdKey(u"001ec00000fzludiaj"), QStringLiteral("001Ec00000FzlUdIAJ"));
    QCOMPARE(externalIdKey(u"A-2e4581"), QStringLiteral("A-2e4581"));
    QCOMPARE(externalIdKey(u"ext_contact_task_1"), QStringLiteral("ext_contact_task_1"));
    QVERIFY(externalIdKey(u"001Ec00000FzlUd") != externalIdKey(u"001EC00000FzlUd"));
}

QTEST_GUILESS_MAIN(AccountIdentityTest)
#include "tst_accountidentity.moc"
