// The desktop application: QApplication, translations, the workspace and the main window on the book named by
// --book, else the last book, else the default book in the user's data folder (offering to create one).
//
// Hidden options for looking at the app without a display (used to check layouts, also in Japanese):
//   --screenshot FILE        grab the main window into FILE (PNG) once the accounts are loaded, then quit
//   --screenshot-page NAME   a page id of the registry (today, accounts, account, portfolio, renewals,
//                            roadmaps, reports) or firstrun ("account" opens the first account of the
//                            list; "firstrun" grabs the welcome dialog)
//   --screenshot-tab ID      on the account page, the tab to show (timeline, contacts, contract, health,
//                            roadmap)
//   --as-of DATE             run as of an ISO date instead of today (also for the demo book's history)
//   --size WxH               window size for the screenshot (default 1400x860)
// e.g. QT_QPA_PLATFORM=offscreen csm-workbench --book demo.sqlite --screenshot /tmp/list.png

#include "app/Gui.h"

#include "app/Localization.h"
#include "io/Generator.h"
#include "item/AccountsFilterProxy.h"
#include "storage/Book.h"
#include "ui/about/AppIdentity.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/main/BackupController.h"
#include "ui/main/ErrorMessages.h"
#include "ui/main/FirstRunDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentBooks.h"
#include "ui/portfolio/PortfolioPage.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

namespace csm::app {

namespace {

// Generates the demo book as a long job of the workspace (on its writer thread) behind a cancellable
// progress dialog. True when the book exists.
bool createDemoBook(BookWorkspace& workspace, QWidget* parent, const QString& path, const Clock& clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::optional<Error> error;
    LongJob* job = workspace.runLong<GeneratorStats>(
        parent,
        [path, &clock](JobProgress& progress) -> Result<GeneratorStats> {
            Result<std::unique_ptr<Book>> book = Book::open(path, Book::OpenMode::CreateIfMissing, clock);
            if (!book)
                return book.error();
            GeneratorOptions options;
            options.accounts = 200;
            options.seed = 1;
            options.asOf = clock.today();
            options.progress = [&progress](qint64 done, qint64 total) {
                progress.report(done, total);
                return !progress.cancelled();
            };
            return generateBook(*book.value(), options);
        },
        [&error](Result<GeneratorStats> stats) {
            if (!stats)
                error = stats.error();
        });
    QProgressDialog progress(QCoreApplication::translate("csm::app", "Creating the demo book…"),
                             QCoreApplication::translate("csm::app", "Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    job->attach(progress);
    job->wait(); // the answer has been handed over when it returns; a cancelled generation answers Cancelled
    progress.reset();

    if (error) {
        // It was created just now; leave nothing half-made behind (its side files are SQLite's to remove).
        (void)Book::removeFile(path);
        if (error && error->code != Error::Code::Cancelled)
            showError(parent, QCoreApplication::translate("csm::app", "Could not create the demo book"),
                      *error, path);
        return false;
    }
    return true;
}

// Cancelling leaves the window with no book, which says how to go on (the no-book panel).
void runFirstRun(MainWindow& window, const QString& path)
{
    FirstRunDialog dialog(path, &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::DemoBook:
        window.createDemoBookFile(path);
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

void takeScreenshot(MainWindow& window, const QString& file, const QString& page, const QString& tab)
{
    if (page == pageids::account) {
        const Id first = window.page<AccountsPage>(pageids::accounts)->proxy()->idAt(0);
        if (!first.isEmpty())
            window.showAccount(first, tab);
    } else {
        window.showPage(page);
    }
    const auto grabSoon = [&window, file] {
        QTimer::singleShot(400, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QTextStream(stderr) << (saved ? "screenshot saved: " : "could not save screenshot: ") << file
                                << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    // The portfolio is computed on the reader thread: wait for it.
    auto* portfolio = window.page<PortfolioPage>(pageids::portfolio);
    if (page == pageids::portfolio && portfolio && !portfolio->hasView())
        QObject::connect(portfolio, &PortfolioPage::computed, &window, grabSoon, Qt::SingleShotConnection);
    else
        grabSoon();
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
    QCommandLineOption tabOption(QStringLiteral("screenshot-tab"), QString(), QStringLiteral("ID"));
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
    window.setDemoBookMaker([&clock, &workspace](QWidget* parent, const QString& path) {
        return createDemoBook(workspace, parent, path, clock);
    });
    const QString screenshot = parser.value(screenshotOption);
    const QString page = parser.value(pageOption);
    // Today's backup of the open book (issue 17); not for a screenshot, which changes nothing.
    window.findChild<BackupController*>()->setAutomatic(screenshot.isEmpty());

    if (!screenshot.isEmpty() && page == QLatin1String("firstrun")) {
        FirstRunDialog dialog(MainWindow::defaultBookPath());
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
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : MainWindow::defaultBookPath();
    }
    if (QFileInfo::exists(path))
        window.openBookFile(path);
    else if (screenshot.isEmpty())
        runFirstRun(window, path);

    if (!screenshot.isEmpty()) {
        const QString tab = parser.value(tabOption);
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
