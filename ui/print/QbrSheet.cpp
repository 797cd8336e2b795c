#include "ui/print/QbrSheet.h"

#include "ui/print/PrintLabels.h"

#include <algorithm>

namespace csm {

namespace {

QString documentTitle(const DocumentLanguage& l)
{
    return l.translate("csm::QbrSheet", "Quarterly business review");
}

Cell healthFact(const QbrAccount& a, const QbrInput& in, const DocumentLanguage& l, const PrintLabels& labels)
{
    Cell cell(labels.health(a.healthBand, a.healthScore));
    if (a.healthScore && a.healthScoreAtStart) {
        const double change = *a.healthScore - *a.healthScoreAtStart;
        const QString signedChange = (change > 0 ? QStringLiteral("+") : QString()) +
                                     l.number(change, 1); // the locale writes the minus
        cell.detail =
            l.translate("csm::QbrSheet", "%1 since %2", "health score change since the quarter's start")
                .arg(signedChange, l.longDate(in.quarter.isValid() ? in.quarter.from() : in.asOf));
    }
    return cell;
}

Cell dateFact(QDate date, const QbrInput& in, const DocumentLanguage& l, const PrintLabels& labels)
{
    if (!date.isValid())
        return Cell(DocumentLanguage::notAvailable());
    return Cell(l.longDate(date), labels.relativeDays(int(in.asOf.daysTo(date))));
}

QString usageCaption(const QbrAccount& a, const DocumentLanguage& l)
{
    if (!a.activeUsers)
        return {};
    const QString users = l.number(*a.activeUsers, 0);
    if (a.seats <= 0)
        return l.translate("csm::QbrSheet", "%1 active users a day over the last 30 days").arg(users);
    return l
        .translate("csm::QbrSheet", "%1 active users a day of %n seat(s) (%2) over the last 30 days", nullptr,
                   a.seats)
        .arg(users, l.percent(*a.activeUsers / a.seats));
}

void addTouches(PdfDocument& doc, const QbrAccount& a, const DocumentLanguage& l, const PrintLabels& labels)
{
    QList<QbrTouch> touches = a.touches;
    std::stable_sort(touches.begin(), touches.end(),
                     [](const QbrTouch& x, const QbrTouch& y) { return x.on > y.on; });
    doc.addHeading(
        l.translate("csm::QbrSheet", "Touches this quarter (%1)").arg(l.number(qint64(touches.size()))), 2);
    Table t;
    t.columns = {{l.translate("csm::QbrSheet", "Date"), 0},
                 {l.translate("csm::QbrSheet", "Kind"), 0},
                 {l.translate("csm::QbrSheet", "Summary"), 1},
                 {l.translate("csm::QbrSheet", "Sentiment"), 0}};
    t.emptyText = l.translate("csm::QbrSheet", "No customer touch this quarter.");
    for (const QbrTouch& touch : touches.mid(0, kQbrTouchRows)) {
        t.rows.append({Cell(l.denseDate(touch.on)), Cell(labels.touchKind(touch.kind)), Cell(touch.summary),
                       Cell(touch.sentiment ? labels.sentiment(*touch.sentiment) : QString())});
    }
    doc.addTable(t);
    if (touches.size() > kQbrTouchRows)
        doc.addParagraph(l.translate("csm::QbrSheet", "and %n earlier touch(es) this quarter", nullptr,
                                     int(touches.size() - kQbrTouchRows)),
                         TextStyle::Small);
}

void addRoadmap(PdfDocument& doc, const QbrAccount& a, const DocumentLanguage& l, const PrintLabels& labels)
{
    doc.addHeading(l.translate("csm::QbrSheet", "Onboarding roadmap"), 2);
    if (!a.roadmap) {
        doc.addParagraph(l.translate("csm::QbrSheet", "No active roadmap."), TextStyle::Muted);
        return;
    }
    const QbrRoadmap& r = *a.roadmap;
    QStringList detail{
        labels.roadmapState(r.progress.state).text,
        l.translate("csm::QbrSheet", "%1 of %n milestone(s) complete", nullptr, r.progress.total)
            .arg(r.progress.done + r.progress.skipped)};
    if (!r.nextMilestone.isEmpty())
        detail
            << l.translate("csm::QbrSheet", "next: %1, due %2").arg(r.nextMilestone, l.longDate(r.nextDue));
    if (r.progress.firstValue)
        detail << l.translate("csm::QbrSheet", "first value after %n business day(s)", nullptr,
                              r.progress.firstValue->businessDays);
    doc.addProgress(r.name, r.progress.completionPercent / 100.0,
                    l.percent(r.progress.completionPercent / 100.0), detail.join(QStringLiteral(" · ")));
}

void addFollowUps(PdfDocument& doc, const QbrAccount& a, const QbrInput& in, const DocumentLanguage& l,
                  const PrintLabels& labels)
{
    QList<QbrFollowUp> followUps = a.followUps;
    std::stable_sort(followUps.begin(), followUps.end(),
                     [](const QbrFollowUp& x, const QbrFollowUp& y) { return x.due < y.due; });
    doc.addHeading(
        l.translate("csm::QbrSheet", "Open follow-ups (%1)").arg(l.number(qint64(followUps.size()))), 2);
    Table t;
    t.columns = {{l.translate("csm::QbrSheet", "Due"), 0},
                 {l.translate("csm::QbrSheet", "Follow-up"), 1},
                 {l.translate("csm::QbrSheet", "When"), 0}};
    t.emptyText = l.translate("csm::QbrSheet", "No open follow-up.");
    for (const QbrFollowUp& f : followUps.mid(0, kQbrFollowUpRows)) {
        const int days = int(in.asOf.daysTo(f.due));
        Cell when(days < 0 ? Chip{l.translate("csm::QbrSheet", "Overdue %n day(s)", nullptr, -days),
                                  PrintLabels::red()}
                           : Chip{labels.relativeDays(days), PrintLabels::grey(), true});
        t.rows.append({Cell(l.denseDate(f.due)), Cell(f.text), when});
    }
    doc.addTable(t);
    if (followUps.size() > kQbrFollowUpRows)
        doc.addParagraph(l.translate("csm::QbrSheet", "and %n later follow-up(s)", nullptr,
                                     int(followUps.size() - kQbrFollowUpRows)),
                         TextStyle::Small);
}

} // namespace

void addQbrSheet(PdfDocument& doc, const QbrAccount& a, const QbrInput& in)
{
    const DocumentLanguage& l = doc.language();
    const PrintLabels labels(l);
    doc.startSection(l.translate("csm::QbrSheet", "%1 · %2", "page header: the document, then the account")
                         .arg(documentTitle(l), a.name),
                     true);

    QStringList about{labels.touchModel(a.touchModel)};
    if (!a.plan.isEmpty())
        about << a.plan;
    if (a.seats > 0)
        about << l.translate("csm::QbrSheet", "%n seat(s)", nullptr, a.seats);
    if (!a.owner.isEmpty())
        about << l.translate("csm::QbrSheet", "owner %1", "the account's CSM").arg(a.owner);
    QString eyebrow = documentTitle(l);
    if (in.quarter.isValid())
        eyebrow += QStringLiteral(" · ") + labels.period(in.quarter);
    doc.addTitle(a.name, about.join(QStringLiteral(" · ")), eyebrow);

    Cell renewal = dateFact(a.renewalDate, in, l, labels);
    if (a.forecast && a.renewalDate.isValid())
        renewal.detail = l.translate("csm::QbrSheet", "%1, forecast %2", "renewal: when, then the forecast")
                             .arg(renewal.detail, labels.forecast(*a.forecast).text);
    doc.addFacts(
        {{l.translate("csm::QbrSheet", "ARR"), Cell(l.money(a.arr))},
         {l.translate("csm::QbrSheet", "Health score"), healthFact(a, in, l, labels)},
         {l.translate("csm::QbrSheet", "Renewal date"), renewal},
         {l.translate("csm::QbrSheet", "Notice deadline"), dateFact(a.noticeDeadline, in, l, labels)}},
        4);
    doc.addCharts({{l.translate("csm::QbrSheet", "Health score trend"), a.healthTrend, {}},
                   {l.translate("csm::QbrSheet", "Usage"), a.usage, usageCaption(a, l)}},
                  120);
    addTouches(doc, a, l, labels);
    doc.beginKeepTogether();
    addRoadmap(doc, a, l, labels);
    doc.endKeepTogether();
    addFollowUps(doc, a, in, l, labels);
}

Result<PrintedDocument> printQbrSheets(const QbrInput& input, const DocumentLanguage& language,
                                       const QString& path, PaperSize paper)
{
    PdfDocument doc(language, {documentTitle(language), input.bookName, input.asOf}, paper);
    for (const QbrAccount& account : input.accounts)
        addQbrSheet(doc, account, input);
    return doc.save(path);
}

} // namespace csm
