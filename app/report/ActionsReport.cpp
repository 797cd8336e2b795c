// report actions: Today's list (DESIGN §8) as of a day, the same computation as the Today page. The health
// lines come from scores computed by the engine as of that day (the rows keep today's), so that any --as-of
// is exact and the lines agree with `report health`'s signals.

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "domain/HealthHistory.h"
#include "domain/HealthSignals.h"
#include "domain/RenewalStage.h"
#include "domain/Today.h"
#include "storage/HealthStore.h"
#include "storage/RenewalReads.h"
#include "storage/Repositories.h"

#include <QHash>

#include <QJsonArray>
#include <QJsonObject>

namespace csm::app::cli::report {
namespace {

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The accounts' scores, bands and scores 30 days earlier as the engine gives them on asOf, in place of the
// ones the rows keep (as of the day they were last computed).
Status scoreAsOf(Book& book, QList<AccountSummary>& summaries, QDate asOf)
{
    auto inputs = HealthStore::readInputs(book, asOf);
    if (!inputs)
        return inputs.error();
    const HealthModel model = HealthModel::fromSettings(book.settings());
    QHash<Id, AccountHealthScore> scores;
    scores.reserve(inputs->size());
    for (const AccountHealthInputs& in : std::as_const(*inputs))
        scores.insert(in.accountId, scoreAccountHealth(in, model, asOf));
    for (AccountSummary& s : summaries) {
        const AccountHealthScore score = scores.value(s.id);
        s.healthScore = score.now.score;
        s.healthBand = score.now.band;
        s.healthScoreBefore = score.scoreBefore;
    }
    return {};
}

QString healthCode(TodayHealth::Kind kind)
{
    return kind == TodayHealth::Kind::Drop ? QStringLiteral("health_drop") : QStringLiteral("red_renewal");
}

} // namespace

int runActions(const Context& ctx)
{
    auto started = startReport(ctx, QStringLiteral("report actions"));
    if (const int* exitCode = std::get_if<int>(&started))
        return *exitCode;
    const Common& common = std::get<Started>(started).common;
    Book& book = *std::get<Started>(started).open.book;
    const QDate asOf = common.asOf;

    auto summaries = book.accounts().summaries(asOf);
    if (!summaries)
        return ctx.failure(summaries.error().toString());
    if (auto st = scoreAsOf(book, *summaries, asOf); !st)
        return ctx.failure(st.error().toString());
    auto open_ = book.touches().openFollowUpsDueBy(asOf);
    if (!open_)
        return ctx.failure(open_.error().toString());
    QList<FollowUpDue> due;
    due.reserve(open_->size());
    for (const OpenFollowUp& f : open_.value())
        due.append({f.touchId, f.accountId, f.accountName, f.followUpOn, f.nextStep, f.summary});
    TodayList list = computeToday(summaries.value(), due, book.settings(), asOf);
    auto behind = book.roadmaps().withOpenMilestonesDueBefore(asOf);
    if (!behind)
        return ctx.failure(behind.error().toString());
    list.milestones = overdueMilestones(behind.value(), summaries.value(), book.settings(), asOf);
    auto stages = readRenewalsEnteringStages(book, asOf);
    if (!stages)
        return ctx.failure(stages.error().toString());
    list.stages = std::move(stages.value());
    const QString currency = book.settings().currency;

    if (common.format == Format::Json) {
        QJsonArray followUps;
        for (const TodayFollowUp& f : list.followUps)
            followUps.append(QJsonObject{{QStringLiteral("touch_id"), f.followUp.touchId},
                                         {QStringLiteral("account_id"), f.followUp.accountId},
                                         {QStringLiteral("name"), f.followUp.accountName},
                                         {QStringLiteral("due"), dateOrNull(f.followUp.dueOn)},
                                         {QStringLiteral("days_overdue"), f.daysOverdue},
                                         {QStringLiteral("next_step"), f.followUp.nextStep}});
        QJsonArray notices;
        for (const TodayNotice& n : list.notices)
            notices.append(QJsonObject{{QStringLiteral("account_id"), n.accountId},
                                       {QStringLiteral("name"), n.accountName},
                                       {QStringLiteral("notice_deadline"), dateOrNull(n.noticeDeadline)},
                                       {QStringLiteral("renewal_date"), dateOrNull(n.renewalDate)},
                                       {QStringLiteral("days_to_notice"), n.daysLeft},
                                       {QStringLiteral("arr"), qint64(n.arr)}});
        QJsonArray ended;
        for (const TodayEnded& e : list.ended)
            ended.append(QJsonObject{{QStringLiteral("account_id"), e.accountId},
                                     {QStringLiteral("name"), e.accountName},
                                     {QStringLiteral("ended_on"), dateOrNull(e.endedOn)},
                                     {QStringLiteral("days_since"), e.daysSince},
                                     {QStringLiteral("arr"), qint64(e.arr)}});
        QJsonArray stageEntries;
        for (const TodayStageEntry& e : list.stages)
            stageEntries.append(QJsonObject{{QStringLiteral("account_id"), e.accountId},
                                            {QStringLiteral("name"), e.accountName},
                                            {QStringLiteral("stage"), RenewalStages::toCode(e.stage)},
                                            {QStringLiteral("entered_on"), dateOrNull(e.enteredOn)},
                                            {QStringLiteral("act_by"), dateOrNull(e.actBy)},
                                            {QStringLiteral("renewal_date"), dateOrNull(e.renewalDate)},
                                            {QStringLiteral("ends_without_renewal"), e.endsWithoutRenewal},
                                            {QStringLiteral("days_left"), e.daysLeft},
                                            {QStringLiteral("arr"), qint64(e.arr)}});
        QJsonArray silent;
        for (const TodaySilent& s : list.silent)
            silent.append(
                QJsonObject{{QStringLiteral("account_id"), s.accountId},
                            {QStringLiteral("name"), s.accountName},
                            {QStringLiteral("touch_model"), toCode(s.touchModel)},
                            {QStringLiteral("cadence_days"), s.cadenceDays},
                            {QStringLiteral("last_customer_touch"), dateOrNull(s.lastCustomerTouch)},
                            {QStringLiteral("days_silent"),
                             s.daysSilent < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(s.daysSilent)},
                            {QStringLiteral("arr"), qint64(s.arr)}});
        QJsonArray health;
        for (const TodayHealth& t : list.health) {
            const bool drop = t.kind == TodayHealth::Kind::Drop;
            health.append(
                QJsonObject{{QStringLiteral("signal"), healthCode(t.kind)},
                            {QStringLiteral("account_id"), t.accountId},
                            {QStringLiteral("name"), t.accountName},
                            {QStringLiteral("score"), jsonNumberOrNull(t.score)},
                            {QStringLiteral("score_30_days_before"),
                             jsonNumberOrNull(drop ? t.scoreBefore : std::nullopt)},
                            {QStringLiteral("renewal_date"), dateOrNull(drop ? QDate() : t.renewalDate)},
                            {QStringLiteral("days_to_renewal"),
                             drop ? QJsonValue(QJsonValue::Null) : QJsonValue(t.daysToRenewal)},
                            {QStringLiteral("arr"), qint64(t.arr)}});
        }
        QJsonArray milestones;
        for (const TodayMilestone& m : list.milestones)
            milestones.append(QJsonObject{{QStringLiteral("account_id"), m.accountId},
                                          {QStringLiteral("name"), m.accountName},
                                          {QStringLiteral("roadmap_id"), m.roadmapId},
                                          {QStringLiteral("milestone_id"), m.milestoneId},
                                          {QStringLiteral("title"), m.title},
                                          {QStringLiteral("owner_side"), toCode(m.owner)},
                                          {QStringLiteral("status"), toCode(m.status)},
                                          {QStringLiteral("due"), dateOrNull(m.dueOn)},
                                          {QStringLiteral("days_overdue"), m.daysOverdue},
                                          {QStringLiteral("business_days_overdue"), m.businessDaysOverdue},
                                          {QStringLiteral("stuck"), m.stuck},
                                          {QStringLiteral("blocked_reason"), m.blockedReason},
                                          {QStringLiteral("more_overdue"), m.moreOverdue},
                                          {QStringLiteral("arr"), qint64(m.arr)}});
        printJson(ctx.out, QJsonDocument(QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                                     {QStringLiteral("currency"), currency},
                                                     {QStringLiteral("follow_ups"), followUps},
                                                     {QStringLiteral("milestones"), milestones},
                                                     {QStringLiteral("notices"), notices},
                                                     {QStringLiteral("ended"), ended},
                                                     {QStringLiteral("stages"), stageEntries},
                                                     {QStringLiteral("silent"), silent},
                                                     {QStringLiteral("health"), health}}));
        return ExitOk;
    }

