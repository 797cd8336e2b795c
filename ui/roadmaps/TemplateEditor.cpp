#include "ui/roadmaps/TemplateEditor.h"

#include "domain/IdSource.h"
#include "domain/RoadmapTemplates.h"
#include "item/DisplayLabels.h"
#include "item/RoadmapLabels.h"
#include "storage/Repositories.h"
#include "ui/common/DialogShape.h"
#include "ui/roadmaps/RoadmapCommands.h"
#include "ui/workspace/BookWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

namespace {

enum Column
{
    TitleColumn,
    OffsetColumn,
    OwnerColumn,
    CriterionColumn,
    FirstValueColumn,
    ColumnCount
};

} // namespace

TemplateEditor::TemplateEditor(BookWorkspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_touchModel(new QComboBox(this)), m_milestones(new QTableWidget(0, ColumnCount, this)),
      m_message(new QLabel(this)), m_new(new QPushButton(tr("&New"), this)),
      m_duplicate(new QPushButton(tr("&Duplicate"), this)), m_retire(new QPushButton(tr("&Retire"), this)),
      m_addMilestone(new QPushButton(tr("&Add milestone"), this)),
      m_removeMilestone(new QPushButton(tr("Remo&ve milestone"), this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Roadmap templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(180);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_touchModel->setObjectName(QStringLiteral("templateTouchModel"));
    m_touchModel->addItem(tr("Any touch model"), -1);
    for (TouchModel t : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
        m_touchModel->addItem(Labels::touchModel(t), int(t));
    m_milestones->setObjectName(QStringLiteral("templateMilestones"));
    m_milestones->setHorizontalHeaderLabels({tr("Milestone"), tr("Business days after kickoff"), tr("Owner"),
                                             tr("Success criterion"), tr("First value")});
    m_milestones->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_milestones->verticalHeader()->hide();
    m_milestones->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_milestones->setMinimumHeight(220);
    if (m_workspace.isReadOnly())
        m_milestones->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_new->setObjectName(QStringLiteral("newTemplate"));
    m_duplicate->setObjectName(QStringLiteral("duplicateTemplate"));
    m_retire->setObjectName(QStringLiteral("retireTemplate"));
    m_addMilestone->setObjectName(QStringLiteral("addTemplateMilestone"));
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_message->setWordWrap(true);
    m_save->setDefault(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_retire);
    left->addLayout(listButtons);
    auto* form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Touch model:"), m_touchModel);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_milestones, 1);
    auto* milestoneButtons = new QHBoxLayout;
    milestoneButtons->addWidget(m_addMilestone);
    milestoneButtons->addWidget(m_removeMilestone);
    milestoneButtons->addStretch(1);
    right->addLayout(milestoneButtons);
    right->addWidget(m_message);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateEditor::showTemplate);
    connect(m_new, &QPushButton::clicked, this, &TemplateEditor::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplateEditor::duplicateTemplate);
    connect(m_retire, &QPushButton::clicked, this, &TemplateEditor::toggleRetired);
    connect(m_addMilestone, &QPushButton::clicked, this, &TemplateEditor::addMilestone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &TemplateEditor::removeMilestone);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::saveTemplate);
    reload();
    finishDialog(this, {.minimumEm = 100, .maximumEm = 140});
}

void TemplateEditor::reload(const Id& select)
{
    Book* book = m_workspace.book();
    m_templates.clear();
    if (book) {
        auto templates = book->roadmaps().templates();
        if (templates)
            m_templates = templates.value();
        else
            m_message->setText(templates.error().message);
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const RoadmapTemplate& t = m_templates.at(i);
        m_list->addItem(t.retired ? tr("%1 (retired)").arg(t.name) : t.name);
        if (t.id == select)
            row = i;
    }
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : row);
    showTemplate(m_list->currentRow());
}

