#pragma once

#include "domain/RenewalList.h"
#include "ui/main/PageRegistry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace csm {

class BookWorkspace;
class RenewalForecastChart;
class RenewalsModel;

// The Renewals view (issue 14): the renewals ahead ordered by notice deadline, with countdown, stage, ARR,
// health band, forecast (editable in place: double-click or F2), last touch and owner; filters by owner,
// touch model, stage and forecast; the ARR at risk; and the ARR renewing per month for the next 12 months
// stacked by forecast, whose bars show the renewals behind them in the table. The list is computed on the
// workspace's reader thread; a forecast change is one undoable step.
class RenewalsPage : public QWidget, public AccountContext
{
    Q_OBJECT
public:
    explicit RenewalsPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    RenewalsModel* model() const { return m_model; }
    RenewalForecastChart* chart() const { return m_chart; }
    QLabel* riskLabel() const { return m_risk; }
    bool isLoadingList() const;
    Id currentAccountId() const override;

    // How far ahead the list looks: renewals whose notice deadline is at most this many days away.
    static constexpr int kWindowDays = 365;

public slots:
    void refresh();
    void openCurrent();
    // Shows only the renewals of a chart part (a month and forecast); clearChartFilter() shows all again.
    void showChartPart(QDate month, std::optional<csm::RenewalForecast> forecast, const QList<csm::Id>& ids);
    void clearChartFilter();
    // Records (or corrects) how the selected renewal ended: RecordOutcomeDialog, then one undoable step.
    void recordOutcome();

signals:
    void openAccountRequested(const csm::Id& accountId);
    void currentAccountChanged();
    void changed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRefresh();
    void resetForBook();
    void showRenewals(QList<UpcomingRenewal> renewals);
    void applyFilters();
    void fillOwners();
    void setForecast(const Id& accountId, const Id& contractId, QDate renewalDate, RenewalForecast forecast);

    BookWorkspace& m_workspace;
    RenewalsModel* m_model;
    QTableView* m_view;
    RenewalForecastChart* m_chart;
    QLabel* m_title;
    QLabel* m_risk;
    QLabel* m_loading;
    QStackedWidget* m_stack;
    QComboBox* m_owner;
    QComboBox* m_touchModel;
    QComboBox* m_stage;
    QComboBox* m_forecast;
    QLabel* m_chartFilter;
    QPushButton* m_clearChartFilter;
    QPushButton* m_open;
    QPushButton* m_outcome;
    QTimer* m_refreshTimer;
    QSet<Id> m_chartContracts;
    bool m_stale = false;
    bool m_filled = false;
    quint64 m_generation = 0;
};

// Replaces the Renewals placeholder (Ctrl+4).
void registerRenewalsPage(PageRegistry& pages);

} // namespace csm
