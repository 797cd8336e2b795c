// The PDF builder: header and footer on every page, tables split with their header repeated, blocks kept
// together, headings kept with what follows, charts drawn as vectors in their rect, one-page parts shrunk to
// fit, the paper by locale, Japanese in an embedded Japanese font, the document's language independent of the
// application's, and a failure to write named with its file. Runs on a QGuiApplication: no widgets needed.

#include "PrintSampleCharts.h"
#include "PrintTestSupport.h"
#include "ui/print/PdfDocument.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace csm;
using csm::test::documentLanguage;
using csm::test::pdfPages;

namespace {

const QDate kAsOf(2026, 6, 30);

Table numberedTable(int rows)
{
    Table t;
    t.columns = {{QStringLiteral("Account"), 3},
                 {QStringLiteral("Renewal date"), 1.5},
                 {QStringLiteral("ARR"), 1.5, Qt::AlignRight}};
    for (int i = 1; i <= rows; ++i)
        t.rows.append({Cell(QStringLiteral("Row %1 account").arg(i)),
                       Cell(QStringLiteral("2026-07-%1").arg(i % 28 + 1)),
                       Cell(QStringLiteral("¥%1").arg(i * 1000))});
    return t;
}

QString lorem(int sentences)
{
    QStringList s;
    for (int i = 0; i < sentences; ++i)
        s << QStringLiteral("The customer reviewed the plan and agreed the next milestones with the team.");
    return s.join(QLatin1Char(' '));
}

} // namespace

class PrintDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageHasTheHeaderAndTheFooter();
    void aLongTableSplitsWithItsHeaderRepeated();
    void japaneseIsDrawnInAnEmbeddedJapaneseFont();
    void keptTogetherBlocksMoveToTheNextPage();
    void aHeadingStaysWithWhatFollows();
    void aChartCallbackDrawsVectorsInItsRect();
    void aPartThatMustFitOnOnePageShrinks();
    void thePaperFollowsTheSystemLocale();
    void theDocumentLanguageIsNotTheApplicationLanguage();
    void anUnwritableFolderFailsWithTheFileNamed();
    void aMissingJapaneseCatalogueIsAnError();

private:
    QString path(const QString& name) const { return csm::test::pdfPath(QDir(m_dir.path()), name); }
    QTemporaryDir m_dir;
};

void PrintDocumentTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void PrintDocumentTest::everyPageHasTheHeaderAndTheFooter()
{
    CSM_REQUIRE_POPPLER();
    PdfDocument doc(documentLanguage(QLocale::English),
                    {QStringLiteral("Test report"), QStringLiteral("Sato's book"), kAsOf}, PaperSize::A4);
    doc.addTitle(QStringLiteral("A long document"), QStringLiteral("three pages of rows"),
                 QStringLiteral("Sample"));
    doc.addTable(numberedTable(110));
    const auto saved = doc.save(path(QStringLiteral("document-frame")));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));

    const QStringList pages = pdfPages(saved->path);
    QCOMPARE(csm::test::pdfPageCount(saved->path), saved->pages);
    QVERIFY2(saved->pages >= 3, qPrintable(QString::number(saved->pages)));
    QCOMPARE(pages.size(), saved->pages);
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].contains(QStringLiteral("Test report")), qPrintable(pages[i]));
        QVERIFY(pages[i].contains(QStringLiteral("Sato's book")));
        QVERIFY(pages[i].contains(QStringLiteral("As of 30 June 2026")));
        QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(saved->pages)),
                 qPrintable(pages[i]));
    }
    QVERIFY(csm::test::pdfInfo(saved->path).contains(QStringLiteral("Test report"))); // the PDF's own title
}

