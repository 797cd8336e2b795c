#include "domain/RoadmapTemplates.h"

#include <algorithm>

namespace csm {

QList<TemplateMilestone> liveMilestones(const RoadmapTemplate& t)
{
    QList<TemplateMilestone> live;
    live.reserve(t.milestones.size());
    for (const TemplateMilestone& m : t.milestones) {
        if (!m.deleted)
            live.append(m);
    }
    std::stable_sort(live.begin(), live.end(), [](const TemplateMilestone& a, const TemplateMilestone& b) {
        if (a.position != b.position)
            return a.position < b.position;
        if (a.offsetBusinessDays != b.offsetBusinessDays)
            return a.offsetBusinessDays < b.offsetBusinessDays;
        return a.id < b.id;
    });
    return live;
}

QList<TemplateProblem> RoadmapTemplates::validate(const RoadmapTemplate& t)
{
    QList<TemplateProblem> problems;
    if (t.name.trimmed().isEmpty())
        problems.append({-1, Name, tr("The template needs a name.")});
    int firstValues = 0;
    for (int i = 0; i < t.milestones.size(); ++i) {
        const TemplateMilestone& m = t.milestones.at(i);
        if (m.deleted)
            continue;
        if (m.title.trimmed().isEmpty())
            problems.append({i, Title, tr("Milestone %1 needs a title.").arg(i + 1)});
        if (m.offsetBusinessDays < 0) {
            problems.append({i, Offset,
                             tr("Milestone %1 is due before the kickoff: an offset counts business days "
                                "from the kickoff, 0 or more.")
                                 .arg(i + 1)});
        } else if (m.offsetBusinessDays > kMaxOffsetBusinessDays) {
            problems.append({i, Offset,
                             tr("Milestone %1 is due %2 business days after the kickoff; at most %3 are "
                                "allowed (about five years).")
                                 .arg(i + 1)
                                 .arg(m.offsetBusinessDays)
                                 .arg(kMaxOffsetBusinessDays)});
        }
        if (m.firstValue && ++firstValues == 2) {
            problems.append(
                {i, FirstValue,
                 tr("Only one milestone can mark the first value; milestone %1 is the second.").arg(i + 1)});
        }
    }
    return problems;
}

Status RoadmapTemplates::checkApplicable(const RoadmapTemplate& t)
{
    const QString where = t.name.trimmed().isEmpty() ? Name : t.name;
    if (const auto problems = validate(t); !problems.isEmpty())
        return Error{Error::Code::InvalidValue, problems.first().message, where,
                     tr("Correct the template first.")};
    if (t.retired) {
        return Error{Error::Code::InvalidValue, tr("The template is retired."), where,
                     tr("Choose another template, or bring this one back into use first.")};
    }
    if (liveMilestones(t).isEmpty()) {
        return Error{Error::Code::InvalidValue, tr("The template has no milestones."), where,
                     tr("Add at least one milestone to the template, then apply it.")};
    }
    return {};
}

RoadmapTemplate RoadmapTemplates::duplicate(const RoadmapTemplate& t, const QString& name,
                                            const IdSource& newId)
{
    RoadmapTemplate copy;
    copy.id = newId();
    copy.name = name;
    copy.touchModel = t.touchModel;
    const QList<TemplateMilestone> live = liveMilestones(t);
    copy.milestones.reserve(live.size());
    for (int i = 0; i < live.size(); ++i) {
        TemplateMilestone m = live.at(i);
        m.id = newId();
        m.templateId = copy.id;
        m.position = i;
        m.createdAt = {};
        m.updatedAt = {};
        copy.milestones.append(m);
    }
    return copy;
}

QString RoadmapTemplates::copyName(const QString& name)
{
    return tr("%1 (copy)").arg(name);
}

} // namespace csm
