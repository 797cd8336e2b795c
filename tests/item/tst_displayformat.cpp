#include "item/DisplayFormat.h"
#include "item/TextFolding.h"

#include <QTest>

using namespace csm;

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private slots:
    void showsYenWithoutDecimals();
    void showsOtherCurrenciesWithCents();
    void writesDenseJapaneseDatesWithSlashes();
    void writesLongJapaneseDates();
    void writesDaysWithoutTheYearLikeDenseDates();
    void countsDaysLeftAndOverdue();
    void foldsWidthCaseAndKana();
    void foldsSimpleTextLikeTheUnicodeTables();
};

void TestDisplayFormat::showsYenWithoutDecimals()
{
    QCOMPARE(DisplayFormat::money(12'000'000, QStringLiteral("JPY"), QLocale(QLocale::English)),
             QStringLiteral("¥12,000,000"));
    QCOMPARE(DisplayFormat::money(12'000'000, QStringLiteral("JPY"), QLocale(QLocale::Japanese)),
             QStringLiteral("¥12,000,000"));
}

void TestDisplayFormat::showsOtherCurrenciesWithCents()
{
    QCOMPARE(DisplayFormat::money(1'250'050, QStringLiteral("USD"),
                                  QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("$12,500.50"));
}

void TestDisplayFormat::writesDenseJapaneseDatesWithSlashes()
{
    QCOMPARE(DisplayFormat::denseDate(QDate(2026, 6, 30), QLocale(QLocale::Japanese, QLocale::Japan)),
             QStringLiteral("2026/06/30"));
    QVERIFY(DisplayFormat::denseDate(QDate(2026, 6, 30), QLocale(QLocale::English, QLocale::UnitedStates))
                .contains(QStringLiteral("2026")));
    QCOMPARE(DisplayFormat::denseDate(QDate(), QLocale()), QString());
}

// A chart's day ticks: the dense date without its year and the separator that went with it, wherever the
// locale puts the year; months by name, or year/month in Japanese.
void TestDisplayFormat::writesDaysWithoutTheYearLikeDenseDates()
{
    const QDate d(2026, 9, 8);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale ja(QLocale::Japanese, QLocale::Japan);
    QCOMPARE(DisplayFormat::denseDate(d, us), QStringLiteral("9/8/2026"));
    QCOMPARE(DisplayFormat::denseDayMonth(d, us), QStringLiteral("9/8"));
    QCOMPARE(DisplayFormat::denseDate(d, uk), QStringLiteral("08/09/2026"));
    QCOMPARE(DisplayFormat::denseDayMonth(d, uk), QStringLiteral("08/09"));
    QCOMPARE(DisplayFormat::denseDayMonth(d, ja), QStringLiteral("09/08"));
    // The year first elsewhere too: its separator goes with it.
    const QLocale se(QLocale::Swedish, QLocale::Sweden); // short format yyyy-MM-dd
    QCOMPARE(DisplayFormat::denseDayMonth(d, se), QStringLiteral("09-08"));
    QCOMPARE(DisplayFormat::monthYear(d, us), QStringLiteral("Sep 2026"));
    QCOMPARE(DisplayFormat::monthYear(d, ja), QStringLiteral("2026/09"));
    QCOMPARE(DisplayFormat::denseDayMonth(QDate(), us), QString());
}

void TestDisplayFormat::writesLongJapaneseDates()
{
    QCOMPARE(DisplayFormat::longDate(QDate(2026, 6, 30), QLocale(QLocale::Japanese, QLocale::Japan)),
             QStringLiteral("2026年6月30日"));
    QCOMPARE(DisplayFormat::longDate(QDate(2026, 6, 30), QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("June 30, 2026"));
    QCOMPARE(DisplayFormat::longDate(QDate(2026, 6, 30), QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("30 June 2026"));
}

void TestDisplayFormat::countsDaysLeftAndOverdue()
{
    // Plural forms come from the English catalogue, which this test does not load.
    QVERIFY(DisplayFormat::countdown(42).startsWith(QStringLiteral("42 day")));
    QVERIFY(DisplayFormat::countdown(42).endsWith(QStringLiteral("left")));
    QCOMPARE(DisplayFormat::countdown(0), QStringLiteral("Today"));
    QVERIFY(DisplayFormat::countdown(-3).startsWith(QStringLiteral("Overdue by 3 day")));
}

void TestDisplayFormat::foldsWidthCaseAndKana()
{
    QCOMPARE(foldForSearch(QStringLiteral("ＡＢＣ")), QStringLiteral("abc"));
    QCOMPARE(foldForSearch(QStringLiteral("カブシキ")), QStringLiteral("かぶしき"));
    QCOMPARE(foldForSearch(QStringLiteral("ｶﾌﾞ")), QStringLiteral("かぶ")); // half-width katakana
}

// foldForSearch skips the Unicode tables for ASCII, kana and CJK ideographs: the result must be the same.
void TestDisplayFormat::foldsSimpleTextLikeTheUnicodeTables()
{
    const auto reference = [](const QString& text) {
        QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
        for (QChar& c : s) {
            if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
                c = QChar(char16_t(c.unicode() - 0x60));
        }
        return s;
    };
    QStringList samples{QString(),
                        QStringLiteral("ACME Corp. 42-B"),
                        QStringLiteral("カブシキガイシャ山田ー"),
                        QStringLiteral("ヴァ ゔ ヷ ヺ"),
                        QStringLiteral("か\u3099"),
                        QStringLiteral("ｶﾌﾞ Ab"),
                        QStringLiteral("\u3099\u309A\u309B\u309C\u309F\u30FF"),
                        QStringLiteral("ǅ ß İ ﬁ")};
    for (char16_t u = 0; u < 0x80; ++u)
        samples << QString(QChar(u));
    for (char16_t u = 0x3040; u <= 0x30FF; ++u)
        samples << QString(QChar(u)) << QString(QChar(u)) + QChar(char16_t(0x3099));
    for (char16_t u = 0x4DFF; u <= 0x9FFF; u += 7)
        samples << QString(QChar(u)) + QChar(char16_t(u + 1));
    for (const QString& sample : samples)
        QCOMPARE(foldForSearch(sample), reference(sample));
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
