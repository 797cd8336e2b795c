#include "ui/main/RestoreBackupDialog.h"

#include "ui/common/DialogShape.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {
namespace {
constexpr int kPathRole = Qt::UserRole;
}

RestoreBackupDialog::RestoreBackupDialog(BookWorkspace& workspace, const QString& bookPath,
                                         const QString& folder, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_bookPath(bookPath), m_folder(folder),
      m_list(new QTreeWidget(this)), m_previewLabel(new QLabel(this)), m_restore(nullptr)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* intro = new QLabel(
        tr("Backups of %1 in %2:").arg(QFileInfo(bookPath).fileName(), QDir::toNativeSeparators(folder)),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(fontMetrics().height() * 10);
    m_previewLabel->setObjectName(QStringLiteral("backupPreview"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setMinimumHeight(fontMetrics().height() * 4);
    m_previewLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* note = new QLabel(tr("The book as it is now is kept in the backup folder before the backup "
                               "replaces it."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    auto* other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherBackupButton"));
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::showPreview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_previewLabel);
    layout->addWidget(note);
    layout->addWidget(buttons);
    fillList();
    finishDialog(this, {64, 110});
    m_list->setFocus();
}

void RestoreBackupDialog::addRow(const BackupSummary& backup, bool select)
{
    const QLocale locale;
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, locale.toString(backup.taken, QLocale::ShortFormat));
    switch (backup.kind) {
    case BackupSummary::Kind::Daily:
        item->setText(1, tr("Daily"));
        break;
    case BackupSummary::Kind::Replaced:
        item->setText(1, tr("Book before a restore"));
        break;
    case BackupSummary::Kind::Other:
        item->setText(1, tr("Chosen file"));
        break;
    }
    item->setText(2, locale.formattedDataSize(backup.bytes));
    item->setData(0, kPathRole, backup.path);
    item->setToolTip(0, QDir::toNativeSeparators(backup.path));
    if (select)
        m_list->setCurrentItem(item);
}

void RestoreBackupDialog::fillList()
{
    const QList<BackupSummary> backups = Backups::list(m_bookPath, m_folder);
    for (const BackupSummary& b : backups)
        addRow(b, b.path == backups.front().path);
    if (backups.isEmpty())
        m_previewLabel->setText(tr("There are no backups of this book in the backup folder yet. Choose "
                                   "Other file… to restore from a backup elsewhere."));
    for (int c = 1; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
}

void RestoreBackupDialog::showPreview()
{
    m_restore->setEnabled(false);
    m_chosen.clear();
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString path = item->data(0, kPathRole).toString();
    m_previewLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // Opening and checking a backup of a large book takes a while: on the writer thread, the latest asked
    // wins.
    const quint64 serial = ++m_previewSerial;
    m_workspace.runLong<BackupSummary>(
        this, [path](JobProgress&) { return Backups::describe(path); },
        [this, serial](Result<BackupSummary> summary) {
            if (serial != m_previewSerial)
                return;
            if (!summary) {
                m_previewLabel->setText(
                    tr("This backup cannot be restored: %1").arg(summary.error().toString()));
                return;
            }
            const QLocale locale;
            m_preview = *summary;
            m_chosen = summary->path;
            const QString last =
                summary->lastChange.isValid()
                    ? locale.toString(summary->lastChange.toLocalTime(), QLocale::ShortFormat)
                    : tr("none");
            m_previewLabel->setText(
                tr("%1\nAccounts: %2\nLast change: %3")
                    .arg(QDir::toNativeSeparators(summary->path), locale.toString(summary->accounts), last));
            m_restore->setEnabled(true);
        });
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from backup"), m_folder,
                                                      tr("Books (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    BackupSummary other;
    other.path = QFileInfo(path).absoluteFilePath();
    other.kind = BackupSummary::Kind::Other;
    other.taken = QFileInfo(path).lastModified();
    other.bytes = QFileInfo(path).size();
    addRow(other, true);
}

} // namespace csm
