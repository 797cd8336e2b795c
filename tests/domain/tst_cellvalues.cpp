#include "domain/CellValues.h"

#include <QTest>

using namespace csm;
using namespace csm::cell;

class CellValuesTest : public QObject
{
    Q_OBJECT
private slots:
    void blanksAreSpacesOfAnyWidth();
    void readsNumbers_data();
    void readsNumbers();
    void refusesWhatIsNoNumber_data();
    void refusesWhatIsNoNumber();
    void bytesTakeTheSamePathAsText();
    void readsWholeNumbers();
    void readsAmountsThroughMoney();
    void namesTheCurrencyOfAForeignAmount();
    void readsYesAndNo_data();
    void readsYesAndNo();
    void refusesWhatIsNeitherYesNorNo();
};

void CellValuesTest::blanksAreSpacesOfAnyWidth()
{
    QVERIFY(isBlank(u""));
    QVERIFY(isBlank(u" "));              // the Telco file's TotalCharges
    QVERIFY(isBlank(u"\u3000\u00A0\t")); // ideographic and no-break spaces
    QVERIFY(!isBlank(u"0"));
    QVERIFY(!isBlank(u" - "));
}

void CellValuesTest::readsNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("expected");
    const QString c = QStringLiteral("C");
    QTest::newRow("plain") << "42" << c << 42.0;
    QTest::newRow("decimal") << "29.85" << c << 29.85;
    QTest::newRow("negative") << "-12.5" << c << -12.5;
    QTest::newRow("plus sign") << "+7" << c << 7.0;
    QTest::newRow("grouped") << "1,200,000" << c << 1200000.0;
    QTest::newRow("full-width digits") << "１２００" << c << 1200.0;
    QTest::newRow("full-width grouped") << "１，２００．５" << c << 1200.5;
    QTest::newRow("full-width minus") << "－３" << c << -3.0;
    QTest::newRow("leading point") << ".5" << c << 0.5;
    QTest::newRow("exponent") << "1.2E+07" << c << 12000000.0;
    QTest::newRow("small exponent") << "5e-3" << c << 0.005;
    QTest::newRow("german") << "1.200,50"
                            << "de_DE" << 1200.5;
    QTest::newRow("german plain") << "3,5"
                                  << "de_DE" << 3.5;
    QTest::newRow("french narrow space") << "1\u202F200,5"
                                         << "fr_FR" << 1200.5;
    QTest::newRow("japanese") << "1,200.5"
                              << "ja_JP" << 1200.5;
    QTest::newRow("spaces around") << "  8 " << c << 8.0;
}

void CellValuesTest::readsNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(double, expected);
    const Result<double> v = parseNumber(QStringView(text), QLocale(locale));
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(*v, expected);
}

void CellValuesTest::refusesWhatIsNoNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("messagePart");
    const QString c = QStringLiteral("C");
    QTest::newRow("empty") << "" << c << "Enter a number";
    QTest::newRow("space") << " " << c << "Enter a number";
    QTest::newRow("letters") << "abc" << c << "is not a number";
    QTest::newRow("german in C") << "1.200,50" << c << "is not a number";
    QTest::newRow("point where it groups") << "1200.50"
                                           << "de_DE"
                                           << "is not a number";
    QTest::newRow("stray group") << "1,2" << c << "is not a number";
    QTest::newRow("two points") << "1.2.3" << c << "is not a number";
    QTest::newRow("currency") << "¥1,200" << c << "is not a number";
    QTest::newRow("sign only") << "-" << c << "is not a number";
    QTest::newRow("overflow") << "1e999" << c << "too large";
}

void CellValuesTest::refusesWhatIsNoNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(QString, messagePart);
    const Result<double> v = parseNumber(QStringView(text), QLocale(locale));
    QVERIFY2(!v.ok(), qPrintable(QString::number(v.ok() ? *v : 0)));
    QVERIFY2(v.error().message.contains(messagePart), qPrintable(v.error().message));
}

void CellValuesTest::bytesTakeTheSamePathAsText()
{
    QCOMPARE(*parseNumber(QByteArrayView("42")), 42.0);
    QCOMPARE(*parseNumber(QByteArrayView("-0.25")), -0.25);
    QCOMPARE(*parseNumber(QByteArrayView("1,200")), 1200.0);
    QCOMPARE(*parseNumber(QByteArrayView("１２")), 12.0);
    QCOMPARE(*parseNumber(QByteArrayView("3,5"), QLocale(QStringLiteral("de_DE"))), 3.5);
    QVERIFY(!parseNumber(QByteArrayView("1-2")).ok());
    QVERIFY(!parseNumber(QByteArrayView("1..2")).ok());
    QVERIFY(!parseNumber(QByteArrayView("")).ok());
    QVERIFY(!parseNumber(QByteArrayView("-")).ok());
}

