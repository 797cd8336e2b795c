#pragma once

// The account's Health tab (issue 12): the score with its band and trend, the weekly trend chart (3, 6, 12
// months, bands shaded, hover), the factor breakdown in sentences, and the raw inputs behind each factor (the
// customer touches behind engagement and sentiment, a usage sparkline of both 30-day windows, the NPS
// answers, the milestones counted). Read on the reader thread after every change to the account.

#include "domain/HealthEngine.h"
#include "domain/HealthRows.h"
#include "storage/HealthStore.h"
#include "ui/accounts/AccountTab.h"

class QLabel;
class QTableWidget;

namespace csm {

class AccountTabRegistry;
class HealthTrendChart;
class UsageSparkline;

// What the tab shows of one account, read in one job.
struct HealthTabData
{
    QDate today;
    HealthModel model;
    HealthInputs inputs;
    HealthExplanation explanation;
    std::optional<double> scoreBefore;
    HealthAccountRows rows;
    QList<StoredHealthSnapshot> history;
};

class HealthTab : public AccountTab
{
    Q_OBJECT
public:
    explicit HealthTab(BookWorkspace& workspace, QWidget* parent = nullptr);

    // Reads the tab's data from a book (the reader thread's job; also the tests').
    static Result<HealthTabData> read(Book& book, const Id& accountId, QDate today);

    void setDetail(const AccountDetail& detail) override;
    void clearDetail() override;
    void showData(const HealthTabData& data, const QList<Touch>& touches);

    QLabel* headline() const { return m_headline; }
    QLabel* factors() const { return m_factors; }
    HealthTrendChart* chart() const { return m_chart; }
    QTableWidget* touchTable() const { return m_touches; }

private:
    BookWorkspace& m_workspace;
    Id m_accountId;
    QList<Touch> m_touchRows;
    int m_generation = 0;
    QLabel* m_headline;
    HealthTrendChart* m_chart;
    QLabel* m_factors;
    QLabel* m_dropped;
    QTableWidget* m_touches;
    UsageSparkline* m_usage;
    QLabel* m_usageText;
    QLabel* m_nps;
    QLabel* m_milestones;
};

void registerHealthTab(AccountTabRegistry& tabs);

} // namespace csm
