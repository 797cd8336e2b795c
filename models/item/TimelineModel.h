#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <functional>

namespace csm {

// An account's touches, newest first, for the Timeline tab. Ticking a follow-up's box does not write: it asks
// (followUpDoneRequested) and the workspace writes through storage, which then refreshes this model.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        KindColumn,
        SummaryColumn,
        SentimentColumn,
        NextStepColumn,
        FollowUpColumn,
        ColumnCount
    };
    enum class Role
    {
        TouchId = Qt::UserRole + 1,
        Kind,            // int(csm::TouchKind)
        Sentiment,       // int -2..2, no value when not given
        FollowUpDate,    // QDate, invalid when none
        IsCustomerTouch, // bool
    };

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorted newest first here whatever order they come in. contactNames: id -> name, for participants.
    void setTouches(QList<Touch> touches, QHash<Id, QString> contactNames = {});
    const Touch& touchAt(int row) const { return m_touches.at(row); }
    int rowForId(const Id& id) const;
    // Icons per kind are the view's business; the model asks this function for the decoration.
    void setKindIconProvider(std::function<QIcon(TouchKind)> provider);

signals:
    void followUpDoneRequested(const csm::Id& touchId, bool done);

private:
    QList<Touch> m_touches;
    QHash<Id, QString> m_contactNames;
    std::function<QIcon(TouchKind)> m_icons;
};

} // namespace csm
