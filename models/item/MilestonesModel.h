#pragma once

// The milestones of one roadmap, as the account's Roadmap tab lists them and edits them in place (issue 15).
// The model never writes: an edit comes out as editRequested() for the tab to turn into an undoable command,
// and the stored roadmap comes back through setRoadmap().

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QDate>

namespace csm {

class MilestonesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        StartedColumn,
        CompletedColumn,
        CriterionColumn,
        ColumnCount
    };
    enum Role
    {
        MilestoneIdRole = Qt::UserRole + 1,
        OverdueRole, // bool: open and due before today
    };

    explicit MilestonesModel(QObject* parent = nullptr);

    // The roadmap's live milestones in plan order; today decides what is overdue.
    void setRoadmap(const Roadmap& roadmap, QDate today);
    void clear();
    const Roadmap& roadmap() const { return m_roadmap; }
    // Index into roadmap().milestones of a row (they are the same: deleted milestones are never shown).
    const Milestone& milestoneAt(int row) const { return m_roadmap.milestones.at(row); }
    int rowOf(const Id& milestoneId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whether a cell can be edited: text, owner and due date of open milestones; status always; the start
    // of a started one; the completion date of a done one.
    bool isEditable(int row, int column) const;

signals:
    // The user changed a cell: the value is a QString (title, criterion), int(OwnerSide),
    // int(MilestoneStatus) or a QDate (due, started, completed).
    void editRequested(int row, int column, const QVariant& value);

private:
    Roadmap m_roadmap;
    QDate m_today;
};

} // namespace csm
