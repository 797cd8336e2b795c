#include "domain/Money.h"

#include <QTest>

#include <limits>

using namespace csm;

class MoneyTest : public QObject
{
    Q_OBJECT
private slots:
    void minorDigitsFollowIso4217();
    void parsesWhatUsersType_data();
    void parsesWhatUsersType();
    void refusesWhatIsNotAnAmount_data();
    void refusesWhatIsNotAnAmount();
    void formatsForTheLocale_data();
    void formatsForTheLocale();
    void editingTextReadsBackUnchanged();
    void arithmeticRefusesOverflowAndMixedCurrencies();
    void ratioIsUndefinedForAZeroBase();
    void chartValuesRoundToTheNearestMinorUnit();
};

void MoneyTest::minorDigitsFollowIso4217()
{
    QCOMPARE(Money::minorDigits(QStringLiteral("JPY")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("jpy")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("KRW")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("USD")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("EUR")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("KWD")), 3);
}

void MoneyTest::parsesWhatUsersType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    const QString en = QStringLiteral("en_US");
    const QString ja = QStringLiteral("ja_JP");
    const QString de = QStringLiteral("de_DE");
    QTest::newRow("usd cents") << "4000.75"
                               << "USD" << en << qint64(400075);
    QTest::newRow("usd grouped with symbol") << "$4,000.75"
                                             << "USD" << en << qint64(400075);
    QTest::newRow("usd one decimal") << "12.5"
                                     << "USD" << en << qint64(1250);
    QTest::newRow("usd whole") << "4000"
                               << "USD" << en << qint64(400000);
    QTest::newRow("usd code after") << "12,000.50 USD"
                                    << "USD" << en << qint64(1200050);
    QTest::newRow("usd negative") << "-$12.50"
                                  << "USD" << en << qint64(-1250);
    QTest::newRow("usd leading point") << ".5"
                                       << "USD" << en << qint64(50);
    QTest::newRow("yen grouped") << "¥1,200,000"
                                 << "JPY" << ja << qint64(1200000);
    QTest::newRow("yen full-width sign") << "￥1,200,000"
                                         << "JPY" << ja << qint64(1200000);
    QTest::newRow("yen full-width digits") << "１２００"
                                           << "JPY" << ja << qint64(1200);
    QTest::newRow("yen suffix") << "5,000,000円"
                                << "JPY" << ja << qint64(5000000);
    QTest::newRow("yen zero decimals") << "1,200.00"
                                       << "JPY" << en << qint64(1200);
    QTest::newRow("yen in english") << "5000000"
                                    << "JPY" << en << qint64(5000000);
    QTest::newRow("euro german") << "1.200,50"
                                 << "EUR" << de << qint64(120050);
    QTest::newRow("euro german symbol after") << "4.000,75 €"
                                              << "EUR" << de << qint64(400075);
    QTest::newRow("kwd three digits") << "1.234"
                                      << "KWD" << en << qint64(1234);
    QTest::newRow("spaces around") << "  42  "
                                   << "USD" << en << qint64(4200);
}

void MoneyTest::parsesWhatUsersType()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    const Result<Money> m = Money::parse(text, currency, QLocale(locale));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->minor(), minor);
    QCOMPARE(m->currency(), currency);
}

void MoneyTest::refusesWhatIsNotAnAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("messagePart");
    const QString en = QStringLiteral("en_US");
    QTest::newRow("empty") << ""
                           << "USD" << en << "Enter an amount";
    QTest::newRow("blank") << "   "
                           << "USD" << en << "Enter an amount";
    QTest::newRow("letters") << "abc"
                             << "USD" << en << "not an amount";
    QTest::newRow("yen decimals") << "1,200.5"
                                  << "JPY" << en << "no decimal places";
    QTest::newRow("too many cents") << "4000.755"
                                    << "USD" << en << "at most 2 decimal place";
    QTest::newRow("two points") << "1.2.3"
                                << "USD" << en << "not an amount";
    QTest::newRow("stray group") << "1,2"
                                 << "USD" << en << "not an amount";
    QTest::newRow("trailing group") << "1,"
                                    << "USD" << en << "not an amount";
    QTest::newRow("german point as group") << "1200.50"
                                           << "EUR"
                                           << "de_DE"
                                           << "not an amount";
    QTest::newRow("too large") << "99999999999999999999"
                               << "JPY" << en << "too large";
    QTest::newRow("too large once scaled") << "99999999999999999"
                                           << "USD" << en << "too large";
    QTest::newRow("sign only") << "-"
                               << "USD" << en << "not an amount";
}

