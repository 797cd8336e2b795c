#pragma once

#include "ui/workspace/BookWorkspace.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace csm {

class ArrStepChart;
class ContactsModel;
class TimelineModel;

// One account: header facts (ARR, touch model and why, renewal and notice deadline with a countdown, owner,
// champion) and tabs: Timeline, Contacts, Contract & ARR, Health, Roadmap.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        TimelineTab,
        ContactsTab,
        ContractTab,
        HealthTab,
        RoadmapTab
    };

    // The contract id on the first column of each item of contractsView().
    static constexpr int ContractIdRole = Qt::UserRole + 1;

    explicit AccountPage(BookWorkspace& workspace, QWidget* parent = nullptr);

    Id accountId() const { return m_id; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* timelineView() const { return m_timeline; }
    TimelineModel* timelineModel() const { return m_timelineModel; }
    QTableView* contactsView() const { return m_contacts; }
    ContactsModel* contactsModel() const { return m_contactsModel; }
    QTreeWidget* contractsView() const { return m_contracts; }
    // The header fact labels, by object name ("arrFact", "touchModelFact", "renewalFact", "noticeFact",
    // "ownerFact", "championFact").
    QString factText(const QString& objectName) const;

public slots:
    void showAccount(const csm::Id& accountId);
    void reload();
    void clear();

signals:
    void backRequested();

private:
    void onAccountsChanged(const QSet<Id>& ids, bool everything);
    void fill(const AccountDetail& d);
    void fitContactColumns();
    QLabel* addFact(QGridLayout* grid, int row, int column, const QString& name);
    QWidget* comingLater(const QString& text);

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
    QTabWidget* m_tabs;
    QTableView* m_timeline;
    TimelineModel* m_timelineModel;
    QTableView* m_contacts;
    ContactsModel* m_contactsModel;
    QTreeWidget* m_contracts;
    ArrStepChart* m_arrChart;
};

} // namespace csm
