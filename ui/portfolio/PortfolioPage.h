#pragma once

// The Portfolio page (issue 16 item 2, DESIGN §6): per touch model and for the whole book the figures of
// PortfolioView and five charts (ARR by segment, health mix, health trend per segment, ARR against health,
// renewals per month). Computed on the reader thread (BookWorkspace::read) whenever the page is shown after
// the book changed. A click on a figure, a bar or a point asks for the accounts list limited to exactly the
// accounts behind it (drillDown).

#include "domain/PortfolioView.h"
#include "ui/main/PageRegistry.h"
#include "ui/portfolio/PortfolioChartSet.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace csm {

class ArrHealthScatter;
class BookWorkspace;
class MainWindow;
class HealthMixChart;
class PortfolioFiguresTable;
class RenewalsBySegmentChart;
class SegmentArrChart;
class SegmentHealthTrendChart;

class PortfolioPage : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    // Reads the portfolio again (the page does so itself when shown after a change).
    void refresh();
    bool isComputing() const { return m_reading; }
    bool hasView() const { return m_hasView; }
    const PortfolioView& view() const { return m_view; }

    PortfolioFiguresTable* figures() const { return m_figures; }
    SegmentArrChart* arrChart() const { return m_arr; }
    HealthMixChart* mixChart() const { return m_mix; }
    SegmentHealthTrendChart* trendChart() const { return m_trend; }
    ArrHealthScatter* scatter() const { return m_scatter; }
    RenewalsBySegmentChart* renewalsChart() const { return m_renewals; }
    QComboBox* ownerFilter() const { return m_owner; }
    // The printed portfolio report of the view shown, with these charts.
    Result<PrintedDocument> printReport(const QString& path, const DocumentLanguage& language) const;

signals:
    void drillDown(const QList<csm::Id>& ids, const QString& what);
    void computed();                     // a new view is shown (tests wait for it)
    void announced(const QString& text); // for the status bar

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void startRead();
    void saveReportAs();
    void showView(PortfolioView view);
    void fillCharts();
    void fillOwners();
    void retranslate();
    std::optional<QString> ownerChosen() const;

    BookWorkspace& m_workspace;
    QLabel* m_heading;
    QLabel* m_state;
    QComboBox* m_owner;
    QLabel* m_ownerLabel;
    QPushButton* m_print;
    QStackedWidget* m_stack;
    PortfolioFiguresTable* m_figures;
    PortfolioChartSet m_charts;
    SegmentArrChart* m_arr;
    HealthMixChart* m_mix;
    SegmentHealthTrendChart* m_trend;
    ArrHealthScatter* m_scatter;
    RenewalsBySegmentChart* m_renewals;
    QList<QLabel*> m_titles;

    PortfolioView m_view;
    bool m_hasView = false;
    bool m_stale = true;
    bool m_reading = false;
    bool m_readAgain = false;
    quint64 m_generation = 0;
};

// Edit ▸ Segmentation rules…: reads the accounts off the GUI thread, shows the editor with its preview,
// saves.
void editSegmentationRules(MainWindow& window, PortfolioPage* portfolio);

// Account ▸ QBR sheet (PDF)…: one page per selected account (the accounts list) or for the account shown.
void saveQbrSheets(MainWindow& window);

// Registers the page in place of the Portfolio placeholder (Ctrl+3); its drill-downs open the accounts list.
void registerPortfolioPage(PageRegistry& pages);

} // namespace csm
