#include "ui/today/TodayPage.h"

#include "domain/Today.h"
#include "domain/Validation.h"
#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "item/TodayModel.h"
#include "storage/RenewalReads.h"
#include "storage/Repositories.h"
#include "ui/accounts/AccountTab.h"
#include "ui/editors/RecordCommands.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageSignals.h"
#include "ui/today/SnoozeDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

Q_LOGGING_CATEGORY(lcToday, "csm.today")

namespace {

// Lines as tall as the accounts list's rows, so that the two lists read alike.
class ListRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

struct TodayPage::Read
{
    TodayList list;
    std::optional<Error> error; // the follow-ups could not be read (the other sections are still there)
    qint64 readMs = 0;          // on the reader thread
};

TodayPage::TodayPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new TodayModel(this)), m_view(new QTreeView(this)),
      m_loading(new QLabel(tr("Loading today's list…"), this)), m_stack(new QStackedWidget(this)),
      m_title(new QLabel(this)), m_open(new QPushButton(tr("&Open account"), this)),
      m_done(new QPushButton(tr("&Done"), this)), m_snooze(new QPushButton(this)),
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
    m_view->setItemDelegate(new ListRowDelegate(m_view));
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

    m_loading->setObjectName(QStringLiteral("todayLoading"));
    m_loading->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_loading->setMargin(24);
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_loading);
    setFocusProxy(m_view);

    m_open->setToolTip(tr("Open the account of the selected line (Enter)"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_done->setToolTip(tr("Mark the selected follow-up done (Space)"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setToolTip(tr("Move the selected follow-up to a later day"));
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
    layout->addWidget(m_stack, 1);

    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markCurrentDone);
    connect(m_view, &QTreeView::doubleClicked, this, &TodayPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentAccountChanged();
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TodayPage::refresh);
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, &TodayPage::scheduleRefresh);
    connect(&m_workspace, &BookWorkspace::loadingFinished, this, &TodayPage::scheduleRefresh);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &TodayPage::resetForBook);
    connect(&m_workspace, &BookWorkspace::bookOpened, this, &TodayPage::resetForBook);
    m_title->setText(tr("Today, %1").arg(DisplayFormat::longDate(m_workspace.today())));
    resetForBook();
}

bool TodayPage::isLoadingList() const
{
    return m_stack->currentWidget() == m_loading;
}

Id TodayPage::currentAccountId() const
{
    const int row = currentRow();
    return row < 0 ? Id()
                   : m_model->data(m_model->index(row, 0), int(TodayModel::Role::AccountId)).toString();
}

void TodayPage::resetForBook()
{
    clearList();
    if (m_workspace.hasBook()) {
        showLoading();
        scheduleRefresh();
    }
}

void TodayPage::clearList()
{
    // A read on its way belongs to the book that went away (the workspace drops its answer): start afresh.
    ++m_generation;
    m_reading = false;
    m_readAgain = false;
    m_filled = false;
    m_model->setList({}, m_workspace.settings().currency);
    m_stack->setCurrentWidget(m_view);
    updateButtons();
}

void TodayPage::scheduleRefresh()
{
    // Rebuilding the list copies every account and reads the book: not worth doing for each change made
    // elsewhere while the page is not on screen.
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
    if (!m_workspace.hasBook()) {
        clearList();
        return;
    }
    if (m_workspace.isLoading()) {
        // The accounts are not in yet; loadingFinished asks again. A list already shown stays meanwhile.
        if (!m_filled)
            showLoading();
        return;
    }
    if (m_reading) {
        // The answer on its way is already out of date: drop it and read once more when it is in, rather
        // than queueing reads on the reader thread (the quick search shares it).
        ++m_generation;
        m_readAgain = true;
        return;
    }
    startRead();
}

void TodayPage::startRead()
{
    const quint64 generation = ++m_generation;
    m_reading = true;
    if (!m_filled)
        showLoading();

    // The job gets its own copies: it runs on the reader thread while the GUI thread goes on.
    QElapsedTimer copying;
    copying.start();
    const AccountsModel* accounts = m_workspace.accountsModel();
    QList<AccountSummary> summaries;
    summaries.reserve(accounts->rowCount());
    for (int r = 0; r < accounts->rowCount(); ++r)
        summaries.append(accounts->summaryAt(r));
    const BookSettings settings = m_workspace.settings();
    const QDate asOf = m_workspace.today();
    qCDebug(lcToday) << "copied" << summaries.size() << "accounts for the reader in" << copying.elapsed()
                     << "ms";

    m_workspace.read<Read>(
        this,
        [summaries = std::move(summaries), settings, asOf](Book& book) -> Result<Read> {
            QElapsedTimer reading;
            reading.start();
            Read read;
            QList<FollowUpDue> due;
            Result<QList<OpenFollowUp>> open = book.touches().openFollowUpsDueBy(asOf);
            if (open) {
                due.reserve(open->size());
                for (const OpenFollowUp& f : open.value())
                    due.append({f.touchId, f.accountId, f.accountName, f.followUpOn, f.nextStep, f.summary});
            } else {
                read.error = open.error();
            }
            read.list = computeToday(summaries, due, settings, asOf);
            Result<QList<Roadmap>> behind = book.roadmaps().withOpenMilestonesDueBefore(asOf);
            if (behind)
                read.list.milestones = overdueMilestones(behind.value(), summaries, settings, asOf);
            else if (!read.error)
                read.error = behind.error();
            Result<QList<TodayStageEntry>> stages = readRenewalsEnteringStages(book, asOf);
            if (stages)
                read.list.stages = std::move(stages.value());
            else if (!read.error)
                read.error = stages.error();
            read.readMs = reading.elapsed();
            return read;
        },
        [this, generation](Result<Read> result) { onRead(generation, std::move(result.value())); });
}

