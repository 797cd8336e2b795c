#include "ui/roadmaps/RoadmapTab.h"

#include "domain/IdSource.h"
#include "domain/RoadmapStatus.h"
#include "item/DisplayFormat.h"
#include "item/MilestonesModel.h"
#include "item/RoadmapLabels.h"
#include "ui/charts/RoadmapGanttChart.h"
#include "ui/main/MainWindow.h"
#include "ui/print/DocumentLanguage.h"
#include "ui/print/RoadmapPlan.h"
#include "ui/roadmaps/RoadmapCommands.h"
#include "ui/roadmaps/RoadmapDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

namespace {

// Owner side and status are picked from their words; dates and text use the standard editors.
class MilestoneDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() == MilestonesModel::OwnerColumn) {
            auto* box = new QComboBox(parent);
            for (OwnerSide s : {OwnerSide::Vendor, OwnerSide::Customer})
                box->addItem(RoadmapLabels::ownerSide(s), int(s));
            return box;
        }
        if (index.column() == MilestonesModel::StatusColumn) {
            auto* box = new QComboBox(parent);
            for (MilestoneStatus s :
                 {MilestoneStatus::Planned, MilestoneStatus::InProgress, MilestoneStatus::Done,
                  MilestoneStatus::Blocked, MilestoneStatus::Skipped})
                box->addItem(RoadmapLabels::milestoneStatus(s), int(s));
            return box;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, box->currentData());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QList<RoadmapGanttChart::Milestone> ganttRows(const Roadmap& r)
{
    QList<RoadmapGanttChart::Milestone> rows;
    for (const Milestone& m : r.milestones) {
        if (m.deleted)
            continue;
        rows.append({m.id, m.title, m.dueOn, m.startedOn.value_or(QDate()), m.completedOn.value_or(QDate()),
                     m.ownerSide, m.status, m.blockedReason, m.firstValue});
    }
    return rows;
}

} // namespace

