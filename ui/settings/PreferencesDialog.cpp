#include "ui/settings/PreferencesDialog.h"

#include "ui/common/DialogShape.h"
#include "ui/settings/LanguagePreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace csm {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent), m_language(new QComboBox(this))
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
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
    QDialog::accept();
}

} // namespace csm
