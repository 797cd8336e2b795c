#pragma once

#include "domain/Entities.h"
#include "domain/Today.h"
#include "ui/main/PageRegistry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace csm {

class BookWorkspace;
class TodayModel;

// Today's list (DESIGN §8): follow-ups due and overdue, notice deadlines within 90 days, silent accounts, and
// a section that the health engine will fill. Enter or a double-click opens the account; Space marks a
// follow-up done; Snooze moves it (+1 day, +1 week, a chosen day). Every change is undoable and the list
// follows the book. The follow-ups are read and the list is computed on the workspace's reader thread
// (BookWorkspace::read), so a big book never freezes the window: the first fill shows "Loading…", a refresh
// keeps the shown list until the new one is in, and an answer overtaken by a newer refresh is dropped.
class TodayPage : public QWidget, public AccountContext
{
    Q_OBJECT
public:
    explicit TodayPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    TodayModel* model() const { return m_model; }
    // True until the first list of the open book is in (the page shows "Loading…" instead of the list).
    bool isLoadingList() const;
    // The account of the selected line (Log a touch and the account actions act on it).
    Id currentAccountId() const override;

public slots:
    void refresh();
    void openCurrent();
    void markCurrentDone();
    void snoozeCurrent(int days);
    void snoozeCurrentToChosenDay();

signals:
    void openAccountRequested(const csm::Id& accountId);
    // An overdue milestone's line: its account on the Roadmap tab with the milestone selected.
    void openMilestoneRequested(const csm::Id& accountId, const csm::Id& milestoneId);
    // The selected line moved to another account (or to none).
    void currentAccountChanged();
    // What a change made from the page did ("Follow-up done for Globex"), to say with Undo.
    void changed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Read; // what the reader thread hands back
    void scheduleRefresh();
    void startRead();
    void onRead(quint64 generation, Read read);
    void showList(TodayList list);
    void showLoading();
    void resetForBook();
    void clearList();
    // Takes a follow-up off the shown list at once after done/snooze; the refresh that follows confirms it.
    void dropFollowUpLine(const Id& touchId);
    void updateButtons();
    void snoozeTo(const QDate& day);
    int currentRow() const;

    BookWorkspace& m_workspace;
    TodayModel* m_model;
    QTreeView* m_view;
    QLabel* m_loading;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QPushButton* m_open;
    QPushButton* m_done;
    QPushButton* m_snooze; // with a menu of later days
    QTimer* m_refreshTimer;
    bool m_stale = false;     // the book changed while the page was hidden: refresh when it is shown
    quint64 m_generation = 0; // of the latest refresh asked; answers of older ones are dropped
    bool m_reading = false;   // a read is on the reader thread (one at a time)
    bool m_readAgain = false; // a refresh was asked meanwhile: read again once that answer is in
    bool m_filled = false;    // the list of the open book has been shown at least once
};

// Registers Today as the first page of the navigation (Ctrl+1).
void registerTodayPage(PageRegistry& pages);

} // namespace csm
