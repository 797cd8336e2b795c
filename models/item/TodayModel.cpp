#include "item/TodayModel.h"

#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace csm {

TodayModel::TodayModel(QObject* parent) : QAbstractTableModel(parent)
{
    rebuildRows();
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TodayModel::setList(TodayList list, const QString& currency)
{
    beginResetModel();
    m_list = std::move(list);
    m_currency = currency;
    rebuildRows();
    endResetModel();
}

void TodayModel::rebuildRows()
{
    m_rows.clear();
    auto section = [this](Section s, LineKind kind, qsizetype count) {
        m_rows.append({LineKind::Heading, s, -1});
        if (count == 0)
            m_rows.append({LineKind::Empty, s, -1});
        for (int i = 0; i < count; ++i)
            m_rows.append({kind, s, i});
    };
    section(Section::FollowUps, LineKind::FollowUp, m_list.followUps.size());
    section(Section::Milestones, LineKind::Milestone, m_list.milestones.size());
    section(Section::Notices, LineKind::Notice, m_list.notices.size());
    if (!m_list.stages.isEmpty())
        section(Section::Stages, LineKind::StageEntry, m_list.stages.size());
    if (!m_list.ended.isEmpty())
        section(Section::Ended, LineKind::Ended, m_list.ended.size());
    section(Section::Silent, LineKind::Silent, m_list.silent.size());
    m_rows.append({LineKind::Heading, Section::Health, -1});
    if (m_list.health.isEmpty())
        m_rows.append({LineKind::Empty, Section::Health, -1});
    for (int i = 0; i < m_list.health.size(); ++i)
        m_rows.append({m_list.health.at(i).kind == TodayHealth::Kind::Drop ? LineKind::HealthDrop
                                                                           : LineKind::RedRenewal,
                       Section::Health, i});
}

TodayModel::LineKind TodayModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : LineKind::Empty;
}

bool TodayModel::isLine(int row) const
{
    const LineKind k = kindAt(row);
    return k == LineKind::FollowUp || k == LineKind::Notice || k == LineKind::Silent ||
           k == LineKind::Ended || k == LineKind::Milestone || k == LineKind::HealthDrop ||
           k == LineKind::RedRenewal || k == LineKind::StageEntry;
}

int TodayModel::firstLineRow() const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (isLine(r))
            return r;
    return -1;
}

int TodayModel::rowForKey(LineKind kind, const QString& key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        if (row.kind != kind)
            continue;
        const QModelIndex i = index(r, 0);
        const Role role = kind == LineKind::FollowUp    ? Role::TouchId
                          : kind == LineKind::Milestone ? Role::MilestoneId
                                                        : Role::AccountId;
        const QString k = data(i, int(role)).toString();
        if (k == key)
            return r;
    }
    return -1;
}

Qt::ItemFlags TodayModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isLine(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                               : Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case WhatColumn:
        return tr("What");
    case WhenColumn:
        return tr("When");
    case ArrColumn:
        return tr("ARR");
    default:
        return {};
    }
}