void PrintDocumentTest::aLongTableSplitsWithItsHeaderRepeated()
{
    CSM_REQUIRE_POPPLER();
    PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Table"), {}, kAsOf}, PaperSize::A4);
    doc.addParagraph(QStringLiteral("Before the table."));
    doc.addTable(numberedTable(150));
    doc.addParagraph(QStringLiteral("After the table."));
    const auto saved = doc.save(path(QStringLiteral("document-table")));
    QVERIFY(saved.ok());
    const QStringList pages = pdfPages(saved->path);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));

    // Every page the table spans starts with its header row; every row is printed once, in order.
    int expected = 1;
    for (const QString& page : pages) {
        QVERIFY2(page.contains(QStringLiteral("Renewal date")), qPrintable(page));
        QVERIFY(page.indexOf(QStringLiteral("Renewal date")) < page.indexOf(QStringLiteral("Row ")));
        static const QRegularExpression row(QStringLiteral("Row (\\d+) account"));
        for (const QRegularExpressionMatch& m : row.globalMatch(page))
            QCOMPARE(m.captured(1).toInt(), expected++);
    }
    QCOMPARE(expected, 151);
    QVERIFY(pages.first().contains(QStringLiteral("Before the table.")));
    QVERIFY(pages.last().contains(QStringLiteral("After the table.")));
}

void PrintDocumentTest::japaneseIsDrawnInAnEmbeddedJapaneseFont()
{
    CSM_REQUIRE_POPPLER();
    PdfDocument doc(documentLanguage(QLocale::Japanese),
                    {QStringLiteral("ポートフォリオ"), QStringLiteral("佐藤の担当ブック"), kAsOf},
                    PaperSize::A4);
    doc.addHeading(QStringLiteral("契約更新と解約通知期限"));
    doc.addParagraph(QStringLiteral("株式会社グローベックスの更新日は2026年9月1日です。解約通知期限までに、利"
                                    "用状況を確認してください。"));
    const auto saved = doc.save(path(QStringLiteral("document-japanese")));
    QVERIFY(saved.ok());
    const QString text = pdfPages(saved->path).join(QString());
    QVERIFY2(text.contains(QStringLiteral("株式会社グローベックスの更新日は2026年9月1日です")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026年6月30日時点")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 / 1ページ")), qPrintable(text));

    // pdffonts: name type encoding emb sub uni ... ; every font embedded, the Japanese one among them.
    const QStringList fonts = csm::test::pdfFonts(saved->path).split(QLatin1Char('\n')).mid(2);
    bool japanese = false;
    for (const QString& line : fonts) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(f.size() >= 5 && f[f.size() - 5] == QLatin1String("yes"), qPrintable(line)); // emb
        japanese = japanese || f.first().contains(QLatin1String("NotoSansCJKjp"));
    }
    QVERIFY2(japanese, qPrintable(fonts.join(QLatin1Char('\n'))));
}

void PrintDocumentTest::keptTogetherBlocksMoveToTheNextPage()
{
    CSM_REQUIRE_POPPLER();
    for (const bool together : {true, false}) {
        PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Kept"), {}, kAsOf},
                        PaperSize::A4);
        doc.addSpace(610); // of the A4 body's 718 points
        if (together)
            doc.beginKeepTogether();
        doc.addParagraph(QStringLiteral("Group starts here."));
        doc.addParagraph(lorem(8));
        doc.addParagraph(QStringLiteral("Group ends here."));
        if (together)
            doc.endKeepTogether();
        const auto saved =
            doc.save(path(together ? QStringLiteral("document-kept") : QStringLiteral("document-flowed")));
        QVERIFY(saved.ok());
        const QStringList pages = pdfPages(saved->path);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].contains(QStringLiteral("Group starts here.")), !together);
        QVERIFY(pages[1].contains(QStringLiteral("Group ends here.")));
    }
}

void PrintDocumentTest::aHeadingStaysWithWhatFollows()
{
    CSM_REQUIRE_POPPLER();
    PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Headings"), {}, kAsOf},
                    PaperSize::A4);
    doc.addSpace(665); // room for the heading, not for the heading and the table's first rows
    doc.addHeading(QStringLiteral("Heading before the table"));
    doc.addTable(numberedTable(3));
    const auto saved = doc.save(path(QStringLiteral("document-heading")));
    QVERIFY(saved.ok());
    const QStringList pages = pdfPages(saved->path);
    QCOMPARE(pages.size(), 2);
    QVERIFY(!pages[0].contains(QStringLiteral("Heading before the table")));
    QVERIFY(pages[1].contains(QStringLiteral("Heading before the table")));
    QVERIFY(pages[1].contains(QStringLiteral("Row 1 account")));
}

