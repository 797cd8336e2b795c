#include "ui/main/MainWindow.h"

#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/main/ErrorMessages.h"
#include "ui/main/PlaceholderPage.h"
#include "ui/main/RecentBooks.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include "ui/about/AboutDialog.h"
#include "ui/editors/WorkspaceActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include <QUndoStack>

namespace csm {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kLastFolderKey = QStringLiteral("mainWindow/lastFolder");

// Waits for a long job of the workspace while a window-modal progress dialog (shown after 300 ms) keeps the
// window painting. A cancellable job's dialog has a Cancel button that cancels it (the job stops soon after).
void waitWithProgress(QWidget* parent, LongJob* job, const QString& label, bool cancellable)
{
    QProgressDialog progress(
        label, cancellable ? QCoreApplication::translate("csm::MainWindow", "Cancel") : QString(), 0, 0,
        parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    job->attach(progress);
    if (cancellable)
        QObject::connect(&progress, &QProgressDialog::canceled, parent, [&progress] {
            progress.setLabelText(QCoreApplication::translate("csm::MainWindow", "Cancelling…"));
            progress.setCancelButton(nullptr);
            progress.show(); // canceled() hides it; it stays until the work has stopped
        });
    // The dialog is window-modal, so the window takes no input meanwhile; only a cancellable dialog needs
    // the user's input itself (its Cancel button).
    job->wait(cancellable ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    progress.reset();
}
constexpr int kNavPages = 6; // Today .. Reports; the account page is reached from the list
} // namespace

MainWindow::MainWindow(BookWorkspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_recent(new RecentBooks(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createPages();
    createActions();
    createStatusBar();
    new WorkspaceActions(*this); // Log a touch, editors, Today, search (owned by the window)

    connect(&m_workspace, &BookWorkspace::bookOpened, this, &MainWindow::updateTitleAndStatus);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &MainWindow::updateTitleAndStatus);
    connect(&m_workspace, &BookWorkspace::loadingStarted, this, [this] { setLoading(true); });
    connect(&m_workspace, &BookWorkspace::loadingFinished, this, [this] { setLoading(false); });
    connect(&m_workspace, &BookWorkspace::errorOccurred, this, [this](const Error& e) {
        showError(this, tr("Something went wrong"), e, m_workspace.bookPath());
    });
    AccountsModel* model = m_workspace.accountsModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &MainWindow::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_recent, &RecentBooks::changed, this, &MainWindow::rebuildRecentMenu);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    rebuildRecentMenu();
    updateTitleAndStatus();
    showPage(Page::Accounts);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setSpacing(2);
    m_nav->setToolTip(tr("Go to a page (Ctrl+1 … Ctrl+6)"));
    const QStringList names = {tr("Today"),    tr("Accounts"), tr("Portfolio"),
                               tr("Renewals"), tr("Roadmaps"), tr("Reports")};
    for (const QString& name : names)
        new QListWidgetItem(name, m_nav);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);

    m_stack = new QStackedWidget(this);
    m_accountsPage = new AccountsPage(m_workspace.accountsModel(), this);
    m_accountPage = new AccountPage(m_workspace, this);
    m_pages = {
        new PlaceholderPage(
            tr("Today"),
            tr("Today's list will gather what needs you today: follow-ups due and overdue, notice "
               "deadlines within 90 days, silent accounts, and later health drops and red "
               "accounts renewing soon. It is not built yet."),
            this),
        m_accountsPage,
        new PlaceholderPage(
            tr("Portfolio"),
            tr("The portfolio will chart the book by touch model, health mix, renewals and ARR at "
               "risk, with drill-down to the accounts behind each bar. It is not built yet."),
            this),
        new PlaceholderPage(
            tr("Renewals"),
            tr("The renewal calendar will list upcoming renewals and notice deadlines with their "
               "forecast and ARR. It is not built yet."),
            this),
        new PlaceholderPage(
            tr("Roadmaps"),
            tr("Onboarding roadmaps will show each account's milestones, what is on track, behind "
               "or stuck. They are not built yet."),
            this),
        new PlaceholderPage(
            tr("Reports"),
            tr("Reports will give retention KPIs (GRR, NRR, logo churn, NPS) per period, each with "
               "its formula and the accounts behind it. They are not built yet."),
            this),
        m_accountPage,
    };
    for (QWidget* page : std::as_const(m_pages))
        m_stack->addWidget(page);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    fitNavigation();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // Selecting "Accounts" while an account is open stays on the account page unless the user clicks
        // again.
        if (row == int(Page::Accounts) && currentPage() == Page::Account)
            return;
        m_stack->setCurrentIndex(row);
    });
    connect(m_nav, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_nav->row(item) == int(Page::Accounts))
            showPage(Page::Accounts);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        const Id id = currentAccountId();
        if (id != m_lastAnnouncedAccount) {
            m_lastAnnouncedAccount = id;
            emit currentAccountChanged(id);
        }
    });
    connect(m_accountsPage, &AccountsPage::openAccountRequested, this, &MainWindow::showAccount);
    connect(m_accountsPage, &AccountsPage::selectionChanged, this, [this] {
        const Id id = currentAccountId();
        if (id != m_lastAnnouncedAccount) {
            m_lastAnnouncedAccount = id;
            emit currentAccountChanged(id);
        }
    });
    connect(m_accountPage, &AccountPage::backRequested, this, &MainWindow::backToAccounts);
}

