#include "item/RoadmapsModel.h"

#include "item/DisplayFormat.h"
#include "item/RoadmapLabels.h"

#include <QBrush>
#include <QColor>

#include <limits>

namespace csm {

RoadmapsModel::RoadmapsModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<RoadmapRow> RoadmapsModel::rowsOf(const QList<Roadmap>& roadmaps,
                                        const QList<AccountSummary>& summaries,
                                        const QHash<Id, QString>& templateNames, const BookSettings& settings,
                                        QDate asOf)
{
    QHash<Id, const AccountSummary*> accounts;
    accounts.reserve(summaries.size());
    for (const AccountSummary& s : summaries)
        accounts.insert(s.id, &s);
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    const RoadmapStatusOptions options = RoadmapStatusOptions::forSettings(settings);
    QList<RoadmapRow> rows;
    rows.reserve(roadmaps.size());
    for (const Roadmap& r : roadmaps) {
        const AccountSummary* a = accounts.value(r.accountId);
        if (!a || r.deleted || !r.active)
            continue;
        RoadmapRow row;
        row.roadmapId = r.id;
        row.accountId = r.accountId;
        row.accountName = a->name;
        row.accountOwner = a->owner;
        row.touchModel = a->touchModelOverride ? *a->touchModelOverride : settings.touchModelForArr(a->arr);
        row.templateId = r.templateId;
        row.templateName = templateNames.value(r.templateId, r.name);
        row.kickoff = r.kickoffOn;
        row.progress = roadmapProgress(r, asOf, calendar, options);
        QList<const Milestone*> live;
        for (const Milestone& m : r.milestones) {
            if (!m.deleted)
                live.append(&m);
        }
        if (row.progress.nextMilestone >= 0) {
            const Milestone* next = live.at(row.progress.nextMilestone);
            row.nextTitle = next->title;
            row.nextDue = next->dueOn;
            row.nextOwner = next->ownerSide;
        }
        rows.append(std::move(row));
    }
    return rows;
}

void RoadmapsModel::setRows(QList<RoadmapRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RoadmapsModel::rowOf(const Id& roadmapId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).roadmapId == roadmapId)
            return i;
    }
    return -1;
}

int RoadmapsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoadmapsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case TemplateColumn:
        return tr("Roadmap");
    case StatusColumn:
        return tr("Status");
    case NextColumn:
        return tr("Next milestone");
    case DueColumn:
        return tr("Due");
    case OwnerColumn:
        return tr("Owner");
    case BehindColumn:
        return tr("Days behind");
    case DoneColumn:
        return tr("Done");
    case FirstValueColumn:
        return tr("First value");
    case KickoffColumn:
        return tr("Kickoff");
    case CsmColumn:
        return tr("CSM");
    default:
        return {};
    }
}

QString RoadmapsModel::text(const RoadmapRow& r, int column) const
{
    const RoadmapProgress& p = r.progress;
    switch (column) {
    case AccountColumn:
        return r.accountName;
    case TemplateColumn:
        return r.templateName;
    case StatusColumn:
        return RoadmapLabels::roadmapState(p.state);
    case NextColumn:
        return r.nextTitle;
    case DueColumn:
        return DisplayFormat::denseDate(r.nextDue);
    case OwnerColumn:
        return r.nextOwner ? RoadmapLabels::ownerSide(*r.nextOwner) : QString();
    case BehindColumn:
        return p.mostOverdue >= 0 ? tr("%n day(s)", nullptr, p.daysBehind) : QString();
    case DoneColumn:
        return QStringLiteral("%1%").arg(p.completionPercent);
    case FirstValueColumn:
        return p.firstValue ? tr("%n business day(s)", nullptr, p.firstValue->businessDays) : QString();
    case KickoffColumn:
        return DisplayFormat::denseDate(r.kickoff);
    case CsmColumn:
        return r.accountOwner;
    default:
        return {};
    }
}

QVariant RoadmapsModel::sortKey(const RoadmapRow& r, int column) const
{
    constexpr qint64 missing = std::numeric_limits<qint64>::max(); // missing values last when ascending
    const RoadmapProgress& p = r.progress;
    switch (column) {
    case StatusColumn:
        return int(p.state);
    case DueColumn:
        return r.nextDue.isValid() ? r.nextDue.toJulianDay() : missing;
    case OwnerColumn:
        return r.nextOwner ? qint64(*r.nextOwner) : missing;
    case BehindColumn:
        return qint64(p.mostOverdue >= 0 ? p.daysBehind : 0);
    case DoneColumn:
        return qint64(p.completionPercent);
    case FirstValueColumn:
        return p.firstValue ? qint64(p.firstValue->businessDays) : missing;
    case KickoffColumn:
        return r.kickoff.toJulianDay();
    default:
        return text(r, column);
    }
}

QVariant RoadmapsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoadmapRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BehindColumn && r.progress.mostOverdue >= 0)
            return tr("%n business day(s) past the due date of the most overdue milestone", nullptr,
                      r.progress.businessDaysBehind);
        if (index.column() == FirstValueColumn && r.progress.firstValue)
            return tr("First value reached on %1: %n calendar day(s) after the kickoff", nullptr,
                      r.progress.firstValue->calendarDays)
                .arg(DisplayFormat::longDate(r.progress.firstValue->reachedOn));
        if (index.column() == AccountColumn)
            return r.accountName;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == BehindColumn) {
            if (r.progress.state == RoadmapState::Stuck)
                return QBrush(QColor(0xb0, 0x20, 0x20));
            if (r.progress.state == RoadmapState::Behind)
                return QBrush(QColor(0xb0, 0x60, 0x00));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BehindColumn || index.column() == DoneColumn ||
            index.column() == FirstValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RoadmapIdRole:
        return r.roadmapId;
    case AccountIdRole:
        return r.accountId;
    case SortRole:
        return sortKey(r, index.column());
    case StateRole:
        return int(r.progress.state);
    case OwnerRole:
        return r.nextOwner ? int(*r.nextOwner) : -1;
    case TemplateIdRole:
        return r.templateId;
    case TouchModelRole:
        return int(r.touchModel);
    case FilterTextRole:
        return QStringList{r.accountName, r.templateName, r.nextTitle, r.accountOwner}.join(
            QLatin1Char('\n'));
    default:
        return {};
    }
}

} // namespace csm
