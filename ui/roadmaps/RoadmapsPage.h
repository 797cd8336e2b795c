#pragma once

// The Roadmaps page (issue 15): every active roadmap of the book with its status, next milestone, owner and
// days behind, filtered and sorted; beside it the onboarding panel: a template's funnel (how many accounts
// reached each milestone) and the median time to first value per touch model. A row opens its account on
// the Roadmap tab.

#include "domain/OnboardingFunnel.h"
#include "item/RoadmapsModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace csm {

class Book;
class BookWorkspace;
class OnboardingFunnelChart;
class PageRegistry;
class RoadmapsFilterProxy;

class RoadmapsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoadmapsPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    RoadmapsModel* model() const { return m_model; }
    RoadmapsFilterProxy* proxy() const { return m_proxy; }
    QComboBox* funnelTemplateBox() const { return m_funnelTemplate; }
    OnboardingFunnelChart* funnelChart() const { return m_funnel; }
    QLabel* medianLabel() const { return m_medians; }

    void refresh();

    // What the page shows: the reader thread's part (read) and the GUI thread's (present). Public for the
    // benchmark, which times both at book sizes.
    struct Loaded
    {
        QList<RoadmapRow> rows;
        QList<Roadmap> roadmaps; // every live roadmap (closed ones too): the funnel counts them
        QList<RoadmapTemplate> templates;
        std::array<FirstValueMedian, 4> medians;
    };
    static Result<Loaded> read(Book& book, const QList<AccountSummary>& summaries,
                               const BookSettings& settings, QDate asOf);
    void present(Loaded loaded);

signals:
    void openRoadmapRequested(const csm::Id& accountId, const csm::Id& roadmapId);
    void editTemplatesRequested();
    void editHolidaysRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFunnel();
    void openCurrent();

    BookWorkspace& m_workspace;
    RoadmapsModel* m_model;
    RoadmapsFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_state;
    QComboBox* m_owner;
    QComboBox* m_template;
    QTableView* m_view;
    QLabel* m_count;
    QComboBox* m_funnelTemplate;
    OnboardingFunnelChart* m_funnel;
    QLabel* m_medians;
    QList<Roadmap> m_roadmaps;
    QList<RoadmapTemplate> m_templates;
    bool m_stale = true;
    quint64 m_reads = 0;
};

void registerRoadmapsPage(PageRegistry& pages);

} // namespace csm
