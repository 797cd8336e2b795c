#include "ui/print/PortfolioReport.h"

#include "ui/print/PrintLabels.h"

#include <algorithm>

namespace csm {

namespace {

QString documentTitle(const DocumentLanguage& l)
{
    return l.translate("csm::PortfolioReport", "Portfolio report");
}

QString optionalNumber(const DocumentLanguage& l, std::optional<double> v)
{
    return v ? l.number(*v, 1) : DocumentLanguage::notAvailable();
}

QString reasonText(const PortfolioRiskReason& r, const DocumentLanguage& l)
{
    using Kind = PortfolioRiskReason::Kind;
    switch (r.kind) {
    case Kind::HealthRed:
        return l.translate("csm::PortfolioReport", "Health score red");
    case Kind::HealthYellow:
        return l.translate("csm::PortfolioReport", "Health score yellow");
    case Kind::HealthDrop:
        return l.translate("csm::PortfolioReport", "Health score fell %1 points in 30 days")
            .arg(l.number(r.value, 1));
    case Kind::ForecastAtRisk:
        return l.translate("csm::PortfolioReport", "Renewal forecast at risk");
    case Kind::ForecastLost:
        return l.translate("csm::PortfolioReport", "Renewal forecast lost");
    case Kind::Silent:
        return l.translate("csm::PortfolioReport", "No customer touch for %n day(s)", nullptr, int(r.value));
    case Kind::NoticeDeadline:
        return l.translate("csm::PortfolioReport", "Notice deadline %1").arg(l.longDate(r.date));
    case Kind::OnboardingStuck:
        return l.translate("csm::PortfolioReport", "Onboarding stuck, %n business day(s) behind", nullptr,
                           int(r.value));
    case Kind::Note:
        return r.note;
    }
    return {};
}

void addCover(PdfDocument& doc, const PortfolioReportInput& in)
{
    const DocumentLanguage& l = doc.language();
    const SegmentFigures& all = in.summary[Segment::All];
    const SegmentRetention& retention = in.retention[std::size_t(Segment::All)];
    const QString period = PrintLabels(l).period(in.period);

    doc.addSpace(130);
    QString subtitle = l.translate("csm::PortfolioReport", "As of %1").arg(l.longDate(in.asOf));
    if (!in.teamOwners.isEmpty())
        subtitle += QLatin1Char('\n') + l.translate("csm::PortfolioReport", "Team view of %n owner(s)",
                                                    nullptr, int(in.teamOwners.size()));
    doc.addTitle(in.bookName, subtitle, documentTitle(l));
    doc.addFacts(
        {{l.translate("csm::PortfolioReport", "Accounts"), Cell(l.number(qint64(all.accounts)))},
         {l.translate("csm::PortfolioReport", "ARR"), Cell(l.money(all.arr))},
         {l.translate("csm::PortfolioReport", "Mean health score"), Cell(optionalNumber(l, all.healthMean))},
         {l.translate("csm::PortfolioReport", "ARR at risk (90 days)"),
          Cell(l.money(all.arrAtRisk90),
               l.translate("csm::PortfolioReport", "%Ln account(s)", nullptr, all.atRisk90))},
         {l.translate("csm::PortfolioReport", "Renewals in 90 days"),
          Cell(l.number(qint64(all.renewals90)), l.money(all.renewals90Arr))},
         {l.translate("csm::PortfolioReport", "GRR"), Cell(l.percent(retention.grr, 1), period)},
         {l.translate("csm::PortfolioReport", "NRR"), Cell(l.percent(retention.nrr, 1), period)},
         {l.translate("csm::PortfolioReport", "Cadence coverage"),
          Cell(l.percent(all.cadenceCoverage),
               l.translate("csm::PortfolioReport", "%1 of %Ln account(s)", nullptr, all.accounts)
                   .arg(l.number(qint64(all.cadenceCovered))))}},
        4, true);
    if (!in.teamOwners.isEmpty()) {
        doc.addParagraph(
            l.translate("csm::PortfolioReport", "Owners: %1")
                .arg(in.teamOwners.join(l.isJapanese() ? QStringLiteral("、") : QStringLiteral(", "))),
            TextStyle::Muted);
    }
}

void addKeyFigures(PdfDocument& doc, const PortfolioReportInput& in)
{
    const DocumentLanguage& l = doc.language();
    const PrintLabels labels(l);
    doc.addHeading(l.translate("csm::PortfolioReport", "Key figures by segment"));
    Table t;
    t.columns.append({l.translate("csm::PortfolioReport", "Figure"), 2.3});
    for (const Segment s : kSegments)
        t.columns.append({labels.segment(s), 1.25, Qt::AlignRight});

    const auto row = [&](Cell label, const std::function<QString(const SegmentFigures&, Segment)>& value) {
        QList<Cell> cells{std::move(label)};
        for (const Segment s : kSegments) {
            Cell c(value(in.summary[s], s));
            c.strong = s == Segment::All;
            cells.append(c);
        }
        t.rows.append(cells);
    };
    const auto count = [&](int n) { return l.number(qint64(n)); };
    row(Cell(l.translate("csm::PortfolioReport", "Accounts")),
        [&](const SegmentFigures& f, Segment) { return count(f.accounts); });
    row(Cell(l.translate("csm::PortfolioReport", "ARR")),
        [&](const SegmentFigures& f, Segment) { return l.money(f.arr); });
    row(Cell(l.translate("csm::PortfolioReport", "Share of ARR")),
        [&](const SegmentFigures& f, Segment) { return l.percent(f.arrShare, 1); });
    row(Cell(l.translate("csm::PortfolioReport", "Health score, mean")),
        [&](const SegmentFigures& f, Segment) { return optionalNumber(l, f.healthMean); });
    row(Cell(l.translate("csm::PortfolioReport", "Health score, median")),
        [&](const SegmentFigures& f, Segment) { return optionalNumber(l, f.healthMedian); });
    row(Cell(labels.band(HealthBand::Green)),
        [&](const SegmentFigures& f, Segment) { return count(f.green); });
    row(Cell(labels.band(HealthBand::Yellow)),
        [&](const SegmentFigures& f, Segment) { return count(f.yellow); });
    row(Cell(labels.band(HealthBand::Red)), [&](const SegmentFigures& f, Segment) { return count(f.red); });
    row(Cell(labels.health(std::nullopt, std::nullopt)),
        [&](const SegmentFigures& f, Segment) { return count(f.noData); });
    row(Cell(l.translate("csm::PortfolioReport", "Cadence coverage")),
        [&](const SegmentFigures& f, Segment) { return l.percent(f.cadenceCoverage); });
    row(Cell(l.translate("csm::PortfolioReport", "Renewals in 90 days")),
        [&](const SegmentFigures& f, Segment) { return count(f.renewals90); });
    row(Cell(l.translate("csm::PortfolioReport", "ARR renewing in 90 days")),
        [&](const SegmentFigures& f, Segment) { return l.money(f.renewals90Arr); });
    row(Cell(l.translate("csm::PortfolioReport", "ARR at risk (90 days)")),
        [&](const SegmentFigures& f, Segment) { return l.money(f.arrAtRisk90); });
    row(Cell(l.translate("csm::PortfolioReport", "Open onboardings")),
        [&](const SegmentFigures& f, Segment) { return count(f.openOnboardings); });
    const QString period = labels.period(in.period);
    row(Cell(l.translate("csm::PortfolioReport", "GRR"), period),
        [&](const SegmentFigures&, Segment s) { return l.percent(in.retention[std::size_t(s)].grr, 1); });
    row(Cell(l.translate("csm::PortfolioReport", "NRR"), period),
        [&](const SegmentFigures&, Segment s) { return l.percent(in.retention[std::size_t(s)].nrr, 1); });
    doc.addTable(t);
    doc.addParagraph(
        l.translate(
            "csm::PortfolioReport",
            "Cadence coverage: the share of accounts whose latest customer touch lies within their touch "
            "model's "
            "cadence. ARR at risk: ARR of accounts renewing within 90 days that are red or yellow or "
            "whose renewal is forecast at risk or lost. GRR = retained ARR ÷ ARR at the period's start; "
            "NRR = ARR at the period's end ÷ ARR at its start, over the accounts that were customers "
            "when the period began."),
        TextStyle::Small);
}

void addCharts(PdfDocument& doc, const PortfolioReportInput& in)
{
    const DocumentLanguage& l = doc.language();
    const PortfolioCharts& c = in.charts;
    doc.addHeading(l.translate("csm::PortfolioReport", "Charts"));
    doc.addCharts({{l.translate("csm::PortfolioReport", "ARR by segment"), c.arrBySegment, {}},
                   {l.translate("csm::PortfolioReport", "Health mix by segment"), c.healthMix, {}}},
                  150);
    doc.addCharts(
        {{l.translate("csm::PortfolioReport", "Health score trend, last 12 months"), c.healthTrend, {}},
         {l.translate("csm::PortfolioReport", "Renewals per month"), c.renewalsByMonth, {}}},
        150);
    doc.addCharts({{l.translate("csm::PortfolioReport", "ARR against health score"), c.arrVsHealth,
                    l.translate("csm::PortfolioReport", "One point per account; ARR on a log scale.")}},
                  190);
}

void addRisks(PdfDocument& doc, const PortfolioReportInput& in)
{
    const DocumentLanguage& l = doc.language();
    const PrintLabels labels(l);
    QList<PortfolioRisk> risks = in.risks;
    std::stable_sort(risks.begin(), risks.end(), [](const PortfolioRisk& a, const PortfolioRisk& b) {
        return a.arr.minor() > b.arr.minor();
    });
    risks = risks.mid(0, kPortfolioRiskRows);

    doc.addHeading(l.translate("csm::PortfolioReport", "The twenty largest risks"));
    Table t;
    t.columns = {{QStringLiteral("#"), 0, Qt::AlignRight},
                 {l.translate("csm::PortfolioReport", "Account"), 0.9},
                 {l.translate("csm::PortfolioReport", "ARR"), 0, Qt::AlignRight},
                 {l.translate("csm::PortfolioReport", "Health"), 0},
                 {l.translate("csm::PortfolioReport", "Renewal"), 0},
                 {l.translate("csm::PortfolioReport", "Why"), 1.6}};
    t.emptyText = l.translate("csm::PortfolioReport", "No account is at risk.");
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const PortfolioRisk& r = risks[i];
        QStringList why;
        for (const PortfolioRiskReason& reason : r.reasons)
            why << reasonText(reason, l);
        QStringList who;
        if (!r.owner.isEmpty())
            who << r.owner;
        who << labels.touchModel(r.touchModel);
        t.rows.append(
            {Cell(l.number(qint64(i + 1))), Cell::bold(r.account, who.join(QStringLiteral(" · "))),
             Cell(l.money(r.arr)), Cell(labels.health(r.healthBand, r.healthScore)),
             Cell(l.denseDate(r.renewal), r.forecast ? labels.forecast(*r.forecast).text : QString()),
             Cell(why.join(QLatin1Char('\n')))});
    }
    doc.addTable(t);
    if (in.risks.size() > risks.size())
        doc.addParagraph(l.translate("csm::PortfolioReport", "Not listed: %Ln more account(s) at risk.",
                                     nullptr, int(in.risks.size() - risks.size())),
                         TextStyle::Small);
}

} // namespace

void addPortfolioReport(PdfDocument& doc, const PortfolioReportInput& in)
{
    doc.startSection();
    addCover(doc, in);
    doc.startSection();
    addKeyFigures(doc, in);
    addCharts(doc, in);
    doc.startSection();
    addRisks(doc, in);
}

Result<PrintedDocument> printPortfolioReport(const PortfolioReportInput& input,
                                             const DocumentLanguage& language, const QString& path,
                                             PaperSize paper)
{
    PdfDocument doc(language, {documentTitle(language), input.bookName, input.asOf}, paper);
    addPortfolioReport(doc, input);
    return doc.save(path);
}

} // namespace csm
