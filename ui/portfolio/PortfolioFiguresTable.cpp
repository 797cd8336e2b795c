#include "ui/portfolio/PortfolioFiguresTable.h"

#include "item/DisplayLabels.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include <array>

namespace csm {
namespace {

enum Row
{
    AccountsRow,
    ArrRow,
    ShareRow,
    MeanRow,
    MedianRow,
    GreenRow,
    YellowRow,
    RedRow,
    NoDataRow,
    CadenceRow,
    RenewalsRow,
    RenewalArrRow,
    RiskRow,
    Risk180Row,
    OnboardingRow,
    GrrRow,
    NrrRow,
    RowCount
};

constexpr std::array<int, RowCount> kMeasures = {
    int(PortfolioMeasure::Accounts),
    int(PortfolioMeasure::Accounts),
    int(PortfolioMeasure::Accounts),
    int(PortfolioMeasure::WithHealth),
    int(PortfolioMeasure::WithHealth),
    int(PortfolioMeasure::Green),
    int(PortfolioMeasure::Yellow),
    int(PortfolioMeasure::Red),
    int(PortfolioMeasure::NoData),
    int(PortfolioMeasure::CadenceCovered),
    int(PortfolioMeasure::Renewal90),
    int(PortfolioMeasure::Renewal90),
    int(PortfolioMeasure::AtRisk90),
    int(PortfolioMeasure::AtRisk180),
    int(PortfolioMeasure::OpenOnboarding),
    -1,
    -1,
};

QString segmentName(Segment s)
{
    return s == Segment::All ? PortfolioFiguresTable::tr("Whole book")
                             : Labels::touchModel(TouchModel(int(s)));
}

} // namespace

PortfolioFiguresTable::PortfolioFiguresTable(QWidget* parent) : QTableWidget(RowCount, 4, parent)
{
    setObjectName(QStringLiteral("portfolioFigures"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const auto measure = measureOfRow(row);
        if (!measure || !m_hasView)
            return;
        const Segment segment = kSegments[std::size_t(column)];
        emit drillDown(segment, *measure,
                       tr("%1: %2", "segment: figure").arg(segmentName(segment), rowName(row).toLower()));
    });
    connect(this, &QTableWidget::cellClicked, this, &QTableWidget::cellActivated);
    retranslate();
}

std::optional<PortfolioMeasure> PortfolioFiguresTable::measureOfRow(int row) const
{
    if (row < 0 || row >= RowCount || kMeasures[std::size_t(row)] < 0)
        return std::nullopt;
    return PortfolioMeasure(kMeasures[std::size_t(row)]);
}

int PortfolioFiguresTable::rowOf(PortfolioMeasure measure)
{
    for (int r = 0; r < RowCount; ++r) {
        if (kMeasures[std::size_t(r)] == int(measure))
            return r;
    }
    return -1;
}

QString PortfolioFiguresTable::rowName(int row) const
{
    switch (Row(row)) {
    case AccountsRow:
        return tr("Accounts");
    case ArrRow:
        return tr("ARR");
    case ShareRow:
        return tr("Share of ARR");
    case MeanRow:
        return tr("Health, mean");
    case MedianRow:
        return tr("Health, median");
    case GreenRow:
        return Labels::healthBand(HealthBand::Green);
    case YellowRow:
        return Labels::healthBand(HealthBand::Yellow);
    case RedRow:
        return Labels::healthBand(HealthBand::Red);
    case NoDataRow:
        return Labels::noData();
    case CadenceRow:
        return tr("Touched within cadence");
    case RenewalsRow:
        return tr("Renewals in 90 days");
    case RenewalArrRow:
        return tr("ARR renewing in 90 days");
    case RiskRow:
        return tr("ARR at risk (90 days)");
    case Risk180Row:
        return tr("ARR at risk (180 days)");
    case OnboardingRow:
        return tr("Open onboardings");
    case GrrRow:
        return tr("GRR (12 months)");
    case NrrRow:
        return tr("NRR (12 months)");
    case RowCount:
        break;
    }
    return {};
}

void PortfolioFiguresTable::retranslate()
{
    QStringList columns;
    for (Segment s : kSegments)
        columns << segmentName(s);
    setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (int r = 0; r < RowCount; ++r)
        rows << rowName(r);
    setVerticalHeaderLabels(rows);
    if (m_hasView)
        setView(m_view);
    fitHeight();
}

void PortfolioFiguresTable::fitHeight()
{
    // Every row shown without a scroll bar or space below the last one.
    setFixedHeight(horizontalHeader()->sizeHint().height() + verticalHeader()->length() + 2 * frameWidth());
}

void PortfolioFiguresTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void PortfolioFiguresTable::setView(const PortfolioView& view)
{
    m_view = view;
    m_hasView = true;
    const QLocale locale;
    auto percent = [&](const std::optional<double>& v) {
        return v ? locale.toString(*v * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
    };
    auto score = [&](const std::optional<double>& v) {
        return v ? locale.toString(*v, 'f', 1) : QStringLiteral("–");
    };
    auto count = [&](int n) { return locale.toString(n); };
    auto money = [&](const Money& m) { return m.format(locale); };
    for (std::size_t c = 0; c < kSegments.size(); ++c) {
        const Segment s = kSegments[c];
        const SegmentFigures& f = view.summary[s];
        const std::array<QString, RowCount> cells = {
            count(f.accounts),
            money(f.arr),
            percent(f.arrShare),
            score(f.healthMean),
            score(f.healthMedian),
            count(f.green),
            count(f.yellow),
            count(f.red),
            count(f.noData),
            f.cadenceCoverage ? tr("%1 (%2)").arg(percent(f.cadenceCoverage), count(f.cadenceCovered))
                              : QStringLiteral("–"),
            count(f.renewals90),
            money(f.renewals90Arr),
            tr("%1 (%2)").arg(money(f.arrAtRisk90), count(f.atRisk90)),
            tr("%1 (%2)").arg(money(f.arrAtRisk180), count(f.atRisk180)),
            count(f.openOnboardings),
            percent(view.grr[c]),
            percent(view.nrr[c]),
        };
        for (int r = 0; r < RowCount; ++r) {
            auto* item = new QTableWidgetItem(cells[std::size_t(r)]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (measureOfRow(r))
                item->setToolTip(tr("Click to list these accounts"));
            else
                item->setToolTip(tr("Over %1 – %2, each account in the segment it had at the start")
                                     .arg(locale.toString(view.retentionPeriod.from, QLocale::ShortFormat),
                                          locale.toString(view.retentionPeriod.to, QLocale::ShortFormat)));
            setItem(r, int(c), item);
        }
    }
}

} // namespace csm
