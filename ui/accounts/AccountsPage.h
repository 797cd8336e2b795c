#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace csm {

class AccountsFilterProxy;
class AccountsModel;

// The accounts list: a filter bar (free text, touch model, owner, health band, stage) over a sortable table.
// Enter or a double-click opens the account. The view remembers its columns, widths and sort (QSettings).
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(AccountsModel* model, QWidget* parent = nullptr);
    ~AccountsPage() override;

    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* view() const { return m_view; }
    AccountsFilterProxy* proxy() const { return m_proxy; }

    Id currentAccountId() const;
    QList<Id> selectedAccountIds() const; // for bulk changes
    // Selects the account's row (when it passes the filter) and scrolls to it.
    void selectAccount(const Id& id);

public slots:
    void focusFilter();
    void clearFilters();
    void saveViewState() const;

signals:
    void openAccountRequested(const csm::Id& accountId);
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildFilterCombos();
    void refillOwners();
    void applyCombos();
    void updateCount();
    void restoreViewState();
    void retranslate();

    AccountsModel* m_model;
    AccountsFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_touchModel;
    QComboBox* m_owner;
    QComboBox* m_band;
    QComboBox* m_stage;
    QLabel* m_count;
    QTableView* m_view;
    QTimer* m_debounce;
};

} // namespace csm
