#pragma once

// The Health model page (issue 12): the book's health model (weights, cadences, bands, drop threshold,
// version) and its back-test on the book's own decided renewals: for 90 and 60 days before the renewal date,
// the scores of churned and retained accounts (chart), medians, AUC, churn rate and lift per band, the share
// of churners that were not green, and the share of the book green now. Computed on the reader thread
// whenever the page shows or the book changes while it shows.

#include "domain/HealthBacktest.h"
#include "domain/HealthModel.h"
#include "domain/Result.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace csm {

class Book;
class BookWorkspace;
class BacktestChart;
class PageRegistry;

struct HealthModelPageData
{
    HealthModel model;
    QList<BacktestRenewal> renewals; // the current model's scores of every decided renewal
    HealthBacktest backtest;
};

class HealthModelPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthModelPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    static Result<HealthModelPageData> read(Book& book, QDate asOf);
    void showData(const HealthModelPageData& data);

    QLabel* modelText() const { return m_model; }
    QLabel* figures() const { return m_figures; }
    BacktestChart* chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();

    BookWorkspace& m_workspace;
    int m_generation = 0;
    bool m_stale = true;
    QLabel* m_model;
    QLabel* m_summary;
    QLabel* m_figures;
    BacktestChart* m_chart;
};

void registerHealthModelPage(PageRegistry& pages);

} // namespace csm
