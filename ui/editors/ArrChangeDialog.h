#pragma once

// Asked when a saved contract's ARR changed: record the change of the account's ARR as an expansion, a
// contraction or a churn on a date (today by default), save the contract without recording it, or go back to
// the contract. The account's ARR comes only from ARR events (DESIGN §3), so an unrecorded change leaves it
// as it was.

#include "domain/Entities.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace csm {

class ArrChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // What exec() returns besides QDialog::Rejected (back to the contract).
    enum Answer
    {
        Record = QDialog::Accepted,
        SaveWithoutRecording = QDialog::Accepted + 1,
    };

    // from, to: the contract's ARR before and after; accountArr: the account's ARR now.
    ArrChangeDialog(const Money& from, const Money& to, const Money& accountArr, QDate today,
                    QWidget* parent = nullptr);

    // The event to record (account left empty: the contract's); nullopt while the date is refused.
    std::optional<ArrEvent> event() const;
    QPushButton* recordButton() const { return m_record; }
    QPushButton* withoutRecordingButton() const { return m_withoutRecording; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    void revalidate();
    FieldErrors errors() const;

    QString m_currency;
    MinorUnits m_arrAfter = 0;
    ArrEventKind m_kind = ArrEventKind::Expansion;
    QDate m_today;
    QLabel* m_question;
    QDateEdit* m_date;
    FormErrors m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_record;
    QPushButton* m_withoutRecording;
};

} // namespace csm
