#pragma once

#include "ui/charts/CsmPlot.h"

#include <QDate>
#include <QList>

#include <optional>

namespace csm {

// Active users over the last 60 days, small enough for a table row or a side panel (issue 12, the usage
// trend factor's raw input): the prior window (d-59 .. d-30) muted, the recent one (d-29 .. d) strong,
// each with its mean as a dashed line. A legend with the means shows when there is height for it.
class UsageSparkline : public CsmPlot
{
    Q_OBJECT
public:
    struct Day
    {
        QDate day;
        std::optional<double> activeUsers; // none: no value that day (not zero)
    };
    struct Usage
    {
        QDate asOf;                      // d
        QList<Day> days;                 // any order; days outside d-59 .. d are left out
        std::optional<double> priorMean; // as the health engine computed them (HealthInputs)
        std::optional<double> recentMean;
    };

    explicit UsageSparkline(QWidget* parent = nullptr);

    void setUsage(const Usage& usage);
    QCPGraph* priorGraph() const { return m_prior; }
    QCPGraph* recentGraph() const { return m_recent; }

    // "2025/06/02: 14 active users" and the window with its mean, for the day nearest the mouse.
    QString toolTipAt(const QPointF& pos) const override;
    QSize sizeHint() const override { return {200, 40}; }
    QSize minimumSizeHint() const override { return {60, 20}; }

protected:
    void fitToSize(QSize size) override;

private:
    bool isRecent(QDate day) const { return day > m_usage.asOf.addDays(-30); }

    Usage m_usage;
    QCPGraph* m_prior = nullptr;
    QCPGraph* m_recent = nullptr;
    QCPGraph* m_priorMean = nullptr;
    QCPGraph* m_recentMean = nullptr;
};

} // namespace csm
