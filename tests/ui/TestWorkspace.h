#pragma once

// A small book in a temporary folder, a workspace on it at a fixed date, and the real main window.

#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/main/MainWindow.h"
#include "ui/workspace/BookWorkspace.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace csm::test {

inline const QDate kToday(2026, 6, 30);

struct SmallBook
{
    QTemporaryDir dir;
    FixedClock clock{kToday};
    std::unique_ptr<BookWorkspace> workspace;
    Id globex;  // account with a contact and a contract renewing soon
    Id initech; // account without touches
    Id contact;
    QString currency = QStringLiteral("JPY"); // of the book create() makes
    Id contract;                              // Globex's

    // background: the workspace loads and reads on its worker threads, as in the app.
    bool create(bool background = false)
    {
        if (!dir.isValid())
            return false;
        Result<std::unique_ptr<Book>> book =
            Book::open(dir.filePath(QStringLiteral("small.sqlite")), Book::OpenMode::CreateIfMissing, clock,
                       Book::NewBookOptions{currency});
        if (!book)
            return false;
        Account a;
        a.name = QStringLiteral("Globex Corporation");
        a.nameReading = QStringLiteral("ぐろーべっくす");
        a.externalId = QStringLiteral("CRM-100");
        a.owner = QStringLiteral("Sato");
        a.seats = 50;
        a.stage = LifecycleStage::Mature;
        Result<Account> saved = book.value()->accounts().save(a);
        if (!saved)
            return false;
        globex = saved->id;
        Account b;
        b.name = QStringLiteral("Initech");
        b.externalId = QStringLiteral("CRM-200");
        Result<Account> savedB = book.value()->accounts().save(b);
        if (!savedB)
            return false;
        initech = savedB->id;
        Contact c;
        c.accountId = globex;
        c.name = QStringLiteral("Hanako Suzuki");
        c.role = ContactRole::Champion;
        c.email = QStringLiteral("hanako@globex.example");
        Result<Contact> savedC = book.value()->contacts().save(c);
        if (!savedC)
            return false;
        contact = savedC->id;
        Contract k;
        k.accountId = globex;
        k.startDate = QDate(2025, 9, 1); // renews 2026-09-01, notice deadline 2026-07-03
        k.termMonths = 12;
        k.noticeDays = 60;
        k.arr = 12'000'000; // ¥12,000,000 or $120,000.00
        Result<Contract> savedK = book.value()->contracts().save(k);
        if (!savedK)
            return false;
        contract = savedK->id;
        workspace = std::make_unique<BookWorkspace>(clock);
        workspace->setLoadInBackground(background);
        workspace->adoptBook(std::move(book.value()));
        return true;
    }

    // Closes the book and opens the same file again read-only (as "Open read-only" does).
    bool reopenReadOnly()
    {
        const QString path = workspace->bookPath();
        workspace->closeBook();
        return workspace->openBook(path, Book::OpenMode::ReadOnly).ok();
    }
};

// Waits until every read posted to the workspace's reader before this call has answered or been dropped:
// reads run and answer in the order they are posted, so once a read posted now has answered, no earlier
// answer is left to arrive. For "nothing arrives later" checks, instead of waiting a while.
inline bool flushReads(BookWorkspace& workspace)
{
    QObject context;
    bool answered = false;
    workspace.read<int>(
        &context, [](Book&) { return Result<int>(0); }, [&answered](Result<int>) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; });
}

// For looking at the widgets: CSM_SCREENSHOT_DIR=/tmp/shots saves grabs of the dialogs and pages the tests
// open; CSM_SCREENSHOT_QM=path/to/csm-workbench_ja.qm shows them translated.
inline void maybeTranslate()
{
    const QString qm = qEnvironmentVariable("CSM_SCREENSHOT_QM");
    if (qm.isEmpty())
        return;
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(qm))
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
}

inline void maybeGrab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("csm-workbench-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui"));
    maybeTranslate();
}

} // namespace csm::test
