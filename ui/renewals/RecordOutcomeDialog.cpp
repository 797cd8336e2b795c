#include "ui/renewals/RecordOutcomeDialog.h"

#include "item/DisplayFormat.h"
#include "ui/common/DateFields.h"
#include "ui/common/DialogShape.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace csm {

RecordOutcomeDialog::RecordOutcomeDialog(const UpcomingRenewal& renewal, MinorUnits arrBefore,
                                         const QString& currency, QWidget* parent)
    : QDialog(parent), m_renewal(renewal), m_arrBefore(arrBefore), m_currency(currency),
      m_outcome(new QComboBox(this)), m_arr(new QLineEdit(this)), m_effective(new QDateEdit(this)),
      m_note(new QPlainTextEdit(this)), m_change(new QLabel(this)), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("recordOutcomeDialog"));
    setWindowTitle(tr("Record renewal outcome"));
    auto* intro =
        new QLabel(tr("%1: renewal on %2, ARR now %3")
                       .arg(renewal.contract.accountName, DisplayFormat::longDate(renewal.point.renewalDate),
                            DisplayFormat::money(arrBefore, currency)),
                   this);
    intro->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (RenewalOutcome o : {RenewalOutcome::Renewed, RenewalOutcome::Expanded, RenewalOutcome::Contracted,
                             RenewalOutcome::Churned})
        m_outcome->addItem(RenewalOutcomes::displayName(o), int(o));
    m_arr->setObjectName(QStringLiteral("newArrEdit"));
    m_arr->setPlaceholderText(Money(0, currency).formatForEditing());
    m_arr->setToolTip(tr("The account's ARR from the effective date on"));
    m_effective->setObjectName(QStringLiteral("effectiveOnEdit"));
    setUpDateField(m_effective);
    m_effective->setDate(renewal.point.renewalDate);
    m_effective->setToolTip(tr("The day the new ARR applies: the renewal date unless agreed otherwise"));
    m_note->setObjectName(QStringLiteral("outcomeNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_change->setObjectName(QStringLiteral("arrChange"));
    m_change->setWordWrap(true);

    m_errors.addRow(m_form, tr("&Outcome:"), m_outcome, RenewalOutcomes::Outcome);
    m_errors.addRow(m_form, tr("New &ARR:"), m_arr, RenewalOutcomes::NewArr);
    m_form->addRow(QString(), m_change);
    m_errors.addRow(m_form, tr("&Effective on:"), m_effective, RenewalOutcomes::EffectiveOn);
    m_form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &RecordOutcomeDialog::outcomeChanged);
    connect(m_arr, &QLineEdit::textEdited, this, [this] {
        m_errors.markEdited(RenewalOutcomes::NewArr);
        check(false);
    });
    connect(m_effective, &QDateEdit::dateChanged, this, [this] {
        m_errors.markEdited(RenewalOutcomes::EffectiveOn);
        check(false);
    });
    outcomeChanged();
    finishDialog(this);
    m_outcome->setFocus();
}

void RecordOutcomeDialog::setCurrent(RenewalOutcome outcome, MinorUnits arr, QDate effectiveOn,
                                     const QString& note)
{
    const int at = m_outcome->findData(int(outcome));
    if (at >= 0)
        m_outcome->setCurrentIndex(at);
    m_arr->setText(Money(arr, m_currency).formatForEditing());
    if (effectiveOn.isValid())
        m_effective->setDate(effectiveOn);
    m_note->setPlainText(note);
    check(false);
}

void RecordOutcomeDialog::outcomeChanged()
{
    const auto outcome = RenewalOutcome(m_outcome->currentData().toInt());
    // The ARR an outcome implies, where it implies one; expansions and contractions are typed.
    if (outcome == RenewalOutcome::Churned)
        m_arr->setText(Money(0, m_currency).formatForEditing());
    else if (outcome == RenewalOutcome::Renewed)
        m_arr->setText(Money(m_arrBefore, m_currency).formatForEditing());
    m_arr->setReadOnly(outcome == RenewalOutcome::Churned || outcome == RenewalOutcome::Renewed);
    check(false);
}

OutcomeInput RecordOutcomeDialog::input() const
{
    OutcomeInput in;
    in.accountId = m_renewal.contract.accountId;
    in.contractId = m_renewal.contract.contractId;
    in.renewalDate = m_renewal.point.renewalDate;
    in.outcome = RenewalOutcome(m_outcome->currentData().toInt());
    auto arr = Money::parse(m_arr->text(), m_currency);
    in.newArr = arr ? arr->minor() : -1;
    in.effectiveOn = m_effective->date();
    in.note = m_note->toPlainText().trimmed();
    return in;
}

bool RecordOutcomeDialog::check(bool showAll)
{
    if (showAll)
        m_errors.showAll();
    const OutcomeInput in = input();
    FieldErrors errors = RenewalOutcomes::validate(in, m_renewal.contract.terms.start, m_arrBefore);
    if (auto arr = Money::parse(m_arr->text(), m_currency); !arr)
        errors.insert(RenewalOutcomes::NewArr, arr.error().message);
    else if (!errors.contains(RenewalOutcomes::NewArr))
        m_change->setText(tr("ARR %1 → %2")
                              .arg(DisplayFormat::money(m_arrBefore, m_currency),
                                   DisplayFormat::money(arr->minor(), m_currency)));
    return m_errors.apply(errors);
}

void RecordOutcomeDialog::accept()
{
    if (check(true))
        QDialog::accept();
}

} // namespace csm
