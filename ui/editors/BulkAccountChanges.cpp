#include "ui/editors/BulkAccountChanges.h"

#include "domain/Validation.h"
#include "item/DisplayLabels.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"
#include "ui/common/DialogShape.h"
#include "ui/workspace/BookWorkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm {

// --- BulkChange --------------------------------------------------------------------------------------------
Account BulkChange::appliedTo(Account a) const
{
    switch (field) {
    case Field::Owner:
        a.owner = owner.trimmed();
        break;
    case Field::Stage:
        a.stage = stage;
        break;
    case Field::TouchModel:
        a.touchModelOverride = touchModel;
        a.touchModelOverrideReason = touchModel ? reason.trimmed() : QString();
        break;
    }
    return a;
}

bool BulkChange::alters(const Account& a) const
{
    const Account b = appliedTo(a);
    return b.owner != a.owner || b.stage != a.stage || b.touchModelOverride != a.touchModelOverride ||
           b.touchModelOverrideReason != a.touchModelOverrideReason;
}

QString BulkChange::undoText(int count) const
{
    switch (field) {
    case Field::Owner:
        return owner.trimmed().isEmpty()
                   ? tr("Unassign the owner of %n account(s)", nullptr, count)
                   : tr("Set the owner %1 on %n account(s)", nullptr, count).arg(owner.trimmed());
    case Field::Stage:
        return tr("Set the stage %1 on %n account(s)", nullptr, count).arg(Labels::stage(stage));
    case Field::TouchModel:
        return touchModel ? tr("Set the touch model %1 on %n account(s)", nullptr, count)
                                .arg(Labels::touchModel(*touchModel))
                          : tr("Return %n account(s) to the touch model of the ARR rule", nullptr, count);
    }
    return {};
}

// --- BulkCurrentValues -------------------------------------------------------------------------------------
void BulkCurrentValues::add(const AccountSummary& s)
{
    if (!owners.contains(s.owner))
        owners.append(s.owner);
    if (!stages.contains(s.stage))
        stages.append(s.stage);
    if (!touchModels.contains(s.touchModelOverride))
        touchModels.append(s.touchModelOverride);
}

namespace {

// "Sato, Tanaka, Unassigned" or, past three values, "Sato, Tanaka, Ito and 4 more".
QString listed(const QStringList& values)
{
    constexpr int kShown = 3;
    if (values.size() <= kShown)
        return values.join(BulkChangeDialog::tr(", "));
    return BulkChangeDialog::tr("%1 and %n more", nullptr, int(values.size()) - kShown)
        .arg(values.mid(0, kShown).join(BulkChangeDialog::tr(", ")));
}

QString touchModelLabel(const std::optional<TouchModel>& m)
{
    return m ? Labels::touchModel(*m) : BulkChangeDialog::tr("By the ARR rule");
}

} // namespace

