#include "ui/transfer/TransferActions.h"

#include "io/BookExport.h"
#include "io/CalendarExport.h"
#include "storage/Book.h"
#include "storage/ImportWriter.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageRegistry.h"
#include "ui/transfer/BookImportDialog.h"
#include "ui/transfer/ImportWizard.h"
#include "ui/transfer/ViewExport.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>

namespace csm {

namespace {

// Waits for a long job with a progress dialog that can cancel it.
void waitFor(QWidget* parent, LongJob* job, const QString& label)
{
    QProgressDialog progress(label, TransferActions::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    job->attach(progress);
    job->wait(QEventLoop::AllEvents);
    progress.reset();
}

} // namespace

TransferActions::TransferActions(MainWindow& window)
    : QObject(&window), m_window(window), m_workspace(window.workspace())
{
    setObjectName(QStringLiteral("transferActions"));
    QMenu* file = m_window.menu(MainWindow::Menu::File);
    QAction* before = nullptr;
    for (QAction* a : file->actions()) {
        if (a->objectName() == QLatin1String("backupAction"))
            before = a;
    }
    const auto make = [&](const QString& name, const QString& text, const QString& tip,
                          const QKeySequence& key) {
        auto* a = new QAction(text, &m_window);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        if (!key.isEmpty())
            a->setShortcut(key);
        file->insertAction(before, a);
        m_window.addAction(a);
        return a;
    };
    m_import =
        make(QStringLiteral("importAction"), tr("&Import…"),
             tr("Import accounts, contacts, contracts, ARR, touches, usage, NPS or holidays from a CSV file"),
             QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] { importFile(); });
    m_importBook = make(QStringLiteral("importBookAction"), tr("Im&port book…"),
                        tr("Add or update rows from a book's JSON export (File ▸ Export book…)"), {});
    connect(m_importBook, &QAction::triggered, this, [this] { importBook(); });
    m_export = make(QStringLiteral("exportAction"), tr("&Export book…"),
                    tr("Write the whole book as one JSON file, or as one CSV file per table"), {});
    connect(m_export, &QAction::triggered, this, &TransferActions::exportBook);
    m_exportCalendar = make(QStringLiteral("exportCalendarAction"), tr("Export &calendar…"),
                            tr("Write notice deadlines, renewal dates, open follow-ups and milestones as an "
                               "iCalendar (.ics) file for Outlook or Google Calendar"),
                            {});
    connect(m_exportCalendar, &QAction::triggered, this, &TransferActions::exportCalendar);
    m_exportView = make(QStringLiteral("exportViewAction"), tr("Export &view…"),
                        tr("Write the rows and columns the list on screen shows as a CSV file"), {});
    connect(m_exportView, &QAction::triggered, this, &TransferActions::exportView);
    m_undo = make(QStringLiteral("undoImportAction"), tr("Undo last i&mport"),
                  tr("Remove what the last import added and restore what it changed"), {});
    connect(m_undo, &QAction::triggered, this, &TransferActions::undoLastImport);
    file->insertSeparator(before);

    connect(&m_workspace, &BookWorkspace::bookOpened, this, &TransferActions::updateEnabled);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &TransferActions::updateEnabled);
    updateEnabled();
}

void TransferActions::updateEnabled()
{
    const bool writable = m_workspace.hasBook() && !m_workspace.isReadOnly();
    m_import->setEnabled(writable);
    m_importBook->setEnabled(writable);
    m_undo->setEnabled(writable);
    m_export->setEnabled(m_workspace.hasBook());
    m_exportCalendar->setEnabled(writable); // the export keeps each item's UID in the book
    m_exportView->setEnabled(m_workspace.hasBook());
}

void TransferActions::exportView()
{
    if (!m_workspace.hasBook())
        return;
    // The list of the page on screen: its visible table with the most rows (the accounts list, the
    // renewals); the accounts list when the page has none.
    QString page = m_window.currentPage();
    QTableView* table = nullptr;
    if (QWidget* widget = m_window.pageWidget(page)) {
        for (QTableView* t : widget->findChildren<QTableView*>()) {
            if (t->isVisible() && t->model() &&
                (!table || t->model()->rowCount() > table->model()->rowCount()))
                table = t;
        }
    }
    if (!table) {
        page = pageids::accounts;
        m_window.showPage(page);
        if (auto* accounts = qobject_cast<AccountsPage*>(m_window.pageWidget(page)))
            table = accounts->view();
    }
    if (!table)
        return;
    csm::exportView(*table, m_workspace, &m_window,
                    m_workspace.book()->displayName() + QLatin1Char('-') + page,
                    [this](const QString& sentence) { m_window.statusBar()->showMessage(sentence, 15000); });
}

void TransferActions::importFile(const QString& path)
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    auto* wizard = new ImportWizard(m_workspace, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        wizard->setFile(path);
    connect(wizard, &ImportWizard::imported, this, [this](const io::ImportSummary& summary) {
        m_workspace.reload();
        m_window.statusBar()->showMessage(
            summary.sentence() + QLatin1Char(' ') + tr("File ▸ Undo last import takes it back."), 15000);
    });
    connect(
        wizard, &ImportWizard::bookExportChosen, this, [this](const QString& file) { importBook(file); },
        Qt::QueuedConnection);
    wizard->open();
}

