#include "ui/transfer/BookImportDialog.h"

#include "ImportJob.h"
#include "io/BookExport.h"
#include "ui/common/DialogShape.h"
#include "ui/workspace/BookWorkspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

// The export's tables as a user knows them; a table added by a later schema shows under its own name.
struct TableTitle
{
    const char* table;
    const char* title;
};
constexpr TableTitle kTableTitles[] = {
    {"settings", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Book settings")},
    {"account", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Accounts")},
    {"contact", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Contacts")},
    {"touch", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Touches")},
    {"touch_participant", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Touch participants")},
    {"contract", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Contracts")},
    {"renewal", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Renewals")},
    {"arr_event", QT_TRANSLATE_NOOP("csm::BookImportDialog", "ARR changes")},
    {"usage_metric", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Product usage")},
    {"nps_response", QT_TRANSLATE_NOOP("csm::BookImportDialog", "NPS responses")},
    {"roadmap_template", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Roadmap templates")},
    {"template_milestone", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Template milestones")},
    {"roadmap", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Onboarding roadmaps")},
    {"milestone", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Milestones")},
    {"company_holiday", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Company holidays")},
    {"health_model", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Health models")},
    {"kpi_target", QT_TRANSLATE_NOOP("csm::BookImportDialog", "KPI targets")},
    {"calendar_item", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Calendar export entries")},
    {"import_preset", QT_TRANSLATE_NOOP("csm::BookImportDialog", "Import presets")},
};

} // namespace

QString BookImportDialog::tableTitle(const QString& table)
{
    for (const TableTitle& t : kTableTitles) {
        if (table == QLatin1String(t.table))
            return tr(t.title);
    }
    return table;
}

BookImportDialog::BookImportDialog(BookWorkspace& workspace, const QString& path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_path(path)
{
    setObjectName(QStringLiteral("bookImportDialog"));
    setWindowTitle(tr("Import book"));
    auto* layout = new QVBoxLayout(this);
    auto* file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    file->setTextFormat(Qt::PlainText);
    file->setWordWrap(true);
    layout->addWidget(file);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("bookImportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tables = new QTreeWidget;
    m_tables->setObjectName(QStringLiteral("bookImportTables"));
    m_tables->setRootIsDecorated(false);
    m_tables->setHeaderLabels({tr("Table"), tr("New"), tr("Changed"), tr("Unchanged")});
    m_tables->setMinimumHeight(fontMetrics().height() * 12);
    // The table names take the spare width; the counts stay next to them.
    m_tables->header()->setStretchLastSection(false);
    m_tables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tables, 1);
    auto* note =
        new QLabel(tr("Rows are matched by their id: rows the book has are updated, the others added. "
                      "File ▸ Undo last import takes the import back."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* run = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("bookImportButton"));
    run->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookImportDialog::reject);
    layout->addWidget(m_buttons);
    finishDialog(this, DialogShape{60, 110});
}

void BookImportDialog::open()
{
    QDialog::open();
    if (!m_checked)
        runDryRun();
}

int BookImportDialog::exec()
{
    show();
    if (!m_checked)
        runDryRun();
    return QDialog::exec();
}

void BookImportDialog::runDryRun()
{
    m_checked = true;
    const QString path = m_path;
    Result<io::ImportSummary> r = runImportJob(
        m_workspace, this,
        [path](Book& book, const io::ImportProgress& p) { return io::importBookJson(book, path, true, p); },
        tr("Reading the book's export…"));
    m_tables->clear();
    if (!r) {
        m_dryRun.reset();
        // The error names the file and where in it (line and column of the JSON) reading stopped.
        m_summary->setText(tr("The file cannot be imported; the book is unchanged.") + QLatin1Char(' ') +
                           r.error().toString());
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    m_dryRun = *r;
    showDryRun();
}

void BookImportDialog::showDryRun()
{
    const io::ImportSummary& s = *m_dryRun;
    for (const io::ImportSummary::TableCounts& t : s.tables) {
        auto* item = new QTreeWidgetItem({tableTitle(t.table), QString::number(t.added),
                                          QString::number(t.updated), QString::number(t.unchanged)});
        item->setToolTip(0, t.table); // the name in the JSON file, for a user reading it
        for (int c = 1; c <= 3; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        m_tables->addTopLevelItem(item);
    }
    for (int c = 1; c < m_tables->columnCount(); ++c)
        m_tables->resizeColumnToContents(c);
    QString text = tr("%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.")
                       .arg(s.rows)
                       .arg(s.added)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.rejected);
    if (s.rejected > 0) {
        text += QLatin1Char(' ') + tr("Rows were rejected, so nothing can be imported; the first:") +
                QLatin1Char(' ') + s.problems.value(0).toString();
    } else if (s.added + s.updated == 0) {
        text += QLatin1Char(' ') + tr("The book has all of it already.");
    }
    m_summary->setText(text);
    const bool importable = s.rejected == 0 && s.added + s.updated > 0;
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(importable);
    }
}

void BookImportDialog::accept()
{
    if (!m_dryRun || m_dryRun->rejected > 0)
        return;
    const QString path = m_path;
    Result<io::ImportSummary> r = runImportJob(
        m_workspace, this,
        [path](Book& book, const io::ImportProgress& p) { return io::importBookJson(book, path, false, p); },
        tr("Importing the book…"));
    if (!r) {
        if (r.error().code != Error::Code::Cancelled)
            QMessageBox::warning(this, tr("Import book"), r.error().toString());
        else
            m_summary->setText(r.error().message);
        return;
    }
    m_result = *r;
    emit imported(*r);
    QDialog::accept();
}

} // namespace csm
