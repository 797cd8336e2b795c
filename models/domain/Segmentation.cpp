#include "domain/Segmentation.h"

#include "domain/Settings.h"

#include "ArrSum_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>

#include <algorithm>
#include <climits>

namespace csm {

namespace {

constexpr int kJsonVersion = 1;

bool inList(const QStringList& list, const QString& value)
{
    const QStringView v = QStringView(value).trimmed();
    for (const QString& item : list) {
        if (QStringView(item).trimmed().compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Every value `narrow` accepts is also accepted by `wide` (an empty list accepts everything).
bool listCovers(const QStringList& wide, const QStringList& narrow)
{
    if (wide.isEmpty())
        return true;
    if (narrow.isEmpty())
        return false;
    return std::all_of(narrow.begin(), narrow.end(), [&](const QString& n) { return inList(wide, n); });
}

// Rule a takes every account rule b would (so b, coming later, never applies).
bool shadows(const SegmentRule& a, const SegmentRule& b)
{
    const MinorUnits minA = a.minArr.value_or(LLONG_MIN);
    const MinorUnits minB = b.minArr.value_or(LLONG_MIN);
    return minA <= minB && listCovers(a.plans, b.plans) && listCovers(a.industries, b.industries);
}

bool isArrOnly(const SegmentRule& r)
{
    return r.plans.isEmpty() && r.industries.isEmpty();
}

} // namespace

QString segmentCode(Segment s)
{
    switch (s) {
    case Segment::High:
        return QStringLiteral("high");
    case Segment::Low:
        return QStringLiteral("low");
    case Segment::Tech:
        return QStringLiteral("tech");
    case Segment::All:
        return QStringLiteral("all");
    }
    return {};
}

bool SegmentRule::matches(MinorUnits arr, const QString& plan, const QString& industry) const
{
    if (minArr && arr < *minArr)
        return false;
    if (!plans.isEmpty() && !inList(plans, plan))
        return false;
    return industries.isEmpty() || inList(industries, industry);
}

SegmentationRules SegmentationRules::byArr(MinorUnits highMin, MinorUnits lowMin)
{
    SegmentationRules r;
    r.rules = {SegmentRule{TouchModel::High, highMin, {}, {}}, SegmentRule{TouchModel::Low, lowMin, {}, {}},
               SegmentRule{TouchModel::Tech, std::nullopt, {}, {}}};
    return r;
}

SegmentationRules SegmentationRules::fromSettings(const BookSettings& settings)
{
    return byArr(settings.highTouchMinArr, settings.lowTouchMinArr);
}

SegmentAssignment SegmentationRules::assignByRules(MinorUnits arr, const QString& plan,
                                                   const QString& industry) const
{
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).matches(arr, plan, industry))
            return {rules.at(i).touchModel, SegmentSource::Rule, i};
    }
    return {TouchModel::Tech, SegmentSource::Fallback, -1};
}

SegmentAssignment SegmentationRules::assign(const SegmentFacts& account) const
{
    return assign(account.arr, account.plan, account.industry, account.touchModelOverride);
}

SegmentAssignment SegmentationRules::assign(MinorUnits arr, const QString& plan, const QString& industry,
                                            std::optional<TouchModel> touchModelOverride) const
{
    if (touchModelOverride)
        return {*touchModelOverride, SegmentSource::Override, -1};
    return assignByRules(arr, plan, industry);
}

QList<RuleProblem> SegmentationRules::validate() const
{
    QList<RuleProblem> problems;
    for (int j = 0; j < rules.size(); ++j) {
        const SegmentRule& r = rules.at(j);
        if (r.minArr && *r.minArr < 0)
            problems.append({j, QStringLiteral("min_arr"),
                             tr("Rule %1: the ARR threshold cannot be negative.").arg(j + 1)});
        if (std::any_of(r.plans.begin(), r.plans.end(),
                        [](const QString& p) { return p.trimmed().isEmpty(); }))
            problems.append({j, QStringLiteral("plans"), tr("Rule %1: a plan name is empty.").arg(j + 1)});
        if (std::any_of(r.industries.begin(), r.industries.end(),
                        [](const QString& p) { return p.trimmed().isEmpty(); }))
            problems.append(
                {j, QStringLiteral("industries"), tr("Rule %1: an industry name is empty.").arg(j + 1)});

        bool shadowed = false;
        for (int i = 0; i < j && !shadowed; ++i) {
            if (shadows(rules.at(i), r)) {
                shadowed = true;
                problems.append(
                    {j, QStringLiteral("min_arr"),
                     tr("Rule %1 never applies: rule %2 above it already takes every account it would.")
                         .arg(j + 1)
                         .arg(i + 1)});
            }
        }
        if (shadowed || !isArrOnly(r))
            continue;
        // ARR-only rules above this one take the larger accounts; they must not get a lighter touch model.
        for (int i = 0; i < j; ++i) {
            const SegmentRule& above = rules.at(i);
            if (isArrOnly(above) && int(above.touchModel) > int(r.touchModel)) {
                problems.append(
                    {j, QStringLiteral("touch_model"),
                     tr("Rule %1 gives smaller accounts a heavier touch model than rule %2 gives larger "
                        "ones; put the higher threshold first.")
                         .arg(j + 1)
                         .arg(i + 1)});
                break;
            }
        }
    }
    return problems;
}

bool SegmentationRules::coversEveryAccount() const
{
    return std::any_of(rules.begin(), rules.end(),
                       [](const SegmentRule& r) { return isArrOnly(r) && (!r.minArr || *r.minArr <= 0); });
}

QByteArray SegmentationRules::toJson() const
{
    QJsonArray list;
    for (const SegmentRule& r : rules) {
        QJsonObject o;
        o.insert(QStringLiteral("touch_model"), toCode(r.touchModel));
        if (r.minArr)
            o.insert(QStringLiteral("min_arr"), QJsonValue(qint64(*r.minArr)));
        if (!r.plans.isEmpty())
            o.insert(QStringLiteral("plans"), QJsonArray::fromStringList(r.plans));
        if (!r.industries.isEmpty())
            o.insert(QStringLiteral("industries"), QJsonArray::fromStringList(r.industries));
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), kJsonVersion);
    root.insert(QStringLiteral("rules"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<SegmentationRules> SegmentationRules::fromJson(const QByteArray& json)
{
    const auto fail = [](const QString& where) {
        return Error{Error::Code::InvalidValue, tr("The segmentation rules cannot be read."),
                     tr("segmentation rules, %1").arg(where),
                     tr("Set the rules again in the settings; until then the ARR thresholds apply.")};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("offset %1").arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("version")) &&
        root.value(QStringLiteral("version")).toInt(-1) != kJsonVersion) {
        const int version = root.value(QStringLiteral("version")).toInt(-1);
        if (version > kJsonVersion) {
            return Error{Error::Code::NewerVersion,
                         tr("The segmentation rules were written by a newer version."),
                         tr("segmentation rules, version %1").arg(version),
                         tr("Update CSM Workbench to use them; until then the ARR thresholds apply.")};
        }
        return fail(QStringLiteral("version"));
    }
    const QJsonValue list = root.value(QStringLiteral("rules"));
    if (!list.isArray())
        return fail(QStringLiteral("rules"));

    const auto readNames = [](const QJsonValue& v, QStringList& out) {
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return false;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return false;
            out.append(item.toString().trimmed());
        }
        return true;
    };

    SegmentationRules rules;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("rule %1").arg(i + 1);
        if (!array.at(i).isObject())
            return fail(where);
        const QJsonObject o = array.at(i).toObject();
        SegmentRule r;
        const auto model = fromCode<TouchModel>(o.value(QStringLiteral("touch_model")).toString());
        if (!model)
            return fail(where + QStringLiteral(": touch_model"));
        r.touchModel = *model;
        const QJsonValue minArr = o.value(QStringLiteral("min_arr"));
        if (!minArr.isUndefined()) {
            // Whole numbers only: a threshold is an amount in minor units, never a fraction.
            const qint64 v = minArr.toInteger(LLONG_MIN);
            if (!minArr.isDouble() || v == LLONG_MIN)
                return fail(where + QStringLiteral(": min_arr"));
            r.minArr = v;
        }
        if (!readNames(o.value(QStringLiteral("plans")), r.plans))
            return fail(where + QStringLiteral(": plans"));
        if (!readNames(o.value(QStringLiteral("industries")), r.industries))
            return fail(where + QStringLiteral(": industries"));
        rules.rules.append(r);
    }
    return rules;
}

