// The QBR sheet (issue 16 item 4): one page per account, for one account or a selection in one PDF, with
// health and its trend, usage, the quarter's touches, roadmap progress, renewal and notice deadline and the
// open follow-ups, in English and Japanese.

#include "PrintSampleInputs.h"
#include "PrintTestSupport.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace csm;
using csm::test::pdfPages;

class PrintQbrTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void aSelectionHasOnePagePerAccount_data();
    void aSelectionHasOnePagePerAccount();
    void aSheetShowsTheAccountsFigures_data();
    void aSheetShowsTheAccountsFigures();
    void longListsAreCutAndCounted();
    void emptyListsSaySo();

private:
    QString path(const QString& name) const { return csm::test::pdfPath(QDir(m_dir.path()), name); }
    QTemporaryDir m_dir;
};

void PrintQbrTest::aSelectionHasOnePagePerAccount_data()
{
    QTest::addColumn<bool>("japanese");
    QTest::addColumn<int>("accounts");
    QTest::newRow("one account, English") << false << 1;
    QTest::newRow("four accounts, English") << false << 4;
    QTest::newRow("three accounts, Japanese") << true << 3;
}

void PrintQbrTest::aSelectionHasOnePagePerAccount()
{
    CSM_REQUIRE_POPPLER();
    QFETCH(bool, japanese);
    QFETCH(int, accounts);
    const QbrInput in = csm::test::sampleQbr(japanese, accounts);
    const auto saved =
        printQbrSheets(in, csm::test::documentLanguage(japanese ? QLocale::Japanese : QLocale::English),
                       path(QStringLiteral("qbr-%1-%2")
                                .arg(japanese ? QStringLiteral("ja") : QStringLiteral("en"))
                                .arg(accounts)),
                       PaperSize::A4);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QCOMPARE(saved->pages, accounts);
    QCOMPARE(csm::test::pdfPageCount(saved->path), accounts);
    const QStringList pages = pdfPages(saved->path);
    QCOMPARE(pages.size(), accounts);
    for (int i = 0; i < accounts; ++i) {
        for (int k = 0; k < accounts; ++k) {
            // "Account 1 Ltd" is no prefix of another account's name below ten accounts.
            QCOMPARE(pages[i].contains(in.accounts[k].name), i == k);
        }
        const QString count = japanese ? QStringLiteral("%1 / %2ページ") : QStringLiteral("Page %1 of %2");
        QVERIFY(pages[i].contains(count.arg(i + 1).arg(accounts)));
    }
}

void PrintQbrTest::aSheetShowsTheAccountsFigures_data()
{
    QTest::addColumn<bool>("japanese");
    QTest::newRow("English") << false;
    QTest::newRow("Japanese") << true;
}

