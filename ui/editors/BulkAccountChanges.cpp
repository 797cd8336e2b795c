#include "BulkAccountChanges.h"

#include "Book.h"
#include "BookWorkspace.h"
#include "DisplayLabels.h"
#include "Repositories.h"
#include "Transaction.h"
#include "Validation.h"

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

// --- BulkChangeDialog --------------------------------------------------------------------------------------
BulkChangeDialog::BulkChangeDialog(BulkChange::Field field, int accountCount, const QStringList& owners,
                                   QWidget* parent)
    : QDialog(parent), m_field(field), m_value(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_apply(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    m_value->setObjectName(QStringLiteral("valueCombo"));
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->setMinimumContentsLength(24);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setText(tr("&Apply"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    switch (field) {
    case BulkChange::Field::Owner:
        setWindowTitle(tr("Change owner"));
        intro->setText(tr("Give the %n selected account(s) a new owner.", nullptr, accountCount));
        m_value->setEditable(true);
        m_value->setInsertPolicy(QComboBox::NoInsert);
        m_value->addItems(owners);
        m_value->setCurrentIndex(-1);
        m_value->lineEdit()->setPlaceholderText(tr("Empty: unassigned"));
        m_value->setToolTip(
            tr("The CSM who owns these accounts from now on: type a name or pick one; leave it "
               "empty to unassign them"));
        form->addRow(tr("New &owner:"), m_value);
        break;
    case BulkChange::Field::Stage:
        setWindowTitle(tr("Change lifecycle stage"));
        intro->setText(
            tr("Move the %n selected account(s) to another lifecycle stage.", nullptr, accountCount));
        for (LifecycleStage s : {LifecycleStage::Onboarding, LifecycleStage::Adopting, LifecycleStage::Mature,
                                 LifecycleStage::Renewing, LifecycleStage::Churned})
            m_value->addItem(Labels::stage(s), int(s));
        form->addRow(tr("New &stage:"), m_value);
        break;
    case BulkChange::Field::TouchModel:
        setWindowTitle(tr("Set touch model"));
        intro->setText(
            tr("Choose how the %n selected account(s) are served. An override wins over the ARR rule "
               "of the book's segmentation and needs a reason.",
               nullptr, accountCount));
        m_value->addItem(tr("By the ARR rule (clear the override)"), QVariant());
        for (TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
            m_value->addItem(Labels::touchModel(m), int(m));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("Why these accounts are served differently"));
        m_reason->setEnabled(false);
        form->addRow(tr("&Touch model:"), m_value);
        m_errors.addRow(form, tr("&Reason for the override:"), m_reason, Validation::OverrideReason);
        connect(m_value, &QComboBox::currentIndexChanged, this, [this] {
            const bool overriding = m_value->currentData().isValid();
            m_reason->setEnabled(overriding);
            if (overriding)
                m_errors.markEdited(Validation::OverrideReason); // say at once that a reason is needed
            revalidate();
        });
        connect(m_reason, &QLineEdit::textChanged, this, [this] {
            m_errors.markEdited(Validation::OverrideReason);
            revalidate();
        });
        break;
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
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    revalidate();
    m_value->setFocus();
}

BulkChange BulkChangeDialog::change() const
{
    BulkChange c;
    c.field = m_field;
    switch (m_field) {
    case BulkChange::Field::Owner:
        c.owner = m_value->currentText().trimmed();
        break;
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
    if (m_field != BulkChange::Field::TouchModel)
        return {};
    const BulkChange c = change();
    return Validation::touchModelOverride(c.touchModel, c.reason);
}

void BulkChangeDialog::revalidate()
{
    m_apply->setEnabled(m_errors.apply(currentErrors()));
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
    emit m_workspace.errorOccurred(s.error());
}

} // namespace csm
