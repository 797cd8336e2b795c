#include "ui/accounts/AccountPage.h"

#include "domain/ContractTerm.h"
#include "item/AccountsModel.h"
#include "item/ContactsModel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "item/TimelineModel.h"
#include "ui/accounts/ElidedTextDelegate.h"
#include "ui/accounts/TouchKindIcons.h"
#include "ui/charts/ArrStepChart.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

AccountPage::AccountPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_back(new QToolButton(this)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_error(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_timeline(new QTableView(this)), m_timelineModel(new TimelineModel(this)),
      m_contacts(new QTableView(this)), m_contactsModel(new ContactsModel(this)),
      m_contracts(new QTreeWidget(this)), m_arrChart(new ArrStepChart(this))
{
    auto* backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Accounts"), this);
    backAction->setToolTip(tr("Back to the accounts list (Alt+Left)"));
    connect(backAction, &QAction::triggered, this, &AccountPage::backRequested);
    m_back->setDefaultAction(backAction);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    m_title->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
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
    for (int c : {1, 3, 5})
        facts->setColumnStretch(c, 1);

    // Timeline
    m_timelineModel->setKindIconProvider(&touchKindIcon);
    m_timeline->setModel(m_timelineModel);
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(false);
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 10);
    m_timeline->horizontalHeader()->setStretchLastSection(false);
    m_timeline->horizontalHeader()->resizeSection(
        TimelineModel::DateColumn,
        m_timeline->fontMetrics().horizontalAdvance(QStringLiteral("00 MMM 0000 00:00")) + 24);
    m_timeline->horizontalHeader()->resizeSection(TimelineModel::KindColumn, 170);
    m_timeline->horizontalHeader()->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    m_timeline->horizontalHeader()->resizeSection(TimelineModel::SentimentColumn, 110);
    m_timeline->horizontalHeader()->resizeSection(TimelineModel::FollowUpColumn, 130);
    m_timeline->setItemDelegate(new ElidedTextDelegate(m_timeline)); // the full text of a clipped cell
    connect(m_timelineModel, &TimelineModel::followUpDoneRequested, &m_workspace,
            &BookWorkspace::setFollowUpDone);

    // Contacts
    m_contacts->setModel(m_contactsModel);
    m_contacts->setObjectName(QStringLiteral("contactsView"));
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->verticalHeader()->hide();
    m_contacts->setWordWrap(false);
    // Name, role and phone follow their contents when an account is shown (fill()), up to a cap; the e-mail
    // address takes the rest of the width. What still does not fit is elided, e-mail addresses in the
    // middle, and shown in full in the tooltip.
    m_contacts->horizontalHeader()->setStretchLastSection(false);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactsModel::EmailColumn, QHeaderView::Stretch);
    auto* contactCells = new ElidedTextDelegate(m_contacts);
    contactCells->setElideMode(ContactsModel::EmailColumn, Qt::ElideMiddle);
    m_contacts->setItemDelegate(contactCells);

    // Contract & ARR
    m_contracts->setObjectName(QStringLiteral("contractsView"));
    m_contracts->setRootIsDecorated(false);
    m_contracts->setHeaderLabels(
        {tr("Start"), tr("Term"), tr("Notice period"), tr("Auto-renew"), tr("ARR"), tr("Current renewal")});
    m_contracts->setMinimumHeight(80);
    m_arrChart->setToolTip(tr("ARR after each ARR event, up to today"));
    auto* contractSplit = new QSplitter(Qt::Vertical, this);
    contractSplit->addWidget(m_contracts);
    contractSplit->addWidget(m_arrChart);
    contractSplit->setStretchFactor(0, 1);
    contractSplit->setStretchFactor(1, 3);

    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_contacts, tr("C&ontacts"));
    m_tabs->addTab(contractSplit, tr("Contract && &ARR"));
    m_tabs->addTab(comingLater(tr("The health score, its factors and its trend will be shown here once the "
                                  "health engine is built.")),
                   tr("&Health"));
    m_tabs->addTab(
        comingLater(tr("The onboarding roadmap and its milestones will be shown here once roadmaps are "
                       "built.")),
        tr("&Roadmap"));

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
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

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
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    grid->addWidget(caption, row, column, Qt::AlignTop);
    grid->addWidget(value, row, column + 1, Qt::AlignTop);
    return value;
}

