#pragma once

// The tabs of the account page as a list the page iterates, like the window's pages (PageRegistry). A tab
// is one entry plus its own files:
//
//   void registerHealthTab(AccountTabRegistry& tabs)            // in ui/health/HealthTab.cpp
//   {
//       tabs.add({.id = tabids::health, .title = HealthTab::tr("Health"), .order = 40,
//                 .factory = [](BookWorkspace& w) { return new HealthTab(w); }});
//   }
//
// and one line calling it in AccountTabs.cpp; an entry with an existing id replaces it (the "coming
// later" placeholders).

#include "ui/workspace/BookWorkspace.h"

#include <QAbstractItemView>
#include <QWidget>

#include <functional>

namespace csm {

namespace tabids {
inline const QString timeline = QStringLiteral("timeline");
inline const QString contacts = QStringLiteral("contacts");
inline const QString contract = QStringLiteral("contract");
inline const QString health = QStringLiteral("health");
inline const QString roadmap = QStringLiteral("roadmap");
} // namespace tabids

// One tab of the account page. The page hands it everything it read about the account after every change.
class AccountTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setDetail(const AccountDetail& detail) = 0;
    virtual void clearDetail() {}
    // Makes the record current and selected: now, or when it first shows (a record just saved arrives with
    // the next setDetail()).
    virtual void selectRecord(const Id& recordId) { Q_UNUSED(recordId) }
};

struct AccountTabSpec
{
    QString id;
    QString title; // translated; no mnemonic: Alt+letter belongs to the menu bar
    int order = 0;
    std::function<AccountTab*(BookWorkspace& workspace)> factory;
};

class AccountTabRegistry
{
public:
    // Adds a tab, or replaces the tab with the same id.
    AccountTabRegistry& add(AccountTabSpec spec);
    QList<AccountTabSpec> tabs() const; // by order

    // The account page's tabs (AccountTabs.cpp).
    static AccountTabRegistry standard();

private:
    QList<AccountTabSpec> m_tabs;
};

// A tab with a sentence on what it will show once it is built.
class ComingLaterTab : public AccountTab
{
    Q_OBJECT
public:
    explicit ComingLaterTab(const QString& text, QWidget* parent = nullptr);
    void setDetail(const AccountDetail&) override {}
};

// The record a view is on, kept across a reset of its model (the tabs reload after every change): the same
// record when it is still there, else the row where it was, never a jump to the first row. A record asked
// for before it is shown is selected once it arrives.
class CurrentRecord
{
public:
    CurrentRecord(QAbstractItemView* view, std::function<Id(int row)> idAt);
    // Before the model is reset.
    void remember();
    // After the model is reset.
    void restore();
    void select(const Id& id);
    Id current() const;

private:
    bool selectNow(const Id& id);
    QAbstractItemView* m_view;
    std::function<Id(int)> m_idAt;
    Id m_remembered;
    int m_rememberedRow = -1;
    Id m_pending;
};

} // namespace csm
