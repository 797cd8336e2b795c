#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "item/SearchModel.h"

#include <QFrame>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace csm {

class BookWorkspace;

// Ctrl+K: a quick-search box over the window. Type to find accounts (name, reading, external id), contacts
// (name, email) and touches (summary, next step); Up/Down move through the results, Enter opens, Esc closes.
// Accounts come at once from the accounts model; contacts and touches are read on the workspace's reader
// thread (BookWorkspace::read) and added when they arrive, so that a big book never freezes the window.
// Each search has a generation: the answer to an older keystroke is dropped, and a read that is still
// running for one stops (CancelCheck) as soon as a newer search starts or the popup closes.
class QuickSearchPopup : public QFrame
{
    Q_OBJECT
public:
    explicit QuickSearchPopup(BookWorkspace& workspace, QWidget* parent);
    ~QuickSearchPopup() override;

    QLineEdit* queryEdit() const { return m_query; }
    QListView* resultsView() const { return m_view; }
    SearchModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    // Contacts and touches for the latest text are still being read.
    bool isSearching() const { return m_searching; }

public slots:
    void popUp();
    void runSearch();
    void chooseCurrent();

signals:
    // timeline: the hit was a touch, so the account's Timeline should show.
    void accountChosen(const csm::Id& accountId, bool timeline);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct StoredHits;
    QList<SearchHit> accountHits(const QString& text) const;
    void finishSearch(const QString& text, const Result<StoredHits>& stored);
    // Shows these hits, keeping the selected hit selected when it is still there (else the first hit).
    void showHits(const QList<SearchHit>& hits);
    void setSearching(bool searching);
    void showKeyHint();
    void moveSelection(int step);

    BookWorkspace& m_workspace;
    QLineEdit* m_query;
    QListView* m_view;
    QLabel* m_status;
    SearchModel* m_model;
    QTimer* m_debounce;
    QTimer* m_searchingDelay; // "Searching…" only for reads that take long enough to notice
    // The generation of the latest search, shared with the reads on the reader thread.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QList<SearchHit> m_accountHits; // of the latest search, shown while its contacts and touches are read
    bool m_searching = false;
    bool m_openWhenDone = false; // Enter before anything could be selected: open the first hit on arrival
};

} // namespace csm
