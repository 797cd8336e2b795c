#pragma once

#include "Entities.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace csm {

class BookWorkspace;
class SearchModel;

// Ctrl+K: a quick-search box over the window. Type to find accounts (name, reading, external id), contacts
// (name, email) and touch summaries; Up/Down move through the results, Enter opens, Esc closes.
class QuickSearchPopup : public QFrame
{
    Q_OBJECT
public:
    explicit QuickSearchPopup(BookWorkspace& workspace, QWidget* parent);

    QLineEdit* queryEdit() const { return m_query; }
    QListView* resultsView() const { return m_view; }
    SearchModel* model() const { return m_model; }

public slots:
    void popUp();
    void runSearch();
    void chooseCurrent();

signals:
    // timeline: the hit was a touch, so the account's Timeline should show.
    void accountChosen(const csm::Id& accountId, bool timeline);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveSelection(int step);

    BookWorkspace& m_workspace;
    QLineEdit* m_query;
    QListView* m_view;
    QLabel* m_status;
    SearchModel* m_model;
    QTimer* m_debounce;
};

} // namespace csm
