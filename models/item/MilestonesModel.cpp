#include "item/MilestonesModel.h"

#include "domain/RoadmapStatus.h"
#include "item/DisplayFormat.h"
#include "item/RoadmapLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace csm {

MilestonesModel::MilestonesModel(QObject* parent) : QAbstractTableModel(parent) {}

void MilestonesModel::setRoadmap(const Roadmap& roadmap, QDate today)
{
    beginResetModel();
    m_roadmap = roadmap;
    m_roadmap.milestones.removeIf([](const Milestone& m) { return m.deleted; });
    m_today = today;
    endResetModel();
}

void MilestonesModel::clear()
{
    beginResetModel();
    m_roadmap = {};
    endResetModel();
}

int MilestonesModel::rowOf(const Id& milestoneId) const
{
    for (int i = 0; i < m_roadmap.milestones.size(); ++i) {
        if (m_roadmap.milestones.at(i).id == milestoneId)
            return i;
    }
    return -1;
}

int MilestonesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roadmap.milestones.size());
}

int MilestonesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Milestone");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case CompletedColumn:
        return tr("Completed");
    case CriterionColumn:
        return tr("Success criterion");
    default:
        return {};
    }
}

bool MilestonesModel::isEditable(int row, int column) const
{
    if (row < 0 || row >= m_roadmap.milestones.size())
        return false;
    const Milestone& m = m_roadmap.milestones.at(row);
    const bool open = isOpenMilestone(m.status);
    switch (column) {
    case TitleColumn:
    case CriterionColumn:
    case OwnerColumn:
    case StatusColumn:
        return true;
    case DueColumn:
        return open;
    case StartedColumn:
        return m.startedOn.has_value();
    case CompletedColumn:
        return m.status == MilestoneStatus::Done;
    default:
        return false;
    }
}

Qt::ItemFlags MilestonesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MilestonesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone& m = m_roadmap.milestones.at(index.row());
    const bool overdue = isOpenMilestone(m.status) && m.dueOn < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return m.firstValue ? m.title + QStringLiteral(" ★") : m.title;
        case OwnerColumn:
            return RoadmapLabels::ownerSide(m.ownerSide);
        case DueColumn:
            return m.movedByHand ? DisplayFormat::denseDate(m.dueOn) + QStringLiteral(" ✎")
                                 : DisplayFormat::denseDate(m.dueOn);
        case StatusColumn:
            return m.status == MilestoneStatus::Blocked && !m.blockedReason.isEmpty()
                       ? tr("%1: %2").arg(RoadmapLabels::milestoneStatus(m.status), m.blockedReason)
                       : RoadmapLabels::milestoneStatus(m.status);
        case StartedColumn:
            return m.startedOn ? DisplayFormat::denseDate(*m.startedOn) : QString();
        case CompletedColumn:
            return m.completedOn ? DisplayFormat::denseDate(*m.completedOn) : QString();
        case CriterionColumn:
            return m.successCriterion;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return m.title;
        case OwnerColumn:
            return int(m.ownerSide);
        case DueColumn:
            return m.dueOn;
        case StatusColumn:
            return int(m.status);
        case StartedColumn:
            return m.startedOn.value_or(m_today);
        case CompletedColumn:
            return m.completedOn.value_or(m_today);
        case CriterionColumn:
            return m.successCriterion;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList tip;
        tip << tr("Due %1: %n business day(s) after the kickoff in the template", nullptr,
                  m.offsetBusinessDays)
                   .arg(DisplayFormat::longDate(m.dueOn));
        if (m.movedByHand)
            tip << tr("The due date was moved by hand; changing the kickoff leaves it.");
        if (m.firstValue)
            tip << tr("★ Reaching this milestone is the customer's first value.");
        if (m.status == MilestoneStatus::Blocked)
            tip << tr("Blocked: %1").arg(m.blockedReason);
        if (overdue)
            tip << tr("Overdue since %1.").arg(DisplayFormat::longDate(m.dueOn));
        if (!m.successCriterion.isEmpty())
            tip << tr("Success criterion: %1").arg(m.successCriterion);
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (m.status == MilestoneStatus::Skipped)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (m.status == MilestoneStatus::Skipped) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case MilestoneIdRole:
        return m.id;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

bool MilestonesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isEditable(index.row(), index.column()))
        return false;
    if (data(index, Qt::EditRole) == value)
        return false;
    // Nothing changes here: the edit becomes a command; the stored roadmap comes back through setRoadmap().
    emit editRequested(index.row(), index.column(), value);
    return true;
}

} // namespace csm
