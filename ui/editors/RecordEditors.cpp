#include "ui/editors/RecordEditors.h"

#include "NoticeRuleEdit.h"
#include "domain/ContractTerms.h"
#include "domain/Validation.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/common/DateFields.h"
#include "ui/common/DialogShape.h"
#include "ui/editors/ArrChangeDialog.h"
#include "ui/editors/RecordCommands.h"
#include "ui/workspace/BookWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

// --- RecordEditor ------------------------------------------------------------------------------------------
RecordEditor::RecordEditor(BookWorkspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordEditor::finishLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when a message appears under a field
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    finishDialog(this, {.minimumEm = 64, .maximumEm = 110});
    revalidate();
}

void RecordEditor::edited(const QString& field)
{
    m_errors.markEdited(field);
    revalidate();
}

void RecordEditor::revalidate()
{
    const bool ok = m_errors.apply(currentErrors());
    m_save->setEnabled(ok && m_workspace.hasBook() && !m_workspace.isReadOnly());
}

void RecordEditor::save()
{
    m_errors.showAll();
    revalidate();
    if (!m_save->isEnabled())
        return;
    if (write())
        accept();
}

std::optional<qint64> RecordEditor::parseInteger(const QString& text)
{
    // Full-width digits and commas (typed with a Japanese input method) read as their ASCII forms.
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const qint64 v = QLocale().toLongLong(t, &ok);
    if (ok)
        return v;
    const qint64 c = QLocale::c().toLongLong(t, &ok); // "1,000" in a locale that groups otherwise
    return ok ? std::optional<qint64>(c) : std::nullopt;
}