QString TodayModel::text(const Row& r, int column) const
{
    switch (r.kind) {
    case LineKind::Heading: {
        if (column != AccountColumn)
            return {};
        switch (r.section) {
        case Section::FollowUps:
            return tr("Follow-ups due and overdue (%1)").arg(m_list.followUps.size());
        case Section::Milestones:
            return tr("Roadmaps behind: overdue milestones (%1)").arg(m_list.milestones.size());
        case Section::Notices:
            return tr("Notice deadlines within 90 days (%1)").arg(m_list.notices.size());
        case Section::Silent:
            return tr("Silent accounts: no customer touch within the cadence (%1)").arg(m_list.silent.size());
        case Section::Health:
            return tr("Health drops and red accounts renewing within 120 days (%1)")
                .arg(m_list.health.size());
        case Section::Ended:
            return tr("Contracts ended with no renewal recorded (%1)").arg(m_list.ended.size());
        case Section::Stages:
            return tr("Renewals entering a stage (%1)").arg(m_list.stages.size());
        }
        return {};
    }
    case LineKind::Empty: {
        if (column != AccountColumn)
            return {};
        switch (r.section) {
        case Section::FollowUps:
            return tr("No follow-up is due.");
        case Section::Milestones:
            return tr("No milestone is overdue.");
        case Section::Notices:
            return tr("No notice deadline in the next 90 days.");
        case Section::Silent:
            return tr("Every account was touched within its cadence.");
        case Section::Health:
            return tr("No health score dropped and no red account renews soon.");
        case Section::Ended:
        case Section::Stages:
            return {};
        }
        return {};
    }
    case LineKind::FollowUp: {
        const TodayFollowUp& f = m_list.followUps.at(r.index);
        switch (column) {
        case AccountColumn:
            return f.followUp.accountName;
        case WhatColumn: {
            const QString what = !f.followUp.nextStep.isEmpty() ? f.followUp.nextStep : f.followUp.summary;
            return what.isEmpty() ? tr("Follow up") : tr("Follow up: %1").arg(what);
        }
        case WhenColumn:
            return f.daysOverdue == 0 ? tr("Due today") : DisplayFormat::countdown(-f.daysOverdue);
        case ArrColumn:
            return DisplayFormat::money(f.arr, m_currency);
        default:
            return {};
        }
    }
    case LineKind::Milestone:
        return milestoneText(m_list.milestones.at(r.index), column);
    case LineKind::Notice: {
        const TodayNotice& n = m_list.notices.at(r.index);
        switch (column) {
        case AccountColumn:
            return n.accountName;
        case WhatColumn:
            if (n.endsWithoutRenewal)
                return tr("Contract ends %1 (does not renew automatically)")
                    .arg(DisplayFormat::denseDate(n.renewalDate));
            return tr("Notice deadline %1 (renewal %2)")
                .arg(DisplayFormat::denseDate(n.noticeDeadline), DisplayFormat::denseDate(n.renewalDate));
        case WhenColumn:
            return DisplayFormat::countdown(n.daysLeft);
        case ArrColumn:
            return DisplayFormat::money(n.arr, m_currency);
        default:
            return {};
        }
    }
    case LineKind::StageEntry: {
        const TodayStageEntry& e = m_list.stages.at(r.index);
        switch (column) {
        case AccountColumn:
            return e.accountName;
        case WhatColumn:
            if (e.stage == RenewalStage::PastDeadline)
                return e.endsWithoutRenewal
                           ? tr("Past its end date %1").arg(DisplayFormat::denseDate(e.actBy))
                           : tr("Past the notice deadline %1 (renewal %2)")
                                 .arg(DisplayFormat::denseDate(e.actBy),
                                      DisplayFormat::denseDate(e.renewalDate));
            return e.endsWithoutRenewal
                       ? tr("%1: contract ends %2")
                             .arg(RenewalStages::displayName(e.stage), DisplayFormat::denseDate(e.actBy))
                       : tr("%1: notice deadline %2 (renewal %3)")
                             .arg(RenewalStages::displayName(e.stage), DisplayFormat::denseDate(e.actBy),
                                  DisplayFormat::denseDate(e.renewalDate));
        case WhenColumn:
            return DisplayFormat::countdown(e.daysLeft);
        case ArrColumn:
            return DisplayFormat::money(e.arr, m_currency);
        default:
            return {};
        }
    }
    case LineKind::Ended: {
        const TodayEnded& e = m_list.ended.at(r.index);
        switch (column) {
        case AccountColumn:
            return e.accountName;
        case WhatColumn:
            return tr("Contract ended on %1 with no renewal recorded")
                .arg(DisplayFormat::denseDate(e.endedOn));
        case WhenColumn:
            return e.daysSince == 0 ? tr("Today") : tr("%n day(s) ago", nullptr, e.daysSince);
        case ArrColumn:
            return DisplayFormat::money(e.arr, m_currency);
        default:
            return {};
        }
    }
    case LineKind::Silent: {
        const TodaySilent& s = m_list.silent.at(r.index);
        switch (column) {
        case AccountColumn:
            return s.accountName;
        case WhatColumn:
            return s.daysSilent < 0
                       ? tr("Never touched (%1, every %n day(s))", nullptr, s.cadenceDays)
                             .arg(Labels::touchModel(s.touchModel))
                       : tr("Silent for %n day(s)", nullptr, s.daysSilent) + QStringLiteral(" · ") +
                             tr("%1, every %n day(s)", nullptr, s.cadenceDays)
                                 .arg(Labels::touchModel(s.touchModel));
        case WhenColumn:
            return s.lastCustomerTouch.isValid()
                       ? tr("Last touch %1").arg(DisplayFormat::denseDate(s.lastCustomerTouch))
                       : tr("Never");
        case ArrColumn:
            return DisplayFormat::money(s.arr, m_currency);
        default:
            return {};
        }
    }
    case LineKind::HealthDrop:
    case LineKind::RedRenewal: {
        const TodayHealth& h = m_list.health.at(r.index);
        switch (column) {
        case AccountColumn:
            return h.accountName;
        case WhatColumn:
            if (r.kind == LineKind::HealthDrop)
                return tr("Health dropped from %1 to %2")
                    .arg(QLocale().toString(h.scoreBefore.value_or(0), 'f', 1),
                         QLocale().toString(h.score, 'f', 1));
            return tr("Red (%1), renewal %2")
                .arg(QLocale().toString(h.score, 'f', 1), DisplayFormat::denseDate(h.renewalDate));
        case WhenColumn:
            return r.kind == LineKind::HealthDrop ? tr("In the last 30 days")
                                                  : DisplayFormat::countdown(h.daysToRenewal);
        case ArrColumn:
            return DisplayFormat::money(h.arr, m_currency);
        default:
            return {};
        }
    }
    }
    return {};
}