void MainWindow::fitNavigation()
{
    int width = 0;
    const QFontMetrics fm(m_nav->font());
    for (int i = 0; i < m_nav->count(); ++i)
        width = std::max(width, fm.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(width + 48);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_menus = {{int(Menu::File), file}, {int(Menu::Edit), edit},       {int(Menu::View), view},
               {int(Menu::Go), go},     {int(Menu::Account), account}, {int(Menu::Help), help}};

    auto add = [this](QMenu* menu, const QString& name, const QString& text, const QString& tip,
                      const QList<QKeySequence>& keys) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setShortcuts(keys);
        menu->addAction(a);
        addAction(a); // shortcuts work wherever the focus is in the window
        return a;
    };

    // File
    connect(add(file, QStringLiteral("newBookAction"), tr("&New book…"), tr("Create a new, empty book file"),
                {QKeySequence::New}),
            &QAction::triggered, this, &MainWindow::newBook);
    connect(add(file, QStringLiteral("openBookAction"), tr("&Open…"), tr("Open a book file"),
                {QKeySequence::Open}),
            &QAction::triggered, this, &MainWindow::openBookDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    file->addSeparator();
    m_backupAction =
        add(file, QStringLiteral("backupAction"), tr("&Backup…"), tr("Save a checked copy of the open book"),
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupBook);
    file->addSeparator();
    QAction* quit =
        add(file, QStringLiteral("quitAction"), tr("&Quit"), tr("Close CSM Workbench"), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Edit: the workspace's undo stack; commands are pushed by whoever edits the book.
    QAction* undo = m_workspace.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    QAction* redo = m_workspace.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setToolTip(tr("Redo the change just undone (Ctrl+Shift+Z)"));
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);
    edit->addSeparator();
    connect(add(edit, QStringLiteral("findAccountsAction"), tr("&Filter accounts"),
                tr("Go to the accounts list and type to filter it"), {QKeySequence::Find}),
            &QAction::triggered, this, [this] {
                showPage(Page::Accounts);
                m_accountsPage->focusFilter();
            });
    connect(add(edit, QStringLiteral("clearFiltersAction"), tr("&Clear filters"),
                tr("Show every account again"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}),
            &QAction::triggered, m_accountsPage, &AccountsPage::clearFilters);

    // View
    QAction* navToggle =
        add(view, QStringLiteral("toggleNavigationAction"), tr("&Navigation panel"),
            tr("Show or hide the list of pages on the left"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    navToggle->setCheckable(true);
    navToggle->setChecked(true);
    connect(navToggle, &QAction::toggled, m_nav, &QWidget::setVisible);
    connect(add(view, QStringLiteral("reloadAction"), tr("Re&load accounts"),
                tr("Read the accounts list again"), {QKeySequence::Refresh}),
            &QAction::triggered, &m_workspace, &BookWorkspace::reload);

    // Go
    const QList<Page> navPages = {Page::Today,    Page::Accounts, Page::Portfolio,
                                  Page::Renewals, Page::Roadmaps, Page::Reports};
    for (int i = 0; i < kNavPages; ++i) {
        const Page page = navPages.at(i);
        const QString text = m_nav->item(i)->text();
        QAction* a = add(go, QStringLiteral("goAction%1").arg(i), text, tr("Go to %1").arg(text),
                         {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))});
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    go->addSeparator();
    connect(add(go, QStringLiteral("backAction"), tr("&Back to accounts"), tr("Return to the accounts list"),
                {QKeySequence::Back}),
            &QAction::triggered, this, &MainWindow::backToAccounts);

    // Account
    connect(add(account, QStringLiteral("openAccountAction"), tr("&Open account"),
                tr("Open the account selected in the list"), {QKeySequence(Qt::CTRL | Qt::Key_Return)}),
            &QAction::triggered, this, [this] {
                const Id id = m_accountsPage->currentAccountId();
                if (!id.isEmpty())
                    showAccount(id);
            });

    // Help
    QAction* about = add(help, QStringLiteral("aboutAction"), tr("&About CSM Workbench"),
                         tr("Version, licence and where your book lives"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt =
        add(help, QStringLiteral("aboutQtAction"), tr("About &Qt"), tr("The Qt version in use"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (QMenu* m : std::as_const(m_menus))
        m->setToolTipsVisible(true);
}

void MainWindow::createStatusBar()
{
    m_bookLabel = new QLabel(this);
    m_bookLabel->setObjectName(QStringLiteral("bookStatus"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countStatus"));
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_bookLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
}

QMenu* MainWindow::menu(Menu which) const
{
    return m_menus.value(int(which));
}

void MainWindow::setPageWidget(Page page, QWidget* widget)
{
    const int index = int(page);
    QWidget* old = m_pages.at(index);
    if (old == widget)
        return;
    const bool wasCurrent = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    m_pages[index] = widget;
    if (old != m_accountsPage && old != m_accountPage)
        old->deleteLater();
    if (wasCurrent)
        m_stack->setCurrentIndex(index);
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_pages.at(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

Id MainWindow::currentAccountId() const
{
    if (currentPage() == Page::Account)
        return m_accountPage->accountId();
    if (currentPage() == Page::Accounts)
        return m_accountsPage->currentAccountId();
    return {};
}

void MainWindow::showPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
    const int navRow = page == Page::Account ? int(Page::Accounts) : int(page);
    {
        const QSignalBlocker blocker(m_nav);
        m_nav->setCurrentRow(navRow);
    }
    if (page == Page::Accounts)
        m_accountsPage->view()->setFocus();
}

void MainWindow::showAccount(const Id& accountId)
{
    m_accountPage->showAccount(accountId);
    showPage(Page::Account);
    m_accountPage->tabs()->setFocus();
}

void MainWindow::backToAccounts()
{
    const Id shown = m_accountPage->accountId();
    showPage(Page::Accounts);
    if (!shown.isEmpty())
        m_accountsPage->selectAccount(shown);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

bool MainWindow::openBookFile(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        const bool known = m_recent->paths().contains(QFileInfo(path).absoluteFilePath());
        QMessageBox box(QMessageBox::Warning, tr("Could not open the book"),
                        tr("The book file does not exist."), QMessageBox::Ok, this);
        box.setInformativeText(tr("File: %1\n\nIt may have been moved, renamed or deleted.")
                                   .arg(QDir::toNativeSeparators(path)));
        QPushButton* forget =
            known ? box.addButton(tr("Remove from recent books"), QMessageBox::ActionRole) : nullptr;
        box.exec();
        if (forget && box.clickedButton() == static_cast<QAbstractButton*>(forget))
            m_recent->remove(path);
        return false;
    }
    if (!upgradeIfNeeded(path))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status opened = m_workspace.openBook(path, Book::OpenMode::ReadWrite);
    QApplication::restoreOverrideCursor();
    if (!opened.ok() && opened.error().code == Error::Code::ReadOnly) {
        const auto answer = QMessageBox::question(
            this, tr("Open read-only?"),
            tr("%1\n\nOpen the book read-only instead? You can look at everything but not change it.")
                .arg(opened.error().toString()));
        if (answer == QMessageBox::Yes)
            opened = m_workspace.openBook(path, Book::OpenMode::ReadOnly);
    }
    if (!opened.ok()) {
        showError(this, tr("Could not open the book"), opened.error(), path);
        return false;
    }
    m_recent->add(path);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    showPage(Page::Accounts);
    return true;
}

bool MainWindow::upgradeIfNeeded(const QString& path)
{
    const Result<int> stored = Book::storedSchemaVersion(path);
    if (!stored || stored.value() >= Book::currentSchemaVersion())
        return true; // a damaged, foreign or newer file is reported by the open itself
    // Opening for writing upgrades the book after a checked backup; here it happens as a long job of the
    // workspace (on its writer thread, with a connection of its own, closed again there), so that the window
    // stays responsive on a large book. Cancel stops the backup or the steps; the book is then as it was and
    // the backup gone.
    auto status = std::make_shared<Status>(Error{Error::Code::Cancelled, {}, {}, {}});
    const Clock* clock = &m_workspace.clock();
    LongJob* job = m_workspace.runLong<void>(
        this,
        [path, clock](JobProgress& progress) { return Book::upgrade(path, *clock, progress.cancelCheck()); },
        [status](Status upgraded) { *status = std::move(upgraded); });
    waitWithProgress(this, job,
                     tr("Upgrading the book for this version of CSM Workbench…\nA backup copy is made first; "
                        "if anything fails, the book stays as it was."),
                     true);
    if (status->ok() || status->error().code == Error::Code::ReadOnly)
        return true; // a read-only file: the open below offers what can be done
    if (status->error().code == Error::Code::Cancelled) {
        statusBar()->showMessage(tr("The upgrade was cancelled; the book was not opened and is unchanged."),
                                 8000);
        return false;
    }
    showError(this, tr("Could not upgrade the book"), status->error(), path);
    return false;
}

bool MainWindow::createBookFile(const QString& path)
{
    const Status created = m_workspace.openBook(path, Book::OpenMode::CreateIfMissing);
    if (!created.ok()) {
        showError(this, tr("Could not create the book"), created.error(), path);
        return false;
    }
    m_recent->add(path);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    showPage(Page::Accounts);
    return true;
}

QString MainWindow::bookFileFilter() const
{
    return tr("CSM Workbench books (*.sqlite *.csmbook);;All files (*)");
}

QString MainWindow::defaultBookFolder() const
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    return !last.isEmpty() ? last : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newBook()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New book"), defaultBookFolder() + tr("/book.sqlite"),
                                     bookFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New book"),
            tr("A file named %1 already exists. A new book never overwrites a file: choose another "
               "name, or use Open… to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createBookFile(path);
}

void MainWindow::openBookDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open book"), defaultBookFolder(), bookFileFilter());
    if (!path.isEmpty())
        openBookFile(path);
}

void MainWindow::backupBook()
{
    if (!m_workspace.hasBook())
        return;
    const QFileInfo book(m_workspace.bookPath());
    const QString suggested = book.absolutePath() + QLatin1Char('/') + book.completeBaseName() +
                              QLatin1Char('-') + m_workspace.today().toString(Qt::ISODate) +
                              QStringLiteral(".backup.sqlite");
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Back up the book"), suggested, bookFileFilter());
    if (!target.isEmpty())
        backupBookTo(target); // the save dialog asked before replacing an existing file
}

bool MainWindow::backupBookTo(const QString& target)
{
    if (!m_workspace.hasBook())
        return false;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_workspace.bookPath()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Back up the book"),
                             tr("Choose another file than the open book itself."));
        return false;
    }
    // A long job of the workspace: a checked copy under a temporary name that then takes the place of an
    // older file at target in one step, so that a failed backup leaves the previous one as it was.
    auto status = std::make_shared<Status>(Error{Error::Code::Cancelled, {}, {}, {}});
    LongJob* job = m_workspace.runLong<void>(
        this,
        [target](Book& book, JobProgress&) { return book.backupTo(target, Book::BackupOverwrite::Yes); },
        [status](Status backedUp) { *status = std::move(backedUp); });
    waitWithProgress(this, job, tr("Backing up the book…"), false);

    if (!status->ok()) {
        showError(this, tr("The backup failed"), status->error(), target);
        return false;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    int n = 0;
    for (const QString& path : paths) {
        ++n;
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction* a = m_recentMenu->addAction(label);
        a->setData(path);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openBookFile(path); });
    }
    if (paths.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent books"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear list"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, m_recent, &RecentBooks::clear);
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_workspace.hasBook()) {
        setWindowTitle(tr("No book open"));
        m_bookLabel->setText(tr("No book open"));
        m_bookLabel->setToolTip({});
        m_saveLabel->clear();
        m_backupAction->setEnabled(false);
        updateCount();
        return;
    }
    const QString name = m_workspace.book()->displayName();
    setWindowTitle(m_workspace.isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    m_bookLabel->setText(tr("Book: %1").arg(name));
    m_bookLabel->setToolTip(QDir::toNativeSeparators(m_workspace.bookPath()));
    m_saveLabel->setText(m_workspace.isReadOnly() ? tr("Read-only") : tr("All changes saved"));
    m_saveLabel->setToolTip(m_workspace.isReadOnly()
                                ? tr("This book is open read-only: nothing can be changed.")
                                : tr("Every change is written to the book file as soon as you make it."));
    m_backupAction->setEnabled(true);
    updateCount();
}

void MainWindow::updateCount()
{
    if (!m_workspace.hasBook()) {
        m_countLabel->clear();
        return;
    }
    m_countLabel->setText(m_workspace.isLoading() ? tr("Loading accounts…")
                                                  : tr("%n account(s)", nullptr, m_workspace.accountCount()));
}

void MainWindow::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    updateCount();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_accountsPage->saveViewState();
    QMainWindow::closeEvent(event);
}

} // namespace csm
