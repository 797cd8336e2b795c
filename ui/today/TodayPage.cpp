#include "TodayPage.h"

#include "AccountsModel.h"
#include "BookWorkspace.h"
#include "DisplayFormat.h"
#include "RecordCommands.h"
#include "Repositories.h"
#include "Today.h"
#include "TodayModel.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

TodayPage::TodayPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new TodayModel(this)), m_view(new QTreeView(this)),
      m_title(new QLabel(this)), m_open(new QPushButton(tr("&Open account"), this)),
      m_done(new QPushButton(tr("&Done"), this)), m_snooze(new QToolButton(this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("todayPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(TodayModel::AccountColumn, 260);
    m_view->header()->setSectionResizeMode(TodayModel::WhatColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(TodayModel::WhenColumn, 170);
    m_view->header()->resizeSection(TodayModel::ArrColumn, 140);
    m_view->installEventFilter(this);

    m_open->setToolTip(tr("Open the account of the selected line (Enter)"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_done->setToolTip(tr("Mark the selected follow-up done (Space)"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setToolTip(tr("Move the selected follow-up to a later day"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_snooze);
    connect(menu->addAction(tr("By 1 day")), &QAction::triggered, this, [this] { snoozeCurrent(1); });
    connect(menu->addAction(tr("By 1 week")), &QAction::triggered, this, [this] { snoozeCurrent(7); });
    connect(menu->addAction(tr("To a day…")), &QAction::triggered, this,
            &TodayPage::snoozeCurrentToChosenDay);
    m_snooze->setMenu(menu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markCurrentDone);
    connect(m_view, &QTreeView::doubleClicked, this, &TodayPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::updateButtons);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TodayPage::refresh);
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, &TodayPage::scheduleRefresh);
    connect(&m_workspace, &BookWorkspace::loadingFinished, this, &TodayPage::scheduleRefresh);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &TodayPage::scheduleRefresh);
    refresh();
}

void TodayPage::scheduleRefresh()
{
    // Rebuilding the list reads the book and walks every account: not worth doing on the GUI thread for
    // each change made elsewhere while the page is not on screen.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshTimer->start();
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void TodayPage::refresh()
{
    const QDate asOf = m_workspace.today();
    m_title->setText(tr("Today, %1").arg(DisplayFormat::longDate(asOf)));

    // Remember the line the user is on, to find it again after the reset.
    const int row = currentRow();
    const auto kind = m_model->kindAt(row);
    const QString key = row < 0
                            ? QString()
                            : m_model
                                  ->data(m_model->index(row, 0), int(kind == TodayModel::LineKind::FollowUp
                                                                         ? TodayModel::Role::TouchId
                                                                         : TodayModel::Role::AccountId))
                                  .toString();

    TodayList list;
    if (m_workspace.hasBook() && !m_workspace.isLoading()) {
        QList<AccountSummary> summaries;
        const AccountsModel* accounts = m_workspace.accountsModel();
        summaries.reserve(accounts->rowCount());
        for (int r = 0; r < accounts->rowCount(); ++r)
            summaries.append(accounts->summaryAt(r));
        QList<FollowUpDue> due;
        Result<QList<OpenFollowUp>> open = m_workspace.book()->touches().openFollowUpsDueBy(asOf);
        if (open) {
            for (const OpenFollowUp& f : open.value())
                due.append({f.touchId, f.accountId, f.accountName, f.followUpOn, f.nextStep, f.summary});
        } else {
            emit m_workspace.errorOccurred(open.error());
        }
        list = computeToday(summaries, due, m_workspace.settings(), asOf);
    }
    m_model->setList(std::move(list), m_workspace.settings().currency);

    for (int r = 0; r < m_model->rowCount(); ++r)
        m_view->setFirstColumnSpanned(r, {}, !m_model->isLine(r));

    int select = key.isEmpty() ? -1 : m_model->rowForKey(kind, key);
    if (select < 0 && row >= 0) {
        // The line went away (done, snoozed): stay near where it was.
        for (int r = std::min(row, m_model->rowCount() - 1); r >= 0 && select < 0; --r)
            if (m_model->isLine(r))
                select = r;
    }
    if (select < 0)
        select = m_model->firstLineRow();
    if (select >= 0)
        m_view->setCurrentIndex(m_model->index(select, 0));
    updateButtons();
}

int TodayPage::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && m_model->isLine(i.row()) ? i.row() : -1;
}

void TodayPage::updateButtons()
{
    const int row = currentRow();
    const bool followUp = m_model->kindAt(row) == TodayModel::LineKind::FollowUp;
    m_open->setEnabled(row >= 0);
    m_done->setEnabled(followUp && !m_workspace.isReadOnly());
    m_snooze->setEnabled(followUp && !m_workspace.isReadOnly());
}

void TodayPage::openCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString id = m_model->data(m_model->index(row, 0), int(TodayModel::Role::AccountId)).toString();
    if (!id.isEmpty())
        emit openAccountRequested(id);
}

void TodayPage::markCurrentDone()
{
    const int row = currentRow();
    if (m_model->kindAt(row) != TodayModel::LineKind::FollowUp || m_workspace.isReadOnly())
        return;
    m_workspace.setFollowUpDone(
        m_model->data(m_model->index(row, 0), int(TodayModel::Role::TouchId)).toString(), true);
}

void TodayPage::snoozeCurrent(int days)
{
    // Snoozing counts from today: an overdue follow-up snoozed by a day comes back tomorrow.
    snoozeTo(m_workspace.today().addDays(days));
}

void TodayPage::snoozeCurrentToChosenDay()
{
    if (m_model->kindAt(currentRow()) != TodayModel::LineKind::FollowUp)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Snooze follow-up"));
    auto* calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(m_workspace.today().addDays(1));
    calendar->setSelectedDate(m_workspace.today().addDays(7));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Show this follow-up again on:"), &dialog));
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    if (dialog.exec() == QDialog::Accepted)
        snoozeTo(calendar->selectedDate());
}

void TodayPage::snoozeTo(const QDate& day)
{
    const int row = currentRow();
    if (m_model->kindAt(row) != TodayModel::LineKind::FollowUp || m_workspace.isReadOnly())
        return;
    const QModelIndex i = m_model->index(row, 0);
    m_workspace.undoStack()->push(
        new SnoozeFollowUpCommand(m_workspace, m_model->data(i, int(TodayModel::Role::TouchId)).toString(),
                                  m_model->data(i, int(TodayModel::Role::Date)).toDate(), day));
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                openCurrent();
                return true;
            case Qt::Key_Space:
                markCurrentDone();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace csm