void PrintQbrTest::aSheetShowsTheAccountsFigures()
{
    CSM_REQUIRE_POPPLER();
    QFETCH(bool, japanese);
    const QbrInput in = csm::test::sampleQbr(japanese, 1);
    const QbrAccount& a = in.accounts.first();
    int charts = 0;
    QbrInput counted = in;
    counted.accounts[0].healthTrend = [&](QPainter& p, const QRectF& r) {
        ++charts;
        a.healthTrend(p, r);
    };
    counted.accounts[0].usage = [&](QPainter& p, const QRectF& r) {
        ++charts;
        a.usage(p, r);
    };
    const auto saved = printQbrSheets(
        counted, csm::test::documentLanguage(japanese ? QLocale::Japanese : QLocale::English),
        path(japanese ? QStringLiteral("qbr-figures-ja") : QStringLiteral("qbr-figures-en")), PaperSize::A4);
    QVERIFY(saved.ok());
    QCOMPARE(charts, 2);
    const QString text = pdfPages(saved->path).join(QString());
    const auto has = [&](const QString& s) {
        if (!text.contains(s))
            qWarning("missing: %s", qPrintable(s));
        return text.contains(s);
    };
    QVERIFY(has(a.name) && has(a.owner) && has(QStringLiteral("¥12,000,000")));
    for (const QbrTouch& t : a.touches)
        QVERIFY(has(t.summary));
    for (const QbrFollowUp& f : a.followUps)
        QVERIFY(has(f.text));
    QVERIFY(has(a.roadmap->name) && has(a.roadmap->nextMilestone) && has(QStringLiteral("66%")));
    // Health 72.5, 6.5 up since the quarter began (66.0); 42 of 50 seats are 84 %.
    QVERIFY(has(QStringLiteral("72.5")) && has(QStringLiteral("+6.5")) && has(QStringLiteral("84%")));
    if (japanese) {
        for (const char* s :
             {"QBR（四半期ビジネスレビュー）", "2026年度 第1四半期", "良好 72.5", "2026年4月1日から+6.5",
              "更新日", "2026年9月1日", "あと63日、確度：見込み高", "解約通知期限", "2026年7月3日", "あと3日",
              "今四半期のタッチ（5件）", "打ち合わせ", "悪い", "未完了のフォローアップ（3件）", "3日超過",
              "遅延", "マイルストーン6件中4件完了", "ハイタッチ", "50席"})
            QVERIFY(has(QString::fromUtf8(s)));
    } else {
        for (const char* s : {"QUARTERLY BUSINESS REVIEW",
                              "FY2026 Q1",
                              "Green 72.5",
                              "+6.5 since 1 April 2026",
                              "Renewal date",
                              "1 September 2026",
                              "in 63 days, forecast Likely",
                              "Notice deadline",
                              "3 July 2026",
                              "in 3 days",
                              "Touches this quarter (5)",
                              "Meeting",
                              "Negative",
                              "Open follow-ups (3)",
                              "Overdue 3 days",
                              "Behind",
                              "4 of 6 milestones complete",
                              "High touch",
                              "50 seats",
                              "42 active users a day of 50 seats (84%)"})
            QVERIFY(has(QString::fromUtf8(s)));
    }
}

void PrintQbrTest::longListsAreCutAndCounted()
{
    CSM_REQUIRE_POPPLER();
    QbrInput in = csm::test::sampleQbr(false, 0);
    in.accounts.append(csm::test::sampleQbrAccount(false, 1, 12, 9));
    const auto saved = printQbrSheets(in, csm::test::documentLanguage(QLocale::English),
                                      path(QStringLiteral("qbr-long")), PaperSize::Letter);
    QVERIFY(saved.ok());
    QCOMPARE(saved->pages, 1);
    const QString text = pdfPages(saved->path).join(QString());
    // The eight latest touches (1 .. 8, newest first), the six follow-ups due first (1 .. 6).
    for (int i = 1; i <= 12; ++i)
        QCOMPARE(text.contains(QStringLiteral("Touch %1:").arg(i)), i <= kQbrTouchRows);
    for (int i = 1; i <= 9; ++i)
        QCOMPARE(text.contains(QStringLiteral("Follow-up %1:").arg(i)), i <= kQbrFollowUpRows);
    QVERIFY(text.contains(QStringLiteral("and 4 earlier touches this quarter")));
    QVERIFY(text.contains(QStringLiteral("and 3 later follow-ups")));
    QVERIFY(text.contains(QStringLiteral("Touches this quarter (12)")));
}

void PrintQbrTest::emptyListsSaySo()
{
    CSM_REQUIRE_POPPLER();
    QbrInput in = csm::test::sampleQbr(false, 1);
    QbrAccount& a = in.accounts[0];
    a.touches.clear();
    a.followUps.clear();
    a.roadmap.reset();
    a.healthScore.reset();
    a.healthBand.reset();
    a.healthTrend = {};
    a.noticeDeadline = QDate();
    const auto saved = printQbrSheets(in, csm::test::documentLanguage(QLocale::English),
                                      path(QStringLiteral("qbr-empty")), PaperSize::A4);
    QVERIFY(saved.ok());
    const QString text = pdfPages(saved->path).join(QString());
    for (const char* s :
         {"No customer touch this quarter.", "No open follow-up.", "No active roadmap.", "No data"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
}

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    PrintQbrTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printqbr.moc"