QWidget* AccountPage::comingLater(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

void AccountPage::fitContactColumns()
{
    const int em = m_contacts->fontMetrics().averageCharWidth();
    fitColumn(m_contacts, ContactsModel::NameColumn, 32 * em);
    fitColumn(m_contacts, ContactsModel::RoleColumn, 28 * em);
    fitColumn(m_contacts, ContactsModel::PhoneColumn, 24 * em);
}

QString AccountPage::factText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void AccountPage::showAccount(const Id& accountId)
{
    m_id = accountId;
    reload();
}

void AccountPage::clear()
{
    m_id.clear();
    m_title->clear();
    m_subtitle->clear();
    for (QLabel* l : {m_arr, m_touchModel, m_renewal, m_notice, m_owner, m_champion})
        l->clear();
    m_timelineModel->setTouches({});
    m_contactsModel->setContacts({});
    m_contracts->clear();
}

void AccountPage::reload()
{
    if (m_id.isEmpty())
        return;
    Result<AccountDetail> detail = m_workspace.loadAccountDetail(m_id);
    if (!detail) {
        m_error->setText(detail.error().toString());
        m_error->show();
        return;
    }
    m_error->hide();
    fill(detail.value());
}

void AccountPage::onAccountsChanged(const QSet<Id>& ids, bool everything)
{
    if (!m_id.isEmpty() && isVisible() && (everything || ids.contains(m_id)))
        reload();
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
    m_renewal->setToolTip(AccountsModel::contractTip(s));
    m_owner->setText(a.owner.isEmpty() ? tr("Unassigned") : a.owner);

    QStringList champions;
    QHash<Id, QString> names;
    for (const Contact& c : d.contacts) {
        names.insert(c.id, c.name);
        if (c.role == ContactRole::Champion)
            champions << (c.email.isEmpty() ? c.name : tr("%1 <%2>").arg(c.name, c.email));
    }
    m_champion->setText(champions.isEmpty() ? tr("None named yet") : champions.join(QStringLiteral(", ")));

    m_timelineModel->setTouches(d.touches, names);
    // Next steps are often short or missing: the summary, which stretches, gets the room they leave.
    fitColumn(m_timeline, TimelineModel::NextStepColumn, 32 * m_timeline->fontMetrics().averageCharWidth());
    m_contactsModel->setContacts(d.contacts);
    fitContactColumns();

    m_contracts->clear();
    for (const Contract& c : d.contracts) {
        const ContractTerm term =
            contractTermOn(c.startDate, c.termMonths, c.autoRenew, c.noticeDays,
                           recordedRenewalsOf(d.renewals, c.startDate), m_workspace.today());
        const QString renewal = term.endedOn.isValid()
                                    ? tr("Ended %1").arg(DisplayFormat::denseDate(term.endedOn))
                                : c.autoRenew ? DisplayFormat::denseDate(term.renewalDate)
                                              : tr("Ends %1").arg(DisplayFormat::denseDate(term.renewalDate));
        auto* item = new QTreeWidgetItem(
            m_contracts, {DisplayFormat::denseDate(c.startDate), tr("%n month(s)", nullptr, c.termMonths),
                          tr("%n day(s)", nullptr, c.noticeDays), c.autoRenew ? tr("Yes") : tr("No"),
                          DisplayFormat::money(c.arr, currency), renewal});
        item->setData(0, ContractIdRole, c.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    const int room = 2 * m_contracts->fontMetrics().averageCharWidth(); // between columns
    for (int i = 0; i < m_contracts->columnCount(); ++i) {
        m_contracts->resizeColumnToContents(i);
        m_contracts->setColumnWidth(i, m_contracts->columnWidth(i) + room);
    }

    QList<ArrStepChart::Step> steps;
    for (const ArrEvent& e : d.arrEvents)
        steps.append({e.effectiveOn, e.arrAfter});
    m_arrChart->setSteps(steps, currency, m_workspace.today());
}

} // namespace csm
