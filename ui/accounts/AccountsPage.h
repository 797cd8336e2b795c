#pragma once

#include "domain/Entities.h"
#include "ui/main/PageRegistry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace csm {

class AccountsFilterProxy;
class AccountsModel;
class StartPanel;

// The accounts list: a filter bar (free text, touch model, owner, health band, stage) over a sortable table.
// Enter or a double-click opens the account. The view remembers its columns, widths and sort (QSettings),
// and keeps its selection and scroll position while another page is shown. A book without accounts shows
// how to start instead of an empty grid.
class AccountsPage : public QWidget, public AccountContext
{
    Q_OBJECT
public:
    explicit AccountsPage(AccountsModel* model, QWidget* parent = nullptr);
    ~AccountsPage() override;

    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* view() const { return m_view; }
    AccountsFilterProxy* proxy() const { return m_proxy; }

    Id currentAccountId() const override;
    QList<Id> selectedAccountIds() const; // for bulk changes
    // Selects the account's row (when it passes the filter) and scrolls to it.
    void selectAccount(const Id& id);
    // Adds a way to start to the panel a book without accounts shows (New account…, Import…, the demo).
    void addStartAction(QAction* action);
    // True while the book has no account and the page shows how to start.
    bool showsStartPanel() const;
    // A drill-down (the portfolio's charts): exactly these accounts, every other filter cleared; the filter
    // bar says what they are (`what`, translated) and offers the way back and the whole list.
    void showOnly(const QList<Id>& ids, const QString& what);
    bool showsOnlySome() const;
    QLabel* drillDownLabel() const { return m_drillLabel; }

public slots:
    // While the book's accounts are loading the list is empty without the book being so.
    void setLoading(bool loading);
    void updateStartPanel();
    void focusFilter();
    void clearFilters();
    void saveViewState() const;

signals:
    void openAccountRequested(const csm::Id& accountId);
    void selectionChanged();
    // The drill-down bar's way back to the page it came from.
    void backRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildFilterCombos();
    void refillOwners();
    void applyCombos();
    void updateCount();
    void restoreViewState();
    void retranslate();
    void fitColumns();
    void updateDrillDown();

    AccountsModel* m_model;
    AccountsFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_touchModel;
    QComboBox* m_owner;
    QComboBox* m_band;
    QComboBox* m_stage;
    QLabel* m_count;
    QWidget* m_drillBar;
    QLabel* m_drillLabel;
    QPushButton* m_drillBack;
    QPushButton* m_drillAll;
    QString m_drillWhat;
    QTableView* m_view;
    StartPanel* m_start;
    QStackedWidget* m_stack;
    QTimer* m_debounce;
    // Where the user was when the page was hidden: restored when it shows again.
    QList<Id> m_keptSelection;
    Id m_keptCurrent;
    int m_keptScroll = -1;
    bool m_loading = false;
};

// Registers the accounts list (Ctrl+2) with its commands: Edit > Filter accounts and Clear filters,
// Account > Open account, and the changes of the selected accounts.
void registerAccountsPage(PageRegistry& pages);

} // namespace csm
