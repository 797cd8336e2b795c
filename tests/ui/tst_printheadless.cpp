// Printing without a display, as the command line does: createPrintingApplication() starts a QApplication on
// the offscreen platform when nothing else is asked for, and a QBR sheet prints with a real QCustomPlot chart
// (a QWidget: the reason the command line needs a QApplication) drawn through a chart callback.

#include "PrintSampleInputs.h"
#include "PrintTestSupport.h"
#include "ui/charts/ArrStepChart.h"
#include "ui/print/PrintingApplication.h"

#include <QPicture>
#include <QTemporaryDir>

using namespace csm;

namespace {

// How a QCustomPlot goes into a chart slot: drawn into a QPicture (QCustomPlot draws only with its own
// QCPPainter, and the PDF already has its painter) at the picture's resolution, the screen's, then replayed
// in the rect. QPainter::drawPicture scales a picture from its resolution to the device's by itself, geometry
// and point-sized fonts alike: still vectors, text still text.
void paintPlot(QCustomPlot& plot, QPainter& painter, const QRectF& rect)
{
    QPicture picture;
    const double pictureUnitsPerUnit = double(picture.logicalDpiX()) / PdfDocument::kResolution;
    {
        QCPPainter recorder(&picture);
        plot.toPainter(&recorder, qRound(rect.width() * pictureUnitsPerUnit),
                       qRound(rect.height() * pictureUnitsPerUnit));
    }
    painter.drawPicture(rect.topLeft(), picture);
}

} // namespace

class PrintHeadlessTest : public QObject
{
    Q_OBJECT

private slots:
    void theApplicationIsAWidgetApplicationOffscreen();
    void aQbrSheetPrintsWithAQCustomPlotChart();
};

void PrintHeadlessTest::theApplicationIsAWidgetApplicationOffscreen()
{
    QVERIFY(qobject_cast<QApplication*>(QCoreApplication::instance()));
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
}

void PrintHeadlessTest::aQbrSheetPrintsWithAQCustomPlotChart()
{
    CSM_REQUIRE_POPPLER();
    QTemporaryDir dir;
    ArrStepChart chart;
    chart.setSteps(
        {{QDate(2025, 7, 1), 9'000'000}, {QDate(2025, 12, 1), 12'000'000}, {QDate(2026, 4, 1), 11'000'000}},
        QStringLiteral("JPY"), csm::test::kPrintAsOf);
    int painted = 0;
    for (const bool japanese : {false, true}) {
        QbrInput in = csm::test::sampleQbr(japanese, 1);
        in.accounts[0].usage = [&](QPainter& p, const QRectF& r) {
            ++painted;
            paintPlot(chart, p, r);
        };
        const auto saved =
            printQbrSheets(in, csm::test::documentLanguage(japanese ? QLocale::Japanese : QLocale::English),
                           csm::test::pdfPath(QDir(dir.path()), japanese ? QStringLiteral("headless-qbr-ja")
                                                                         : QStringLiteral("headless-qbr-en")),
                           PaperSize::A4);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(saved->pages, 1);
        const QString text = csm::test::pdfPages(saved->path).join(QString());
        QVERIFY(text.contains(in.accounts[0].name));
        QVERIFY2(text.contains(QStringLiteral("¥12,000,000")), qPrintable(text)); // a tick label of the chart
    }
    QCOMPARE(painted, 2);
}

int main(int argc, char* argv[])
{
    qunsetenv("QT_QPA_PLATFORM"); // as a terminal without a display would have it
    const auto app = createPrintingApplication(argc, argv);
    PrintHeadlessTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printheadless.moc"