// --- BulkChangeDialog --------------------------------------------------------------------------------------
BulkChangeDialog::BulkChangeDialog(BulkChange::Field field, int accountCount, const QStringList& owners,
                                   const BulkCurrentValues& current, QWidget* parent)
    : QDialog(parent), m_field(field), m_value(new QComboBox(this)), m_current(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_apply(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    m_value->setObjectName(QStringLiteral("valueCombo"));
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->setMinimumContentsLength(24);
    m_current->setObjectName(QStringLiteral("currentValuesLabel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setText(tr("&Apply"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Now:"), m_current);
    const auto mixed = [](const QStringList& values) { return tr("Mixed: %1").arg(listed(values)); };

    switch (field) {
    case BulkChange::Field::Owner: {
        setWindowTitle(tr("Change owner"));
        intro->setText(tr("Give the %n selected account(s) a new owner.", nullptr, accountCount));
        m_value->setEditable(true);
        m_value->setInsertPolicy(QComboBox::NoInsert);
        m_value->addItem(tr("Unassigned"));
        m_value->addItems(owners);
        m_value->setToolTip(
            tr("The CSM who owns these accounts from now on: type a name or pick one; pick Unassigned to "
               "leave them without an owner"));
        form->addRow(tr("New &owner:"), m_value);
        QStringList names;
        for (const QString& o : current.owners)
            names << (o.isEmpty() ? tr("Unassigned") : o);
        if (current.owners.size() == 1) {
            m_current->setText(names.constFirst());
            const int i = current.owners.constFirst().isEmpty() ? 0 : m_value->findText(names.constFirst());
            if (i >= 0)
                m_value->setCurrentIndex(i);
            else
                m_value->setEditText(names.constFirst());
            m_value->lineEdit()->selectAll(); // typing replaces it
            m_value->lineEdit()->setPlaceholderText(tr("Type or pick an owner"));
        } else {
            m_current->setText(mixed(names));
            m_value->setCurrentIndex(-1);
            m_value->setEditText({});
            m_value->lineEdit()->setPlaceholderText(tr("Mixed: type or pick the new owner"));
        }
        connect(m_value, &QComboBox::editTextChanged, this, &BulkChangeDialog::revalidate);
        break;
    }
    case BulkChange::Field::Stage: {
        setWindowTitle(tr("Change lifecycle stage"));
        intro->setText(
            tr("Move the %n selected account(s) to another lifecycle stage.", nullptr, accountCount));
        for (LifecycleStage s : {LifecycleStage::Onboarding, LifecycleStage::Adopting, LifecycleStage::Mature,
                                 LifecycleStage::Renewing, LifecycleStage::Churned})
            m_value->addItem(Labels::stage(s), int(s));
        m_value->setPlaceholderText(tr("Mixed: pick the new stage"));
        form->addRow(tr("New &stage:"), m_value);
        QStringList names;
        for (LifecycleStage s : current.stages)
            names << Labels::stage(s);
        if (current.stages.size() == 1) {
            m_current->setText(names.constFirst());
            m_value->setCurrentIndex(m_value->findData(int(current.stages.constFirst())));
        } else {
            m_current->setText(mixed(names));
            m_value->setCurrentIndex(-1);
        }
        connect(m_value, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::revalidate);
        break;
    }
    case BulkChange::Field::TouchModel: {
        setWindowTitle(tr("Set touch model"));
        intro->setText(
            tr("Choose how the %n selected account(s) are served. An override wins over the ARR rule "
               "of the book's segmentation and needs a reason.",
               nullptr, accountCount));
        m_value->addItem(tr("By the ARR rule (clear the override)"), QVariant());
        for (TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
            m_value->addItem(Labels::touchModel(m), int(m));
        m_value->setPlaceholderText(tr("Mixed: pick a touch model"));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("Why these accounts are served differently"));
        form->addRow(tr("&Touch model:"), m_value);
        m_errors.addRow(form, tr("&Reason for the override:"), m_reason, Validation::OverrideReason);
        QStringList names;
        for (const std::optional<TouchModel>& m : current.touchModels)
            names << touchModelLabel(m);
        if (current.touchModels.size() == 1) {
            const std::optional<TouchModel> shared = current.touchModels.constFirst();
            m_current->setText(shared && current.sharedReason
                                   ? tr("%1 (%2)").arg(names.constFirst(), *current.sharedReason)
                                   : names.constFirst());
            m_value->setCurrentIndex(shared ? m_value->findData(int(*shared)) : 0);
            if (shared && current.sharedReason)
                m_reason->setText(*current.sharedReason);
            else if (shared)
                m_reason->setPlaceholderText(tr("Mixed reasons: type one for all of them"));
        } else {
            m_current->setText(mixed(names));
            m_value->setCurrentIndex(-1);
        }
        updateReason();
        connect(m_value, &QComboBox::currentIndexChanged, this, [this] {
            updateReason();
            if (m_reason->isEnabled())
                m_errors.markEdited(Validation::OverrideReason); // say at once that a reason is needed
            revalidate();
        });
        connect(m_reason, &QLineEdit::textChanged, this, [this] {
            m_errors.markEdited(Validation::OverrideReason);
            revalidate();
        });
        break;
    }
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkChangeDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when a message appears under a field
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    finishDialog(this, {.minimumEm = 64, .maximumEm = 110});
    revalidate();
    m_value->setFocus();
}

QString BulkChangeDialog::currentValuesText() const
{
    return m_current->text();
}

bool BulkChangeDialog::hasNoChoice() const
{
    if (m_field == BulkChange::Field::Owner)
        return m_value->currentText().trimmed().isEmpty();
    return m_value->currentIndex() < 0;
}

void BulkChangeDialog::updateReason()
{
    if (m_reason)
        m_reason->setEnabled(m_value->currentIndex() >= 0 && m_value->currentData().isValid());
}

BulkChange BulkChangeDialog::change() const
{
    BulkChange c;
    c.field = m_field;
    switch (m_field) {
    case BulkChange::Field::Owner: {
        const QString text = m_value->currentText().trimmed();
        c.owner = text == tr("Unassigned") ? QString() : text;
        break;
    }
    case BulkChange::Field::Stage:
        c.stage = LifecycleStage(m_value->currentData().toInt());
        break;
    case BulkChange::Field::TouchModel: {
        const QVariant model = m_value->currentData();
        c.touchModel = model.isValid() ? std::optional<TouchModel>(TouchModel(model.toInt())) : std::nullopt;
        c.reason = c.touchModel ? m_reason->text().trimmed() : QString();
        break;
    }
    }
    return c;
}

FieldErrors BulkChangeDialog::currentErrors() const
{
    if (m_field != BulkChange::Field::TouchModel || hasNoChoice())
        return {};
    const BulkChange c = change();
    return Validation::touchModelOverride(c.touchModel, c.reason);
}

void BulkChangeDialog::revalidate()
{
    const bool valid = m_errors.apply(currentErrors());
    m_apply->setEnabled(valid && !hasNoChoice());
}

void BulkChangeDialog::apply()
{
    m_errors.showAll();
    revalidate();
    if (m_apply->isEnabled())
        accept();
}

// --- SaveAccountsCommand -----------------------------------------------------------------------------------
SaveAccountsCommand::SaveAccountsCommand(BookWorkspace& workspace, const QString& text, QList<Account> before,
                                         QList<Account> after, Status* outcome)
    : m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after)), m_outcome(outcome)
{
    setText(text);
}

void SaveAccountsCommand::redo()
{
    const Status s = write(m_after);
    if (m_outcome)
        *m_outcome = s;
    m_outcome = nullptr;
    report(s);
}

void SaveAccountsCommand::undo()
{
    report(write(m_before));
}

Status SaveAccountsCommand::write(const QList<Account>& accounts)
{
    Book* book = m_workspace.book();
    if (!book)
        return {};
    // Each save() joins this transaction; one failure dooms it, so either every account is written or none.
    Transaction tx(*book);
    if (Status begun = tx.begun(); !begun)
        return begun;
    for (const Account& a : accounts) {
        Result<Account> saved = book->accounts().save(a);
        if (!saved)
            return saved.error();
    }
    return tx.commit();
}

void SaveAccountsCommand::report(const Status& s)
{
    if (s.ok())
        return;
    setObsolete(true);
    m_workspace.reportError(s.error());
}

} // namespace csm
