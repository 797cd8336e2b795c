#include "domain/RenewalStage.h"

#include <array>

namespace csm {

namespace {

struct StageSpan
{
    RenewalStage stage;
    int leadDays; // the stage begins this many days before the deadline
    const char* code;
};

// Latest first, so that the first span a countdown reaches is its stage.
constexpr std::array<StageSpan, 5> kSpans = {{
    {RenewalStage::T30, 30, "t-30"},
    {RenewalStage::T60, 60, "t-60"},
    {RenewalStage::T90, 90, "t-90"},
    {RenewalStage::T120, 120, "t-120"},
    {RenewalStage::T180, 180, "t-180"},
}};

} // namespace

RenewalStage RenewalStages::forDaysLeft(int daysToNotice)
{
    if (daysToNotice < 0)
        return RenewalStage::PastDeadline;
    for (const StageSpan& s : kSpans) {
        if (daysToNotice <= s.leadDays)
            return s.stage;
    }
    return RenewalStage::Later;
}

RenewalCountdown RenewalStages::countdown(const RenewalPoint& renewal, QDate asOf)
{
    if (!renewal.isValid() || !asOf.isValid())
        return {};
    const int left = int(asOf.daysTo(renewal.actBy()));
    return {left, int(asOf.daysTo(renewal.renewalDate)), forDaysLeft(left)};
}

std::optional<RenewalStage> RenewalStages::enteredOn(const RenewalPoint& renewal, QDate day)
{
    if (!renewal.isValid() || !day.isValid() || day >= renewal.renewalDate)
        return std::nullopt;
    const int left = int(day.daysTo(renewal.actBy()));
    const RenewalStage stage = forDaysLeft(left);
    if (stage == RenewalStage::Later || stage == forDaysLeft(left + 1))
        return std::nullopt;
    return stage;
}

QDate RenewalStages::firstDay(RenewalStage stage, QDate actBy)
{
    if (stage == RenewalStage::PastDeadline)
        return dates::noticeDeadline(actBy, -1);
    for (const StageSpan& s : kSpans) {
        if (s.stage == stage)
            return dates::noticeDeadline(actBy, s.leadDays);
    }
    return {};
}

QList<int> RenewalStages::leadDays()
{
    QList<int> days;
    for (auto it = kSpans.rbegin(); it != kSpans.rend(); ++it)
        days.append(it->leadDays);
    return days;
}

QString RenewalStages::toCode(RenewalStage stage)
{
    if (stage == RenewalStage::Later)
        return QStringLiteral("later");
    if (stage == RenewalStage::PastDeadline)
        return QStringLiteral("past-deadline");
    for (const StageSpan& s : kSpans) {
        if (s.stage == stage)
            return QString::fromLatin1(s.code);
    }
    return {};
}

std::optional<RenewalStage> RenewalStages::fromCode(const QString& code)
{
    for (RenewalStage stage : {RenewalStage::Later, RenewalStage::T180, RenewalStage::T120, RenewalStage::T90,
                               RenewalStage::T60, RenewalStage::T30, RenewalStage::PastDeadline}) {
        if (code.compare(toCode(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

QString RenewalStages::displayName(RenewalStage stage)
{
    if (stage == RenewalStage::Later)
        return tr("Later");
    if (stage == RenewalStage::PastDeadline)
        return tr("Past deadline");
    for (const StageSpan& s : kSpans) {
        if (s.stage == stage)
            return tr("T-%1", "renewal stage: days before the notice deadline").arg(s.leadDays);
    }
    return {};
}

} // namespace csm
