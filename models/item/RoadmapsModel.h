#pragma once

// The Roadmaps view (issue 15): every active roadmap of the book with where it stands on a day.

#include "domain/AccountSummary.h"
#include "domain/RoadmapStatus.h"
#include "domain/Settings.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace csm {

struct RoadmapRow
{
    Id roadmapId;
    Id accountId;
    QString accountName;
    QString accountOwner; // the CSM
    TouchModel touchModel = TouchModel::Tech;
    Id templateId;
    QString templateName;
    QDate kickoff;
    RoadmapProgress progress;
    // The next milestone (the open one due first), when there is one.
    QString nextTitle;
    QDate nextDue;
    std::optional<OwnerSide> nextOwner;
};

class RoadmapsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AccountColumn,
        TemplateColumn,
        StatusColumn,
        NextColumn,
        DueColumn,
        OwnerColumn,
        BehindColumn,
        DoneColumn,
        FirstValueColumn,
        KickoffColumn,
        CsmColumn,
        ColumnCount
    };
    enum Role
    {
        RoadmapIdRole = Qt::UserRole + 1,
        AccountIdRole,
        SortRole,       // a number or text that sorts the column; missing values sort last ascending
        StateRole,      // int(RoadmapState)
        OwnerRole,      // int(OwnerSide) of the next milestone; -1 when none
        TemplateIdRole, // QString
        TouchModelRole, // int(TouchModel)
        FilterTextRole, // what the text filter searches: account, template, next milestone, CSM
    };

    explicit RoadmapsModel(QObject* parent = nullptr);

    // The rows of the roadmaps given (active ones of live accounts) as of a day: accounts missing from the
    // summaries are left out; template names from `templateNames` (the roadmap's own name when its template
    // is gone). Runs off the GUI thread.
    static QList<RoadmapRow> rowsOf(const QList<Roadmap>& roadmaps, const QList<AccountSummary>& summaries,
                                    const QHash<Id, QString>& templateNames, const BookSettings& settings,
                                    QDate asOf);

    void setRows(QList<RoadmapRow> rows);
    const QList<RoadmapRow>& rows() const { return m_rows; }
    const RoadmapRow& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const Id& roadmapId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const RoadmapRow& r, int column) const;
    QVariant sortKey(const RoadmapRow& r, int column) const;
    QList<RoadmapRow> m_rows;
};

} // namespace csm
