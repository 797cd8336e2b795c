#pragma once

#include <qcustomplot.h>

namespace csm {

// The app's QCustomPlot: fonts, colours and behaviour shared by every chart. Chart classes derive from it,
// take plain series data and replot once per change.
class CsmPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit CsmPlot(QWidget* parent = nullptr);

    // A centred message instead of data ("No ARR history yet").
    void showMessage(const QString& text);

    static QColor seriesColor(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();
    QCPItemText* m_message = nullptr;
};

} // namespace csm
