// The import wizard's presets and ambiguous matches, and File ▸ Import book… (issue 13), driven by QTest key
// and mouse events on a small book: a preset saved from the wizard carries its mapping and reading options
// and is chosen by itself for the next file with that header; a row that names two accounts is settled by
// the user's choice; a book's JSON export is previewed table by table and imported, and a broken one leaves
// the book as it was with the file and position named. Expected values worked out by hand in the comments.

#include "TestWorkspace.h"
#include "io/BookExport.h"
#include "io/Importer.h"
#include "io/PresetStore.h"
#include "storage/BookTables.h"
#include "ui/transfer/BookImportDialog.h"
#include "ui/transfer/ImportWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace csm;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

// Moves a combo box to the item with this data by arrow keys, as a user does with the focus on it.
bool arrowTo(QComboBox* combo, const QVariant& data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    return combo->currentIndex() == target;
}

void next(ImportWizard& w)
{
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
}

// Answers the next modal dialog: a QInputDialog gets `text` typed and Return, a message box its Yes button.
void answerNextDialog(QObject* context, const QString& text, bool* answered)
{
    QTimer::singleShot(0, context, [text, answered] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            auto* edit = input->findChild<QLineEdit*>();
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
            *answered = true;
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            *answered = true;
        }
    });
}

Contract onlyContract(Book& book, const Id& account)
{
    auto contracts = book.contracts().forAccount(account);
    return contracts && contracts->size() == 1 ? contracts->first() : Contract{};
}

// The small book exported to small.json, then Initech renamed: the export holds one changed account. Empty
// when either fails.
QString exportThenRenameInitech(test::SmallBook& b)
{
    Book& book = *b.workspace->book();
    const QString path = b.dir.filePath(QStringLiteral("small.json"));
    if (!io::exportBookJson(book, path))
        return {};
    Account initech = book.accounts().get(b.initech).value();
    initech.name = QStringLiteral("Initech Renamed");
    return book.accounts().save(initech) ? path : QString();
}

