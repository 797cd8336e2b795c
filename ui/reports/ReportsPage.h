#pragma once

#include "domain/KpiScope.h"
#include "ui/main/PageRegistry.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace csm {

class BookWorkspace;
class RetentionTrendChart;
struct KpiView;

// The Reports view (issue 14): the retention KPIs of DESIGN §7 for a period (fiscal or calendar year,
// quarter, month, or two dates typed as FROM..TO), for the whole book and split by touch model or owner; each
// KPI with its formula, the numbers that went into it and its target (set here for a fiscal period,
// undoably); the accounts behind the selected KPI (double- click opens one); and GRR and NRR of the last 8
// fiscal quarters. Computed on the reader thread.
class ReportsPage : public QWidget, public AccountContext
{
    Q_OBJECT
public:
    explicit ReportsPage(BookWorkspace& workspace, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QComboBox* periodBox() const { return m_period; }
    QComboBox* splitBox() const { return m_split; }
    QTreeWidget* kpiTable() const { return m_kpis; }
    QTreeWidget* accountsTable() const { return m_accounts; }
    RetentionTrendChart* chart() const { return m_chart; }
    bool isLoading() const { return m_loading; }
    Id currentAccountId() const override;

    QPushButton* setTargetButton() const { return m_setTarget; }

public slots:
    void refresh();
    // Opens the target of the selected KPI for the period shown (a fiscal year or quarter).
    void editTarget();

signals:
    void openAccountRequested(const csm::Id& accountId);
    void currentAccountChanged();
    void changed(const QString& message); // a target was set or cleared (the status bar says so)

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillPeriods();
    void showView(std::shared_ptr<KpiView> view);
    void showAccountsBehind();
    void updateTargetButton();

    BookWorkspace& m_workspace;
    QComboBox* m_period;
    QComboBox* m_split;
    QLabel* m_message;
    QTreeWidget* m_kpis;
    QTreeWidget* m_accounts;
    RetentionTrendChart* m_chart;
    QPushButton* m_setTarget;
    std::shared_ptr<KpiView> m_view;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = true;
};

// Replaces the Reports placeholder (Ctrl+6).
void registerReportsPage(PageRegistry& pages);

} // namespace csm
