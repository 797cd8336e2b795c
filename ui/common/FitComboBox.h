#pragma once

// A filter's combo box in a row that shares the width with a search field: as wide as its longest item when
// the window has room ("Every status" whole at 1400 px), down to a few characters, elided, when it has not
// (the main window opens as small as 900 px). QComboBox offers one or the other: AdjustToContents never
// shrinks, AdjustToMinimumContentsLength never grows.

#include <QComboBox>

namespace csm {

class FitComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit FitComboBox(QWidget* parent = nullptr);

    QSize sizeHint() const override; // the longest item whole
    // minimumSizeHint: QComboBox's, minimumContentsLength (4) characters
};

} // namespace csm
