#pragma once

#include "domain/RenewalList.h"
#include "domain/RenewalOutcome.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace csm {

// How a renewal ended (issue 14): renewed, expanded, contracted or churned, the ARR from then on and the day
// it takes effect (the renewal date by default), with a note. Opened on a renewal of the Renewals view,
// or on one recorded before to correct it. The ARR field follows the outcome (churned: 0; renewed: the ARR
// before), and the field messages are RenewalOutcomes::validate's.
class RecordOutcomeDialog : public QDialog
{
    Q_OBJECT
public:
    // arrBefore: the account's ARR before the outcome; the fields start from `current` when the renewal has
    // an outcome already (a correction).
    RecordOutcomeDialog(const UpcomingRenewal& renewal, MinorUnits arrBefore, const QString& currency,
                        QWidget* parent = nullptr);
    void setCurrent(RenewalOutcome outcome, MinorUnits arr, QDate effectiveOn, const QString& note);

    OutcomeInput input() const;

    void accept() override;

private:
    void outcomeChanged();
    bool check(bool showAll);

    UpcomingRenewal m_renewal;
    MinorUnits m_arrBefore;
    QString m_currency;
    QComboBox* m_outcome;
    QLineEdit* m_arr;
    QDateEdit* m_effective;
    QPlainTextEdit* m_note;
    QLabel* m_change;
    QFormLayout* m_form;
    FormErrors m_errors;
};

} // namespace csm
