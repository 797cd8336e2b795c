#include "ui/touch/LogTouchDialog.h"

#include "domain/Validation.h"
#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/common/DateFields.h"
#include "ui/common/DialogShape.h"
#include "ui/editors/RecordCommands.h"
#include "ui/touch/TouchKindCombo.h"
#include "ui/workspace/BookWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

LogTouchDialog::LogTouchDialog(BookWorkspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_account(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_kind(new TouchKindCombo(this)), m_date(new QDateEdit(this)),
      m_direction(new QComboBox(this)), m_summary(new QPlainTextEdit(this)), m_sentiment(new QComboBox(this)),
      m_nextStep(new QLineEdit(this)), m_hasFollowUp(new QCheckBox(tr("&Follow up on"), this)),
      m_followUp(new QDateEdit(this)), m_participants(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("logTouchDialog"));
    setWindowTitle(tr("Log a touch"));

    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("Type an account's name or reading"));
    m_account->setClearButtonEnabled(true);
    buildAccountCompleter();

    m_kind->setObjectName(QStringLiteral("kindCombo"));

    const QDate today = m_workspace.today();
    m_date->setObjectName(QStringLiteral("dateEdit"));
    setUpDateField(m_date);
    m_date->setDate(today);
    m_date->setToolTip(tr("When the touch happened: today by default; earlier dates back to %1 are fine, "
                          "future ones are not")
                           .arg(DisplayFormat::longDate(Validation::earliestDate())));

    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(Labels::direction(Direction::Outbound), int(Direction::Outbound));
    m_direction->addItem(Labels::direction(Direction::Inbound), int(Direction::Inbound));
    m_direction->setToolTip(tr("Outbound: you reached out. Inbound: the customer did."));

    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, in a sentence or two"));
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4);

    m_sentiment->setObjectName(QStringLiteral("sentimentCombo"));
    m_sentiment->addItem(tr("Not given"), QVariant());
    for (int v = 2; v >= -2; --v)
        m_sentiment->addItem(QStringLiteral("%1%2  %3")
                                 .arg(v > 0 ? QStringLiteral("+") : QString())
                                 .arg(v)
                                 .arg(Labels::sentiment(v)),
                             v);
    m_sentiment->setToolTip(tr("How the customer felt, from -2 (very negative) to +2 (very positive)"));

    m_nextStep->setObjectName(QStringLiteral("nextStepEdit"));
    m_nextStep->setPlaceholderText(tr("What you or the customer will do next"));

    m_hasFollowUp->setObjectName(QStringLiteral("followUpCheck"));
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    setUpDateField(m_followUp);
    m_followUp->setDate(today.addDays(7));
    m_followUp->setEnabled(false);
    auto* followUpRow = new QWidget(this);
    auto* fl = new QHBoxLayout(followUpRow);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_hasFollowUp);
    fl->addWidget(m_followUp, 1);
    followUpRow->setToolTip(tr("A follow-up appears on Today's list from its date until it is done; it can "
                               "be set up to a year ahead"));

    m_participants->setObjectName(QStringLiteral("participantsList"));
    m_participants->setMaximumHeight(m_participants->fontMetrics().lineSpacing() * 6);
    m_participants->setToolTip(tr("The account's contacts who took part"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Account:"), m_account, Validation::AccountId);
    // The keys that pick a kind, in sight: typing a first letter of a Japanese label cannot work.
    auto* kindRow = new QWidget(this);
    auto* kl = new QHBoxLayout(kindRow);
    kl->setContentsMargins(0, 0, 0, 0);
    kl->addWidget(m_kind, 1);
    auto* kindHint = new QLabel(tr("1–9, 0 or first letters"), kindRow);
    kindHint->setObjectName(QStringLiteral("kindHint"));
    kindHint->setForegroundRole(QPalette::PlaceholderText);
    kindHint->setToolTip(m_kind->toolTip());
    kl->addWidget(kindHint);
    kindRow->setFocusProxy(m_kind); // Alt+K
    form->addRow(tr("&Kind:"), kindRow);
    m_errors.addRow(form, tr("&Summary:"), m_summary, Validation::Summary);
    m_errors.addRow(form, tr("&Date:"), m_date, Validation::OccurredOn);
    form->addRow(tr("D&irection:"), m_direction);
    form->addRow(tr("Se&ntiment:"), m_sentiment);
    form->addRow(tr("N&ext step:"), m_nextStep);
    m_errors.addRow(form, tr("Follow-up:"), followUpRow, Validation::FollowUpOn);
    form->addRow(tr("&Participants:"), m_participants);

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the touch (Ctrl+Enter)"));
    auto* hint = new QLabel(tr("Ctrl+Enter saves · Esc cancels"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when a message appears under a field
    layout->addLayout(form);
    layout->addLayout(bottom);

    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, &LogTouchDialog::save);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogTouchDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_account, &QLineEdit::textEdited, this, [this] {
        m_accountId.clear();
        m_accountId = m_accountByText.value(m_account->text().trimmed());
        fillParticipants({});
        edited(Validation::AccountId);
    });
    connect(m_account, &QLineEdit::editingFinished, this, &LogTouchDialog::resolveAccount);
    m_account->installEventFilter(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                m_account->setText(text);
                resolveAccount();
            });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { edited(Validation::Summary); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { edited(Validation::OccurredOn); });
    connect(m_followUp, &QDateEdit::dateChanged, this, [this] { edited(Validation::FollowUpOn); });
    connect(m_hasFollowUp, &QCheckBox::toggled, this, [this](bool on) {
        m_followUp->setEnabled(on);
        edited(Validation::FollowUpOn);
    });

    finishDialog(this, {.minimumEm = 70, .maximumEm = 110}); // Tab follows the form, buttons last
    m_account->setFocus();
    revalidate();
}

