// report roadmaps: every active roadmap with its status as of a day (issue 15), the same computation as the
// Roadmaps page (domain/RoadmapStatus.h).

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "domain/RoadmapStatus.h"
#include "storage/Repositories.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace csm::app::cli::report {
namespace {

QJsonValue dateOrNull(const std::optional<QDate>& d)
{
    return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString iso(const std::optional<QDate>& d)
{
    return d && d->isValid() ? d->toString(Qt::ISODate) : QString();
}

// The roadmaps' template names as the book has them now (a template renamed since shows its new name; a
// roadmap whose template was deleted keeps the name it was made under).
Result<QHash<Id, QString>> templateNames(Book& book)
{
    auto templates = book.roadmaps().templates();
    if (!templates)
        return templates.error();
    QHash<Id, QString> names;
    for (const RoadmapTemplate& t : templates.value())
        names.insert(t.id, t.name);
    return names;
}

} // namespace

int runRoadmaps(const Context& ctx)
{
    auto started = startReport(ctx, QStringLiteral("report roadmaps"));
    if (const int* exitCode = std::get_if<int>(&started))
        return *exitCode;
    const Common& common = std::get<Started>(started).common;
    Book& book = *std::get<Started>(started).open.book;
    const QDate asOf = common.asOf;

    auto roadmaps = book.roadmaps().list(true);
    if (!roadmaps)
        return ctx.failure(roadmaps.error().toString());
    auto names = templateNames(book);
    if (!names)
        return ctx.failure(names.error().toString());
    const BookSettings settings = book.settings();
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    const RoadmapStatusOptions options = RoadmapStatusOptions::forSettings(settings);
    const auto templateOf = [&](const Roadmap& r) { return names->value(r.templateId, r.name); };

    if (common.format == Format::Json) {
        QJsonArray list;
        for (const Roadmap& r : roadmaps.value()) {
            const RoadmapProgress p = roadmapProgress(r, asOf, calendar, options);
            QJsonArray milestones;
            for (const Milestone& m : r.milestones)
                milestones.append(QJsonObject{{QStringLiteral("milestone_id"), m.id},
                                              {QStringLiteral("title"), m.title},
                                              {QStringLiteral("offset_business_days"), m.offsetBusinessDays},
                                              {QStringLiteral("due"), dateOrNull(m.dueOn)},
                                              {QStringLiteral("completed_on"), dateOrNull(m.completedOn)},
                                              {QStringLiteral("status"), toCode(m.status)}});
            list.append(QJsonObject{
                {QStringLiteral("roadmap_id"), r.id},
                {QStringLiteral("account_id"), r.accountId},
                {QStringLiteral("template"), templateOf(r)},
                {QStringLiteral("kickoff"), dateOrNull(r.kickoffOn)},
                {QStringLiteral("status"), roadmapStateCode(p.state)},
                {QStringLiteral("first_value_days"),
                 p.firstValue ? QJsonValue(p.firstValue->businessDays) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("milestones"), milestones}});
        }
        printJson(ctx.out, QJsonDocument(list));
        return ExitOk;
    }

    auto accounts = book.accounts().list();
    if (!accounts)
        return ctx.failure(accounts.error().toString());
    QHash<Id, QString> accountNames;
    for (const Account& a : accounts.value())
        accountNames.insert(a.id, a.name);

    Table table;
    table.headers = {CliText::tr("Account"),     CliText::tr("Template"),
                     CliText::tr("Kickoff"),     CliText::tr("Status"),
                     CliText::tr("Done %"),      CliText::tr("Next milestone"),
                     CliText::tr("Due"),         CliText::tr("Owner"),
                     CliText::tr("Days behind"), CliText::tr("First value (business days)")};
    table.numeric = {false, false, false, false, true, false, false, false, true, true};
    for (const Roadmap& r : roadmaps.value()) {
        const RoadmapProgress p = roadmapProgress(r, asOf, calendar, options);
        const Milestone* next = p.nextMilestone >= 0 ? &r.milestones.at(p.nextMilestone) : nullptr;
        table.rows << QStringList{accountNames.value(r.accountId, r.accountId),
                                  templateOf(r),
                                  iso(r.kickoffOn),
                                  roadmapStateCode(p.state),
                                  QString::number(p.completionPercent),
                                  next ? next->title : QString(),
                                  next ? iso(next->dueOn) : QString(),
                                  next ? toCode(next->ownerSide) : QString(),
                                  p.mostOverdue >= 0 ? QString::number(p.daysBehind) : QString(),
                                  p.firstValue ? QString::number(p.firstValue->businessDays) : QString()};
    }
    print(ctx.out, table, common.format);
    return ExitOk;
}

} // namespace csm::app::cli::report
