#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace csm {

// Preferences of this computer's user (not of the book): the language of the interface, which applies the
// next time the application starts, and the folder of the automatic backups.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* backupFolderEdit() const { return m_backupFolder; }
    // After Accept: whether the stored language differs from the one before.
    bool languageChanged() const { return m_changed; }

public slots:
    void accept() override;

private:
    void chooseBackupFolder();

    QComboBox* m_language;
    QLineEdit* m_backupFolder;
    bool m_changed = false;
};

} // namespace csm
