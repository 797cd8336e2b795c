#pragma once

// Dialogs that create and edit accounts, contacts and contracts. Each checks its record with Validation as
// the user types, shows what is wrong under the field, keeps Save disabled while anything is wrong, and saves
// through an undoable command. Nothing invalid reaches the book.

#include "domain/ContractTerms.h"
#include "domain/Entities.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace csm {

class BookWorkspace;

// What the editors share: the form, the error labels, Save, and the push of the command.
class RecordEditor : public QDialog
{
    Q_OBJECT
public:
    QPushButton* saveButton() const { return m_save; }
    bool isValid() const { return currentErrors().isEmpty(); }
    Id savedId() const { return m_savedId; } // after a successful save
    virtual FieldErrors currentErrors() const = 0;

public slots:
    void save();

protected:
    RecordEditor(BookWorkspace& workspace, QWidget* parent);
    // Builds the dialog around the form once the subclass has filled it.
    void finishLayout();
    void edited(const QString& field);
    void revalidate();
    // Pushes the command; false (and the dialog stays open) when storage refused.
    virtual bool write() = 0;
    // Reads an integer (seats, money) typed with or without group separators; nullopt when it is not one.
    static std::optional<qint64> parseInteger(const QString& text);

    BookWorkspace& m_workspace;
    QFormLayout* m_form;
    FormErrors m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    Id m_savedId;
};

class AccountEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit AccountEditor(BookWorkspace& workspace, QWidget* parent = nullptr);
    void setAccount(const Account& account); // edit instead of create
    Account account() const;
    FieldErrors currentErrors() const override;

protected:
    bool write() override;

private:
    std::optional<Account> m_original;
    QLineEdit* m_name;
    QLineEdit* m_reading;
    QLineEdit* m_externalId;
    QLineEdit* m_owner;
    QLineEdit* m_industry;
    QLineEdit* m_plan;
    QLineEdit* m_seats;
    QLineEdit* m_region;
    QComboBox* m_stage;
    QComboBox* m_touchModel;
    QLineEdit* m_overrideReason;
};

class ContactEditor : public RecordEditor
{
    Q_OBJECT
public:
    ContactEditor(BookWorkspace& workspace, const Id& accountId, QWidget* parent = nullptr);
    void setContact(const Contact& contact);
    Contact contact() const;
    FieldErrors currentErrors() const override;

protected:
    bool write() override;

private:
    std::optional<Contact> m_original;
    Id m_accountId;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
};

class NoticeRuleEdit;

class ContractEditor : public RecordEditor
{
    Q_OBJECT
public:
    ContractEditor(BookWorkspace& workspace, const Id& accountId, QWidget* parent = nullptr);
    void setContract(const Contract& contract);
    Contract contract() const;
    FieldErrors currentErrors() const override;

protected:
    bool write() override;

private:
    void updateRenewalHint();
    // The ARR as typed, read in the book's currency and the app's locale (empty is zero).
    Result<Money> typedArr() const;
    // The account's ARR when it has ARR events (a change of the contract's ARR is then offered as one).
    std::optional<MinorUnits> accountArrIfItHasHistory() const;
    // The terms as typed, with the notice rule as typed (numbers out of range included).
    ContractTerms typedTerms() const;
    std::optional<Contract> m_original;
    Id m_accountId;
    dates::HolidayCalendar m_calendar; // the book's, for a deadline that moves to the business day before
    QDateEdit* m_start;
    QSpinBox* m_term;
    QSpinBox* m_renewalTerm;
    NoticeRuleEdit* m_notice;
    QCheckBox* m_autoRenew;
    QLineEdit* m_arr;
    QLabel* m_renewalHint;
};

} // namespace csm
