#include "ui/common/FitComboBox.h"

#include <QStyle>
#include <QStyleOptionComboBox>

namespace csm {

FitComboBox::FitComboBox(QWidget* parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(4);
}

QSize FitComboBox::sizeHint() const
{
    const QSize shortest = QComboBox::sizeHint();
    int widest = 0;
    bool icons = false;
    for (int i = 0; i < count(); ++i) {
        widest = qMax(widest, fontMetrics().horizontalAdvance(itemText(i)));
        icons = icons || !itemIcon(i).isNull();
    }
    if (icons)
        widest += iconSize().width() + 4;
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize whole =
        style()->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(widest, fontMetrics().height()), this);
    return QSize(qMax(whole.width(), shortest.width()), shortest.height());
}

} // namespace csm
