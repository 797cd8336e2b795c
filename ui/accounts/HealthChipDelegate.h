#pragma once

// The accounts list's health cell (issue 12): the band as a coloured chip with the score and a trend arrow
// against 30 days earlier (AccountsModel's Band, Score and Trend roles); "no data" as plain grey text. The
// band's name stays in the cell's text (copy, screen readers) and its tooltip.

#include <QStyledItemDelegate>

namespace csm {

class HealthChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HealthChipDelegate(QObject* parent = nullptr);

    // "72.5 ↑": what the chip says.
    static QString chipText(const QModelIndex& index);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace csm
