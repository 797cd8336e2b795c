// The printed portfolio report at 100,000 accounts (issue 16: "the portfolio PDF in under 10 s"). Its inputs
// are aggregates (domain/Portfolio.h) and twenty risk rows, so the only part that grows with the book is the
// ARR-against-health chart, one point per account: drawn here as QCustomPlot draws a disc scatter, one
// ellipse per point, into the PDF.

#include "Scenarios.h"

#include "domain/Portfolio.h"
#include "ui/print/PortfolioReport.h"

#include <QFileInfo>
#include <QPainter>

#include <cmath>
#include <random>

namespace csm::bench {

namespace {

constexpr int kPrintAccounts = 100000;

std::vector<PortfolioAccount> syntheticAccounts(QDate asOf)
{
    std::mt19937 random(16);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<PortfolioAccount> accounts(kPrintAccounts);
    for (int i = 0; i < kPrintAccounts; ++i) {
        PortfolioAccount& a = accounts[std::size_t(i)];
        a.id = QString::number(i);
        a.arr = MinorUnits(std::pow(10.0, 5 + 3 * unit(random))); // ¥100,000 .. ¥100,000,000
        a.touchModel = a.arr >= 10'000'000  ? TouchModel::High
                       : a.arr >= 1'000'000 ? TouchModel::Low
                                            : TouchModel::Tech;
        a.healthScore = std::round(1000 * unit(random)) / 10;
        a.healthBand = *a.healthScore >= 70   ? HealthBand::Green
                       : *a.healthScore >= 40 ? HealthBand::Yellow
                                              : HealthBand::Red;
        a.lastCustomerTouch = asOf.addDays(-int(120 * unit(random)));
        a.nextRenewal = asOf.addDays(int(365 * unit(random)));
        a.openRoadmaps = unit(random) < 0.1 ? 1 : 0;
    }
    return accounts;
}

// One disc per account: ARR on a log scale across, health up.
ChartPainter scatter(const std::vector<PortfolioAccount>& accounts)
{
    return [&accounts](QPainter& p, const QRectF& rect) {
        const double r = 0.9 * PdfDocument::unitsPerPoint();
        const QColor colors[] = {QColor(0x1d, 0x5f, 0xa8), QColor(0x2e, 0x9d, 0x5b),
                                 QColor(0xe0, 0xa2, 0x00)};
        p.setPen(Qt::NoPen);
        for (const PortfolioAccount& a : accounts) {
            p.setBrush(colors[int(a.touchModel)]);
            const double x = (std::log10(double(a.arr)) - 5) / 3;
            p.drawEllipse(
                QPointF(rect.left() + rect.width() * x, rect.bottom() - rect.height() * *a.healthScore / 100),
                r, r);
        }
    };
}

} // namespace

void benchPrint(Harness& h, const Config& config)
{
    const std::vector<PortfolioAccount> accounts = syntheticAccounts(config.asOf);
    PortfolioReportInput in;
    in.bookName = QStringLiteral("Benchmark book");
    in.asOf = config.asOf;
    PortfolioContext context;
    context.asOf = config.asOf;
    context.currency = QStringLiteral("JPY");
    in.summary = computePortfolio(accounts, context);
    in.charts.arrVsHealth = scatter(accounts);
    for (int i = 0; i < 40; ++i) {
        const PortfolioAccount& a = accounts[std::size_t(i)];
        in.risks.append({QStringLiteral("Account %1").arg(i),
                         QStringLiteral("Owner"),
                         a.touchModel,
                         Money(a.arr, QStringLiteral("JPY")),
                         a.healthScore,
                         a.healthBand,
                         a.nextRenewal,
                         RenewalForecast::AtRisk,
                         {PortfolioRiskReason::of(PortfolioRiskReason::Kind::HealthRed)}});
    }
    const DocumentLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom), nullptr);
    const QString path = config.scratch + QStringLiteral("/portfolio-report.pdf");
    int pages = 0;
    const Sample s = timeMs(config.slowRuns, nullptr, [&] {
        const auto saved = printPortfolioReport(in, english, path, PaperSize::A4);
        pages = saved ? saved->pages : 0;
    });

    Figure f;
    f.key = QStringLiteral("print.portfolio_pdf");
    f.what = QStringLiteral("Portfolio report PDF, one scatter point per account");
    f.accounts = kPrintAccounts;
    f.value = s.median;
    f.unit = QStringLiteral("ms");
    f.runs = s.runs;
    f.minValue = s.min;
    f.maxValue = s.max;
    f.goal = Goal::AtMost;
    f.target = 10000;
    f.targetSource = QStringLiteral("issue 16");
    f.note =
        QStringLiteral("%1 pages, %2 MB").arg(pages).arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
    h.add(f);
}

} // namespace csm::bench