void TransferActions::importBook(const QString& path)
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(&m_window, tr("Import book"), QDir::homePath(),
                                            tr("Book export (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    auto* dialog = new BookImportDialog(m_workspace, file, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookImportDialog::imported, this, [this](const io::ImportSummary& summary) {
        m_workspace.reload();
        m_window.statusBar()->showMessage(
            summary.sentence() + QLatin1Char(' ') + tr("File ▸ Undo last import takes it back."), 15000);
    });
    dialog->open();
}

void TransferActions::exportBook()
{
    if (!m_workspace.hasBook())
        return;
    const QString json = tr("Whole book as JSON (*.json)");
    const QString csv = tr("One CSV file per table, UTF-8 (folder)");
    const QString cp932 = tr("One CSV file per table, CP932 for Japanese Excel (folder)");
    QString filter = json;
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Export book"),
        QDir::home().filePath(m_workspace.book()->displayName() + QStringLiteral(".json")),
        QStringList{json, csv, cp932}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    auto result = std::make_shared<std::optional<Result<io::ExportSummary>>>();
    const bool asJson = filter == json;
    const io::TextEncoding encoding = filter == cp932 ? io::TextEncoding::Cp932 : io::TextEncoding::Utf8;
    QString target = path;
    if (!asJson && target.endsWith(QLatin1String(".json")))
        target.chop(5);
    LongJob* job = m_workspace.runLong<io::ExportSummary>(
        this,
        [asJson, encoding, target](Book& book, JobProgress& progress) {
            io::ImportProgress p{[&progress](qint64 done, qint64 total) { progress.report(done, total); },
                                 [&progress] { return progress.cancelled(); }};
            return asJson ? io::exportBookJson(book, target, p)
                          : io::exportBookCsv(book, target, encoding, p);
        },
        [result](Result<io::ExportSummary> r) { *result = std::move(r); });
    waitFor(&m_window, job, tr("Exporting the book…"));
    if (!*result || !**result) {
        if (*result)
            QMessageBox::warning(&m_window, tr("Export book"), (*result)->error().toString());
        return;
    }
    const io::ExportSummary& s = ***result;
    QString message = tr("Exported %1 rows of %2 tables to %3.")
                          .arg(s.rows)
                          .arg(s.tables)
                          .arg(QDir::toNativeSeparators(target));
    if (!s.replaced.isEmpty())
        message += QLatin1Char(' ') + tr("%n character(s) CP932 cannot hold were written as ?.", nullptr,
                                         int(s.replaced.size()));
    m_window.statusBar()->showMessage(message, 15000);
}

void TransferActions::exportCalendar()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Export calendar"),
        QDir::home().filePath(m_workspace.book()->displayName() + QStringLiteral(".ics")),
        tr("iCalendar file (*.ics)"));
    if (path.isEmpty())
        return;
    auto result = std::make_shared<std::optional<Result<CalendarExportSummary>>>();
    const QDate asOf = m_workspace.today();
    LongJob* job = m_workspace.runLong<CalendarExportSummary>(
        this,
        [path, asOf](Book& book, JobProgress&) {
            return CalendarExport::write(book, path, asOf, QDateTime::currentDateTimeUtc());
        },
        [result](Result<CalendarExportSummary> r) { *result = std::move(r); });
    waitFor(&m_window, job, tr("Exporting the calendar…"));
    if (!*result || !**result) {
        if (*result)
            QMessageBox::warning(&m_window, tr("Export calendar"), (*result)->error().toString());
        return;
    }
    const CalendarExportSummary& s = ***result;
    m_window.statusBar()->showMessage(
        tr("Exported %n event(s) to %1", nullptr, s.events()).arg(QDir::toNativeSeparators(path)) +
            QStringLiteral(": ") +
            tr("%1 notice deadlines, %2 renewal dates, %3 follow-ups, %4 milestones; %5 new or changed.")
                .arg(s.noticeDeadlines)
                .arg(s.renewalDates)
                .arg(s.followUps)
                .arg(s.milestones)
                .arg(s.changed),
        15000);
}

void TransferActions::undoLastImport()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    auto result = std::make_shared<std::optional<Result<UndoneImport>>>();
    LongJob* job = m_workspace.runLong<UndoneImport>(
        this,
        [](Book& book, JobProgress& progress) {
            return csm::undoLastImport(book, [&progress] { return progress.cancelled(); });
        },
        [result](Result<UndoneImport> r) { *result = std::move(r); });
    waitFor(&m_window, job, tr("Undoing the last import…"));
    if (!*result)
        return;
    if (!**result) {
        QMessageBox::information(&m_window, tr("Undo last import"), (*result)->error().toString());
        return;
    }
    m_workspace.reload();
    const UndoneImport& u = ***result;
    m_window.statusBar()->showMessage(tr("Undid the import of %1: %2 rows removed, %3 restored.")
                                          .arg(u.batch.file)
                                          .arg(u.removed)
                                          .arg(u.restored),
                                      15000);
}

} // namespace csm