void PrintDocumentTest::aChartCallbackDrawsVectorsInItsRect()
{
    CSM_REQUIRE_POPPLER();
    QList<QRectF> rects;
    QList<QRectF> clips;
    const ChartPainter chart = [&](QPainter& p, const QRectF& rect) {
        rects << rect;
        clips << p.clipBoundingRect();
        csm::test::barChart({QStringLiteral("Jan"), QStringLiteral("Feb")}, {0.4, 0.8})(p, rect);
        p.setFont(csm::test::chartFont());
        p.drawText(rect, Qt::AlignCenter, QStringLiteral("Chart text 42"));
    };
    PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Charts"), {}, kAsOf}, PaperSize::A4);
    doc.addCharts({{QStringLiteral("Left chart"), chart, QStringLiteral("Left caption")},
                   {QStringLiteral("Right chart"), {}, {}}},
                  100);
    const auto saved = doc.save(path(QStringLiteral("document-chart")));
    QVERIFY(saved.ok());

    QCOMPARE(rects.size(), 1); // the empty slot prints "No data" instead
    const double u = PdfDocument::unitsPerPoint();
    const double body = (QPageSize(QPageSize::A4).size(QPageSize::Point).width() - 2 * 51) * u;
    QCOMPARE(qRound(rects[0].height()), qRound(100 * u));
    QVERIFY2(rects[0].left() >= 51 * u - 1 && rects[0].right() < 51 * u + body / 2,
             "the left half of the body");
    QCOMPARE(clips[0], rects[0]);

    const QString text = pdfPages(saved->path).join(QString());
    for (const QString& s :
         {QStringLiteral("Chart text 42"), QStringLiteral("Left chart"), QStringLiteral("Left caption"),
          QStringLiteral("Right chart"), QStringLiteral("No data")})
        QVERIFY2(text.contains(s), qPrintable(s));
    // Vector output: text stays text (above) and nothing is a picture.
    QString images;
    QVERIFY(csm::test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), saved->path}, &images));
    QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the list's two header lines
}

void PrintDocumentTest::aPartThatMustFitOnOnePageShrinks()
{
    CSM_REQUIRE_POPPLER();
    for (const bool fit : {true, false}) {
        PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Fit"), {}, kAsOf},
                        PaperSize::A4);
        doc.startSection({}, fit);
        doc.addTitle(QStringLiteral("One page"));
        doc.addTable(numberedTable(30)); // a little more than a page at full size, less at 85 %
        doc.startSection({}, fit);
        doc.addParagraph(QStringLiteral("The next part."));
        const auto saved =
            doc.save(path(fit ? QStringLiteral("document-fit") : QStringLiteral("document-unfit")));
        QVERIFY(saved.ok());
        QCOMPARE(saved->pages, fit ? 2 : 3);
        QCOMPARE(csm::test::pdfPageCount(saved->path), saved->pages);
        QVERIFY(pdfPages(saved->path).last().contains(QStringLiteral("The next part.")));
    }
}

