#include "ui/accounts/AccountPage.h"

#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "ui/common/Mnemonics.h"
#include "ui/editors/AccountTabActions.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace csm {

AccountPage::AccountPage(BookWorkspace& workspace, const AccountTabRegistry& tabs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_back(new QToolButton(this)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_error(new QLabel(this)), m_actions(new QToolBar(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("accountPage"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    m_title->setWordWrap(true);
    // Reading, external id, stage, plan and industry can be long: the line wraps rather than clip, and the
    // tooltip has it whole.
    m_subtitle->setObjectName(QStringLiteral("accountSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* facts = new QGridLayout;
    facts->setHorizontalSpacing(18);
    facts->setVerticalSpacing(6);
    m_arr = addFact(facts, 0, 0, tr("ARR"));
    m_arr->setObjectName(QStringLiteral("arrFact"));
    m_touchModel = addFact(facts, 1, 0, tr("Touch model"));
    m_touchModel->setObjectName(QStringLiteral("touchModelFact"));
    m_renewal = addFact(facts, 0, 2, tr("Renewal date"));
    m_renewal->setObjectName(QStringLiteral("renewalFact"));
    m_notice = addFact(facts, 1, 2, tr("Notice deadline"));
    m_notice->setObjectName(QStringLiteral("noticeFact"));
    m_owner = addFact(facts, 0, 4, tr("Owner"));
    m_owner->setObjectName(QStringLiteral("ownerFact"));
    m_champion = addFact(facts, 1, 4, tr("Champion"));
    m_champion->setObjectName(QStringLiteral("championFact"));
    m_health = addFact(facts, 2, 0, tr("Health"));
    m_health->setObjectName(QStringLiteral("healthFact"));
    for (int c : {1, 3, 5})
        facts->setColumnStretch(c, 1);

    m_actions->setObjectName(QStringLiteral("accountActionsBar"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Tab titles carry no mnemonic: Alt+letter belongs to the menu bar (Ctrl+Tab and Ctrl+PgDown switch).
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    for (const AccountTabSpec& spec : tabs.tabs()) {
        AccountTab* t = spec.factory ? spec.factory(m_workspace) : nullptr;
        if (!t)
            continue;
        t->setObjectName(spec.id + QStringLiteral("Tab"));
        m_tabById.insert(spec.id, t);
        const int index =
            m_tabs->addTab(t, QString(spec.title).replace(QLatin1Char('&'), QStringLiteral("&&")));
        m_tabs->tabBar()->setTabData(index, spec.id);
        m_tabs->setTabToolTip(index, tr("Ctrl+Tab or Ctrl+Page Down: next tab"));
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_back, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(facts);
    layout->addWidget(m_actions);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);

    connect(&m_workspace, &BookWorkspace::accountsChanged, this, &AccountPage::onAccountsChanged);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &AccountPage::clear);
}

QLabel* AccountPage::addFact(QGridLayout* grid, int row, int column, const QString& name)
{
    auto* caption = new QLabel(name, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setMinimumWidth(fontMetrics().averageCharWidth() * 12); // wraps rather than clips
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    grid->addWidget(caption, row, column, Qt::AlignTop);
    grid->addWidget(value, row, column + 1, Qt::AlignTop);
    return value;
}

void AccountPage::setBackAction(QAction* action)
{
    m_back->setDefaultAction(action);
    if (action && action->icon().isNull())
        action->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
}

void AccountPage::addHeaderAction(QAction* action)
{
    if (!action)
        return;
    // A tool button shows the action's icon text; without it a Japanese "(&L)" would show as "(L)".
    setPlainIconText(action);
    m_actions->addAction(action);
}

QString AccountPage::accountName() const
{
    return m_title->text();
}

QString AccountPage::currentTabId() const
{
    return m_tabs->tabBar()->tabData(m_tabs->currentIndex()).toString();
}

void AccountPage::setCurrentTab(const QString& id)
{
    if (AccountTab* t = tab(id))
        m_tabs->setCurrentWidget(t);
}

QString AccountPage::factText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void AccountPage::showAccount(const Id& accountId, const QString& tab)
{
    const bool other = accountId != m_id;
    if (other)
        for (AccountTab* t : std::as_const(m_tabById))
            t->clearDetail(); // no record of the previous account stays current
    m_id = accountId;
    if (!tab.isEmpty())
        setCurrentTab(tab);
    reload();
    if (other)
        emit accountChanged();
}

void AccountPage::showRecord(const Id& accountId, const QString& tab, const Id& recordId)
{
    if (AccountTab* t = this->tab(tab))
        t->selectRecord(recordId);
    showAccount(accountId, tab);
    if (AccountTab* t = this->tab(tab))
        t->selectRecord(recordId); // cleared if the account was another one
}

void AccountPage::clear()
{
    m_id.clear();
    m_title->clear();
    m_subtitle->clear();
    for (QLabel* l : {m_arr, m_touchModel, m_renewal, m_notice, m_owner, m_champion, m_health})
        l->clear();
    for (AccountTab* t : std::as_const(m_tabById))
        t->clearDetail();
    emit accountChanged();
}

void AccountPage::reload()
{
    if (m_id.isEmpty())
        return;
    m_stale = false;
    Result<AccountDetail> detail = m_workspace.loadAccountDetail(m_id);
    if (!detail) {
        m_error->setText(detail.error().toString());
        m_error->show();
        return;
    }
    m_error->hide();
    fill(detail.value());
}

void AccountPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AccountPage::onAccountsChanged(const QSet<Id>& ids, bool everything)
{
    if (m_id.isEmpty() || !(everything || ids.contains(m_id)))
        return;
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void AccountPage::fill(const AccountDetail& d)
{
    const Account& a = d.account;
    const AccountSummary& s = d.summary;
    const BookSettings& settings = m_workspace.settings();
    const QString currency = settings.currency;

    m_title->setText(a.name);
    QStringList sub;
    if (!a.nameReading.isEmpty())
        sub << a.nameReading;
    if (!a.externalId.isEmpty())
        sub << tr("External id %1").arg(a.externalId);
    sub << Labels::stage(a.stage);
    if (!a.plan.isEmpty())
        sub << a.plan;
    if (!a.industry.isEmpty())
        sub << a.industry;
    m_subtitle->setText(sub.join(QStringLiteral("  ·  ")));
    m_subtitle->setToolTip(sub.join(QLatin1Char('\n')));

    m_arr->setText(DisplayFormat::money(a.arr, currency));

    const TouchModel model = effectiveTouchModel(a, settings);
    QString why;
    if (a.touchModelOverride) {
        why = a.touchModelOverrideReason.isEmpty() ? tr("set by hand")
                                                   : tr("set by hand: %1").arg(a.touchModelOverrideReason);
    } else {
        switch (model) {
        case TouchModel::High:
            why = tr("ARR of %1 or more").arg(DisplayFormat::money(settings.highTouchMinArr, currency));
            break;
        case TouchModel::Low:
            why = tr("ARR from %1 to under %2")
                      .arg(DisplayFormat::money(settings.lowTouchMinArr, currency),
                           DisplayFormat::money(settings.highTouchMinArr, currency));
            break;
        case TouchModel::Tech:
            why = tr("ARR under %1").arg(DisplayFormat::money(settings.lowTouchMinArr, currency));
            break;
        }
    }
    m_touchModel->setText(tr("%1 (%2)").arg(Labels::touchModel(model), why));
    m_touchModel->setToolTip(a.touchModelOverride
                                 ? tr("An override on this account wins over the segmentation rule")
                                 : tr("Given by the book's segmentation rule"));

    m_renewal->setStyleSheet({});
    m_notice->setStyleSheet({});
    m_notice->setText(QStringLiteral("—"));
    if (s.noticeDeadline.isValid()) {
        m_renewal->setText(DisplayFormat::longDate(s.renewalDate));
        m_notice->setText(tr("%1 (%2)").arg(DisplayFormat::longDate(s.noticeDeadline),
                                            DisplayFormat::countdown(s.daysToNotice)));
        m_notice->setStyleSheet(s.daysToNotice < 0     ? QStringLiteral("color: #b02020;")
                                : s.daysToNotice <= 30 ? QStringLiteral("color: #b06000;")
                                                       : QString());
    } else if (s.renewalDate.isValid()) { // a contract that does not renew automatically, still running
        m_renewal->setText(
            tr("Ends on %1 (no automatic renewal)").arg(DisplayFormat::longDate(s.renewalDate)));
        m_notice->setText(tr("None: nothing renews automatically"));
    } else if (s.contractEndedOn.isValid()) {
        m_renewal->setText(
            s.contractEndDecided
                ? tr("Ended on %1 (churn recorded)").arg(DisplayFormat::longDate(s.contractEndedOn))
                : tr("Ended on %1; no renewal recorded").arg(DisplayFormat::longDate(s.contractEndedOn)));
        if (!s.contractEndDecided)
            m_renewal->setStyleSheet(QStringLiteral("color: #b02020;"));
    } else {
        m_renewal->setText(tr("No live contract"));
    }
    if (s.nextContractStart.isValid())
        m_renewal->setText(m_renewal->text() + QLatin1Char('\n') + AccountsModel::nextContractText(s));
    m_renewal->setToolTip(AccountsModel::contractTip(s));
    m_owner->setText(a.owner.isEmpty() ? tr("Unassigned") : a.owner);

    QStringList champions;
    for (const Contact& c : d.contacts)
        if (c.role == ContactRole::Champion)
            champions << (c.email.isEmpty() ? c.name : tr("%1 <%2>").arg(c.name, c.email));
    m_champion->setText(champions.isEmpty() ? tr("None named yet") : champions.join(QStringLiteral(", ")));

    if (s.healthScore && s.healthBand) {
        QString health =
            tr("%1 · %2").arg(QLocale().toString(*s.healthScore, 'f', 1), Labels::healthBand(*s.healthBand));
        if (const std::optional<int> trend = Labels::healthTrend(s.healthScore, s.healthScoreBefore)) {
            health += QLatin1Char(' ') + Labels::trendArrow(*trend);
            health += QLatin1Char(' ') +
                      tr("(30 days earlier %1)").arg(QLocale().toString(*s.healthScoreBefore, 'f', 1));
        }
        m_health->setText(health);
    } else {
        m_health->setText(Labels::noData());
    }

    for (AccountTab* t : std::as_const(m_tabById))
        t->setDetail(d);
}

void registerAccountPage(PageRegistry& pages)
{
    PageSpec account(pageids::account, AccountPage::tr("Account"), [](MainWindow& window) -> QWidget* {
        auto* page = new AccountPage(window.workspace());
        page->setBackAction(window.backAction());
        // The account actions, also in the Account menu, in a row under the header.
        for (const char* name :
             {"logTouchAction", "editAccountAction", "newContactAction", "newContractAction"})
            page->addHeaderAction(window.findChild<QAction*>(QLatin1String(name)));
        new AccountTabActions(window, *page); // edit and delete on the tabs
        QObject::connect(page, &AccountPage::accountChanged, &window, &MainWindow::updateAccountContext);
        return page;
    });
    account.order = 1000;
    account.inNavigation = false; // reached from the list, Today and the quick search
    account.navigationId = pageids::accounts;
    pages.add(account);
}

} // namespace csm