// The preview on screen with its dry run done, as File ▸ Import book… opens it.
bool previewShown(BookImportDialog& d)
{
    d.show();
    if (!QTest::qWaitForWindowExposed(&d))
        return false;
    d.runDryRun();
    return true;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    // A German CRM's contracts: semicolons, 01/04/2026 meaning 1 April. The user maps Kunde to the
    // account's name, says "day first" and saves the preset; the next month's file gets it by itself.
    void aPresetSavedFromTheWizardIsChosenForTheNextFileLikeIt()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        Book& book = *b.workspace->book();
        const QString april = writeFile(b.dir, QStringLiteral("april.csv"),
                                        "Kunde;start_date;term_months\nGlobex Corporation;01/04/2026;12\n");
        {
            ImportWizard w(*b.workspace);
            w.setFile(april);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            next(w); // the reading page
            QVERIFY(arrowTo(child<QComboBox>(&w, "importDelimiterCombo"), QStringLiteral(";")));
            QVERIFY(arrowTo(child<QComboBox>(&w, "importDayOrderCombo"), int(dates::DayOrder::DayFirst)));
            next(w); // the mapping page
            QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
            auto* kunde = child<QComboBox>(&w, "mappingCombo0");
            QCOMPARE(kunde->currentData().toString(), QString()); // "Kunde" suggests nothing
            QVERIFY(arrowTo(kunde, QStringLiteral("account_name")));
            bool answered = false;
            answerNextDialog(&w, QStringLiteral("Monthly CRM"), &answered);
            QTest::mouseClick(child<QPushButton>(&w, "importSavePresetButton"), Qt::LeftButton);
            QVERIFY(answered);
            QVERIFY(child<QComboBox>(&w, "importPresetCombo")
                        ->currentText()
                        .contains(QStringLiteral("Monthly CRM")));
            w.reject();
        }
        auto saved = io::savedPresets(book);
        QVERIFY(saved);
        QCOMPARE(saved->size(), 1);
        const io::ImportPreset& p = saved->first();
        QCOMPARE(p.name, QStringLiteral("Monthly CRM"));
        QCOMPARE(p.type, io::ImportType::Contracts);
        QCOMPARE(p.delimiter, std::optional<char>(';'));
        QCOMPARE(p.dayOrder, dates::DayOrder::DayFirst);
        QCOMPARE(p.columns.size(), 3);
        QCOMPARE(p.columns[0].first, QStringLiteral("Kunde"));
        QCOMPARE(p.columns[0].second.field, QStringLiteral("account_name"));

        // May's file: the same header, Initech from 2 March 2026 (02/03/2026 day first) for 24 months.
        const QString may = writeFile(b.dir, QStringLiteral("may.csv"),
                                      "Kunde;start_date;term_months\nInitech;02/03/2026;24\n");
        {
            ImportWizard w(*b.workspace);
            w.setFile(may);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(child<QLabel>(&w, "importPresetNote")->text().contains(QStringLiteral("Monthly CRM")));
            test::maybeGrab(&w, QStringLiteral("import-preset-chosen"));
            QCOMPARE(child<QComboBox>(&w, "importTypeCombo")->currentData().toInt(),
                     int(io::ImportType::Contracts));
            next(w);
            QCOMPARE(child<QComboBox>(&w, "importDelimiterCombo")->currentData().toString(),
                     QStringLiteral(";"));
            QCOMPARE(child<QComboBox>(&w, "importDayOrderCombo")->currentData().toInt(),
                     int(dates::DayOrder::DayFirst));
            next(w);
            QCOMPARE(child<QComboBox>(&w, "mappingCombo0")->currentData().toString(),
                     QStringLiteral("account_name"));
            test::maybeGrab(&w, QStringLiteral("import-preset-mapping"));
            next(w); // the dry run
            QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
            QVERIFY(w.dryRun());
            QCOMPARE(w.dryRun()->added, 1);
            QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
            QVERIFY(w.result());
            QCOMPARE(w.result()->added, 1);
        }
        const Contract initech = onlyContract(book, b.initech);
        QCOMPARE(initech.startDate, QDate(2026, 3, 2));
        QCOMPARE(initech.termMonths, 24);

        // Deleted from the mapping page (after a Yes), it is gone from the book and from the list.
        {
            ImportWizard w(*b.workspace);
            w.setFile(may);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            next(w);
            next(w);
            auto* remove = child<QPushButton>(&w, "importDeletePresetButton");
            QVERIFY(remove->isEnabled());
            bool answered = false;
            answerNextDialog(&w, {}, &answered);
            QTest::mouseClick(remove, Qt::LeftButton);
            QVERIFY(answered);
            auto* presets = child<QComboBox>(&w, "importPresetCombo");
            QCOMPARE(presets->currentIndex(), 0);
            QCOMPARE(presets->findText(QStringLiteral("Monthly CRM"), Qt::MatchContains), -1);
            QVERIFY(!remove->isEnabled());
            w.reject();
        }
        QCOMPARE(io::savedPresets(book)->size(), 0);
        // Without the preset the next file is back to suggestions: nothing chosen by itself.
        ImportWizard w(*b.workspace);
        w.setFile(may);
        QVERIFY(child<QLabel>(&w, "importPresetNote")->text().isEmpty());
    }

    // Two accounts named Twin: the usage row that names Twin is shown with both, and goes where the user
    // says.
    // A preset saved from the command line reads numbers as de_CH writes them (12’500), which the numbers
    // list does not offer: the wizard adds it, chooses it, and the ARR reads as 12,500 yen.
    void aPresetsOwnNumberFormatIsKept()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        Book& book = *b.workspace->book();
        io::ImportPreset swiss;
        swiss.name = QStringLiteral("Swiss CRM");
        swiss.type = io::ImportType::Accounts;
        swiss.columns = {{QStringLiteral("Firma"), io::ColumnTarget(QStringLiteral("name"))},
                         {QStringLiteral("Umsatz"), io::ColumnTarget(QStringLiteral("arr"))}};
        swiss.numberLocale = QStringLiteral("de_CH");
        QVERIFY(io::savePreset(book, swiss));
        const QString twelveThousandFiveHundred = QLocale(QStringLiteral("de_CH")).toString(12500);
        QCOMPARE(twelveThousandFiveHundred.size(), 6); // a group separator between 12 and 500
        const QString path =
            writeFile(b.dir, QStringLiteral("swiss.csv"),
                      "Firma,Umsatz\nHooli AG,\"" + twelveThousandFiveHundred.toUtf8() + "\"\n");

        ImportWizard w(*b.workspace);
        w.setFile(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(child<QLabel>(&w, "importPresetNote")->text().contains(QStringLiteral("Swiss CRM")));
        next(w); // the reading page
        auto* numbers = child<QComboBox>(&w, "importNumbersCombo");
        QCOMPARE(numbers->currentData().toString(), QStringLiteral("de_CH"));
        QVERIFY2(numbers->currentText().contains(QLocale(QStringLiteral("de_CH")).toString(1200.5, 'f', 2)),
                 qPrintable(numbers->currentText()));
        QCOMPARE(numbers->count(), 4); // the three offered and the preset's
        next(w);
        next(w); // the dry run
        QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
        QVERIFY(w.dryRun());
        QCOMPARE(w.dryRun()->added, 1);
        QCOMPARE(w.dryRun()->rejected, 0);
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(w.result());
        const auto accounts = book.accounts().list();
        QVERIFY(accounts);
        const auto hooli = std::find_if(accounts->begin(), accounts->end(), [](const Account& a) {
            return a.name == QStringLiteral("Hooli AG");
        });
        QVERIFY(hooli != accounts->end());
        QCOMPARE(hooli->arr, MinorUnits(12500));
    }

    // The dry run's rejected rows (customers' data) wait in a private temporary folder of the wizard's own,
    // removed with the wizard when it is left without importing.
    void theRejectedRowsFileGoesWithTheWizard()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        const QString path = writeFile(b.dir, QStringLiteral("usage.csv"),
                                       "account,date,metric,value\nNobody Ltd,2026-06-01,logins,5\n");
        QString rejects;
        {
            ImportWizard w(*b.workspace);
            w.setFile(path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            next(w);
            next(w);
            next(w);
            QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
            QCOMPARE(w.dryRun()->rejected, 1);
            rejects = w.dryRun()->rejectsFile;
            QVERIFY(QFileInfo::exists(rejects));
            QFile f(rejects);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().contains("Nobody Ltd"));
            QCOMPARE(QFileInfo(QFileInfo(rejects).path()).permissions() &
                         (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
            QTest::keyClick(&w, Qt::Key_Escape);
        }
        QVERIFY(!QFileInfo::exists(rejects));
        QVERIFY(!QFileInfo::exists(QFileInfo(rejects).path()));
    }

    void anAmbiguousRowGoesWhereTheUserChooses()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        Book& book = *b.workspace->book();
        for (const char* external : {"Z-1", "Z-2"}) {
            Account twin;
            twin.name = QStringLiteral("Twin");
            twin.externalId = QString::fromLatin1(external);
            QVERIFY(book.accounts().save(twin));
        }
        const QString path = writeFile(b.dir, QStringLiteral("usage.csv"),
                                       "account,date,metric,value\nTwin,2026-06-01,logins,5\n"
                                       "Initech,2026-06-01,logins,3\n");
        ImportWizard w(*b.workspace);
        w.setFile(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(child<QComboBox>(&w, "importTypeCombo")->currentData().toInt(), int(io::ImportType::Usage));
        next(w);
        next(w);
        next(w);
        QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
        QCOMPARE(w.dryRun()->rejected, 1);
        QVERIFY(child<QWidget>(&w, "importAmbiguousBox")->isVisible());
        auto* table = child<QTableWidget>(&w, "importAmbiguousTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Twin"));
        auto* choice = qobject_cast<QComboBox*>(table->cellWidget(0, 3));
        QVERIFY(choice);
        // Undecided, the two accounts, leave the row out: a usage row cannot make an account.
        QCOMPARE(choice->count(), 4);
        const int z2 = choice->findText(QStringLiteral("Twin (Z-2)"));
        QVERIFY(z2 > 0);
        choice->setFocus();
        while (choice->currentIndex() < z2)
            QTest::keyClick(choice, Qt::Key_Down);
        QVERIFY(child<QPushButton>(&w, "importCheckAgainButton")->isEnabled());
        test::maybeGrab(&w, QStringLiteral("import-ambiguous-choice"));
        // Import checks again with the choice first, then imports both rows.
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(w.result());
        QCOMPARE(w.result()->added, 2);
        QCOMPARE(w.result()->rejected, 0);
        // The value is Z-2's: the same row by external id changes nothing for Z-2 and is new for Z-1.
        io::ImportOptions check;
        check.type = io::ImportType::Usage;
        check.dryRun = true;
        check.path = writeFile(b.dir, QStringLiteral("check.csv"),
                               "account_external_id,date,metric,value\nZ-2,2026-06-01,logins,5\n"
                               "Z-1,2026-06-01,logins,5\n");
        auto after = io::importFile(book, check);
        QVERIFY(after);
        QCOMPARE(after->unchanged, 1);
        QCOMPARE(after->added, 1);
    }

    // The book exported, Initech renamed, the export imported back: one account changed, one unchanged.
    void aBooksExportIsPreviewedThenImported()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        Book& book = *b.workspace->book();
        const QString path = exportThenRenameInitech(b);
        QVERIFY(!path.isEmpty());
        BookImportDialog d(*b.workspace, path);
        QVERIFY(previewShown(d));
        QVERIFY(d.dryRun());
        QCOMPARE(d.dryRun()->updated, 1);
        QCOMPARE(d.dryRun()->added, 0);
        auto* tables = child<QTreeWidget>(&d, "bookImportTables");
        // Tables under the names a user knows, the JSON file's name in the tooltip.
        const QList<QTreeWidgetItem*> account =
            tables->findItems(QStringLiteral("Accounts"), Qt::MatchExactly);
        QCOMPARE(account.size(), 1);
        QCOMPARE(account.first()->toolTip(0), QStringLiteral("account"));
        QStringList titles;
        for (int i = 0; i < tables->topLevelItemCount(); ++i)
            titles << tables->topLevelItem(i)->text(0);
        // The small book's rows: two accounts, their contacts and contracts, and the settings.
        QCOMPARE(titles, (QStringList{QStringLiteral("Accounts"), QStringLiteral("Contacts"),
                                      QStringLiteral("Contracts"), QStringLiteral("Book settings")}));
        // Every table an export can hold has a title (a table a later schema adds needs one too).
        const Result<QList<DataTable>> all = dataTables(book);
        QVERIFY(all);
        for (const DataTable& t : *all)
            QVERIFY2(BookImportDialog::tableTitle(t.name) != t.name, qPrintable(t.name));
        QCOMPARE(account.first()->text(1), QStringLiteral("0")); // new
        QCOMPARE(account.first()->text(2), QStringLiteral("1")); // changed: Initech
        QCOMPARE(account.first()->text(3), QStringLiteral("1")); // unchanged: Globex
        QCOMPARE(book.accounts().get(b.initech)->name, QStringLiteral("Initech Renamed")); // a dry run
        test::maybeGrab(&d, QStringLiteral("book-import-preview"));
        auto* run = child<QPushButton>(&d, "bookImportButton");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(d.result());
        QVERIFY(d.result()->committed);
        QCOMPARE(book.accounts().get(b.initech)->name, QStringLiteral("Initech"));
    }

    // Cancel in the import's progress dialog: the import stops, the book is as it was, the preview stays
    // open and says so, and Import works on the next try. The writer thread is kept busy first so that the
    // import waits behind that job and the click lands while its progress is up (the engine's own test
    // cancels a running import halfway: tst_bookexport).
    void cancellingTheBookImportLeavesTheBookUnchanged()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        Book& book = *b.workspace->book();
        const QString path = exportThenRenameInitech(b);
        QVERIFY(!path.isEmpty());
        BookImportDialog d(*b.workspace, path);
        QVERIFY(previewShown(d));
        QVERIFY(d.dryRun());
        QCOMPARE(d.dryRun()->updated, 1);

        QSemaphore release;
        QObject context;
        b.workspace->runLong<bool>(
            &context,
            [&release](JobProgress&) -> Result<bool> {
                release.acquire();
                return true;
            },
            [](Result<bool>) {});
        bool clicked = false;
        // The progress dialog appears after its minimum duration (300 ms); a user then presses its Cancel.
        QTimer poll;
        connect(&poll, &QTimer::timeout, &d, [&] {
            auto* progress = d.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
            if (clicked || !progress || !progress->isVisible())
                return;
            QPushButton* cancel = progress->findChild<QPushButton*>();
            if (!cancel)
                return;
            clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
            release.release();
        });
        poll.start(20);
        QTest::mouseClick(child<QPushButton>(&d, "bookImportButton"), Qt::LeftButton);
        poll.stop();
        QVERIFY(clicked);
        QVERIFY(!d.result());
        QVERIFY(d.isVisible());
        QCOMPARE(child<QLabel>(&d, "bookImportSummary")->text(),
                 QStringLiteral("The import was cancelled; the book is unchanged."));
        QCOMPARE(book.accounts().get(b.initech)->name, QStringLiteral("Initech Renamed"));

        QTest::mouseClick(child<QPushButton>(&d, "bookImportButton"), Qt::LeftButton);
        QVERIFY(d.result());
        QVERIFY(d.result()->committed);
        QCOMPARE(book.accounts().get(b.initech)->name, QStringLiteral("Initech"));
    }

    // A file cut off in the middle: nothing changes, the message names the file and where reading stopped.
    void aBrokenExportChangesNothingAndSaysWhere()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        Book& book = *b.workspace->book();
        const QString whole = exportThenRenameInitech(b);
        QVERIFY(!whole.isEmpty());
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // Two thirds of it, cut in the middle of a line (one byte sooner when two thirds end a line).
        qsizetype cutAt = bytes.size() * 2 / 3;
        if (bytes.at(cutAt - 1) == '\n')
            --cutAt;
        const QByteArray kept = bytes.left(cutAt);
        QVERIFY(!kept.endsWith('\n'));
        const QString cut = writeFile(b.dir, QStringLiteral("cut.json"), kept);
        // Rows are one a line: reading stops at the last line, the one cut in the middle.
        const qint64 lastLine = kept.count('\n') + 1;

        BookImportDialog d(*b.workspace, cut);
        QVERIFY(previewShown(d));
        QVERIFY(!d.dryRun());
        const QString message = child<QLabel>(&d, "bookImportSummary")->text();
        QVERIFY2(message.contains(QStringLiteral("cut.json:%1").arg(lastLine)), qPrintable(message));
        QVERIFY(!child<QPushButton>(&d, "bookImportButton")->isEnabled());
        test::maybeGrab(&d, QStringLiteral("book-import-broken"));
        QCOMPARE(book.accounts().get(b.initech)->name, QStringLiteral("Initech Renamed"));
    }

    // File ▸ Import book… asks for the file and opens the preview; the CSV wizard hands a JSON export over.
    void theFileMenuAndTheWizardLeadToTheBookImport()
    {
        test::SmallBook b;
        QVERIFY(b.create());
        const QString path = b.dir.filePath(QStringLiteral("small.json"));
        QVERIFY(io::exportBookJson(*b.workspace->book(), path));
        MainWindow window(*b.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool answered = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptOpen);
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept();
            answered = true;
        });
        auto* action = window.findChild<QAction*>(QStringLiteral("importBookAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(answered);
        BookImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<BookImportDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->dryRun());
        QCOMPARE(dialog->dryRun()->added + dialog->dryRun()->updated, 0); // the book has all of it
        QVERIFY(!child<QPushButton>(dialog, "bookImportButton")->isEnabled());
        dialog->reject();

        ImportWizard w(*b.workspace);
        QSignalSpy handed(&w, &ImportWizard::bookExportChosen);
        w.setFile(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        next(w);
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().first().toString(), path);
        QVERIFY(!w.isVisible());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
