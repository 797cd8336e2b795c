// The desktop application: QApplication, translations, the workspace and the main window on the book named by
// --book, else the last book, else the default book in the user's data folder (offering to create one).
//
// Hidden options for looking at the app without a display (used to check layouts, also in Japanese):
//   --screenshot FILE        grab the main window into FILE (PNG) once the accounts are loaded, then quit
//   --screenshot-page NAME   today | accounts | account | portfolio | renewals | roadmaps | reports |
//   firstrun
//                            ("account" opens the first account of the list; "firstrun" grabs the welcome
//                            dialog)
//   --screenshot-tab N       on the account page, the tab to show (0 Timeline .. 4 Roadmap)
//   --as-of DATE             run as of an ISO date instead of today (also for the demo book's history)
//   --size WxH               window size for the screenshot (default 1400x860)
// e.g. QT_QPA_PLATFORM=offscreen csm-workbench --book demo.sqlite --screenshot /tmp/list.png

#include "app/Gui.h"

#include "app/Localization.h"
#include "io/Generator.h"
#include "item/AccountsFilterProxy.h"
#include "storage/Book.h"
#include "ui/about/AppIdentity.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/main/ErrorMessages.h"
#include "ui/main/FirstRunDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentBooks.h"
#include "ui/workspace/BookWorkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace csm::app {

namespace {

QString defaultBookPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/book.sqlite");
}

// Generates the demo book on a worker thread behind a cancellable progress dialog. True when the book exists.
bool createDemoBook(QWidget* parent, const QString& path, const Clock& clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
        std::optional<Error> error;
    };
    auto shared = std::make_shared<Shared>();
    QThread* worker = QThread::create([shared, path, &clock] {
        Result<std::unique_ptr<Book>> book = Book::open(path, Book::OpenMode::CreateIfMissing, clock);
        if (!book) {
            shared->error = book.error();
            return;
        }
        GeneratorOptions options;
        options.accounts = 200;
        options.seed = 1;
        options.asOf = clock.today();
        options.progress = [shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancel.load();
        };
        Result<GeneratorStats> stats = generateBook(*book.value(), options);
        if (!stats)
            shared->error = stats.error();
    });

    QProgressDialog progress(QCoreApplication::translate("csm::app", "Creating the demo book…"),
                             QCoreApplication::translate("csm::app", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        const qint64 total = shared->total;
        if (total > 0)
            progress.setValue(int(100 * shared->done / total));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { shared->cancel = true; });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start(50);
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();

    if (shared->cancel || shared->error) {
        // It was created just now; leave nothing half-made behind (its side files are SQLite's to remove).
        (void)Book::removeFile(path);
        if (shared->error && shared->error->code != Error::Code::Cancelled)
            showError(parent, QCoreApplication::translate("csm::app", "Could not create the demo book"),
                      *shared->error, path);
        return false;
    }
    return true;
}

void runFirstRun(MainWindow& window, const QString& path, const Clock& clock)
{
    FirstRunDialog dialog(path, &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::DemoBook:
        if (createDemoBook(&window, path, clock))
            window.openBookFile(path);
        break;
    case FirstRunDialog::Choice::EmptyBook:
        QDir().mkpath(QFileInfo(path).absolutePath());
        window.createBookFile(path);
        break;
    case FirstRunDialog::Choice::OpenFile:
        window.openBookDialog();
        break;
    case FirstRunDialog::Choice::None:
        break;
    }
}

std::optional<MainWindow::Page> pageFromName(const QString& name)
{
    static const QHash<QString, MainWindow::Page> pages = {
        {QStringLiteral("today"), MainWindow::Page::Today},
        {QStringLiteral("accounts"), MainWindow::Page::Accounts},
        {QStringLiteral("portfolio"), MainWindow::Page::Portfolio},
        {QStringLiteral("renewals"), MainWindow::Page::Renewals},
        {QStringLiteral("roadmaps"), MainWindow::Page::Roadmaps},
        {QStringLiteral("reports"), MainWindow::Page::Reports},
        {QStringLiteral("account"), MainWindow::Page::Account}};
    if (!pages.contains(name))
        return std::nullopt;
    return pages.value(name);
}

void takeScreenshot(MainWindow& window, const QString& file, const QString& pageName, int tab)
{
    const std::optional<MainWindow::Page> page = pageFromName(pageName);
    if (page == MainWindow::Page::Account) {
        const Id first = window.accountsPage()->proxy()->idAt(0);
        if (!first.isEmpty())
            window.showAccount(first);
        if (tab >= 0)
            window.accountPage()->tabs()->setCurrentIndex(tab);
    } else if (page) {
        window.showPage(*page);
    }
    QTimer::singleShot(400, &window, [&window, file] {
        const bool saved = window.grab().save(file);
        QTextStream(stderr) << (saved ? "screenshot saved: " : "could not save screenshot: ") << file << '\n';
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CSM Workbench"));
    QApplication::setApplicationName(QStringLiteral("csm-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CSM Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));
    installTranslators(app);
    applyDesktopIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("csm::app", "Desktop workbench for customer-success managers"));
    parser.addHelpOption();
    const QCommandLineOption bookOption(QStringLiteral("book"),
                                        QCoreApplication::translate("csm::app", "Open this book file."),
                                        QStringLiteral("FILE"));
    parser.addOption(bookOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    QCommandLineOption pageOption(QStringLiteral("screenshot-page"), QString(), QStringLiteral("NAME"),
                                  QStringLiteral("accounts"));
    QCommandLineOption tabOption(QStringLiteral("screenshot-tab"), QString(), QStringLiteral("N"),
                                 QStringLiteral("-1"));
    QCommandLineOption asOfOption(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("WxH"),
                                  QStringLiteral("1400x860"));
    for (QCommandLineOption* hidden :
         {&screenshotOption, &pageOption, &tabOption, &asOfOption, &sizeOption}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*hidden);
    }
    parser.process(app);

    const QDate asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
    FixedClock fixedClock(asOf);
    const Clock& clock = asOf.isValid() ? static_cast<const Clock&>(fixedClock) : Clock::system();

    BookWorkspace workspace(clock);
    MainWindow window(workspace);
    const QString screenshot = parser.value(screenshotOption);
    const QString page = parser.value(pageOption);

    if (!screenshot.isEmpty() && page == QLatin1String("firstrun")) {
        FirstRunDialog dialog(defaultBookPath());
        dialog.show();
        QTimer::singleShot(300, &dialog, [&dialog, screenshot] {
            QCoreApplication::exit(dialog.grab().save(screenshot) ? 0 : 1);
        });
        return app.exec();
    }

    if (!screenshot.isEmpty()) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt(), size.value(1).toInt());
    }
    window.show();

    QString path = parser.value(bookOption);
    if (path.isEmpty()) {
        const QString last = window.recentBooks()->mostRecent();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultBookPath();
    }
    if (QFileInfo::exists(path))
        window.openBookFile(path);
    else if (screenshot.isEmpty())
        runFirstRun(window, path, clock);

    if (!screenshot.isEmpty()) {
        const int tab = parser.value(tabOption).toInt();
        if (workspace.isLoading())
            QObject::connect(
                &workspace, &BookWorkspace::loadingFinished, &window,
                [&window, screenshot, page, tab] { takeScreenshot(window, screenshot, page, tab); },
                Qt::SingleShotConnection);
        else
            takeScreenshot(window, screenshot, page, tab);
    }
    return app.exec();
}

} // namespace csm::app
