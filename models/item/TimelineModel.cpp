#include "item/TimelineModel.h"

#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace csm {

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_touches.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Touch& t = m_touches.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn: {
            QString s = DisplayFormat::denseDate(t.occurredOn);
            if (t.occurredAt)
                s += QLatin1Char(' ') + QLocale().toString(*t.occurredAt, QLocale::ShortFormat);
            return s;
        }
        case KindColumn:
            return Labels::touchKind(t.kind);
        case SummaryColumn:
            return t.summary;
        case SentimentColumn:
            return t.sentiment ? Labels::sentiment(*t.sentiment) : QString();
        case NextStepColumn:
            return t.nextStep;
        case FollowUpColumn:
            return t.followUpOn ? DisplayFormat::denseDate(*t.followUpOn) : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == KindColumn && m_icons)
            return m_icons(t.kind);
        return {};
    case Qt::CheckStateRole:
        if (column == FollowUpColumn && t.followUpOn)
            return t.followUpDone ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        if (column == SummaryColumn || column == NextStepColumn) {
            QStringList lines{column == SummaryColumn ? t.summary : t.nextStep};
            QStringList names;
            for (const Id& p : t.participantIds)
                if (m_contactNames.contains(p))
                    names << m_contactNames.value(p);
            if (!names.isEmpty())
                lines << tr("Participants: %1").arg(names.join(QStringLiteral(", ")));
            if (!t.author.isEmpty())
                lines << tr("Logged by %1").arg(t.author);
            return lines.join(QLatin1Char('\n'));
        }
        if (column == KindColumn)
            return tr("%1, %2").arg(Labels::touchKind(t.kind), Labels::direction(t.direction));
        if (column == FollowUpColumn && t.followUpOn)
            return t.followUpDone ? tr("Follow-up done") : tr("Tick when the follow-up is done");
        return {};
    }
    case Qt::ForegroundRole:
        if (!isCustomerTouch(t.kind))
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (column == SentimentColumn && t.sentiment)
            return *t.sentiment < 0   ? QBrush(QColor(0xb0, 0x20, 0x20))
                   : *t.sentiment > 0 ? QBrush(QColor(0x1e, 0x7b, 0x34))
                                      : QVariant();
        return {};
    case Qt::FontRole:
        if (!isCustomerTouch(t.kind)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        break;
    }
    switch (Role(role)) {
    case Role::TouchId:
        return t.id;
    case Role::Kind:
        return int(t.kind);
    case Role::Sentiment:
        return t.sentiment ? QVariant(*t.sentiment) : QVariant();
    case Role::FollowUpDate:
        return t.followUpOn ? *t.followUpOn : QDate();
    case Role::IsCustomerTouch:
        return isCustomerTouch(t.kind);
    }
    return {};
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != FollowUpColumn)
        return false;
    Touch& t = m_touches[index.row()];
    if (!t.followUpOn)
        return false;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == int(Qt::Checked);
    if (done == t.followUpDone)
        return true;
    t.followUpDone = done; // shown at once; the workspace's write refreshes the model afterwards
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    emit followUpDoneRequested(t.id, done);
    return true;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FollowUpColumn && m_touches.at(index.row()).followUpOn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Summary");
    case SentimentColumn:
        return tr("Sentiment");
    case NextStepColumn:
        return tr("Next step");
    case FollowUpColumn:
        return tr("Follow-up");
    default:
        return {};
    }
}

void TimelineModel::setTouches(QList<Touch> touches, QHash<Id, QString> contactNames)
{
    std::stable_sort(touches.begin(), touches.end(), [](const Touch& a, const Touch& b) {
        if (a.occurredOn != b.occurredOn)
            return a.occurredOn > b.occurredOn;
        return a.occurredAt.value_or(QTime(0, 0)) > b.occurredAt.value_or(QTime(0, 0));
    });
    beginResetModel();
    m_touches = std::move(touches);
    m_contactNames = std::move(contactNames);
    endResetModel();
}

int TimelineModel::rowForId(const Id& id) const
{
    for (int r = 0; r < int(m_touches.size()); ++r)
        if (m_touches.at(r).id == id)
            return r;
    return -1;
}

void TimelineModel::setKindIconProvider(std::function<QIcon(TouchKind)> provider)
{
    m_icons = std::move(provider);
}

} // namespace csm
