#pragma once

// The team view (issue 16 item 3): several books opened read-only as one portfolio, in a window of its own
// (the main window keeps the CSM's own book). The title bar says it is a team view; nothing in it edits. It
// shows the books read, those skipped and why, the accounts found in more than one book (each counted once,
// the copy written last), an owner filter, the figures per touch model and the five charts; a click on a
// figure, bar or point lists the accounts behind it (name, owner, book, ARR, health) in the window.

#include "domain/PortfolioView.h"
#include "storage/PortfolioRows.h"
#include "ui/portfolio/PortfolioChartSet.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace csm {

class BookWorkspace;
class PortfolioFiguresTable;

class TeamViewWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Reads the books off the GUI thread (BookWorkspace::runLong on files) and shows them.
    TeamViewWindow(BookWorkspace& workspace, const QStringList& filesAndFolders, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    const TeamPortfolio& team() const { return *m_team; }
    const PortfolioView& view() const { return m_view; }
    PortfolioFiguresTable* figures() const { return m_figures; }
    const PortfolioChartSet& charts() const { return m_charts; }
    QComboBox* ownerFilter() const { return m_owner; }
    QTableWidget* accountList() const { return m_list; }
    QLabel* booksLabel() const { return m_books; }

    // Shows the accounts behind a figure in the list below the charts.
    void listAccounts(const QList<Id>& ids, const QString& what);

signals:
    void ready(); // the books are read and shown (tests wait for it)

private:
    struct TeamRead
    {
        std::shared_ptr<const TeamPortfolio> team;
        PortfolioView view;
    };
    void showTeam(TeamRead read);
    void compute();
    void describeBooks();

    BookWorkspace& m_workspace;
    QLabel* m_books;
    QComboBox* m_owner;
    PortfolioFiguresTable* m_figures;
    PortfolioChartSet m_charts;
    QLabel* m_listTitle;
    QTableWidget* m_list;
    std::shared_ptr<const TeamPortfolio> m_team; // shared with the owner filter's jobs
    PortfolioView m_view;
    bool m_ready = false;
};

// File ▸ Open team view…: asks for books (several files) or a folder, then opens a TeamViewWindow.
void registerTeamView(class MainWindow& window);

} // namespace csm