void CellValuesTest::readsWholeNumbers()
{
    QCOMPARE(*parseInteger(u"1,200"), qint64(1200));
    QCOMPARE(*parseInteger(u"１２"), qint64(12));
    QCOMPARE(*parseInteger(u"-7"), qint64(-7));
    QCOMPARE(*parseInteger(u"14.00"), qint64(14));
    QCOMPARE(*parseInteger(u"1.2E+03"), qint64(1200));
    QCOMPARE(*parseInteger(u"9223372036854775807"), std::numeric_limits<qint64>::max());
    QVERIFY(parseInteger(u"12.5").error().message.contains(QStringLiteral("not a whole number")));
    QVERIFY(parseInteger(u"1.25E+01").error().message.contains(QStringLiteral("not a whole number")));
    QVERIFY(parseInteger(u"9223372036854775808").error().message.contains(QStringLiteral("too large")));
    QVERIFY(parseInteger(u"").error().message.contains(QStringLiteral("Enter a whole number")));
}

void CellValuesTest::readsAmountsThroughMoney()
{
    const QLocale c = QLocale::c();
    QCOMPARE(*parseAmount(u"¥1,200,000", QStringLiteral("JPY"), c), Money(1200000, QStringLiteral("JPY")));
    QCOMPARE(*parseAmount(u"１２００", QStringLiteral("JPY"), c), Money(1200, QStringLiteral("JPY")));
    QCOMPARE(*parseAmount(u"$12,000.50", QStringLiteral("USD"), c), Money(1200050, QStringLiteral("USD")));
    QCOMPARE(*parseAmount(u"1.200,50", QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE"))),
             Money(120050, QStringLiteral("EUR")));
    QCOMPARE(*parseAmount(u"(1,200)", QStringLiteral("JPY"), c), Money(-1200, QStringLiteral("JPY")));
    QCOMPARE(*parseAmount(u"（¥3,000）", QStringLiteral("JPY"), c), Money(-3000, QStringLiteral("JPY")));
    QCOMPARE(*parseAmount(u"33432", QStringLiteral("USD"), c), Money(3343200, QStringLiteral("USD")));
    QVERIFY(!parseAmount(u"1,200.5", QStringLiteral("JPY"), c).ok());
    QVERIFY(!parseAmount(u"(-5)", QStringLiteral("JPY"), c).ok());
    QVERIFY(parseAmount(u"", QStringLiteral("JPY"), c)
                .error()
                .message.contains(QStringLiteral("Enter an amount")));
}

void CellValuesTest::namesTheCurrencyOfAForeignAmount()
{
    const Result<Money> m = parseAmount(u"$12,000.50", QStringLiteral("JPY"), QLocale::c());
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(QStringLiteral("in USD; this book keeps amounts in JPY")),
             qPrintable(m.error().message));
    const Result<Money> yen = parseAmount(u"1,200円", QStringLiteral("USD"), QLocale::c());
    QVERIFY(yen.error().message.contains(QStringLiteral("in JPY")));
    // Other problems keep Money's own message.
    QVERIFY(parseAmount(u"abc", QStringLiteral("JPY"), QLocale::c())
                .error()
                .message.contains(QStringLiteral("not an amount")));
}

void CellValuesTest::readsYesAndNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    for (const char* yes : {"True", "TRUE", "true", "yes", "Y", "1", "on", "はい", "○", "〇", "有", "あり",
                            "ＴＲＵＥ", "１", " yes "})
        QTest::newRow(yes) << QString::fromUtf8(yes) << true;
    for (const char* no :
         {"False", "FALSE", "no", "N", "0", "off", "いいえ", "×", "無", "なし", "ｆａｌｓｅ"})
        QTest::newRow(no) << QString::fromUtf8(no) << false;
}

void CellValuesTest::readsYesAndNo()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const Result<bool> v = parseBoolean(text);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(*v, expected);
}

void CellValuesTest::refusesWhatIsNeitherYesNorNo()
{
    QVERIFY(parseBoolean(u"").error().message.contains(QStringLiteral("Enter yes or no")));
    QVERIFY(parseBoolean(u"maybe").error().message.contains(QStringLiteral("is not yes or no")));
    QVERIFY(!parseBoolean(u"2").ok());
    QVERIFY(!parseBoolean(u"-1").ok());
}

QTEST_GUILESS_MAIN(CellValuesTest)
#include "tst_cellvalues.moc"
