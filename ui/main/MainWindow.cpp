#include "ui/main/MainWindow.h"

#include "ui/main/BackupController.h"

#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "ui/about/AboutDialog.h"
#include "ui/editors/WorkspaceActions.h"
#include "ui/health/HealthCatchUp.h"
#include "ui/main/ErrorMessages.h"
#include "ui/main/PageStack.h"
#include "ui/main/RecentBooks.h"
#include "ui/main/StartPanel.h"
#include "ui/main/StatusNotice.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/transfer/TransferActions.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace csm {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kLastFolderKey = QStringLiteral("mainWindow/lastFolder");
const auto kBookSuffix = QStringLiteral("sqlite");

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
} // namespace

MainWindow::MainWindow(BookWorkspace& workspace, const PageRegistry& pages, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_recent(new RecentBooks(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createStatusBar();
    new WorkspaceActions(*this); // Log a touch, the editors, delete, search (owned by the window)
    new TransferActions(*this);  // File ▸ Import, Export book, Undo last import
    m_pages = new PageStack(pages, *this, createNoBookPanel());
    setCentralWidget(m_pages);
    createGoMenu();

    connect(m_pages, &PageStack::currentChanged, this, [this] {
        updateBackAction();
        updateAccountContext();
    });
    connect(&m_workspace, &BookWorkspace::bookOpened, this, &MainWindow::updateTitleAndStatus);
    new HealthCatchUp(m_workspace,
                      this); // health scores of a book opened on a later day (owned by the window)
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

    restoreWindowGeometry();
    rebuildRecentMenu();
    updateTitleAndStatus();
    m_pages->show(pageids::accounts, false);
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreWindowGeometry()
{
    QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    // First start: most of the screen, the list's columns and a page's facts side by side, but not a
    // stretched window on a very large screen.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size(std::min(screen.width() * 9 / 10, 1600), std::min(screen.height() * 9 / 10, 1000));
    resize(size);
    move(screen.center() - QPoint(size.width() / 2, size.height() / 2));
}

StartPanel* MainWindow::createNoBookPanel()
{
    auto* panel = new StartPanel;
    panel->setObjectName(QStringLiteral("noBookPanel"));
    panel->setHeading(tr("No book is open"));
    panel->setText(tr("A book is one file on this computer that holds your accounts, touches, contracts and "
                      "renewals. Try the demo book, start a new one, or open one you have."));
    for (const char* name : {"newDemoBookAction", "newBookAction", "openBookAction"})
        panel->addAction(findChild<QAction*>(QLatin1String(name)));
    return panel;
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
    connect(add(file, QStringLiteral("newDemoBookAction"), tr("New &demo book…"),
                tr("Create a book with 200 sample accounts, to try things out"), {}),
            &QAction::triggered, this, &MainWindow::newDemoBook);
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
    // The automatic backups and Restore from backup… (issue 17); Gui.cpp finds it to turn the backups on.
    auto* backups =
        new BackupController(m_workspace, *this, [this](const QString& path) { return openBookFile(path); });
    file->addAction(backups->restoreAction());
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
    // Pages and actions add their commands here (addMenuAction: the search, Filter accounts ...).
    m_editEnd = edit->addSeparator();
    QAction* preferences = add(edit, QStringLiteral("preferencesAction"), tr("Pr&eferences…"),
                               tr("Choose the language of CSM Workbench and the folder of its backups"),
                               {QKeySequence::Preferences});
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    // View
    QAction* navToggle =
        add(view, QStringLiteral("toggleNavigationAction"), tr("&Navigation panel"),
            tr("Show or hide the list of pages on the left"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    navToggle->setCheckable(true);
    navToggle->setChecked(true);
    connect(navToggle, &QAction::toggled, this, [this](bool on) { m_pages->navigation()->setVisible(on); });
    connect(add(view, QStringLiteral("reloadAction"), tr("Re&load accounts"),
                tr("Read the accounts list again"), {QKeySequence::Refresh}),
            &QAction::triggered, &m_workspace, &BookWorkspace::reload);

    // Go: one entry per page (createGoMenu, once the pages are built), then Back.
    m_backAction = new QAction(tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcuts(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    addAction(m_backAction);

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

void MainWindow::createGoMenu()
{
    QMenu* go = menu(Menu::Go);
    for (const PageSpec& spec : m_pages->pages()) {
        if (!spec.inNavigation)
            continue;
        auto* a = new QAction(spec.icon, spec.title, this);
        a->setObjectName(QStringLiteral("go-%1").arg(spec.id));
        a->setToolTip(tr("Go to %1").arg(spec.title));
        a->setStatusTip(a->toolTip());
        a->setShortcut(spec.shortcut);
        const QString id = spec.id;
        connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
        go->addAction(a);
        addAction(a);
    }
    go->addSeparator();
    go->addAction(m_backAction);
    updateBackAction();
}

void MainWindow::createStatusBar()
{
    m_bookLabel = new QLabel(this);
    m_bookLabel->setObjectName(QStringLiteral("bookStatus"));
    m_notice = new StatusNotice(m_workspace.undoStack(), this);
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
    statusBar()->addWidget(m_notice, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
}

QMenu* MainWindow::menu(Menu which) const
{
    return m_menus.value(int(which));
}

void MainWindow::addMenuAction(Menu which, QAction* action)
{
    if (which == Menu::Edit)
        menu(which)->insertAction(m_editEnd, action);
    else
        menu(which)->addAction(action);
    addAction(action);
}

QWidget* MainWindow::pageWidget(const QString& id) const
{
    return m_pages ? m_pages->widget(id) : nullptr;
}

QString MainWindow::currentPage() const
{
    return m_pages ? m_pages->currentId() : QString();
}

Id MainWindow::currentAccountId() const
{
    if (!m_workspace.hasBook())
        return {};
    const auto* context = dynamic_cast<const AccountContext*>(pageWidget(currentPage()));
    return context ? context->currentAccountId() : Id();
}

void MainWindow::updateAccountContext()
{
    const Id id = currentAccountId();
    if (id != m_lastAnnouncedAccount) {
        m_lastAnnouncedAccount = id;
        emit currentAccountChanged(id);
    }
}

void MainWindow::showPage(const QString& id)
{
    m_pages->show(id);
    if (QWidget* page = pageWidget(id); page && page->isVisible())
        page->setFocus();
}

void MainWindow::showAccount(const Id& accountId, const QString& tab)
{
    if (auto* viewer = dynamic_cast<AccountViewer*>(pageWidget(pageids::account)))
        viewer->showAccount(accountId, tab);
    showPage(pageids::account);
}

void MainWindow::showRecord(const Id& accountId, const QString& tab, const Id& recordId)
{
    if (auto* viewer = dynamic_cast<AccountViewer*>(pageWidget(pageids::account)))
        viewer->showRecord(accountId, tab, recordId);
    showPage(pageids::account);
}

void MainWindow::goBack()
{
    if (!m_pages->back())
        m_pages->show(pageids::accounts, false);
    if (QWidget* page = pageWidget(currentPage()))
        page->setFocus();
}

void MainWindow::updateBackAction()
{
    const PageSpec* previous = m_pages ? m_pages->spec(m_pages->previousId()) : nullptr;
    const QString where = previous ? previous->title : QString();
    m_backAction->setEnabled(previous != nullptr);
    m_backAction->setText(previous ? tr("&Back to %1").arg(where) : tr("&Back"));
    m_backAction->setIconText(previous ? where : tr("Back"));
    m_backAction->setToolTip(previous ? tr("Back to %1 (Alt+Left)").arg(where) : tr("Back (Alt+Left)"));
    m_backAction->setStatusTip(m_backAction->toolTip());
}

void MainWindow::announce(const QString& message, bool undoable)
{
    m_notice->announce(message, undoable);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        announce(tr("The language changes the next time you start CSM Workbench."), false);
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
    // Open elsewhere, or in a folder that cannot be written to: the book can still be read.
    if (!opened.ok() &&
        (opened.error().code == Error::Code::ReadOnly || opened.error().code == Error::Code::Locked)) {
        QMessageBox box(QMessageBox::Question, tr("Open read-only?"), opened.error().message,
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("openReadOnlyBox"));
        box.setInformativeText(
            tr("You can open the book read-only: you see everything but cannot change it.\n\nFile: %1")
                .arg(QDir::toNativeSeparators(path)));
        QPushButton* readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton*>(readOnly))
            opened = m_workspace.openBook(path, Book::OpenMode::ReadOnly);
        else
            return false;
    }
    if (!opened.ok()) {
        showError(this, tr("Could not open the book"), opened.error(), path);
        return false;
    }
    m_recent->add(path);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    m_pages->show(pageids::accounts, false);
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
    m_pages->show(pageids::accounts, false);
    return true;
}

QString MainWindow::defaultBookPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/book.sqlite");
}

QString MainWindow::withBookSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + kBookSuffix : path;
}

QString MainWindow::bookFileFilter() const
{
    return tr("CSM Workbench books (*.sqlite *.csmbook);;All files (*)");
}

QString MainWindow::openFileFilter() const
{
    // A book is whatever SQLite file the user saved it as (.db, .sqlite3, no extension): every file is
    // listed, and opening tells a book from anything else.
    return tr("All files (*);;CSM Workbench books (*.sqlite *.csmbook)");
}

QString MainWindow::defaultBookFolder() const
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    return !last.isEmpty() ? last : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString MainWindow::askNewBookPath(const QString& title, const QString& fileName)
{
    QString path =
        QFileDialog::getSaveFileName(this, title, defaultBookFolder() + QLatin1Char('/') + fileName,
                                     bookFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    path = withBookSuffix(path);
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, title,
            tr("A file named %1 already exists. A new book never overwrites a file: choose another "
               "name, or use Open… to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void MainWindow::newBook()
{
    if (const QString path = askNewBookPath(tr("New book"), tr("book.sqlite")); !path.isEmpty())
        createBookFile(path);
}

void MainWindow::newDemoBook()
{
    if (const QString path = askNewBookPath(tr("New demo book"), tr("demo.sqlite")); !path.isEmpty())
        createDemoBookFile(path);
}

bool MainWindow::createDemoBookFile(const QString& path)
{
    if (!m_demoBookMaker || !m_demoBookMaker(this, path))
        return false;
    return openBookFile(path);
}

void MainWindow::openBookDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open book"), defaultBookFolder(), openFileFilter());
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
    m_pages->setHasBook(m_workspace.hasBook());
    m_notice->clear();
    if (!m_workspace.hasBook()) {
        setWindowTitle(tr("No book open"));
        m_bookLabel->setText(tr("No book open"));
        m_bookLabel->setToolTip({});
        m_saveLabel->clear();
        m_backupAction->setEnabled(false);
        updateCount();
        updateAccountContext();
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
    updateAccountContext();
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
    QMainWindow::closeEvent(event); // pages save their own state as they go away
}

} // namespace csm
