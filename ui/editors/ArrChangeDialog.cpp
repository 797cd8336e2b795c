#include "ui/editors/ArrChangeDialog.h"

#include "domain/Validation.h"
#include "item/DisplayFormat.h"
#include "ui/common/DateFields.h"
#include "ui/common/DialogShape.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm {

ArrChangeDialog::ArrChangeDialog(const Money& from, const Money& to, const Money& accountArr, QDate today,
                                 QWidget* parent)
    : QDialog(parent), m_currency(to.currency()), m_today(today), m_question(new QLabel(this)),
      m_date(new QDateEdit(this)), m_buttons(new QDialogButtonBox(this)),
      m_record(m_buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole)),
      m_withoutRecording(m_buttons->addButton(tr("Save &without recording"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("arrChangeDialog"));
    setWindowTitle(tr("Record the ARR change?"));

    // The account's ARR moves by what the contract's moved (an account may have more than one contract);
    // it cannot go below zero, and reaching zero is a churn.
    const std::optional<Money> delta = to.minus(from);
    const std::optional<Money> after = delta ? accountArr.plus(*delta) : std::nullopt;
    m_arrAfter = after && !after->isNegative() ? after->minor() : 0;
    const Money arrAfter(m_arrAfter, m_currency);
    m_kind = m_arrAfter == 0                   ? ArrEventKind::Churn
             : m_arrAfter > accountArr.minor() ? ArrEventKind::Expansion
                                               : ArrEventKind::Contraction;
    const QLocale locale;
    const QString contract =
        tr("The contract's ARR changes from %1 to %2.").arg(from.format(locale), to.format(locale));
    QString question;
    switch (m_kind) {
    case ArrEventKind::Expansion:
        question = tr("Record it as an expansion of the account's ARR, from %1 to %2?");
        break;
    case ArrEventKind::Contraction:
        question = tr("Record it as a contraction of the account's ARR, from %1 to %2?");
        break;
    default:
        question = tr("Record it as a churn: the account's ARR goes from %1 to %2?");
        break;
    }
    m_question->setObjectName(QStringLiteral("arrChangeQuestion"));
    m_question->setWordWrap(true);
    m_question->setText(
        contract + QLatin1Char(' ') + question.arg(accountArr.format(locale), arrAfter.format(locale)) +
        QStringLiteral("\n\n") +
        tr("Without a record the account's ARR, its touch model and the KPIs stay as they are."));

    m_date->setObjectName(QStringLiteral("arrChangeDateEdit"));
    setUpDateField(m_date); // the app locale's format, as every date field
    m_date->setDate(today);
    m_date->setToolTip(tr("When the account's ARR changes: today by default, from %1 to a year after today")
                           .arg(DisplayFormat::longDate(Validation::earliestDate())));

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&On:"), m_date, Validation::EffectiveOn);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setDefault(true);
    m_withoutRecording->setObjectName(QStringLiteral("withoutRecordingButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_errors.markEdited(Validation::EffectiveOn);
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (event())
            done(Record);
    });
    connect(m_withoutRecording, &QPushButton::clicked, this, [this] { done(SaveWithoutRecording); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    finishDialog(this, {.minimumEm = 64, .maximumEm = 110});
    revalidate();
    m_date->setFocus();
}

FieldErrors ArrChangeDialog::errors() const
{
    ArrEvent e;
    e.accountId = QStringLiteral("-"); // the contract's, filled when it is written
    e.effectiveOn = m_date->date();
    e.kind = m_kind;
    e.arrAfter = m_arrAfter;
    return Validation::arrEvent(e, m_today, m_currency);
}

void ArrChangeDialog::revalidate()
{
    m_record->setEnabled(m_errors.apply(errors()));
}

std::optional<ArrEvent> ArrChangeDialog::event() const
{
    if (!errors().isEmpty())
        return std::nullopt;
    ArrEvent e;
    e.effectiveOn = m_date->date();
    e.kind = m_kind;
    e.arrAfter = m_arrAfter;
    return e;
}

} // namespace csm
