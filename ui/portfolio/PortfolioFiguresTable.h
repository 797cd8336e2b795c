#pragma once

// The portfolio's figures (issue 16 item 2) as a table: one column per segment and the whole book, one row
// per figure. Clicking a count opens the accounts behind it.

#include "domain/PortfolioView.h"

#include <QTableWidget>

namespace csm {

class PortfolioFiguresTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit PortfolioFiguresTable(QWidget* parent = nullptr);
    void setView(const PortfolioView& view);
    // The measure a row drills into; none for rows without accounts behind them (GRR, NRR).
    std::optional<PortfolioMeasure> measureOfRow(int row) const;
    static int rowOf(PortfolioMeasure measure);

signals:
    void drillDown(csm::Segment segment, csm::PortfolioMeasure measure, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitHeight();
    QString rowName(int row) const;

    PortfolioView m_view;
    bool m_hasView = false;
};

} // namespace csm
