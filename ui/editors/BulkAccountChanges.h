#pragma once

// Bulk changes on several accounts at once (owner, lifecycle stage, touch-model override): what to set, the
// small dialog that asks for it, and the undoable command that writes every account in one transaction.

#include "domain/AccountSummary.h"
#include "domain/Entities.h"
#include "domain/Result.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QCoreApplication>
#include <QDialog>
#include <QUndoCommand>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace csm {

class BookWorkspace;

// One field to set on every selected account.
struct BulkChange
{
    Q_DECLARE_TR_FUNCTIONS(BulkChange)
public:
    enum class Field
    {
        Owner,
        Stage,
        TouchModel
    };

    Field field = Field::Owner;
    QString owner; // empty: unassigned
    LifecycleStage stage = LifecycleStage::Onboarding;
    std::optional<TouchModel> touchModel; // nullopt: back to the ARR rule
    QString reason;                       // why the override (only with an override)

    Account appliedTo(Account a) const;
    bool alters(const Account& a) const; // false when the account already has what this sets
    QString undoText(int count) const;
};

// What the selected accounts have now, so that the dialog starts from it: each list holds the distinct values
// in the order first met; one value means every account shares it.
struct BulkCurrentValues
{
    QStringList owners; // "" for unassigned
    QList<LifecycleStage> stages;
    QList<std::optional<TouchModel>> touchModels; // the overrides; nullopt: by the ARR rule
    std::optional<QString> sharedReason;          // the override reason, when every account has the same one

    void add(const AccountSummary& s);
};

// Asks for the new owner, stage or touch model of `accountCount` accounts. It starts on the value the
// accounts share; when they differ it says so ("Mixed: …") and starts with nothing chosen, so that Apply
// changes nothing by accident. Apply stays disabled until a value is chosen and while a field is wrong (an
// override without a reason), and the message shows next to the field.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    BulkChangeDialog(BulkChange::Field field, int accountCount, const QStringList& owners,
                     const BulkCurrentValues& current, QWidget* parent = nullptr);

    BulkChange change() const;
    FieldErrors currentErrors() const;
    QPushButton* applyButton() const { return m_apply; }
    QComboBox* valueCombo() const { return m_value; }
    QLineEdit* reasonEdit() const { return m_reason; } // null unless the touch model is being set
    // "Now: …": what the selected accounts have, one value or "Mixed: …".
    QString currentValuesText() const;
    // True while nothing is chosen (the accounts differ and the user has not picked a value yet).
    bool hasNoChoice() const;

public slots:
    void apply();

private:
    void revalidate();
    void updateReason();

    BulkChange::Field m_field;
    QComboBox* m_value;
    QLabel* m_current;
    QLineEdit* m_reason = nullptr;
    FormErrors m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
};

// Writes new versions of several accounts in one storage transaction, as one undo step; undo writes each
// account's previous version back, also in one transaction. Write errors go to BookWorkspace::reportError()
// and make the command obsolete.
class SaveAccountsCommand : public QUndoCommand
{
public:
    SaveAccountsCommand(BookWorkspace& workspace, const QString& text, QList<Account> before,
                        QList<Account> after, Status* outcome = nullptr);
    void redo() override;
    void undo() override;

private:
    Status write(const QList<Account>& accounts);
    void report(const Status& s);

    BookWorkspace& m_workspace;
    QList<Account> m_before;
    QList<Account> m_after;
    Status* m_outcome;
};

} // namespace csm
