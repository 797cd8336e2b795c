#pragma once

#include "Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace csm {

class BookWorkspace;
class TodayModel;

// Today's list (DESIGN §8): follow-ups due and overdue, notice deadlines within 90 days, silent accounts, and
// a section that the health engine will fill. Enter or a double-click opens the account; Space marks a
// follow-up done; Snooze moves it (+1 day, +1 week, a chosen day). Every change is undoable and the list
// follows the book.
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    TodayModel* model() const { return m_model; }

public slots:
    void refresh();
    void openCurrent();
    void markCurrentDone();
    void snoozeCurrent(int days);
    void snoozeCurrentToChosenDay();

signals:
    void openAccountRequested(const csm::Id& accountId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void updateButtons();
    void snoozeTo(const QDate& day);
    int currentRow() const;

    BookWorkspace& m_workspace;
    TodayModel* m_model;
    QTreeView* m_view;
    QLabel* m_title;
    QPushButton* m_open;
    QPushButton* m_done;
    QToolButton* m_snooze;
    QTimer* m_refreshTimer;
    bool m_stale = false; // the book changed while the page was hidden: refresh when it is shown
};

} // namespace csm
