#include "ui/accounts/AccountsPage.h"

#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "item/DisplayLabels.h"
#include "ui/accounts/HealthChipDelegate.h"
#include "ui/editors/BulkAccountActions.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StartPanel.h"
#include "ui/workspace/BookWorkspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace csm {

namespace {
const auto kHeaderKey = QStringLiteral("accounts/header");
constexpr int kDebounceMs = 150;
} // namespace

AccountsPage::AccountsPage(AccountsModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new AccountsFilterProxy(this)), m_filter(new QLineEdit(this)),
      m_touchModel(new QComboBox(this)), m_owner(new QComboBox(this)), m_band(new QComboBox(this)),
      m_stage(new QComboBox(this)), m_count(new QLabel(this)), m_drillBar(new QWidget(this)),
      m_drillLabel(new QLabel(m_drillBar)), m_drillBack(new QPushButton(m_drillBar)),
      m_drillAll(new QPushButton(m_drillBar)), m_view(new QTableView(this)), m_start(new StartPanel(this)),
      m_stack(new QStackedWidget(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_proxy->setSourceModel(m_model);

    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("accountsFilter"));
    m_filter->installEventFilter(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_proxy->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        m_proxy->setFilterText(m_filter->text());
        if (m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });

    for (QComboBox* combo : {m_touchModel, m_owner, m_band, m_stage}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &AccountsPage::applyCombos);
    }
    m_owner->setMinimumContentsLength(10);
    buildFilterCombos();
    connect(m_model, &AccountsModel::ownersChanged, this, &AccountsPage::refillOwners);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_touchModel);
    bar->addWidget(m_owner);
    bar->addWidget(m_band);
    bar->addWidget(m_stage);
    bar->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(AccountsModel::HealthColumn, new HealthChipDelegate(m_view));
    // Fixed row heights keep 100,000 rows cheap to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSortIndicatorShown(true);
    header->setDefaultSectionSize(110);
    header->resizeSection(AccountsModel::NameColumn, 250);
    header->resizeSection(AccountsModel::OwnerColumn, 120);
    header->resizeSection(AccountsModel::ArrColumn, 130);
    header->resizeSection(AccountsModel::NoticeColumn, 150);
    m_view->sortByColumn(AccountsModel::NameColumn, Qt::AscendingOrder);
    restoreViewState();
    header->setStretchLastSection(false); // a saved state from an older version may say otherwise
    // The account name takes the width the other columns leave (fitColumns), never less than about 24
    // characters: on a narrow window the list scrolls sideways instead of cutting the other columns.
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != AccountsModel::NameColumn)
            fitColumns();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Each column as wide as its header and what it shows (no "Sta…" for Stage), the rest to the name.
        QHeaderView* h = m_view->horizontalHeader();
        const int room = 2 * m_view->fontMetrics().horizontalAdvance(QLatin1Char('n'));
        for (int c = 0; c < AccountsModel::ColumnCount; ++c) {
            if (c == AccountsModel::NameColumn || h->isSectionHidden(c))
                continue;
            const int wanted = std::max(h->sectionSizeHint(c),
                                        static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(c)) +
                               room;
            h->resizeSection(c, wanted);
        }
        fitColumns();
        updateStartPanel();
    });

    m_start->setObjectName(QStringLiteral("emptyBookPanel"));
    m_start->setHeading(tr("This book has no accounts yet"));
    m_start->setText(tr("Add your first account, or import your accounts from a file. To look around first, "
                        "open the demo book: 200 sample accounts with touches, contracts and renewals."));

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const Id id = m_proxy->idAt(index.row());
        if (!id.isEmpty())
            emit openAccountRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountsPage::updateCount);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_start);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccountsPage::updateStartPanel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsPage::updateStartPanel);

    m_drillBar->setObjectName(QStringLiteral("drillDownBar"));
    m_drillLabel->setObjectName(QStringLiteral("drillDownLabel"));
    m_drillBack->setObjectName(QStringLiteral("drillDownBack"));
    m_drillAll->setObjectName(QStringLiteral("drillDownAll"));
    m_drillLabel->setWordWrap(true);
    auto* drill = new QHBoxLayout(m_drillBar);
    drill->setContentsMargins(0, 0, 0, 0);
    drill->addWidget(m_drillLabel, 1);
    drill->addWidget(m_drillBack);
    drill->addWidget(m_drillAll);
    m_drillBar->hide();
    connect(m_drillBack, &QPushButton::clicked, this, &AccountsPage::backRequested);
    connect(m_drillAll, &QPushButton::clicked, this, &AccountsPage::clearFilters);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_drillBar);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);
    retranslate();
    updateCount();
}

AccountsPage::~AccountsPage()
{
    saveViewState();
}

void AccountsPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by name, reading, id or owner (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows the accounts whose name, reading, external id or owner contain every word "
                            "you type. Press Enter to go to the list."));
    m_touchModel->setToolTip(tr("Show one touch model only"));
    m_owner->setToolTip(tr("Show one owner's accounts only"));
    m_band->setToolTip(tr("Show one health band only"));
    m_stage->setToolTip(tr("Show one lifecycle stage only"));
    m_view->setToolTip(QString());
    m_drillBack->setText(tr("&Back to the portfolio"));
    m_drillAll->setText(tr("Sho&w all accounts"));
    buildFilterCombos();
    updateCount();
    updateDrillDown();
}

void AccountsPage::showOnly(const QList<Id>& ids, const QString& what)
{
    clearFilters();
    m_drillWhat = what;
    m_proxy->setIdFilter(QSet<Id>(ids.begin(), ids.end()));
    updateDrillDown();
}

bool AccountsPage::showsOnlySome() const
{
    return m_proxy->idFilter().has_value();
}

void AccountsPage::updateDrillDown()
{
    const auto& ids = m_proxy->idFilter();
    m_drillBar->setVisible(ids.has_value());
    if (ids)
        m_drillLabel->setText(
            tr("Showing only the %n account(s) behind the portfolio's %1.", nullptr, int(ids->size()))
                .arg(m_drillWhat));
}

void AccountsPage::addStartAction(QAction* action)
{
    m_start->addAction(action);
}

bool AccountsPage::showsStartPanel() const
{
    return m_stack->currentWidget() == m_start;
}

void AccountsPage::setLoading(bool loading)
{
    m_loading = loading;
    updateStartPanel();
}

void AccountsPage::updateStartPanel()
{
    const bool empty = m_model->rowCount() == 0 && !m_loading;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_start) : m_view);
    setFocusProxy(empty ? static_cast<QWidget*>(m_start) : m_view);
    for (QWidget* w : QList<QWidget*>{m_filter, m_touchModel, m_owner, m_band, m_stage})
        w->setEnabled(!empty);
}

void AccountsPage::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != AccountsModel::NameColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    // In Latin letters: a Japanese font's average character is twice as wide.
    const int minimum = 24 * m_view->fontMetrics().horizontalAdvance(QLatin1Char('n'));
    const int width = std::max(minimum, m_view->viewport()->width() - others);
    if (header->sectionSize(AccountsModel::NameColumn) != width)
        header->resizeSection(AccountsModel::NameColumn, width);
}

void AccountsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_keptSelection = selectedAccountIds();
    m_keptCurrent = currentAccountId();
    m_keptScroll = m_view->verticalScrollBar()->value();
}

void AccountsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_keptScroll < 0)
        return;
    // The list may have been reloaded or re-sorted meanwhile: find the rows again by their accounts.
    if (selectedAccountIds() != m_keptSelection || currentAccountId() != m_keptCurrent) {
        QItemSelection selection;
        for (const Id& id : std::as_const(m_keptSelection)) {
            const int sourceRow = m_model->rowForId(id);
            const QModelIndex i =
                sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
            if (i.isValid())
                selection.select(i, i.siblingAtColumn(m_proxy->columnCount() - 1));
        }
        const int currentSource = m_model->rowForId(m_keptCurrent);
        const QModelIndex current =
            currentSource < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(currentSource, 0));
        if (current.isValid())
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    m_view->verticalScrollBar()->setValue(m_keptScroll);
}

void AccountsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AccountsPage::buildFilterCombos()
{
    const QSignalBlocker b1(m_touchModel), b2(m_band), b3(m_stage);
    const int touchModel = m_touchModel->currentIndex();
    const int band = m_band->currentIndex();
    const int stage = m_stage->currentIndex();

    m_touchModel->clear();
    m_touchModel->addItem(tr("All touch models"));
    for (TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
        m_touchModel->addItem(Labels::touchModel(m), int(m));

    m_band->clear();
    m_band->addItem(tr("All health bands"), int(AccountsFilterProxy::BandFilter::Any));
    m_band->addItem(Labels::healthBand(HealthBand::Green), int(AccountsFilterProxy::BandFilter::Green));
    m_band->addItem(Labels::healthBand(HealthBand::Yellow), int(AccountsFilterProxy::BandFilter::Yellow));
    m_band->addItem(Labels::healthBand(HealthBand::Red), int(AccountsFilterProxy::BandFilter::Red));
    m_band->addItem(Labels::noData(), int(AccountsFilterProxy::BandFilter::NoData));

    m_stage->clear();
    m_stage->addItem(tr("All stages"));
    for (LifecycleStage s : {LifecycleStage::Onboarding, LifecycleStage::Adopting, LifecycleStage::Mature,
                             LifecycleStage::Renewing, LifecycleStage::Churned})
        m_stage->addItem(Labels::stage(s), int(s));

    m_touchModel->setCurrentIndex(std::max(0, touchModel));
    m_band->setCurrentIndex(std::max(0, band));
    m_stage->setCurrentIndex(std::max(0, stage));
    refillOwners();
}

void AccountsPage::refillOwners()
{
    const QString current = m_owner->currentData().toString();
    {
        const QSignalBlocker blocker(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("All owners"), QString());
        for (const QString& owner : m_model->owners())
            m_owner->addItem(owner, owner);
        const int index = m_owner->findData(current);
        m_owner->setCurrentIndex(index < 0 ? 0 : index);
    }
    applyCombos();
}

void AccountsPage::applyCombos()
{
    const QVariant tm = m_touchModel->currentData();
    m_proxy->setTouchModelFilter(tm.isValid() ? std::optional(TouchModel(tm.toInt())) : std::nullopt);
    m_proxy->setOwnerFilter(m_owner->currentData().toString());
    m_proxy->setBandFilter(AccountsFilterProxy::BandFilter(m_band->currentData().toInt()));
    const QVariant st = m_stage->currentData();
    m_proxy->setStageFilter(st.isValid() ? std::optional(LifecycleStage(st.toInt())) : std::nullopt);
    updateCount();
}

void AccountsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
                         ? tr("%n account(s)", nullptr, total)
                         : tr("%1 of %n account(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void AccountsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AccountsPage::clearFilters()
{
    m_filter->clear();
    m_proxy->setFilterText(QString());
    for (QComboBox* combo : {m_touchModel, m_owner, m_band, m_stage})
        combo->setCurrentIndex(0);
    m_proxy->setIdFilter(std::nullopt);
    updateDrillDown();
}

Id AccountsPage::currentAccountId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->idAt(current.row()) : Id();
}

QList<Id> AccountsPage::selectedAccountIds() const
{
    QList<Id> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_proxy->idAt(index.row());
    return ids;
}

void AccountsPage::selectAccount(const Id& id)
{
    const int sourceRow = m_model->rowForId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool AccountsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountsPage::saveViewState() const
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void AccountsPage::restoreViewState()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        return;
    const QHeaderView* header = m_view->horizontalHeader();
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void registerAccountsPage(PageRegistry& pages)
{
    PageSpec list(pageids::accounts, AccountsPage::tr("Accounts"), [](MainWindow& window) -> QWidget* {
        BookWorkspace& workspace = window.workspace();
        auto* page = new AccountsPage(workspace.accountsModel());
        QObject::connect(page, &AccountsPage::openAccountRequested, &window,
                         [&window](const Id& id) { window.showAccount(id); });
        QObject::connect(page, &AccountsPage::selectionChanged, &window, &MainWindow::updateAccountContext);
        QObject::connect(page, &AccountsPage::backRequested, &window, &MainWindow::goBack);

        auto* filter = new QAction(AccountsPage::tr("&Filter accounts"), page);
        filter->setObjectName(QStringLiteral("findAccountsAction"));
        filter->setShortcut(QKeySequence::Find);
        filter->setStatusTip(AccountsPage::tr("Go to the accounts list and type to filter it"));
        QObject::connect(filter, &QAction::triggered, page, [&window, page] {
            window.showPage(pageids::accounts);
            page->focusFilter();
        });
        auto* clear = new QAction(AccountsPage::tr("&Clear filters"), page);
        clear->setObjectName(QStringLiteral("clearFiltersAction"));
        clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        clear->setStatusTip(AccountsPage::tr("Show every account again"));
        QObject::connect(clear, &QAction::triggered, page, &AccountsPage::clearFilters);
        window.addMenuAction(MainWindow::Menu::Edit, filter);
        window.addMenuAction(MainWindow::Menu::Edit, clear);

        auto* open = new QAction(AccountsPage::tr("&Open account"), page);
        open->setObjectName(QStringLiteral("openAccountAction"));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        open->setStatusTip(AccountsPage::tr("Open the account selected in the list"));
        QObject::connect(open, &QAction::triggered, page, [&window, page] {
            if (const Id id = page->currentAccountId(); !id.isEmpty())
                window.showAccount(id);
        });
        QMenu* account = window.menu(MainWindow::Menu::Account);
        account->insertAction(account->actions().value(0), open);
        window.addAction(open);
        new BulkAccountActions(window, *page); // the changes of the selected accounts

        for (const char* name : {"newAccountAction", "importAction", "newDemoBookAction"})
            page->addStartAction(window.findChild<QAction*>(QLatin1String(name)));
        QObject::connect(&workspace, &BookWorkspace::loadingStarted, page,
                         [page] { page->setLoading(true); });
        QObject::connect(&workspace, &BookWorkspace::loadingFinished, page,
                         [page] { page->setLoading(false); });
        page->setLoading(workspace.isLoading());
        return page;
    });
    list.order = 20;
    list.shortcut = QKeySequence(Qt::CTRL | Qt::Key_2);
    pages.add(list);
}

} // namespace csm
