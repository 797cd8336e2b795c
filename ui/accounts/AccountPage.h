#pragma once

#include "ui/accounts/AccountTab.h"
#include "ui/main/PageRegistry.h"
#include "ui/workspace/BookWorkspace.h"

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace csm {

// One account: header facts (ARR, touch model and why, renewal and notice deadline with a countdown, owner,
// champion), a row of actions, and the tabs of an AccountTabRegistry (Timeline, Contacts, Contract & ARR,
// Health, Roadmap).
class AccountPage : public QWidget, public AccountContext, public AccountViewer
{
    Q_OBJECT
public:
    explicit AccountPage(BookWorkspace& workspace,
                         const AccountTabRegistry& tabs = AccountTabRegistry::standard(),
                         QWidget* parent = nullptr);

    Id accountId() const { return m_id; }
    Id currentAccountId() const override { return m_id; }
    QString accountName() const;
    QTabWidget* tabs() const { return m_tabs; }
    // A tab by its id (tabids::timeline ...), or null.
    AccountTab* tab(const QString& id) const { return m_tabById.value(id); }
    template <typename T> T* tab(const QString& id) const { return qobject_cast<T*>(tab(id)); }
    QString currentTabId() const;
    void setCurrentTab(const QString& id);
    // The header fact labels, by object name ("arrFact", "touchModelFact", "renewalFact", "noticeFact",
    // "ownerFact", "championFact").
    QString factText(const QString& objectName) const;

    // The action behind the button in the page's top left corner (the window's Back).
    void setBackAction(QAction* action);
    // Adds a button for `action` to the row of actions under the header.
    void addHeaderAction(QAction* action);

    void showAccount(const Id& accountId, const QString& tab = {}) override;
    void showRecord(const Id& accountId, const QString& tab, const Id& recordId) override;

public slots:
    void reload();
    void clear();

signals:
    // Another account is shown (or none).
    void accountChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onAccountsChanged(const QSet<Id>& ids, bool everything);
    void fill(const AccountDetail& d);
    QLabel* addFact(QGridLayout* grid, int row, int column, const QString& name);

    BookWorkspace& m_workspace;
    Id m_id;
    QToolButton* m_back;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_error;
    QLabel* m_arr;
    QLabel* m_touchModel;
    QLabel* m_renewal;
    QLabel* m_notice;
    QLabel* m_owner;
    QLabel* m_champion;
    QLabel* m_health; // band, score and trend (issue 12)
    QToolBar* m_actions;
    QTabWidget* m_tabs;
    QHash<QString, AccountTab*> m_tabById;
    bool m_stale = false; // the account changed while the page was hidden
};

// Registers the account page (reached from the list, Today and the quick search; no navigation entry).
void registerAccountPage(PageRegistry& pages);

} // namespace csm
