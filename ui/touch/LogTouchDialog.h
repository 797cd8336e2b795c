#pragma once

#include "domain/Entities.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace csm {

class BookWorkspace;
class TouchKindCombo;

// Log a touch (or edit one): built for the keyboard. Ctrl+L, type the account, Tab, the kind by its number
// or its first letters (TouchKindCombo), Tab, the summary, Ctrl+Enter saves. Saving pushes an undoable
// command on the workspace's stack.
class LogTouchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LogTouchDialog(BookWorkspace& workspace, QWidget* parent = nullptr);

    // Preselects an account (focus then starts on the kind).
    void setAccount(const Id& accountId);
    // Edits a stored touch instead of logging a new one.
    void setTouch(const Touch& touch);

    Id accountId() const { return m_accountId; }
    Id savedId() const { return m_savedId; } // after a successful save
    Touch touch() const;                     // what the form holds now
    bool isValid() const;
    QPushButton* saveButton() const { return m_save; }

public slots:
    void save();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildAccountCompleter();
    void resolveAccount();
    void fillParticipants(const QList<Id>& checked);
    void revalidate();
    void edited(const QString& field);

    BookWorkspace& m_workspace;
    std::optional<Touch> m_original;
    Id m_accountId;
    Id m_savedId;
    QHash<QString, Id> m_accountByText; // name or "reading — name" -> id
    QHash<Id, QString> m_nameById;

    QLineEdit* m_account;
    QCompleter* m_completer;
    TouchKindCombo* m_kind;
    QDateEdit* m_date;
    QComboBox* m_direction;
    QPlainTextEdit* m_summary;
    QComboBox* m_sentiment;
    QLineEdit* m_nextStep;
    QCheckBox* m_hasFollowUp;
    QDateEdit* m_followUp;
    QListWidget* m_participants;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    FormErrors m_errors;
};

} // namespace csm
