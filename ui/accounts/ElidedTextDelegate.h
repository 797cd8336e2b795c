#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QTableView;

namespace csm {

// Table cells whose text does not fit: elided where the column says (in the middle for e-mail addresses, so
// that both the mailbox and the domain stay readable) and shown in full in a tooltip, unless the model gives
// a tooltip of its own.
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ElidedTextDelegate(QObject* parent = nullptr);

    void setElideMode(int column, Qt::TextElideMode mode);
    Qt::TextElideMode elideMode(int column) const;

    // The tooltip for a cell drawn with `option`: the model's, else the full text when it does not fit.
    QString toolTip(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QHash<int, Qt::TextElideMode> m_modes;
};

// Sizes a column to its contents and header (with a little room), at most `cap` pixels wide: a long value is
// elided rather than pushing the other columns out of sight.
void fitColumn(QTableView* view, int column, int cap);

} // namespace csm