void MoneyTest::refusesWhatIsNotAnAmount()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, messagePart);
    const Result<Money> m = Money::parse(text, currency, QLocale(locale));
    QVERIFY2(!m.ok(), qPrintable(QStringLiteral("accepted as %1").arg(m.ok() ? m->minor() : 0)));
    QVERIFY2(m.error().message.contains(messagePart), qPrintable(m.error().message));
    QCOMPARE(m.error().code, Error::Code::InvalidValue);
}

void MoneyTest::formatsForTheLocale_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("usd") << qint64(400075) << "USD"
                         << "en_US"
                         << "$4,000.75";
    QTest::newRow("usd whole") << qint64(400000) << "USD"
                               << "en_US"
                               << "$4,000.00";
    QTest::newRow("usd negative") << qint64(-1250) << "USD"
                                  << "en_US"
                                  << "-$12.50";
    QTest::newRow("usd under C") << qint64(400075) << "USD"
                                 << "C"
                                 << "$4000.75"; // C groups no digits
    QTest::newRow("yen") << qint64(12000000) << "JPY"
                         << "ja_JP"
                         << "¥12,000,000";
    QTest::newRow("yen in english") << qint64(5000000) << "JPY"
                                    << "en_US"
                                    << "¥5,000,000";
    QTest::newRow("euro german") << qint64(400075) << "EUR"
                                 << "de_DE"
                                 << "4.000,75\u00A0€";
    QTest::newRow("unknown code") << qint64(150) << "CHF"
                                  << "en_US"
                                  << "CHF\u00A01.50";
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "JPY"
                             << "en_US"
                             << "¥9,223,372,036,854,775,807";
}

void MoneyTest::formatsForTheLocale()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).format(QLocale(locale)), text);
}

void MoneyTest::editingTextReadsBackUnchanged()
{
    for (const char* loc : {"en_US", "ja_JP", "de_DE", "fr_FR", "C"}) {
        const QLocale locale{QLatin1String(loc)};
        for (const qint64 minor :
             {qint64(0), qint64(1), qint64(400075), qint64(-1250), qint64(123456789012)}) {
            for (const char* cur : {"USD", "JPY", "KWD"}) {
                const Money m(minor, QLatin1String(cur));
                const QString text = m.formatForEditing(locale);
                const Result<Money> back = Money::parse(text, m.currency(), locale);
                QVERIFY2(back.ok(), qPrintable(QStringLiteral("%1 %2: %3")
                                                   .arg(QLatin1String(loc), text,
                                                        back.ok() ? QString() : back.error().message)));
                QCOMPARE(back->minor(), minor);
                const Result<Money> formatted = Money::parse(m.format(locale), m.currency(), locale);
                QVERIFY2(formatted.ok(), qPrintable(m.format(locale)));
                QCOMPARE(formatted->minor(), minor);
            }
        }
    }
}

void MoneyTest::arithmeticRefusesOverflowAndMixedCurrencies()
{
    const QString jpy = QStringLiteral("JPY");
    const Money a(5'000'000, jpy);
    QCOMPARE(a.plus(Money(1'200'000, jpy))->minor(), 6'200'000);
    QCOMPARE(a.minus(Money(6'000'000, jpy))->minor(), -1'000'000);
    QCOMPARE(a.times(3)->minor(), 15'000'000);
    QVERIFY(!a.plus(Money(1, QStringLiteral("USD"))));
    const Money max(std::numeric_limits<qint64>::max(), jpy);
    QVERIFY(!max.plus(Money(1, jpy)));
    QVERIFY(!max.times(2));
    QVERIFY(!Money(std::numeric_limits<qint64>::min() + 1, jpy).minus(Money(1, jpy)));
    QVERIFY(Money(1, jpy) < Money(2, jpy));
    QCOMPARE(a.negated().minor(), -5'000'000);
}

void MoneyTest::ratioIsUndefinedForAZeroBase()
{
    const QString usd = QStringLiteral("USD");
    QCOMPARE(*Money(200, usd).ratioOf(Money(150, usd)), 0.75);
    QVERIFY(!Money(0, usd).ratioOf(Money(150, usd)));
    QVERIFY(!Money(200, usd).ratioOf(Money(150, QStringLiteral("EUR"))));
}

void MoneyTest::chartValuesRoundToTheNearestMinorUnit()
{
    QCOMPARE(Money(400075, QStringLiteral("USD")).toMajor(), 4000.75);
    QCOMPARE(Money(1200, QStringLiteral("JPY")).toMajor(), 1200.0);
    QCOMPARE(Money::fromMajor(4000.754, QStringLiteral("USD")).minor(), 400075);
    QCOMPARE(Money::fromMajor(-0.6, QStringLiteral("JPY")).minor(), -1);
}

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