Money SegmentPreview::arrMoved() const
{
    MinorUnits total = 0;
    for (const SegmentMove& m : moves)
        detail::addArr(total, m.arr);
    return Money(total, currency);
}

SegmentPreview previewSegmentation(std::span<const SegmentFacts> accounts, const SegmentationRules& current,
                                   const SegmentationRules& proposed, const QString& currency)
{
    SegmentPreview p;
    p.currency = currency;
    for (const SegmentFacts& a : accounts) {
        const TouchModel from = current.assign(a).touchModel;
        const TouchModel to = proposed.assign(a).touchModel;
        p.accounts[int(from)][int(to)] += 1;
        if (!detail::addArr(p.arr[int(from)][int(to)], a.arr))
            p.arrOverflow = true;
        if (from != to) {
            p.moves.append({a.id, from, to, a.arr});
        } else if (a.touchModelOverride && current.assignByRules(a.arr, a.plan, a.industry).touchModel !=
                                               proposed.assignByRules(a.arr, a.plan, a.industry).touchModel) {
            p.heldByOverride.append(a.id);
        }
    }
    std::stable_sort(p.moves.begin(), p.moves.end(), [](const SegmentMove& a, const SegmentMove& b) {
        if (a.arr != b.arr)
            return a.arr > b.arr;
        return a.accountId < b.accountId;
    });
    return p;
}

} // namespace csm
