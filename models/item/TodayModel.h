#pragma once

#include "domain/Today.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm {

// Today's list as a flat table: a heading row per section (follow-ups, overdue milestones, notice deadlines,
// silent accounts, and health drops and red accounts renewing soon), then its lines. Renewals that entered a
// stage, and contracts that ended with no renewal recorded, get their sections, after the notices, only when
// there is one. Headings and "nothing here" rows are not selectable; every line carries the account it opens
// (Role::AccountId).
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AccountColumn,
        WhatColumn,
        WhenColumn,
        ArrColumn,
        ColumnCount
    };
    enum class Section
    {
        FollowUps,
        Milestones,
        Notices,
        Silent,
        Health,
        Ended,
        Stages
    };
    Q_ENUM(Section)
    enum class LineKind
    {
        Heading,
        Empty,
        FollowUp,
        Notice,
        Silent,
        Milestone,
        Ended,
        HealthDrop,
        RedRenewal,
        StageEntry
    };
    Q_ENUM(LineKind)
    enum class Role
    {
        Kind = Qt::UserRole + 1, // int(LineKind)
        SectionOf,               // int(Section)
        AccountId,               // QString; empty for headings
        TouchId,                 // QString, follow-ups only
        Date,                    // QDate: due date, notice deadline (or end), last customer touch, end
        MilestoneId,             // QString, milestone lines only
    };

    explicit TodayModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setList(TodayList list, const QString& currency);
    const TodayList& list() const { return m_list; }

    LineKind kindAt(int row) const;
    bool isLine(int row) const; // a follow-up, milestone, notice, ended, silent or health line
    // Row of the line with this key (touch id for follow-ups, milestone id for milestones, account id
    // otherwise), -1 when none.
    int rowForKey(LineKind kind, const QString& key) const;
    int firstLineRow() const;

private:
    struct Row
    {
        LineKind kind;
        Section section;
        int index; // into the section's list; -1 for headings and empty rows
    };
    QString text(const Row& r, int column) const;
    QString milestoneText(const TodayMilestone& m, int column) const;
    QString milestoneTip(const TodayMilestone& m) const;
    void rebuildRows();

    TodayList m_list;
    QString m_currency = QStringLiteral("JPY");
    QList<Row> m_rows;
};

} // namespace csm
