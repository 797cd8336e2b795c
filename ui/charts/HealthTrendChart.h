#pragma once

#include "domain/Entities.h"
#include "ui/charts/CsmPlot.h"

#include <QDate>
#include <QList>

#include <optional>

class QToolButton;

namespace csm {

// An account's health score week by week (issue 12, the Health tab) over the last 3, 6 or 12 months, with
// the red, yellow and green bands shaded behind. A week without a score is a gap in the line, not a zero.
class HealthTrendChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Point
    {
        QDate week;                        // the snapshot's day
        std::optional<double> score;       // none: no data that week
        HealthBand band = HealthBand::Red; // read only with a score
    };

    explicit HealthTrendChart(QWidget* parent = nullptr);

    // Points in any order; today ends the range. Replots.
    void setHistory(QList<Point> points, const HealthBandLimits& limits, QDate today);
    // 3, 6 or 12 months back from today; the buttons at the top right set it too.
    void setRangeMonths(int months);
    int rangeMonths() const { return m_months; }
    QToolButton* rangeButton(int months) const;

    QCPGraph* scoreGraph() const { return m_graph; }
    // "2025/06/02: 63.4 (Yellow)" or "2025/06/02: no data" for the week nearest the mouse.
    QString toolTipAt(const QPointF& pos) const override;

signals:
    void rangeMonthsChanged(int months);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyRange();
    void placeButtons();

    QCPGraph* m_graph = nullptr;
    QList<Point> m_points; // sorted by week
    QDate m_today;
    int m_months = 6;
    QList<QToolButton*> m_buttons;
};

} // namespace csm
