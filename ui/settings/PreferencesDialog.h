#pragma once

#include <QDialog>

class QComboBox;

namespace csm {

// Preferences of this computer's user (not of the book): the language of the interface, which applies the
// next time the application starts.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    // After Accept: whether the stored language differs from the one before.
    bool languageChanged() const { return m_changed; }

public slots:
    void accept() override;

private:
    QComboBox* m_language;
    bool m_changed = false;
};

} // namespace csm