void TemplateEditor::setMilestoneRow(int row, const TemplateMilestone& m)
{
    auto* title = new QTableWidgetItem(m.title);
    title->setData(Qt::UserRole, m.id);
    m_milestones->setItem(row, TitleColumn, title);
    auto* offset = new QSpinBox;
    offset->setRange(0, RoadmapTemplates::kMaxOffsetBusinessDays);
    offset->setValue(m.offsetBusinessDays);
    // The table is one Tab stop, as every list is: its cell editors take the focus by a click.
    offset->setFocusPolicy(Qt::ClickFocus);
    m_milestones->setCellWidget(row, OffsetColumn, offset);
    auto* owner = new QComboBox;
    for (OwnerSide s : {OwnerSide::Vendor, OwnerSide::Customer})
        owner->addItem(RoadmapLabels::ownerSide(s), int(s));
    owner->setCurrentIndex(owner->findData(int(m.ownerSide)));
    owner->setFocusPolicy(Qt::ClickFocus);
    m_milestones->setCellWidget(row, OwnerColumn, owner);
    offset->setEnabled(!m_workspace.isReadOnly());
    owner->setEnabled(!m_workspace.isReadOnly());
    m_milestones->setItem(row, CriterionColumn, new QTableWidgetItem(m.successCriterion));
    auto* firstValue = new QTableWidgetItem;
    firstValue->setFlags(m_workspace.isReadOnly()
                             ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    firstValue->setCheckState(m.firstValue ? Qt::Checked : Qt::Unchecked);
    m_milestones->setItem(row, FirstValueColumn, firstValue);
}

void TemplateEditor::showTemplate(int row)
{
    m_isNew = false;
    m_current = row >= 0 && row < m_templates.size() ? m_templates.at(row) : RoadmapTemplate{};
    m_name->setText(m_current.name);
    m_touchModel->setCurrentIndex(
        m_touchModel->findData(m_current.touchModel ? int(*m_current.touchModel) : -1));
    const QList<TemplateMilestone> ms = liveMilestones(m_current);
    m_milestones->setRowCount(int(ms.size()));
    for (int i = 0; i < ms.size(); ++i)
        setMilestoneRow(i, ms.at(i));
    m_milestones->resizeColumnsToContents();
    m_retire->setText(m_current.retired ? tr("Un&retire") : tr("&Retire"));
    const bool has = row >= 0;
    // A read-only book's templates can be looked through (the list, the milestones) but not changed.
    const bool writable = !m_workspace.isReadOnly();
    m_new->setEnabled(writable);
    for (QWidget* w : std::initializer_list<QWidget*>{m_duplicate, m_retire, m_save, m_addMilestone,
                                                      m_removeMilestone, m_touchModel})
        w->setEnabled(has && writable);
    m_name->setEnabled(has);
    m_name->setReadOnly(!writable);
    m_milestones->setEnabled(has);
    QStringList notes;
    if (m_current.retired)
        notes << tr("Retired: kept for the roadmaps made from it, no longer offered for new ones.");
    if (!writable)
        notes << tr("This book is open read-only: templates can be looked at, not changed.");
    m_message->setText(notes.join(QLatin1Char(' ')));
}

RoadmapTemplate TemplateEditor::edited() const
{
    RoadmapTemplate t = m_current;
    t.name = m_name->text().trimmed();
    const int model = m_touchModel->currentData().toInt();
    t.touchModel = model >= 0 ? std::optional(TouchModel(model)) : std::nullopt;
    t.milestones.clear();
    for (int r = 0; r < m_milestones->rowCount(); ++r) {
        TemplateMilestone m;
        m.id = m_milestones->item(r, TitleColumn)->data(Qt::UserRole).toString();
        for (const TemplateMilestone& old : m_current.milestones) {
            if (old.id == m.id)
                m = old; // keeps its timestamps
        }
        if (m.id.isEmpty())
            m.id = newUuidV7();
        m.templateId = t.id;
        m.position = r;
        m.title = m_milestones->item(r, TitleColumn)->text().trimmed();
        m.offsetBusinessDays = qobject_cast<QSpinBox*>(m_milestones->cellWidget(r, OffsetColumn))->value();
        m.ownerSide = OwnerSide(
            qobject_cast<QComboBox*>(m_milestones->cellWidget(r, OwnerColumn))->currentData().toInt());
        const QTableWidgetItem* criterion = m_milestones->item(r, CriterionColumn);
        m.successCriterion = criterion ? criterion->text().trimmed() : QString();
        m.firstValue = m_milestones->item(r, FirstValueColumn)->checkState() == Qt::Checked;
        m.deleted = false;
        t.milestones.append(m);
    }
    return t;
}

bool TemplateEditor::saveTemplate()
{
    const RoadmapTemplate after = edited();
    if (const QList<TemplateProblem> problems = RoadmapTemplates::validate(after); !problems.isEmpty()) {
        const TemplateProblem& p = problems.first();
        m_message->setText(p.milestone >= 0 ? tr("Milestone %1: %2").arg(p.milestone + 1).arg(p.message)
                                            : p.message);
        if (p.milestone >= 0)
            m_milestones->setCurrentCell(p.milestone, TitleColumn);
        else
            m_name->setFocus();
        return false;
    }
    std::optional<RoadmapTemplate> before;
    if (!m_isNew)
        before = m_current;
    CommandOutcome outcome;
    m_workspace.undoStack()->push(new SaveTemplateCommand(
        m_workspace, m_isNew ? tr("New template") : tr("Edit template"), after, before, &outcome));
    if (!outcome.status.ok()) {
        m_message->setText(outcome.status.error().message);
        return false;
    }
    reload(outcome.id);
    m_message->setText(
        tr("Template \"%1\" saved. Roadmaps already started from it keep their milestones.").arg(after.name));
    return true;
}

void TemplateEditor::newTemplate()
{
    RoadmapTemplate t;
    t.id = newUuidV7();
    t.name = tr("New template");
    TemplateMilestone kickoff;
    kickoff.id = newUuidV7();
    kickoff.title = tr("Kickoff");
    t.milestones.append(kickoff);
    const QSignalBlocker block(m_list);
    m_list->addItem(t.name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_templates.append(t);
    showTemplate(int(m_templates.size()) - 1);
    m_isNew = true;
    m_name->selectAll();
    m_name->setFocus();
    m_message->setText(tr("Give the template its milestones, then save it."));
}

void TemplateEditor::duplicateTemplate()
{
    if (m_list->currentRow() < 0)
        return;
    const RoadmapTemplate copy =
        RoadmapTemplates::duplicate(edited(), RoadmapTemplates::copyName(m_current.name), uuidV7Ids());
    CommandOutcome outcome;
    m_workspace.undoStack()->push(
        new SaveTemplateCommand(m_workspace, tr("Duplicate template"), copy, {}, &outcome));
    if (!outcome.status.ok()) {
        m_message->setText(outcome.status.error().message);
        return;
    }
    reload(outcome.id);
    m_message->setText(tr("Duplicated as \"%1\".").arg(copy.name));
}

void TemplateEditor::toggleRetired()
{
    if (m_list->currentRow() < 0 || m_isNew)
        return;
    RoadmapTemplate after = m_current;
    after.retired = !after.retired;
    CommandOutcome outcome;
    m_workspace.undoStack()->push(
        new SaveTemplateCommand(m_workspace, after.retired ? tr("Retire template") : tr("Un-retire template"),
                                after, m_current, &outcome));
    if (!outcome.status.ok()) {
        m_message->setText(outcome.status.error().message);
        return;
    }
    reload(after.id);
}

void TemplateEditor::addMilestone()
{
    const int row = m_milestones->rowCount();
    TemplateMilestone m;
    if (row > 0)
        m.offsetBusinessDays =
            qobject_cast<QSpinBox*>(m_milestones->cellWidget(row - 1, OffsetColumn))->value() + 5;
    m_milestones->insertRow(row);
    setMilestoneRow(row, m);
    m_milestones->setCurrentCell(row, TitleColumn);
    m_milestones->editItem(m_milestones->item(row, TitleColumn));
}

void TemplateEditor::removeMilestone()
{
    const int row = m_milestones->currentRow();
    if (row >= 0)
        m_milestones->removeRow(row);
}

} // namespace csm