// --- AccountEditor -----------------------------------------------------------------------------------------
AccountEditor::AccountEditor(BookWorkspace& workspace, QWidget* parent)
    : RecordEditor(workspace, parent), m_name(new QLineEdit(this)), m_reading(new QLineEdit(this)),
      m_externalId(new QLineEdit(this)), m_owner(new QLineEdit(this)), m_industry(new QLineEdit(this)),
      m_plan(new QLineEdit(this)), m_seats(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_stage(new QComboBox(this)), m_touchModel(new QComboBox(this)), m_overrideReason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("accountEditor"));
    setWindowTitle(tr("New account"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_reading->setObjectName(QStringLiteral("readingEdit"));
    m_reading->setPlaceholderText(tr("Kana, for sorting Japanese names"));
    m_externalId->setObjectName(QStringLiteral("externalIdEdit"));
    m_externalId->setPlaceholderText(tr("The account's id in your CRM"));
    m_seats->setObjectName(QStringLiteral("seatsEdit"));
    m_seats->setPlaceholderText(Validation::seatsRange());
    m_seats->setToolTip(tr("Licensed users, %1").arg(Validation::seatsRange()));
    for (LifecycleStage s : {LifecycleStage::Onboarding, LifecycleStage::Adopting, LifecycleStage::Mature,
                             LifecycleStage::Renewing, LifecycleStage::Churned})
        m_stage->addItem(Labels::stage(s), int(s));
    m_touchModel->setObjectName(QStringLiteral("touchModelCombo"));
    m_touchModel->addItem(tr("By the segmentation rule (ARR)"), QVariant());
    for (TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
        m_touchModel->addItem(Labels::touchModel(m), int(m));
    m_overrideReason->setPlaceholderText(tr("Why this account is served differently"));
    m_overrideReason->setEnabled(false);

    m_errors.addRow(m_form, tr("&Name:"), m_name, Validation::Name);
    m_form->addRow(tr("&Reading:"), m_reading);
    m_errors.addRow(m_form, tr("E&xternal id:"), m_externalId, Validation::ExternalId);
    m_form->addRow(tr("&Owner:"), m_owner);
    m_form->addRow(tr("&Industry:"), m_industry);
    m_form->addRow(tr("&Plan:"), m_plan);
    m_errors.addRow(m_form, tr("&Seats:"), m_seats, Validation::Seats);
    m_form->addRow(tr("Re&gion:"), m_region);
    m_form->addRow(tr("&Lifecycle stage:"), m_stage);
    m_form->addRow(tr("&Touch model:"), m_touchModel);
    m_form->addRow(tr("Reason for the o&verride:"), m_overrideReason);

    connect(m_name, &QLineEdit::textChanged, this, [this] { edited(Validation::Name); });
    connect(m_externalId, &QLineEdit::textChanged, this, [this] { edited(Validation::ExternalId); });
    connect(m_seats, &QLineEdit::textChanged, this, [this] { edited(Validation::Seats); });
    connect(m_touchModel, &QComboBox::currentIndexChanged, this,
            [this] { m_overrideReason->setEnabled(m_touchModel->currentData().isValid()); });
    finishLayout();
    m_name->setFocus();
}

void AccountEditor::setAccount(const Account& a)
{
    m_original = a;
    setWindowTitle(tr("Edit account"));
    m_name->setText(a.name);
    m_reading->setText(a.nameReading);
    m_externalId->setText(a.externalId);
    m_owner->setText(a.owner);
    m_industry->setText(a.industry);
    m_plan->setText(a.plan);
    m_seats->setText(QString::number(a.seats));
    m_region->setText(a.region);
    m_stage->setCurrentIndex(m_stage->findData(int(a.stage)));
    m_touchModel->setCurrentIndex(a.touchModelOverride ? m_touchModel->findData(int(*a.touchModelOverride))
                                                       : 0);
    m_overrideReason->setText(a.touchModelOverrideReason);
    revalidate();
}

Account AccountEditor::account() const
{
    Account a = m_original.value_or(Account{});
    a.name = m_name->text().trimmed();
    a.nameReading = m_reading->text().trimmed();
    a.externalId = m_externalId->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.industry = m_industry->text().trimmed();
    a.plan = m_plan->text().trimmed();
    a.region = m_region->text().trimmed();
    // Out of range (or not a number), the seats stay as they were: currentErrors() says so and Save is off.
    const std::optional<qint64> seats = parseInteger(m_seats->text());
    if (seats && Validation::seatsError(*seats).isEmpty())
        a.seats = int(*seats);
    a.stage = LifecycleStage(m_stage->currentData().toInt());
    const QVariant model = m_touchModel->currentData();
    a.touchModelOverride =
        model.isValid() ? std::optional<TouchModel>(TouchModel(model.toInt())) : std::nullopt;
    a.touchModelOverrideReason = model.isValid() ? m_overrideReason->text().trimmed() : QString();
    return a;
}

FieldErrors AccountEditor::currentErrors() const
{
    const Account a = account();
    std::optional<Id> duplicate;
    if (!a.externalId.isEmpty() && m_workspace.book()) {
        Result<std::optional<Id>> found = m_workspace.book()->accounts().findByExternalId(a.externalId);
        if (found)
            duplicate = found.value();
    }
    FieldErrors e = Validation::account(a, duplicate);
    const std::optional<qint64> seats = parseInteger(m_seats->text());
    if (!seats)
        e.insert(Validation::Seats,
                 tr("Enter the number of seats as a whole number, %1.").arg(Validation::seatsRange()));
    else if (const QString error = Validation::seatsError(*seats); !error.isEmpty())
        e.insert(Validation::Seats, error);
    return e;
}

bool AccountEditor::write()
{
    CommandOutcome outcome;
    const Account a = account();
    m_workspace.undoStack()->push(new SaveRecordCommand<Account>(
        m_workspace, m_original ? tr("Edit account %1").arg(a.name) : tr("New account %1").arg(a.name), a,
        m_original, &outcome));
    m_savedId = outcome.id;
    return outcome.status.ok();
}

// --- ContactEditor -----------------------------------------------------------------------------------------
ContactEditor::ContactEditor(BookWorkspace& workspace, const Id& accountId, QWidget* parent)
    : RecordEditor(workspace, parent), m_accountId(accountId), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_email(new QLineEdit(this)), m_phone(new QLineEdit(this))
{
    setObjectName(QStringLiteral("contactEditor"));
    setWindowTitle(tr("New contact"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    for (ContactRole r :
         {ContactRole::Champion, ContactRole::ExecutiveSponsor, ContactRole::Admin, ContactRole::User})
        m_role->addItem(Labels::contactRole(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(ContactRole::User)));
    m_errors.addRow(m_form, tr("&Name:"), m_name, Validation::Name);
    m_form->addRow(tr("&Role:"), m_role);
    m_errors.addRow(m_form, tr("&Email:"), m_email, Validation::Email);
    m_form->addRow(tr("&Phone:"), m_phone);
    connect(m_name, &QLineEdit::textChanged, this, [this] { edited(Validation::Name); });
    connect(m_email, &QLineEdit::textChanged, this, [this] { edited(Validation::Email); });
    finishLayout();
    m_name->setFocus();
}

void ContactEditor::setContact(const Contact& c)
{
    m_original = c;
    m_accountId = c.accountId;
    setWindowTitle(tr("Edit contact"));
    m_name->setText(c.name);
    m_role->setCurrentIndex(m_role->findData(int(c.role)));
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    revalidate();
}

Contact ContactEditor::contact() const
{
    Contact c = m_original.value_or(Contact{});
    c.accountId = m_accountId;
    c.name = m_name->text().trimmed();
    c.role = ContactRole(m_role->currentData().toInt());
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

FieldErrors ContactEditor::currentErrors() const
{
    return Validation::contact(contact());
}

bool ContactEditor::write()
{
    CommandOutcome outcome;
    const Contact c = contact();
    m_workspace.undoStack()->push(new SaveRecordCommand<Contact>(
        m_workspace, m_original ? tr("Edit contact %1").arg(c.name) : tr("New contact %1").arg(c.name), c,
        m_original, &outcome));
    m_savedId = outcome.id;
    return outcome.status.ok();
}

// --- ContractEditor ----------------------------------------------------------------------------------------
ContractEditor::ContractEditor(BookWorkspace& workspace, const Id& accountId, QWidget* parent)
    : RecordEditor(workspace, parent), m_accountId(accountId),
      m_calendar(dates::HolidayCalendar::forSettings(workspace.settings())), m_start(new QDateEdit(this)),
      m_term(new QSpinBox(this)), m_renewalTerm(new QSpinBox(this)), m_notice(new NoticeRuleEdit(this)),
      m_autoRenew(new QCheckBox(tr("Renews automatically"), this)), m_arr(new QLineEdit(this)),
      m_renewalHint(new QLabel(this))
{
    setObjectName(QStringLiteral("contractEditor"));
    setWindowTitle(tr("New contract"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    setUpDateField(m_start); // the app locale's format, as every date field
    m_start->setDate(m_workspace.today());
    m_start->setToolTip(
        tr("From %1 to a year after today").arg(DisplayFormat::longDate(Validation::earliestDate())));
    // The spin boxes go past the valid ranges, so that a value outside them gets a message on the field
    // instead of a keystroke silently refused.
    m_term->setObjectName(QStringLiteral("termSpin"));
    m_term->setRange(0, 999);
    m_term->setValue(12);
    m_term->setSuffix(tr(" months"));
    m_term->setToolTip(
        tr("From %1 to %2 months").arg(Validation::MinTermMonths).arg(Validation::MaxTermMonths));
    m_renewalTerm->setObjectName(QStringLiteral("renewalTermSpin"));
    m_renewalTerm->setRange(0, 999);
    m_renewalTerm->setValue(0);
    m_renewalTerm->setSpecialValueText(tr("As long as the first term"));
    m_renewalTerm->setSuffix(tr(" months"));
    m_renewalTerm->setToolTip(tr("How long each renewal runs when it differs from the first term, from %1 to "
                                 "%2 months")
                                  .arg(Validation::MinTermMonths)
                                  .arg(Validation::MaxTermMonths));
    m_autoRenew->setChecked(true);
    m_arr->setObjectName(QStringLiteral("arrEdit"));
    m_arr->setPlaceholderText(DisplayFormat::money(0, m_workspace.settings().currency));
    m_arr->setToolTip(
        tr("Annual recurring revenue of this contract, in %1: %2")
            .arg(m_workspace.settings().currency, Validation::arrRange(m_workspace.settings().currency)));
    m_renewalHint->setObjectName(QStringLiteral("renewalHint"));
    m_renewalHint->setForegroundRole(QPalette::PlaceholderText);
    m_renewalHint->setWordWrap(true);

    m_errors.addRow(m_form, tr("&Start:"), m_start, Validation::StartDate);
    m_errors.addRow(m_form, tr("&Term:"), m_term, Validation::TermMonths);
    m_errors.addRow(m_form, tr("&Renewal term:"), m_renewalTerm, ContractSchedule::RenewalTermMonths);
    m_form->addRow(QString(), m_autoRenew);
    FieldErrorLabel* noticeError = m_errors.addRow(m_form, tr("&Notice:"), m_notice, Validation::NoticeDays);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(noticeError->parentWidget())))
        label->setBuddy(m_notice->kindCombo());
    m_errors.addRow(m_form, tr("&ARR:"), m_arr, Validation::Arr);
    m_form->addRow(QString(), m_renewalHint);

    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        edited(Validation::StartDate);
        edited(Validation::NoticeDays); // a deadline before the start
        updateRenewalHint();
    });
    connect(m_term, &QSpinBox::valueChanged, this, [this] {
        edited(Validation::TermMonths);
        edited(Validation::NoticeDays);
        updateRenewalHint();
    });
    connect(m_renewalTerm, &QSpinBox::valueChanged, this, [this] {
        edited(ContractSchedule::RenewalTermMonths);
        updateRenewalHint();
    });
    connect(m_notice, &NoticeRuleEdit::changed, this, [this] {
        edited(Validation::NoticeDays);
        updateRenewalHint();
    });
    connect(m_arr, &QLineEdit::textChanged, this, [this] { edited(Validation::Arr); });
    connect(m_autoRenew, &QCheckBox::toggled, this, [this] {
        m_notice->setEnabled(m_autoRenew->isChecked()); // nothing to cancel when it does not renew
        revalidate();
        updateRenewalHint();
    });
    finishLayout();
    updateRenewalHint();
    m_start->setFocus();
}

void ContractEditor::setContract(const Contract& c)
{
    m_original = c;
    m_accountId = c.accountId;
    setWindowTitle(tr("Edit contract"));
    m_start->setDate(c.startDate);
    m_term->setValue(c.termMonths);
    m_renewalTerm->setValue(c.renewalTermMonths);
    m_notice->setRule(ContractTerms::noticeOf(c.noticeDays, c.noticeRule));
    m_autoRenew->setChecked(c.autoRenew);
    m_arr->setText(Money(c.arr, m_workspace.settings().currency).formatForEditing(QLocale()));
    revalidate();
    updateRenewalHint();
}

Contract ContractEditor::contract() const
{
    Contract c = m_original.value_or(Contract{});
    c.accountId = m_accountId;
    c.startDate = m_start->date();
    c.termMonths = m_term->value();
    c.renewalTermMonths = m_renewalTerm->value();
    c.autoRenew = m_autoRenew->isChecked();
    ContractTerms::setNotice(c, m_notice->rule(), m_calendar);
    const Result<Money> arr = typedArr();
    c.arr = arr ? arr->minor() : 0;
    return c;
}

ContractTerms ContractEditor::typedTerms() const
{
    ContractTerms terms = ContractTerms::of(contract());
    terms.notice = m_notice->rule();
    return terms;
}

Result<Money> ContractEditor::typedArr() const
{
    const QString currency = m_workspace.settings().currency;
    if (m_arr->text().trimmed().isEmpty())
        return Money(0, currency); // the placeholder's zero
    return Money::parse(m_arr->text(), currency, QLocale());
}

FieldErrors ContractEditor::currentErrors() const
{
    // The rule as typed on the book's calendar first (its ranges and a first deadline before the start),
    // then what storage checks of the contract that would be saved.
    FieldErrors e;
    const FieldErrors terms = ContractSchedule::validate(typedTerms(), m_calendar);
    for (auto it = terms.begin(); it != terms.end(); ++it)
        e.insert(it.key() == ContractSchedule::NoticeRuleField ? Validation::NoticeDays : it.key(),
                 it.value());
    const FieldErrors stored =
        Validation::contract(contract(), m_workspace.today(), m_workspace.settings().currency);
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (!e.contains(it.key()))
            e.insert(it.key(), it.value());
    if (const Result<Money> arr = typedArr(); !arr)
        e.insert(Validation::Arr, arr.error().message);
    return e;
}

void ContractEditor::updateRenewalHint()
{
    const ContractTerms terms = typedTerms();
    const RenewalPoint first = ContractSchedule::renewal(terms, 1, m_calendar);
    // Nothing to say until the start, terms and notice are valid (their fields say what is wrong).
    if (!first.isValid() || (terms.autoRenew && !first.noticeDeadline.isValid())) {
        m_renewalHint->clear();
        return;
    }
    if (!terms.autoRenew) {
        m_renewalHint->setText(tr("Ends on %1 unless a renewal is recorded; no notice to give.")
                                   .arg(DisplayFormat::longDate(first.renewalDate)));
        return;
    }
    const QDate deadline = first.noticeDeadline;
    m_renewalHint->setText(tr("First renewal on %1; notice deadline %2 (%3).")
                               .arg(DisplayFormat::longDate(first.renewalDate),
                                    DisplayFormat::longDate(deadline),
                                    QLocale().dayName(deadline.dayOfWeek())) +
                           QLatin1Char('\n') + terms.notice.toText());
}

bool ContractEditor::write()
{
    const Contract c = contract();
    std::optional<ArrEvent> change;
    if (m_original && m_original->arr != c.arr) {
        const std::optional<MinorUnits> accountArr = accountArrIfItHasHistory();
        if (accountArr) {
            const QString currency = m_workspace.settings().currency;
            ArrChangeDialog ask(Money(m_original->arr, currency), Money(c.arr, currency),
                                Money(*accountArr, currency), m_workspace.today(), this);
            const int answer = ask.exec();
            if (answer == QDialog::Rejected)
                return false; // back to the contract, nothing saved
            if (answer == ArrChangeDialog::Record)
                change = ask.event();
        }
        // Without ARR history, saving writes the account's `new` event with the contract's ARR.
    }
    CommandOutcome outcome;
    m_workspace.undoStack()->push(new SaveContractCommand(
        m_workspace, m_original ? tr("Edit contract") : tr("New contract"), c, m_original, change, &outcome));
    m_savedId = outcome.id;
    return outcome.status.ok();
}

std::optional<MinorUnits> ContractEditor::accountArrIfItHasHistory() const
{
    Book* book = m_workspace.book();
    if (!book)
        return std::nullopt;
    Result<QList<ArrEvent>> events = book->arrEvents().forAccount(m_accountId);
    Result<Account> account = book->accounts().get(m_accountId);
    if (!events || events->isEmpty() || !account)
        return std::nullopt;
    return account->arr;
}

} // namespace csm
