#pragma once

// Roadmap templates (issue 15): the rules a template meets before it is saved or applied, and duplication.
// The templates a new book starts with are in domain/DefaultTemplates.h.

#include "domain/Entities.h"
#include "domain/IdSource.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csm {

// One thing wrong with a template, next to the field concerned.
struct TemplateProblem
{
    int milestone = -1; // index into RoadmapTemplate::milestones; -1 for the template itself
    QString field;      // RoadmapTemplates::Name, Title, Offset, FirstValue
    QString message;    // translated
};

class RoadmapTemplates
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapTemplates)
public:
    static inline const QString Name = QStringLiteral("name");
    static inline const QString Title = QStringLiteral("title");
    static inline const QString Offset = QStringLiteral("offsetBusinessDays");
    static inline const QString FirstValue = QStringLiteral("firstValue");
    static inline const QString Milestones = QStringLiteral("milestones");

    // About five years of business days: an offset beyond it is a typing slip, not a plan.
    static constexpr int kMaxOffsetBusinessDays = 1250;

    // What keeps a template from being saved: no name, a milestone without a title, an offset below 0 or
    // above kMaxOffsetBusinessDays, more than one first-value milestone. A template without milestones may
    // be saved (it is being written) but not applied. Deleted milestones are not checked.
    static QList<TemplateProblem> validate(const RoadmapTemplate& t);

    // Whether the template can be applied to an account: valid, not retired, at least one live milestone.
    static Status checkApplicable(const RoadmapTemplate& t);

    // A copy under a new name with new ids for the template and its milestones, not retired; the copy is
    // independent (editing one never changes the other). Deleted milestones are left out; timestamps are
    // left for storage to set.
    static RoadmapTemplate duplicate(const RoadmapTemplate& t, const QString& name, const IdSource& newId);

    // The name a duplicate is offered under: "Enterprise onboarding (copy)".
    static QString copyName(const QString& name);
};

// The template's live milestones in plan order (position, then offset, then id).
QList<TemplateMilestone> liveMilestones(const RoadmapTemplate& t);

} // namespace csm