void PrintDocumentTest::thePaperFollowsTheSystemLocale()
{
    CSM_REQUIRE_POPPLER();
    QCOMPARE(defaultPaperSize(QLocale(QLocale::English, QLocale::UnitedStates)), PaperSize::Letter);
    QCOMPARE(defaultPaperSize(QLocale(QLocale::French, QLocale::Canada)), PaperSize::Letter);
    QCOMPARE(defaultPaperSize(QLocale(QLocale::Japanese, QLocale::Japan)), PaperSize::A4);
    QCOMPARE(defaultPaperSize(QLocale(QLocale::English, QLocale::UnitedKingdom)), PaperSize::A4);

    for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Paper"), {}, kAsOf}, paper);
        doc.addParagraph(QStringLiteral("Paper size."));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(doc.write(buffer).ok());
        const QString file =
            path(paper == PaperSize::A4 ? QStringLiteral("document-a4") : QStringLiteral("document-letter"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(buffer.data());
        out.close();
        const QString info = csm::test::pdfInfo(file);
        QVERIFY2(info.contains(paper == PaperSize::A4 ? QStringLiteral("(A4)") : QStringLiteral("(letter)")),
                 qPrintable(info));
    }
}

void PrintDocumentTest::theDocumentLanguageIsNotTheApplicationLanguage()
{
    CSM_REQUIRE_POPPLER();
    // The application speaks Japanese, with Japanese formats; the document is English.
    csm::test::TsTranslator japaneseUi;
    QVERIFY(japaneseUi.load(QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_ja.ts")));
    QCoreApplication::installTranslator(&japaneseUi);
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    PdfDocument english(documentLanguage(QLocale::English), {QStringLiteral("Plan"), {}, kAsOf},
                        PaperSize::A4);
    english.addParagraph(english.language().longDate(QDate(2026, 9, 1)));
    const auto en = english.save(path(QStringLiteral("document-english-from-japanese")));
    QCoreApplication::removeTranslator(&japaneseUi);
    QLocale::setDefault(QLocale::c());
    QVERIFY(en.ok());
    const QString enText = pdfPages(en->path).join(QString());
    QVERIFY2(enText.contains(QStringLiteral("Page 1 of 1")) &&
                 enText.contains(QStringLiteral("As of 30 June 2026")) &&
                 enText.contains(QStringLiteral("1 September 2026")),
             qPrintable(enText));

    // The application speaks English (no translator); the document is Japanese.
    PdfDocument japanese(documentLanguage(QLocale::Japanese), {QStringLiteral("計画"), {}, kAsOf},
                         PaperSize::A4);
    japanese.addParagraph(japanese.language().longDate(QDate(2026, 9, 1)));
    const auto ja = japanese.save(path(QStringLiteral("document-japanese-from-english")));
    QVERIFY(ja.ok());
    const QString jaText = pdfPages(ja->path).join(QString());
    QVERIFY2(jaText.contains(QStringLiteral("1 / 1ページ")) &&
                 jaText.contains(QStringLiteral("2026年6月30日時点")) &&
                 jaText.contains(QStringLiteral("2026年9月1日")),
             qPrintable(jaText));
}

void PrintDocumentTest::anUnwritableFolderFailsWithTheFileNamed()
{
    // A folder that cannot exist (its parent is a file: refused even to root) and one that does not.
    QFile blocker(QDir(m_dir.path()).filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const QString& target : {blocker.fileName() + QStringLiteral("/plan.pdf"),
                                  m_dir.path() + QStringLiteral("/missing/folder/plan.pdf")}) {
        PdfDocument doc(documentLanguage(QLocale::English), {QStringLiteral("Plan"), {}, kAsOf},
                        PaperSize::A4);
        doc.addParagraph(QStringLiteral("Never written."));
        const auto saved = doc.save(target);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::Io);
        QCOMPARE(saved.error().where, target);
        QVERIFY(saved.error().toString().contains(target));
        QVERIFY(!saved.error().hint.isEmpty());
        QVERIFY(!QFile::exists(target));
    }
}

void PrintDocumentTest::aMissingJapaneseCatalogueIsAnError()
{
    // The executable embeds the catalogues in :/i18n; this test binary has none.
    const auto japanese = DocumentLanguage::load(QLocale(QLocale::Japanese, QLocale::Japan), m_dir.path());
    QVERIFY(!japanese.ok());
    QCOMPARE(japanese.error().code, Error::Code::NotFound);
    QCOMPARE(japanese.error().where, m_dir.path() + QStringLiteral("/csm-workbench_ja.qm"));
    // English reads from its source text: only plural forms would be missing ("1 day(s)").
    const auto english =
        DocumentLanguage::load(QLocale(QLocale::English, QLocale::UnitedKingdom), m_dir.path());
    QVERIFY(english.ok());
    QCOMPARE(english->translate("csm::PageFrame", "Page %1 of %2"), QStringLiteral("Page %1 of %2"));
    QCOMPARE(english->translate("csm::PrintLabels", "in %n day(s)", nullptr, 3),
             QStringLiteral("in 3 day(s)"));
    QCOMPARE(DocumentLanguage::documentLocale(QLocale::English, QLocale(QLocale::Japanese, QLocale::Japan)),
             QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(
        DocumentLanguage::documentLocale(QLocale::English, QLocale(QLocale::English, QLocale::UnitedStates)),
        QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(
        DocumentLanguage::documentLocale(QLocale::Japanese, QLocale(QLocale::English, QLocale::UnitedStates)),
        QLocale(QLocale::Japanese, QLocale::Japan));
}

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // what printing needs without charts
    PrintDocumentTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printdocument.moc"
