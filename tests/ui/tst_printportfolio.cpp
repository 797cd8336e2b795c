// The portfolio report (issue 16 item 4): a cover with the book and the as-of date, the key figures per
// segment, the five charts, the twenty largest risks with their reasons, in English and Japanese.

#include "PrintSampleInputs.h"
#include "PrintTestSupport.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace csm;
using csm::test::pdfPages;
using csm::test::squeezed;

class PrintPortfolioTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void theReportHasItsCoverFiguresChartsAndRisks_data();
    void theReportHasItsCoverFiguresChartsAndRisks();
    void onlyTheTwentyLargestRisksArePrinted();
    void aTeamReportNamesItsOwners();
    void everyChartIsDrawnOnce();

private:
    QString path(const QString& name) const { return csm::test::pdfPath(QDir(m_dir.path()), name); }
    QTemporaryDir m_dir;
};

void PrintPortfolioTest::theReportHasItsCoverFiguresChartsAndRisks_data()
{
    QTest::addColumn<bool>("japanese");
    QTest::newRow("English") << false;
    QTest::newRow("Japanese") << true;
}

void PrintPortfolioTest::theReportHasItsCoverFiguresChartsAndRisks()
{
    CSM_REQUIRE_POPPLER();
    QFETCH(bool, japanese);
    const PortfolioReportInput in = csm::test::samplePortfolio(japanese);
    const auto saved = printPortfolioReport(
        in, csm::test::documentLanguage(japanese ? QLocale::Japanese : QLocale::English),
        path(japanese ? QStringLiteral("portfolio-ja") : QStringLiteral("portfolio-en")), PaperSize::A4);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    const QStringList pages = pdfPages(saved->path);
    QCOMPARE(pages.size(), saved->pages);
    QCOMPARE(csm::test::pdfPageCount(saved->path), saved->pages);
    QVERIFY2(saved->pages >= 3 && saved->pages <= 5, qPrintable(QString::number(saved->pages)));

    const QString cover = squeezed(pages.first());
    const QString all = squeezed(pages.join(QString()));
    QVERIFY(cover.contains(squeezed(in.bookName)));
    // The whole book's figures on the cover: 2,000 accounts, ¥2,100,000,000 ARR, GRR 94.1 %, NRR 104.6 %.
    for (const char* s : {"2,000", "¥2,100,000,000", "94.1%", "104.6%", "¥110,526,315"})
        QVERIFY2(cover.contains(QString::fromUtf8(s)), s);
    // The segments' figures in the table: ARR, share of ARR, and the mix.
    for (const char* s : {"¥1,260,000,000", "¥620,000,000", "¥220,000,000", "60.0%", "29.5%", "10.5%",
                          "1,015", "244", "96.2%", "108.4%", "88.4%", "91.7%"})
        QVERIFY2(all.contains(QString::fromUtf8(s)), s);

    if (japanese) {
        QVERIFY(cover.contains(QStringLiteral("2026年6月30日時点")));
        QVERIFY(!cover.contains(QStringLiteral("セグメント別の主要指標")));
        for (const char* s :
             {"ポートフォリオレポート", "セグメント別の主要指標", "ハイタッチ", "ロータッチ", "テックタッチ",
              "全顧客", "良好", "注意", "危険", "接触頻度の達成率", "2026年度第1四半期", "セグメント別ARR",
              "リスクの大きい上位20社", "ヘルススコアが危険", "推進者が5月に退職"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
    } else {
        QVERIFY(cover.contains(QStringLiteral("Asof30June2026")));
        QVERIFY(!cover.contains(QStringLiteral("Keyfiguresbysegment")));
        for (const char* s : {"Keyfiguresbysegment", "Hightouch", "Lowtouch", "Techtouch", "Allaccounts",
                              "Green", "Yellow", "Red", "Cadencecoverage", "FY2026Q1", "ARRbysegment",
                              "Thetwentylargestrisks", "Healthscorered", "Championleftthecompany"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
    }
}

void PrintPortfolioTest::onlyTheTwentyLargestRisksArePrinted()
{
    CSM_REQUIRE_POPPLER();
    const PortfolioReportInput in = csm::test::samplePortfolio(false, 26);
    const auto saved = printPortfolioReport(in, csm::test::documentLanguage(QLocale::English),
                                            path(QStringLiteral("portfolio-risks")), PaperSize::A4);
    QVERIFY(saved.ok());
    const QString text = pdfPages(saved->path).join(QString());
    // ARR of k million for account k: the twenty largest are 7 .. 26, largest first.
    qsizetype previous = -1;
    for (int k = 26; k >= 7; --k) {
        const qsizetype at = text.indexOf(QStringLiteral("Risk account %1\n").arg(k));
        QVERIFY2(at > previous, qPrintable(QString::number(k)));
        previous = at;
        QVERIFY(text.contains(QStringLiteral("¥%1,000,000").arg(k)));
    }
    for (int k = 1; k <= 6; ++k)
        QVERIFY2(!text.contains(QStringLiteral("Risk account %1\n").arg(k)), qPrintable(QString::number(k)));
    QVERIFY(text.contains(QStringLiteral("Not listed: 6 more accounts at risk.")));
    QVERIFY(text.contains(QStringLiteral("No customer touch for 54 days"))); // account 24: 30 + 24
    QVERIFY(text.contains(QStringLiteral("Notice deadline 24 July 2026")));  // account 24: as of + 24 days
}

void PrintPortfolioTest::aTeamReportNamesItsOwners()
{
    CSM_REQUIRE_POPPLER();
    PortfolioReportInput in = csm::test::samplePortfolio(false, 3);
    in.teamOwners = {QStringLiteral("Hana Sato"), QStringLiteral("Ken Tanaka"), QStringLiteral("Yuki Ito")};
    const auto saved = printPortfolioReport(in, csm::test::documentLanguage(QLocale::English),
                                            path(QStringLiteral("portfolio-team")), PaperSize::Letter);
    QVERIFY(saved.ok());
    const QString cover = pdfPages(saved->path).first();
    QVERIFY(cover.contains(QStringLiteral("Team view of 3 owners")));
    QVERIFY(cover.contains(QStringLiteral("Owners: Hana Sato, Ken Tanaka, Yuki Ito")));
}

void PrintPortfolioTest::everyChartIsDrawnOnce()
{
    PortfolioReportInput in = csm::test::samplePortfolio(false, 3);
    QList<QSizeF> sizes;
    const auto counted = [&](ChartPainter inner) {
        return [&sizes, inner](QPainter& p, const QRectF& r) {
            sizes << r.size();
            inner(p, r);
        };
    };
    in.charts.arrBySegment = counted(in.charts.arrBySegment);
    in.charts.healthMix = counted(in.charts.healthMix);
    in.charts.healthTrend = counted(in.charts.healthTrend);
    in.charts.renewalsByMonth = counted(in.charts.renewalsByMonth);
    in.charts.arrVsHealth = counted(in.charts.arrVsHealth);
    const auto saved = printPortfolioReport(in, csm::test::documentLanguage(QLocale::English),
                                            path(QStringLiteral("portfolio-charts")), PaperSize::A4);
    QVERIFY(saved.ok());
    QCOMPARE(sizes.size(), 5);
    // Four half-width charts, then the scatter across the page.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(sizes[i].width(), sizes[0].width());
    QVERIFY(sizes[4].width() > 2 * sizes[0].width());
}

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    PrintPortfolioTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printportfolio.moc"