    Table table;
    table.headers = {CliText::tr("Action"), CliText::tr("Account"), CliText::tr("Date"),
                     CliText::tr("Days"),   CliText::tr("ARR"),     CliText::tr("Detail")};
    table.numeric = {false, false, false, true, true, false};
    const QLocale locale;
    const auto money = [&](MinorUnits arr) {
        return common.format == Format::Csv ? QString::number(arr) : Money(arr, currency).format(locale);
    };
    for (const TodayFollowUp& f : list.followUps)
        table.rows << QStringList{QStringLiteral("follow_up"),
                                  f.followUp.accountName,
                                  f.followUp.dueOn.toString(Qt::ISODate),
                                  QString::number(-f.daysOverdue),
                                  QString(),
                                  f.followUp.nextStep};
    for (const TodayMilestone& m : list.milestones)
        table.rows << QStringList{QStringLiteral("milestone"),
                                  m.accountName,
                                  m.dueOn.toString(Qt::ISODate),
                                  QString::number(-m.daysOverdue),
                                  money(m.arr),
                                  CliText::tr("%1 (%2, %3, %4 business days late)")
                                      .arg(m.title, toCode(m.owner), toCode(m.status))
                                      .arg(m.businessDaysOverdue)};
    for (const TodayNotice& n : list.notices)
        table.rows << QStringList{QStringLiteral("notice"),
                                  n.accountName,
                                  n.noticeDeadline.toString(Qt::ISODate),
                                  QString::number(n.daysLeft),
                                  money(n.arr),
                                  CliText::tr("renews %1").arg(n.renewalDate.toString(Qt::ISODate))};
    for (const TodayEnded& e : list.ended)
        table.rows << QStringList{QStringLiteral("ended"),
                                  e.accountName,
                                  e.endedOn.toString(Qt::ISODate),
                                  QString::number(e.daysSince),
                                  money(e.arr),
                                  CliText::tr("ended without a renewal or churn recorded")};
    for (const TodayStageEntry& e : list.stages)
        table.rows << QStringList{QStringLiteral("stage"),
                                  e.accountName,
                                  e.actBy.toString(Qt::ISODate),
                                  QString::number(e.daysLeft),
                                  money(e.arr),
                                  (e.endsWithoutRenewal ? CliText::tr("%1 since %2; ends %3")
                                                        : CliText::tr("%1 since %2; renews %3"))
                                      .arg(RenewalStages::toCode(e.stage), e.enteredOn.toString(Qt::ISODate),
                                           e.renewalDate.toString(Qt::ISODate))};
    for (const TodaySilent& s : list.silent)
        table.rows << QStringList{
            QStringLiteral("silent"),
            s.accountName,
            s.lastCustomerTouch.toString(Qt::ISODate),
            s.daysSilent < 0 ? QString() : QString::number(s.daysSilent),
            money(s.arr),
            CliText::tr("cadence %1 days (%2)").arg(s.cadenceDays).arg(toCode(s.touchModel))};
    for (const TodayHealth& t : list.health) {
        const QString score = QString::number(t.score, 'f', 1);
        if (t.kind == TodayHealth::Kind::Drop)
            table.rows << QStringList{healthCode(t.kind),
                                      t.accountName,
                                      QString(),
                                      QString(),
                                      money(t.arr),
                                      CliText::tr("score %1, %2 30 days before")
                                          .arg(score, QString::number(t.scoreBefore.value_or(0), 'f', 1))};
        else
            table.rows << QStringList{
                healthCode(t.kind),
                t.accountName,
                t.renewalDate.toString(Qt::ISODate),
                QString::number(t.daysToRenewal),
                money(t.arr),
                CliText::tr("red, score %1; renews within %2 days").arg(score).arg(kRedRenewalWindowDays)};
    }
    print(ctx.out, table, common.format);
    return ExitOk;
}

} // namespace csm::app::cli::report