// Why the line is there: the milestone, whose move it is, blocked and why, stuck past the book's threshold.
QString TodayModel::milestoneText(const TodayMilestone& m, int column) const
{
    switch (column) {
    case AccountColumn:
        return m.accountName;
    case WhatColumn: {
        QStringList why;
        why << (m.owner == OwnerSide::Customer ? tr("%1 (customer)").arg(m.title)
                                               : tr("%1 (us)").arg(m.title));
        if (m.status == MilestoneStatus::Blocked)
            why << (m.blockedReason.isEmpty() ? tr("blocked") : tr("blocked: %1").arg(m.blockedReason));
        if (m.stuck)
            why << tr("stuck");
        if (m.moreOverdue > 0)
            why << tr("%n more overdue", nullptr, m.moreOverdue);
        return why.join(QStringLiteral(" · "));
    }
    case WhenColumn:
        return tr("%n business day(s) late", nullptr, m.businessDaysOverdue);
    case ArrColumn:
        return DisplayFormat::money(m.arr, m_currency);
    default:
        return {};
    }
}

QString TodayModel::milestoneTip(const TodayMilestone& m) const
{
    return tr("Milestone \"%1\" was due %2: %n calendar day(s) ago.", nullptr, m.daysOverdue)
        .arg(m.title, DisplayFormat::longDate(m.dueOn));
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole: {
        QString tip;
        if (r.kind == LineKind::FollowUp) {
            const TodayFollowUp& f = m_list.followUps.at(r.index);
            tip = tr("Due %1. Touch: %2").arg(DisplayFormat::longDate(f.followUp.dueOn), f.followUp.summary);
        } else if (r.kind == LineKind::Milestone) {
            tip = milestoneTip(m_list.milestones.at(r.index));
        } else if (r.kind == LineKind::HealthDrop) {
            tip = tr("The health score fell by the drop threshold or more against 30 days earlier.");
        } else if (r.kind == LineKind::RedRenewal) {
            tip = tr("The health score is red and the renewal is within 120 days.");
        } else if (r.kind == LineKind::Ended) {
            tip =
                tr("The contract does not renew automatically and its term is over. Record the account's new "
                   "contract, or the renewal's outcome, to take this line off.");
        } else if (r.kind == LineKind::Notice && m_list.notices.at(r.index).endsWithoutRenewal) {
            tip = tr("The contract does not renew automatically: there is no notice to give, and it ends on "
                     "this day unless a renewal is agreed.");
        } else if (r.kind == LineKind::StageEntry) {
            tip = tr("Entered %1 on %2. Stages count down to the notice deadline: 180, 120, 90, 60 and 30 "
                     "days before it, then past it until the renewal date.")
                      .arg(RenewalStages::displayName(m_list.stages.at(r.index).stage),
                           DisplayFormat::longDate(m_list.stages.at(r.index).enteredOn));
        } else if (r.kind == LineKind::Silent) {
            tip =
                tr("No customer touch within the cadence of the account's touch model. Internal notes do not "
                   "count.");
        }
        // Long account names are elided in their column: the full name leads the tooltip there.
        if (index.column() == AccountColumn && isLine(index.row()))
            tip = tip.isEmpty() ? text(r, AccountColumn) : text(r, AccountColumn) + QLatin1Char('\n') + tip;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (r.kind == LineKind::Heading) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (r.kind == LineKind::Empty) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.kind == LineKind::FollowUp && index.column() == WhenColumn &&
            m_list.followUps.at(r.index).daysOverdue > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (r.kind == LineKind::Milestone && index.column() == WhenColumn)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (r.kind == LineKind::Notice && index.column() == WhenColumn &&
            m_list.notices.at(r.index).daysLeft <= 30)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        if (r.kind == LineKind::Ended && index.column() == WhenColumn)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ArrColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case int(Role::Kind):
        return int(r.kind);
    case int(Role::SectionOf):
        return int(r.section);
    case int(Role::AccountId):
        switch (r.kind) {
        case LineKind::FollowUp:
            return m_list.followUps.at(r.index).followUp.accountId;
        case LineKind::Notice:
            return m_list.notices.at(r.index).accountId;
        case LineKind::Silent:
            return m_list.silent.at(r.index).accountId;
        case LineKind::Milestone:
            return m_list.milestones.at(r.index).accountId;
        case LineKind::HealthDrop:
        case LineKind::RedRenewal:
            return m_list.health.at(r.index).accountId;
        case LineKind::Ended:
            return m_list.ended.at(r.index).accountId;
        case LineKind::StageEntry:
            return m_list.stages.at(r.index).accountId;
        default:
            return QString();
        }
    case int(Role::TouchId):
        return r.kind == LineKind::FollowUp ? m_list.followUps.at(r.index).followUp.touchId : QString();
    case int(Role::Date):
        switch (r.kind) {
        case LineKind::FollowUp:
            return m_list.followUps.at(r.index).followUp.dueOn;
        case LineKind::Notice:
            return m_list.notices.at(r.index).noticeDeadline;
        case LineKind::Silent:
            return m_list.silent.at(r.index).lastCustomerTouch;
        case LineKind::Milestone:
            return m_list.milestones.at(r.index).dueOn;
        case LineKind::RedRenewal:
            return m_list.health.at(r.index).renewalDate;
        case LineKind::Ended:
            return m_list.ended.at(r.index).endedOn;
        case LineKind::StageEntry:
            return m_list.stages.at(r.index).actBy;
        default:
            return QDate();
        }
    case int(Role::MilestoneId):
        return r.kind == LineKind::Milestone ? m_list.milestones.at(r.index).milestoneId : QString();
    default:
        return {};
    }
}

} // namespace csm