RoadmapTab::RoadmapTab(BookWorkspace& workspace, QWidget* parent)
    : AccountTab(parent), m_workspace(workspace), m_roadmapBox(new QComboBox(this)),
      m_kickoff(new QDateEdit(this)), m_summary(new QLabel(this)), m_chart(new RoadmapGanttChart(this)),
      m_view(new QTableView(this)), m_model(new MilestonesModel(this)),
      m_apply(new QPushButton(tr("Start a roadmap…"), this)), m_start(new QPushButton(tr("Start"), this)),
      m_complete(new QPushButton(tr("Complete…"), this)), m_block(new QPushButton(tr("Block…"), this)),
      m_skip(new QPushButton(tr("Skip"), this)), m_reopen(new QPushButton(tr("Reopen"), this)),
      m_close(new QPushButton(tr("Close roadmap…"), this)), m_print(new QPushButton(this))
{
    m_roadmapBox->setObjectName(QStringLiteral("roadmapBox"));
    m_roadmapBox->setToolTip(tr("The account's roadmaps, latest kickoff first"));
    m_kickoff->setObjectName(QStringLiteral("roadmapKickoff"));
    m_kickoff->setCalendarPopup(true);
    m_kickoff->setToolTip(
        tr("Changing the kickoff re-plans the open milestones; done ones and dates moved by "
           "hand stay."));
    m_summary->setObjectName(QStringLiteral("roadmapSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("milestonesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MilestoneDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_chart->setObjectName(QStringLiteral("roadmapGantt"));
    m_chart->setMinimumWidth(200);
    m_print->setObjectName(QStringLiteral("printRoadmapPlan"));
    m_print->setText(tr("Plan PDF…"));
    m_print->setToolTip(tr("The roadmap as a one-page plan to share with the customer"));
    auto* menu = new QMenu(m_print);
    menu->addAction(tr("In English…"), this, [this] {
        m_print->setProperty("language", int(QLocale::English));
        printPlan();
    });
    menu->addAction(tr("In Japanese…"), this, [this] {
        m_print->setProperty("language", int(QLocale::Japanese));
        printPlan();
    });
    m_print->setMenu(menu);
    m_start->setObjectName(QStringLiteral("startMilestone"));
    m_complete->setObjectName(QStringLiteral("completeMilestone"));
    m_block->setObjectName(QStringLiteral("blockMilestone"));
    m_skip->setObjectName(QStringLiteral("skipMilestone"));
    m_reopen->setObjectName(QStringLiteral("reopenMilestone"));
    m_apply->setObjectName(QStringLiteral("applyRoadmap"));
    m_close->setObjectName(QStringLiteral("closeRoadmap"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Roadmap:"), this));
    top->addWidget(m_roadmapBox, 1);
    auto* kickoffLabel = new QLabel(tr("Kickoff:"), this);
    kickoffLabel->setBuddy(m_kickoff);
    top->addWidget(kickoffLabel);
    top->addWidget(m_kickoff);
    top->addWidget(m_apply);
    top->addWidget(m_close);
    top->addWidget(m_print);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_complete, m_block, m_skip, m_reopen})
        actions->addWidget(b);
    actions->addStretch(1);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_view);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->addWidget(m_chart);
    split->addWidget(listSide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setFocusProxy(m_view);

    connect(m_roadmapBox, &QComboBox::activated, this, [this](int i) {
        m_roadmapId = m_roadmapBox->itemData(i).toString();
        showRoadmap();
    });
    connect(m_kickoff, &QDateEdit::editingFinished, this, [this] { changeKickoff(m_kickoff->date()); });
    connect(m_model, &MilestonesModel::editRequested, this, &RoadmapTab::editCell);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoadmapTab::updateButtons);
    connect(m_chart, &RoadmapGanttChart::milestoneClicked, this, [this](const Id& id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->selectRow(row);
    });
    connect(m_apply, &QPushButton::clicked, this, &RoadmapTab::applyTemplate);
    connect(m_close, &QPushButton::clicked, this, [this] {
        const Roadmap* r = current();
        if (r && r->active)
            closeRoadmap();
        else
            reopenRoadmap();
    });
    connect(m_start, &QPushButton::clicked, this, &RoadmapTab::startSelected);
    connect(m_complete, &QPushButton::clicked, this, [this] { completeSelected(); });
    connect(m_block, &QPushButton::clicked, this, [this] { blockSelected(); });
    connect(m_skip, &QPushButton::clicked, this, &RoadmapTab::skipSelected);
    connect(m_reopen, &QPushButton::clicked, this, &RoadmapTab::reopenSelected);
    updateButtons();
}

dates::HolidayCalendar RoadmapTab::calendar() const
{
    return dates::HolidayCalendar::forSettings(m_workspace.settings());
}

void RoadmapTab::setDetail(const AccountDetail& detail)
{
    if (detail.account.id != m_detail.account.id)
        m_roadmapId.clear();
    m_detail = detail;
    reload();
}

void RoadmapTab::clearDetail()
{
    m_detail = {};
    m_roadmaps.clear();
    m_roadmapId.clear();
    m_roadmapBox->clear();
    m_model->clear();
    m_summary->clear();
    updateButtons();
}

void RoadmapTab::selectRecord(const Id& recordId)
{
    m_pendingRecord = recordId;
    showRoadmap();
}

void RoadmapTab::reload()
{
    const Id account = m_detail.account.id;
    const quint64 serial = ++m_reads;
    m_workspace.read<Loaded>(
        this,
        [account](Book& book) -> Result<Loaded> {
            Loaded l;
            auto roadmaps = book.roadmaps().forAccount(account);
            if (!roadmaps)
                return roadmaps.error();
            auto templates = book.roadmaps().templates();
            if (!templates)
                return templates.error();
            l.roadmaps = std::move(roadmaps.value());
            l.templates = std::move(templates.value());
            return l;
        },
        [this, serial](Result<Loaded> loaded) {
            if (serial != m_reads)
                return;
            if (!loaded) {
                m_workspace.reportError(loaded.error());
                return;
            }
            present(std::move(loaded.value()));
        });
}

void RoadmapTab::present(Loaded loaded)
{
    m_roadmaps = std::move(loaded.roadmaps);
    m_templates = std::move(loaded.templates);
    // The latest kickoff first: the roadmap that matters now.
    std::reverse(m_roadmaps.begin(), m_roadmaps.end());
    if (!m_pendingRecord.isEmpty()) {
        for (const Roadmap& r : m_roadmaps) {
            const bool has = r.id == m_pendingRecord ||
                             std::any_of(r.milestones.cbegin(), r.milestones.cend(),
                                         [&](const Milestone& m) { return m.id == m_pendingRecord; });
            if (has)
                m_roadmapId = r.id;
        }
    }
    const auto known = std::find_if(m_roadmaps.cbegin(), m_roadmaps.cend(),
                                    [&](const Roadmap& r) { return r.id == m_roadmapId; });
    if (known == m_roadmaps.cend()) {
        const auto active =
            std::find_if(m_roadmaps.cbegin(), m_roadmaps.cend(), [](const Roadmap& r) { return r.active; });
        m_roadmapId = active != m_roadmaps.cend() ? active->id
                      : m_roadmaps.isEmpty()      ? Id()
                                                  : m_roadmaps.first().id;
    }
    m_roadmapBox->clear();
    for (const Roadmap& r : m_roadmaps)
        m_roadmapBox->addItem(
            r.active ? tr("%1, kickoff %2").arg(r.name, DisplayFormat::denseDate(r.kickoffOn))
                     : tr("%1, kickoff %2 (closed)").arg(r.name, DisplayFormat::denseDate(r.kickoffOn)),
            r.id);
    showRoadmap();
}

const Roadmap* RoadmapTab::current() const
{
    for (const Roadmap& r : m_roadmaps) {
        if (r.id == m_roadmapId)
            return &r;
    }
    return nullptr;
}

void RoadmapTab::showRoadmap()
{
    const Roadmap* r = current();
    m_roadmapBox->setCurrentIndex(m_roadmapBox->findData(m_roadmapId));
    const Id selected =
        m_view->currentIndex().isValid()
            ? m_model->data(m_model->index(m_view->currentIndex().row(), 0), MilestonesModel::MilestoneIdRole)
                  .toString()
            : Id();
    const QDate today = m_workspace.today();
    const dates::HolidayCalendar cal = calendar();
    if (!r) {
        m_model->clear();
        m_chart->setRoadmap({}, {}, today, cal);
        m_chart->showMessage(m_detail.account.id.isEmpty() ? QString() : tr("No roadmap yet"));
        {
            const QSignalBlocker block(m_kickoff);
            m_kickoff->setDate(today);
        }
        m_summary->setText(
            m_detail.account.id.isEmpty()
                ? QString()
                : tr("No roadmap yet. Start one from a template with the kickoff date: due dates "
                     "follow the book's business days."));
        updateButtons();
        return;
    }
    m_model->setRoadmap(*r, today);
    m_chart->setRoadmap(r->kickoffOn, ganttRows(*r), today, cal);
    {
        const QSignalBlocker block(m_kickoff);
        m_kickoff->setDate(r->kickoffOn);
    }
    const RoadmapProgress p =
        roadmapProgress(*r, today, cal, RoadmapStatusOptions::forSettings(m_workspace.settings()));
    QStringList facts;
    if (!r->active)
        facts << tr("Closed");
    facts << RoadmapLabels::roadmapState(p.state) << tr("%1% done").arg(p.completionPercent);
    if (p.mostOverdue >= 0)
        facts << tr("%n business day(s) behind", nullptr, p.businessDaysBehind);
    if (p.firstValue)
        facts << tr("first value after %n business day(s)", nullptr, p.firstValue->businessDays) +
                     tr(" (%n calendar day(s))", nullptr, p.firstValue->calendarDays);
    else if (p.firstValueMilestone >= 0)
        facts << tr("first value not reached yet");
    m_summary->setText(facts.join(QStringLiteral(" · ")));
    for (int c = 0; c < MilestonesModel::CriterionColumn; ++c)
        m_view->resizeColumnToContents(c);

    Id want = m_pendingRecord.isEmpty() ? selected : m_pendingRecord;
    int row = want.isEmpty() ? -1 : m_model->rowOf(want);
    if (row >= 0)
        m_pendingRecord.clear();
    if (row < 0 && m_model->rowCount() > 0)
        row = p.nextMilestone >= 0 ? p.nextMilestone : 0;
    if (row >= 0)
        m_view->selectRow(row);
    updateButtons();
}

void RoadmapTab::showEvent(QShowEvent* event)
{
    AccountTab::showEvent(event);
    // Laid out first at a default size, the chart would keep its minimum and get half of what the window
    // adds (a third of a 1400 px window, the milestone names cut): shared out 45:55 once, at the real width;
    // the user's own dragging is kept after that.
    if (!m_splitSized && m_split->width() > 0) {
        m_splitSized = true;
        const int w = m_split->width();
        m_split->setSizes({w * 45 / 100, w - w * 45 / 100});
    }
}

int RoadmapTab::selectedRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RoadmapTab::updateButtons()
{
    const int row = selectedRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    const MilestoneStatus s = has ? m_model->milestoneAt(row).status : MilestoneStatus::Planned;
    // A read-only book's roadmap can be read and printed, not changed.
    const bool writable = !m_workspace.isReadOnly();
    m_view->setEditTriggers(writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    const auto allowed = [&](MilestoneAction a) {
        return writable && has && RoadmapSchedule::isAllowed(s, a);
    };
    m_start->setEnabled(allowed(MilestoneAction::Start));
    m_complete->setEnabled(allowed(MilestoneAction::Complete));
    m_block->setEnabled(allowed(MilestoneAction::Block));
    m_skip->setEnabled(allowed(MilestoneAction::Skip));
    m_reopen->setEnabled(allowed(MilestoneAction::Reopen) || allowed(MilestoneAction::Unblock));
    m_reopen->setText(s == MilestoneStatus::Blocked ? tr("Unblock") : tr("Reopen"));
    m_kickoff->setEnabled(writable && current() != nullptr);
    m_print->setEnabled(current() != nullptr);
    m_apply->setEnabled(writable && !m_detail.account.id.isEmpty());
    const Roadmap* r = current();
    m_close->setEnabled(writable && r != nullptr);
    m_close->setText(r && !r->active ? tr("Reopen roadmap") : tr("Close roadmap…"));
    m_close->setToolTip(r && !r->active
                            ? tr("Brings the roadmap back to Today, the Roadmaps view and the health score")
                            : tr("Ends the roadmap: it leaves Today, the Roadmaps view and the health score; "
                                 "its milestones stay as they are"));
}

void RoadmapTab::save(const Roadmap& after, const QString& undoText, const QString& message, const Id& select)
{
    std::optional<Roadmap> before;
    for (const Roadmap& r : m_roadmaps) {
        if (r.id == after.id)
            before = r;
    }
    if (!select.isEmpty())
        m_pendingRecord = select;
    m_roadmapId = after.id;
    CommandOutcome outcome;
    m_workspace.undoStack()->push(
        new SaveRecordCommand<Roadmap>(m_workspace, undoText, after, before, &outcome));
    if (!outcome.status.ok())
        return;
    if (auto* window = qobject_cast<MainWindow*>(this->window()))
        window->announce(message);
}

void RoadmapTab::editCell(int row, int column, const QVariant& value)
{
    const Roadmap* r = current();
    if (!r || row < 0 || row >= m_model->rowCount())
        return;
    Roadmap after = m_model->roadmap();
    Milestone& m = after.milestones[row];
    const QString title = m.title;
    switch (column) {
    case MilestonesModel::TitleColumn:
        if (value.toString().trimmed().isEmpty())
            return;
        m.title = value.toString().trimmed();
        break;
    case MilestonesModel::CriterionColumn:
        m.successCriterion = value.toString().trimmed();
        break;
    case MilestonesModel::OwnerColumn:
        m.ownerSide = OwnerSide(value.toInt());
        save(after, tr("Re-own milestone"),
             tr("\"%1\" is now owned by %2").arg(title, RoadmapLabels::ownerSide(m.ownerSide)), m.id);
        return;
    case MilestonesModel::DueColumn: {
        if (auto st = RoadmapSchedule::move(after, row, value.toDate()); !st) {
            m_summary->setText(st.error().message);
            return;
        }
        save(after, tr("Move milestone"),
             tr("\"%1\" moved to %2").arg(title, DisplayFormat::longDate(value.toDate())), m.id);
        return;
    }
    case MilestonesModel::StartedColumn:
        if (value.toDate() > m_workspace.today())
            return;
        m.startedOn = value.toDate();
        break;
    case MilestonesModel::CompletedColumn:
        if (value.toDate() < r->kickoffOn || value.toDate() > m_workspace.today()) {
            m_summary->setText(tr("A milestone is done between the kickoff and today."));
            return;
        }
        m.completedOn = value.toDate();
        break;
    case MilestonesModel::StatusColumn: {
        switch (MilestoneStatus(value.toInt())) {
        case MilestoneStatus::InProgress:
            if (m.status == MilestoneStatus::Planned)
                return changeState(MilestoneAction::Start, m_workspace.today());
            return changeState(m.status == MilestoneStatus::Blocked ? MilestoneAction::Unblock
                                                                    : MilestoneAction::Reopen);
        case MilestoneStatus::Planned:
            return changeState(m.status == MilestoneStatus::Blocked ? MilestoneAction::Unblock
                                                                    : MilestoneAction::Reopen);
        case MilestoneStatus::Done:
            return completeSelected();
        case MilestoneStatus::Blocked:
            return blockSelected();
        case MilestoneStatus::Skipped:
            return changeState(MilestoneAction::Skip);
        }
        return;
    }
    default:
        return;
    }
    save(after, tr("Edit milestone"), tr("Milestone \"%1\" changed").arg(m.title), m.id);
}

void RoadmapTab::changeState(MilestoneAction action, QDate on, const QString& reason)
{
    const int row = selectedRow();
    if (!current() || row < 0)
        return;
    Roadmap after = m_model->roadmap();
    Milestone& m = after.milestones[row];
    if (auto st = RoadmapSchedule::change(m, {action, on, reason}, after.kickoffOn, m_workspace.today());
        !st) {
        m_summary->setText(st.error().message);
        return;
    }
    QString message;
    switch (action) {
    case MilestoneAction::Start:
        message = tr("\"%1\" started").arg(m.title);
        break;
    case MilestoneAction::Complete:
        message = tr("\"%1\" done on %2").arg(m.title, DisplayFormat::longDate(on));
        break;
    case MilestoneAction::Block:
        message = tr("\"%1\" blocked: %2").arg(m.title, reason);
        break;
    case MilestoneAction::Unblock:
        message = tr("\"%1\" unblocked").arg(m.title);
        break;
    case MilestoneAction::Skip:
        message = tr("\"%1\" skipped").arg(m.title);
        break;
    case MilestoneAction::Reopen:
        message = tr("\"%1\" reopened").arg(m.title);
        break;
    }
    save(after, tr("Change milestone status"), message, m.id);
}

void RoadmapTab::startSelected()
{
    changeState(MilestoneAction::Start, m_workspace.today());
}

void RoadmapTab::completeSelected(QDate on)
{
    const int row = selectedRow();
    const Roadmap* r = current();
    if (!r || row < 0)
        return;
    if (!on.isValid()) {
        MilestoneStepDialog dialog(MilestoneStepDialog::Kind::Complete, m_model->milestoneAt(row).title,
                                   r->kickoffOn, m_workspace.today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        on = dialog.day();
    }
    changeState(MilestoneAction::Complete, on);
}

void RoadmapTab::blockSelected(const QString& reason)
{
    const int row = selectedRow();
    const Roadmap* r = current();
    if (!r || row < 0)
        return;
    QString why = reason;
    if (why.isEmpty()) {
        MilestoneStepDialog dialog(MilestoneStepDialog::Kind::Block, m_model->milestoneAt(row).title,
                                   r->kickoffOn, m_workspace.today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        why = dialog.reason();
    }
    changeState(MilestoneAction::Block, {}, why);
}

void RoadmapTab::skipSelected()
{
    changeState(MilestoneAction::Skip);
}

void RoadmapTab::reopenSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    changeState(m_model->milestoneAt(row).status == MilestoneStatus::Blocked ? MilestoneAction::Unblock
                                                                             : MilestoneAction::Reopen);
}

void RoadmapTab::changeKickoff(QDate kickoff)
{
    const Roadmap* r = current();
    if (!r || !kickoff.isValid() || kickoff == r->kickoffOn)
        return;
    Roadmap after = *r;
    auto replan = RoadmapSchedule::replan(after, kickoff, calendar());
    if (!replan) {
        m_summary->setText(replan.error().message);
        const QSignalBlocker block(m_kickoff);
        m_kickoff->setDate(r->kickoffOn);
        return;
    }
    QStringList message{
        tr("Kickoff moved to %1: %n milestone(s) re-planned", nullptr, int(replan->moved.size()))
            .arg(DisplayFormat::longDate(kickoff))};
    for (const ScheduleNote& n : replan->notes)
        message << n.message();
    save(after, tr("Re-plan roadmap"), message.join(QStringLiteral(" ")));
}

void RoadmapTab::closeRoadmap(bool ask)
{
    const Roadmap* r = current();
    if (!r || !r->active)
        return;
    const auto open = std::count_if(r->milestones.cbegin(), r->milestones.cend(), [](const Milestone& m) {
        return !m.deleted && m.status != MilestoneStatus::Done && m.status != MilestoneStatus::Skipped;
    });
    if (ask && open > 0) {
        QMessageBox box(QMessageBox::Question, tr("Close roadmap"),
                        tr("Close the roadmap \"%1\"?").arg(r->name), QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("%n milestone(s) are still open. They stay as they are, but leave Today, the Roadmaps view "
               "and the health score. You can reopen the roadmap later.",
               nullptr, int(open)));
        QPushButton* close = box.addButton(tr("Close roadmap"), QMessageBox::AcceptRole);
        box.setDefaultButton(close);
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    Roadmap after = *r;
    after.active = false;
    save(after, tr("Close roadmap"), tr("Roadmap \"%1\" closed").arg(r->name));
}

void RoadmapTab::reopenRoadmap()
{
    const Roadmap* r = current();
    if (!r || r->active)
        return;
    Roadmap after = *r;
    after.active = true;
    save(after, tr("Reopen roadmap"), tr("Roadmap \"%1\" reopened").arg(r->name));
}

void RoadmapTab::applyTemplate()
{
    if (m_detail.account.id.isEmpty())
        return;
    const std::optional<TouchModel> model =
        m_detail.account.touchModelOverride
            ? m_detail.account.touchModelOverride
            : std::optional(m_workspace.settings().touchModelForArr(m_detail.summary.arr));
    ApplyRoadmapDialog dialog(m_templates, model, m_workspace.today(), calendar(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto plan = RoadmapSchedule::apply(dialog.chosenTemplate(), m_detail.account.id, dialog.kickoff(),
                                       calendar(), uuidV7Ids());
    if (!plan) {
        m_workspace.reportError(plan.error());
        return;
    }
    QStringList message{tr("Roadmap \"%1\" started for %2").arg(plan->roadmap.name, m_detail.account.name)};
    for (const ScheduleNote& n : plan->notes)
        message << n.message();
    m_pendingRecord.clear();
    save(plan->roadmap, tr("Start roadmap"), message.join(QStringLiteral(" ")));
}

void RoadmapTab::printPlan()
{
    if (!current())
        return;
    const auto language = QLocale::Language(m_print->property("language").toInt());
    const QString suggested = tr("%1 onboarding plan.pdf").arg(m_detail.account.name);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the plan as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto st = savePlan(path, language); !st) {
        m_workspace.reportError(st.error());
        return;
    }
    if (auto* window = qobject_cast<MainWindow*>(this->window()))
        window->announce(tr("Plan saved to %1").arg(QDir::toNativeSeparators(path)), false);
}

Status RoadmapTab::savePlan(const QString& path, QLocale::Language language)
{
    const Roadmap* r = current();
    if (!r)
        return Error{
            Error::Code::NotFound, tr("The account has no roadmap to print."), m_detail.account.name, {}};
    auto doc = DocumentLanguage::load(DocumentLanguage::documentLocale(language));
    if (!doc)
        return doc.error();
    const QDate today = m_workspace.today();
    const RoadmapProgress p =
        roadmapProgress(*r, today, calendar(), RoadmapStatusOptions::forSettings(m_workspace.settings()));
    RoadmapPlanInput input = RoadmapPlanInput::of(*r, p, today);
    input.accountName = m_detail.account.name;
    input.vendorLead = m_detail.account.owner;
    for (const Contact& c : m_detail.contacts) {
        if (c.role == ContactRole::Champion && !c.deleted) {
            input.customerLead = c.name;
            break;
        }
    }
    input.timeline = [this](QPainter& painter, const QRectF& rect) { m_chart->render(painter, rect); };
    auto printed = printRoadmapPlan(input, doc.value(), path);
    if (!printed)
        return printed.error();
    return {};
}

} // namespace csm