void TodayPage::onRead(quint64 generation, Read read)
{
    m_reading = false;
    if (generation != m_generation) {
        if (m_readAgain) {
            m_readAgain = false;
            scheduleRefresh();
        }
        return;
    }
    if (read.error)
        m_workspace.reportError(*read.error);
    QElapsedTimer showing;
    showing.start();
    showList(std::move(read.list));
    qCDebug(lcToday) << "read and computed in" << read.readMs << "ms off the GUI thread; shown in"
                     << showing.elapsed() << "ms";
}

void TodayPage::showLoading()
{
    m_stack->setCurrentWidget(m_loading);
}

void TodayPage::showList(TodayList list)
{
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

    m_model->setList(std::move(list), m_workspace.settings().currency);
    // The reset cleared every span; only headings and "nothing here" rows span the columns (a handful of
    // rows, while a big book lists thousands of lines).
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!m_model->isLine(r))
            m_view->setFirstColumnSpanned(r, {}, true);

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

    m_filled = true;
    m_stack->setCurrentWidget(m_view);
    updateButtons();
    emit currentAccountChanged();
}

void TodayPage::dropFollowUpLine(const Id& touchId)
{
    TodayList list = m_model->list();
    list.followUps.removeIf([&touchId](const TodayFollowUp& f) { return f.followUp.touchId == touchId; });
    showList(std::move(list));
    scheduleRefresh(); // also when the write failed: the book has the last word
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
    if (id.isEmpty())
        return;
    if (m_model->kindAt(row) == TodayModel::LineKind::Milestone)
        emit openMilestoneRequested(
            id, m_model->data(m_model->index(row, 0), int(TodayModel::Role::MilestoneId)).toString());
    else
        emit openAccountRequested(id);
}

void TodayPage::markCurrentDone()
{
    const int row = currentRow();
    if (m_model->kindAt(row) != TodayModel::LineKind::FollowUp || m_workspace.isReadOnly())
        return;
    const QModelIndex i = m_model->index(row, 0);
    const Id touchId = m_model->data(i, int(TodayModel::Role::TouchId)).toString();
    const QString account = m_model->index(row, TodayModel::AccountColumn).data().toString();
    m_workspace.setFollowUpDone(touchId, true);
    dropFollowUpLine(touchId);
    emit changed(tr("Follow-up done for %1").arg(account));
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
    SnoozeDialog dialog(m_workspace.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        snoozeTo(dialog.day());
}

void TodayPage::snoozeTo(const QDate& day)
{
    const int row = currentRow();
    if (m_model->kindAt(row) != TodayModel::LineKind::FollowUp || m_workspace.isReadOnly())
        return;
    const QModelIndex i = m_model->index(row, 0);
    const Id touchId = m_model->data(i, int(TodayModel::Role::TouchId)).toString();
    const QString account = m_model->index(row, TodayModel::AccountColumn).data().toString();
    m_workspace.undoStack()->push(new SnoozeFollowUpCommand(
        m_workspace, touchId, m_model->data(i, int(TodayModel::Role::Date)).toDate(), day));
    if (day > m_workspace.today())
        dropFollowUpLine(touchId);
    emit changed(tr("Follow-up for %1 moved to %2").arg(account, DisplayFormat::longDate(day)));
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

void registerTodayPage(PageRegistry& pages)
{
    PageSpec today(pageids::today, TodayPage::tr("Today"), [](MainWindow& window) -> QWidget* {
        auto* page = connectToWindow(new TodayPage(window.workspace()), window);
        QObject::connect(page, &TodayPage::openMilestoneRequested, &window,
                         [&window](const Id& account, const Id& milestone) {
                             window.showRecord(account, tabids::roadmap, milestone);
                         });
        return page;
    });
    today.order = 10;
    today.shortcut = QKeySequence(Qt::CTRL | Qt::Key_1);
    pages.add(today);
}

} // namespace csm
