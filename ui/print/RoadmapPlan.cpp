#include "ui/print/RoadmapPlan.h"

#include "ui/print/PrintLabels.h"

namespace csm {

namespace {

QString documentTitle(const DocumentLanguage& l)
{
    return l.translate("csm::RoadmapPlan", "Onboarding plan");
}

QString sideName(const RoadmapPlanInput& in, const PrintLabels& labels, OwnerSide side)
{
    const QString& name = side == OwnerSide::Vendor ? in.vendorName : in.accountName;
    return name.isEmpty() ? labels.ownerSide(side) : name;
}

Cell firstValueFact(const RoadmapPlanInput& in, const DocumentLanguage& l)
{
    const RoadmapProgress& p = in.progress;
    if (p.firstValue) {
        return Cell(
            l.longDate(p.firstValue->reachedOn),
            l.translate("csm::RoadmapPlan", "Reached after %n business day(s)", nullptr,
                        p.firstValue->businessDays) +
                QLatin1Char(' ') +
                l.translate("csm::RoadmapPlan", "(%n calendar day(s))", nullptr, p.firstValue->calendarDays));
    }
    if (p.firstValueMilestone >= 0 && p.firstValueMilestone < in.milestones.size()) {
        const RoadmapPlanMilestone& m = in.milestones[p.firstValueMilestone];
        return Cell(l.longDate(m.due),
                    l.translate("csm::RoadmapPlan", "Planned %n business day(s) after kickoff", nullptr,
                                m.offsetBusinessDays));
    }
    return Cell(DocumentLanguage::notAvailable(), l.translate("csm::RoadmapPlan", "No milestone marks it"));
}

Cell statusDetail(const RoadmapPlanMilestone& m, const RoadmapPlanInput& in, const DocumentLanguage& l,
                  const PrintLabels& labels)
{
    Cell cell(labels.milestoneStatus(m.status));
    if (m.status == MilestoneStatus::Done && m.completedOn)
        cell.detail =
            l.translate("csm::RoadmapPlan", "on %1", "done on a day").arg(l.denseDate(*m.completedOn));
    else if (m.status == MilestoneStatus::Blocked && !m.blockedReason.isEmpty())
        cell.detail = m.blockedReason;
    else if (isOpenMilestone(m.status) && m.due.isValid() && m.due < in.asOf)
        cell.detail =
            l.translate("csm::RoadmapPlan", "%n day(s) overdue", nullptr, int(m.due.daysTo(in.asOf)));
    return cell;
}

} // namespace

RoadmapPlanMilestone RoadmapPlanMilestone::of(const Milestone& m)
{
    RoadmapPlanMilestone p;
    p.title = m.title;
    p.ownerSide = m.ownerSide;
    p.successCriterion = m.successCriterion;
    p.offsetBusinessDays = m.offsetBusinessDays;
    p.due = m.dueOn;
    p.completedOn = m.completedOn;
    p.status = m.status;
    p.firstValue = m.firstValue;
    p.blockedReason = m.blockedReason;
    return p;
}

RoadmapPlanInput RoadmapPlanInput::of(const Roadmap& roadmap, const RoadmapProgress& progress, QDate asOf)
{
    RoadmapPlanInput in;
    in.asOf = asOf;
    in.roadmapName = roadmap.name;
    in.kickoff = roadmap.kickoffOn;
    in.progress = progress;
    for (const Milestone& m : roadmap.milestones) {
        if (!m.deleted)
            in.milestones.append(RoadmapPlanMilestone::of(m));
    }
    return in;
}

void addRoadmapPlan(PdfDocument& doc, const RoadmapPlanInput& in)
{
    const DocumentLanguage& l = doc.language();
    const PrintLabels labels(l);
    const RoadmapProgress& p = in.progress;
    doc.startSection(l.translate("csm::RoadmapPlan", "%1 · %2", "page header: the roadmap, then the account")
                         .arg(in.roadmapName.isEmpty() ? documentTitle(l) : in.roadmapName, in.accountName),
                     true);
    doc.addTitle(in.roadmapName.isEmpty() ? documentTitle(l) : in.roadmapName, in.accountName,
                 documentTitle(l));

    Cell status(labels.roadmapState(p.state));
    if (p.state == RoadmapState::Behind || p.state == RoadmapState::Stuck)
        status.detail =
            l.translate("csm::RoadmapPlan", "%n business day(s) behind", nullptr, p.businessDaysBehind);
    Cell next(DocumentLanguage::notAvailable());
    if (p.nextMilestone >= 0 && p.nextMilestone < in.milestones.size()) {
        const RoadmapPlanMilestone& m = in.milestones[p.nextMilestone];
        next = Cell(m.title, l.translate("csm::RoadmapPlan", "due %1").arg(l.longDate(m.due)));
    }
    const QString vendorSide = sideName(in, labels, OwnerSide::Vendor);
    const QString customerSide = sideName(in, labels, OwnerSide::Customer);
    doc.addFacts({{l.translate("csm::RoadmapPlan", "Kickoff"), Cell(l.longDate(in.kickoff))},
                  {l.translate("csm::RoadmapPlan", "Status"), status},
                  {l.translate("csm::RoadmapPlan", "First value"), firstValueFact(in, l)},
                  {l.translate("csm::RoadmapPlan", "%1 lead", "the lead of one side: the company, then lead")
                       .arg(vendorSide),
                   Cell(in.vendorLead.isEmpty() ? DocumentLanguage::notAvailable() : in.vendorLead)},
                  {l.translate("csm::RoadmapPlan", "%1 lead", "the lead of one side: the company, then lead")
                       .arg(customerSide),
                   Cell(in.customerLead.isEmpty() ? DocumentLanguage::notAvailable() : in.customerLead)},
                  {l.translate("csm::RoadmapPlan", "Next milestone"), next}},
                 3);
    doc.addProgress(l.translate("csm::RoadmapPlan", "Completion"), p.completionPercent / 100.0,
                    l.percent(p.completionPercent / 100.0),
                    l.translate("csm::RoadmapPlan", "%1 of %n milestone(s) complete", nullptr, p.total)
                        .arg(p.done + p.skipped));
    if (in.timeline)
        doc.addCharts({{l.translate("csm::RoadmapPlan", "Timeline"), in.timeline, {}}}, 120);

    doc.addHeading(l.translate("csm::RoadmapPlan", "Milestones"));
    Table table;
    table.columns = {{QStringLiteral("#"), 0, Qt::AlignRight},
                     {l.translate("csm::RoadmapPlan", "Milestone and success criterion"), 3},
                     {l.translate("csm::RoadmapPlan", "Owner"), 0},
                     {l.translate("csm::RoadmapPlan", "Due"), 0},
                     {l.translate("csm::RoadmapPlan", "Status"), 1}};
    table.emptyText = l.translate("csm::RoadmapPlan", "This roadmap has no milestones yet.");
    bool anyFirstValue = false;
    for (qsizetype i = 0; i < in.milestones.size(); ++i) {
        const RoadmapPlanMilestone& m = in.milestones[i];
        anyFirstValue = anyFirstValue || m.firstValue;
        const QString person = !m.ownerName.isEmpty()
                                   ? m.ownerName
                                   : (m.ownerSide == OwnerSide::Vendor ? in.vendorLead : in.customerLead);
        Cell title = Cell::bold(m.firstValue ? QStringLiteral("★ ") + m.title : m.title);
        if (!m.successCriterion.isEmpty())
            title.detail = m.successCriterion;
        table.rows.append({Cell(l.number(qint64(i + 1))), title,
                           Cell(sideName(in, labels, m.ownerSide), person), Cell(l.denseDate(m.due)),
                           statusDetail(m, in, l, labels)});
    }
    doc.addTable(table);
    QStringList notes;
    if (anyFirstValue)
        notes << l.translate("csm::RoadmapPlan", "★ First value: the milestone at which the product first "
                                                 "delivers the result it was bought for.");
    notes << l.translate("csm::RoadmapPlan", "Due dates count business days from the kickoff: weekends and "
                                             "public holidays are not counted.");
    doc.addParagraph(notes.join(QLatin1Char(' ')), TextStyle::Small);
}

Result<PrintedDocument> printRoadmapPlan(const RoadmapPlanInput& input, const DocumentLanguage& language,
                                         const QString& path, PaperSize paper)
{
    PdfDocument doc(language, {documentTitle(language), input.vendorName, input.asOf}, paper);
    addRoadmapPlan(doc, input);
    return doc.save(path);
}

} // namespace csm
