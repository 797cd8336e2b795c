#include "ui/settings/PreferencesDialog.h"

#include "ui/common/DialogShape.h"
#include "ui/settings/BackupPreference.h"
#include "ui/settings/LanguagePreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_backupFolder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageChoice& c : availableLanguages())
        m_language->addItem(c.displayName, c.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredLanguage())));

    auto* note = new QLabel(tr("The new language applies the next time you start CSM Workbench. Dates, "
                               "numbers and amounts follow the language."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_backupFolder->setText(QDir::toNativeSeparators(backupFolder()));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(defaultBackupFolder()));
    m_backupFolder->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    auto* backupNote =
        new QLabel(tr("Every day the open book is copied there and checked; the last 7 days and "
                      "4 weeks are kept. File ▸ Restore from backup… puts one back."),
                   this);
    backupNote->setWordWrap(true);
    backupNote->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    // A row whose field is a layout gets no buddy from QFormLayout: the label's mnemonic needs one.
    auto* folderLabel = new QLabel(tr("&Backup folder:"), this);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), backupNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    finishDialog(this);
    m_language->setFocus();
}

void PreferencesDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    m_changed = chosen != preferredLanguage();
    setPreferredLanguage(chosen);
    setBackupFolder(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    QDialog::accept();
}

void PreferencesDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Backup folder"), QDir::fromNativeSeparators(m_backupFolder->text()));
    if (!folder.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace csm
