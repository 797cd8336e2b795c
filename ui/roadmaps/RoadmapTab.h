#pragma once

// The account's Roadmap tab (issue 15): the roadmap's Gantt chart beside its milestone list, edited in place.
// Every change (a cell edited, start, complete, block, skip, reopen, a new kickoff, a roadmap started) is one
// undoable command that saves the whole roadmap; the stored roadmap comes back through setDetail().

#include "domain/Entities.h"
#include "domain/Result.h"
#include "domain/RoadmapSchedule.h"
#include "ui/accounts/AccountTab.h"

#include <QLocale>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace csm {

class MilestonesModel;
class RoadmapGanttChart;

class RoadmapTab : public AccountTab
{
    Q_OBJECT
public:
    explicit RoadmapTab(BookWorkspace& workspace, QWidget* parent = nullptr);

    void setDetail(const AccountDetail& detail) override;
    void clearDetail() override;
    // A roadmap id shows that roadmap; a milestone id also selects the milestone.
    void selectRecord(const Id& recordId) override;

    QTableView* milestonesView() const { return m_view; }
    MilestonesModel* milestonesModel() const { return m_model; }
    RoadmapGanttChart* chart() const { return m_chart; }
    QComboBox* roadmapBox() const { return m_roadmapBox; }
    QDateEdit* kickoffEdit() const { return m_kickoff; }
    QLabel* summaryLabel() const { return m_summary; }
    const QList<Roadmap>& roadmaps() const { return m_roadmaps; }

    // What the buttons do, on the selected milestone (tests call them; the dialogs ask for a day or a reason
    // unless one is given).
    void startSelected();
    void completeSelected(QDate on = {});
    void blockSelected(const QString& reason = {});
    void skipSelected();
    void reopenSelected();
    void applyTemplate();
    void changeKickoff(QDate kickoff);
    // Closes the shown roadmap (it leaves Today, the Roadmaps view, the report and the health score; its
    // milestones stay as they are), or reopens a closed one. Closing one with open milestones asks first
    // unless `ask` is false.
    void closeRoadmap(bool ask = true);
    void reopenRoadmap();
    void printPlan(); // asks for the file
    // The shown roadmap's plan as a one-page PDF in the language (the Gantt chart as its timeline).
    Status savePlan(const QString& path, QLocale::Language language);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Loaded
    {
        QList<Roadmap> roadmaps;
        QList<RoadmapTemplate> templates;
    };
    void reload();
    void present(Loaded loaded);
    void showRoadmap();
    const Roadmap* current() const;
    int selectedRow() const;
    void editCell(int row, int column, const QVariant& value);
    void changeState(MilestoneAction action, QDate on = {}, const QString& reason = {});
    void save(const Roadmap& after, const QString& undoText, const QString& message, const Id& select = {});
    void updateButtons();
    dates::HolidayCalendar calendar() const;

    BookWorkspace& m_workspace;
    AccountDetail m_detail;
    QList<Roadmap> m_roadmaps;
    QList<RoadmapTemplate> m_templates;
    Id m_roadmapId;      // the roadmap shown
    Id m_pendingRecord;  // asked for before it arrived
    quint64 m_reads = 0; // answers of older reads are dropped

    QComboBox* m_roadmapBox;
    QDateEdit* m_kickoff;
    QLabel* m_summary;
    RoadmapGanttChart* m_chart;
    QTableView* m_view;
    MilestonesModel* m_model;
    QPushButton* m_apply;
    QPushButton* m_start;
    QPushButton* m_complete;
    QPushButton* m_block;
    QPushButton* m_skip;
    QPushButton* m_reopen;
    QPushButton* m_close;
    QPushButton* m_print; // with a menu: the plan in English or Japanese
    QSplitter* m_split = nullptr;
    bool m_splitSized = false; // the chart and the list shared out once the tab has its real width
};

} // namespace csm
