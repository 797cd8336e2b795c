#pragma once

// Segmentation (DESIGN §6, issue 16): the touch model of an account from the book's rules, evaluated in
// order with the first match winning, and a per-account override (with its reason) winning over every rule.
// The rules are a book setting, kept as compact JSON; a preview says what a change of rules would move.

#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>

namespace csm {

// Settings.h may hold the rules one day (the book's segmentation setting); this header does not need it.
struct BookSettings;

// A touch model or the whole book: the rows of the portfolio and of per-segment figures.
enum class Segment
{
    High,
    Low,
    Tech,
    All
};
inline constexpr std::array<Segment, 4> kSegments = {Segment::High, Segment::Low, Segment::Tech,
                                                     Segment::All};

constexpr Segment segmentOf(TouchModel m)
{
    return static_cast<Segment>(static_cast<int>(m));
}
// "high", "low", "tech", "all" (report JSON)
QString segmentCode(Segment s);

// What segmentation reads of an account.
struct SegmentFacts
{
    Id id;
    MinorUnits arr = 0;
    QString plan;
    QString industry;
    std::optional<TouchModel> touchModelOverride;

    static SegmentFacts of(const Account& a)
    {
        return {a.id, a.arr, a.plan, a.industry, a.touchModelOverride};
    }
};

// One rule: every condition given must hold. No condition at all matches every account.
struct SegmentRule
{
    TouchModel touchModel = TouchModel::Tech;
    std::optional<MinorUnits> minArr; // ARR at or above, minor units of the book currency
    QStringList plans;                // one of these plans (case and surrounding spaces ignored); empty: any
    QStringList industries;           // one of these industries; empty: any

    bool matches(MinorUnits arr, const QString& plan, const QString& industry) const;
    bool hasConditions() const { return minArr.has_value() || !plans.isEmpty() || !industries.isEmpty(); }
    friend bool operator==(const SegmentRule&, const SegmentRule&) = default;
};

enum class SegmentSource
{
    Override, // the account's own touch model
    Rule,     // rules[rule]
    Fallback, // no rule matched: tech touch
};

struct SegmentAssignment
{
    TouchModel touchModel = TouchModel::Tech;
    SegmentSource source = SegmentSource::Fallback;
    int rule = -1;
    friend bool operator==(const SegmentAssignment&, const SegmentAssignment&) = default;
};

struct RuleProblem
{
    int rule = -1;   // -1: the rule set as a whole
    QString field;   // "min_arr", "plans", "industries", "touch_model"
    QString message; // translated
};

class SegmentationRules
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationRules)
public:
    QList<SegmentRule> rules;

    // DESIGN §6: high touch at ARR >= highMin, low touch at ARR >= lowMin, tech touch for the rest.
    static SegmentationRules byArr(MinorUnits highMin, MinorUnits lowMin);
    // The rules of a book that has none stored: its two ARR thresholds. Gives the same touch model as
    // BookSettings::touchModelForArr for every ARR.
    static SegmentationRules fromSettings(const BookSettings& settings);

    // The first matching rule, or tech touch when none matches. An override wins over everything.
    SegmentAssignment assign(const SegmentFacts& account) const;
    // The same from the facts in place (no copy of the texts: the portfolio assigns 100,000 accounts on
    // several days).
    SegmentAssignment assign(MinorUnits arr, const QString& plan, const QString& industry,
                             std::optional<TouchModel> touchModelOverride) const;
    SegmentAssignment assignByRules(MinorUnits arr, const QString& plan, const QString& industry) const;

    // What keeps the rules from being saved: a negative threshold, an empty plan or industry name, a rule
    // that can never apply because an earlier rule already takes every account it would (thresholds out of
    // order included), or ARR-only rules that give a heavier touch model to smaller accounts.
    QList<RuleProblem> validate() const;
    // True when some rule matches every account, so the tech-touch fallback is never used.
    bool coversEveryAccount() const;

    // Compact JSON for the book's settings:
    // {"version":1,"rules":[{"touch_model":"high","min_arr":10000000},...,{"touch_model":"tech"}]}
    // with optional "plans" and "industries" lists. Unknown keys are ignored; a newer version is refused.
    QByteArray toJson() const;
    static Result<SegmentationRules> fromJson(const QByteArray& json);

    friend bool operator==(const SegmentationRules&, const SegmentationRules&) = default;
};

// One account that a change of rules would move.
struct SegmentMove
{
    Id accountId;
    TouchModel from = TouchModel::Tech;
    TouchModel to = TouchModel::Tech;
    MinorUnits arr = 0;
};

// What changing the rules would do, before it is saved.
struct SegmentPreview
{
    QString currency;
    std::array<std::array<int, 3>, 3> accounts{};   // [from][to], by TouchModel
    std::array<std::array<MinorUnits, 3>, 3> arr{}; // [from][to]
    QList<SegmentMove> moves;                       // accounts that change touch model, largest ARR first
    QList<Id> heldByOverride; // accounts the new rules would move but whose override keeps them
    bool arrOverflow = false; // a sum did not fit (never with real books)

    int accountsMoving(TouchModel from, TouchModel to) const { return accounts[int(from)][int(to)]; }
    Money arrMoving(TouchModel from, TouchModel to) const { return Money(arr[int(from)][int(to)], currency); }
    int accountsMoved() const { return int(moves.size()); }
    Money arrMoved() const;
};

SegmentPreview previewSegmentation(std::span<const SegmentFacts> accounts, const SegmentationRules& current,
                                   const SegmentationRules& proposed, const QString& currency);

} // namespace csm