void LogTouchDialog::buildAccountCompleter()
{
    QStringList entries;
    const AccountsModel* model = m_workspace.accountsModel();
    const int n = model->rowCount();
    entries.reserve(n * 2);
    for (int row = 0; row < n; ++row) {
        const AccountSummary& s = model->summaryAt(row);
        m_nameById.insert(s.id, s.name);
        if (!m_accountByText.contains(s.name)) {
            m_accountByText.insert(s.name, s.id);
            entries.append(s.name);
        }
        if (!s.nameReading.isEmpty() && s.nameReading != s.name) {
            const QString byReading = tr("%1 — %2").arg(s.nameReading, s.name);
            m_accountByText.insert(byReading, s.id);
            entries.append(byReading);
        }
    }
    entries.sort(Qt::CaseInsensitive);
    m_completer->setModel(new QStringListModel(entries, m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_account->setCompleter(m_completer);
}

void LogTouchDialog::resolveAccount()
{
    const QString text = m_account->text().trimmed();
    Id id = m_accountByText.value(text);
    if (id.isEmpty() && !text.isEmpty()) {
        // Typed part of a name and moved on: take the first completion.
        m_completer->setCompletionPrefix(text);
        if (m_completer->completionCount() > 0) {
            m_completer->setCurrentRow(0);
            id = m_accountByText.value(m_completer->currentCompletion());
        }
    }
    if (!id.isEmpty()) {
        const bool changed = id != m_accountId;
        m_accountId = id;
        const QString name = m_nameById.value(id);
        if (m_account->text() != name)
            m_account->setText(name);
        if (m_completer->popup())
            m_completer->popup()->hide();
        if (changed)
            fillParticipants({});
    } else {
        m_accountId.clear();
        fillParticipants({});
    }
    edited(Validation::AccountId);
}

void LogTouchDialog::fillParticipants(const QList<Id>& checked)
{
    m_participants->clear();
    if (m_accountId.isEmpty() || !m_workspace.book())
        return;
    Result<QList<Contact>> contacts = m_workspace.book()->contacts().forAccount(m_accountId);
    if (!contacts)
        return;
    for (const Contact& c : contacts.value()) {
        auto* item =
            new QListWidgetItem(tr("%1 (%2)").arg(c.name, Labels::contactRole(c.role)), m_participants);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void LogTouchDialog::setAccount(const Id& accountId)
{
    m_accountId = accountId;
    m_account->setText(m_nameById.value(accountId));
    fillParticipants({});
    m_kind->setFocus();
    revalidate();
}

void LogTouchDialog::setTouch(const Touch& t)
{
    m_original = t;
    setWindowTitle(tr("Edit touch"));
    m_accountId = t.accountId;
    m_account->setText(m_nameById.value(t.accountId));
    m_kind->setKind(t.kind);
    m_date->setDate(t.occurredOn);
    m_direction->setCurrentIndex(m_direction->findData(int(t.direction)));
    m_summary->setPlainText(t.summary);
    m_sentiment->setCurrentIndex(t.sentiment ? m_sentiment->findData(*t.sentiment) : 0);
    m_nextStep->setText(t.nextStep);
    m_hasFollowUp->setChecked(t.followUpOn.has_value());
    if (t.followUpOn)
        m_followUp->setDate(*t.followUpOn);
    fillParticipants(t.participantIds);
    m_summary->setFocus();
    revalidate();
}

Touch LogTouchDialog::touch() const
{
    Touch t = m_original.value_or(Touch{});
    t.accountId = m_accountId;
    t.kind = m_kind->kind();
    t.occurredOn = m_date->date();
    t.direction = Direction(m_direction->currentData().toInt());
    t.summary = m_summary->toPlainText().trimmed();
    const QVariant sentiment = m_sentiment->currentData();
    t.sentiment = sentiment.isValid() ? std::optional<int>(sentiment.toInt()) : std::nullopt;
    t.nextStep = m_nextStep->text().trimmed();
    if (m_hasFollowUp->isChecked()) {
        const bool moved = !m_original || m_original->followUpOn != m_followUp->date();
        t.followUpOn = m_followUp->date();
        if (moved)
            t.followUpDone = false;
    } else {
        t.followUpOn.reset();
        t.followUpDone = false;
    }
    t.participantIds.clear();
    for (int i = 0; i < m_participants->count(); ++i) {
        const QListWidgetItem* item = m_participants->item(i);
        if (item->checkState() == Qt::Checked)
            t.participantIds.append(item->data(Qt::UserRole).toString());
    }
    if (t.author.isEmpty())
        t.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return t;
}

bool LogTouchDialog::isValid() const
{
    return Validation::loggedTouch(touch(), m_workspace.today()).isEmpty();
}

void LogTouchDialog::edited(const QString& field)
{
    m_errors.markEdited(field);
    revalidate();
}

void LogTouchDialog::revalidate()
{
    const bool ok = m_errors.apply(Validation::loggedTouch(touch(), m_workspace.today()));
    m_save->setEnabled(ok && !m_workspace.isReadOnly());
}

bool LogTouchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the account field with part of a name typed picks the first match, whatever the completer did.
    if (watched == m_account && event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason)
        resolveAccount();
    return QDialog::eventFilter(watched, event);
}

void LogTouchDialog::keyPressEvent(QKeyEvent* event)
{
    // Ctrl+Enter saves also when the shortcut map did not see the key (the dialog not yet the active window).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        save();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LogTouchDialog::save()
{
    if (m_account->hasFocus())
        resolveAccount();
    m_errors.showAll();
    revalidate();
    if (!m_save->isEnabled() || !m_workspace.book())
        return;
    const Touch t = touch();
    CommandOutcome outcome;
    const QString text = m_original ? tr("Edit touch") : tr("Log %1").arg(Labels::touchKind(t.kind));
    m_workspace.undoStack()->push(new SaveRecordCommand<Touch>(m_workspace, text, t, m_original, &outcome));
    m_savedId = outcome.id;
    if (outcome.status.ok())
        accept();
}

} // namespace csm
