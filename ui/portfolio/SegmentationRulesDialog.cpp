#include "ui/portfolio/SegmentationRulesDialog.h"

#include "item/DisplayLabels.h"
#include "ui/common/DialogShape.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace csm {
namespace {

constexpr int kPreviewDelayMs = 150;
constexpr int kMovesShown = 200;

QStringList names(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

SegmentationRulesDialog::SegmentationRulesDialog(SegmentationRulesInput input, QWidget* parent)
    : QDialog(parent), m_input(std::move(input)), m_rules(m_input.current), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add rule"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_up(new QPushButton(tr("Move &up"), this)), m_down(new QPushButton(tr("Move do&wn"), this)),
      m_touchModel(new QComboBox(this)), m_minArr(new QLineEdit(this)), m_plans(new QLineEdit(this)),
      m_industries(new QLineEdit(this)), m_problems(new QLabel(this)), m_summary(new QLabel(this)),
      m_moves(new QTableWidget(0, 4, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("segmentationRulesDialog"));
    setWindowTitle(tr("Segmentation rules"));

    auto* intro =
        new QLabel(tr("The first rule an account meets gives its touch model; an account that meets "
                      "none is tech touch, and an account's own touch model (its override) wins "
                      "over every rule."),
                   this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("rulesList"));
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_up->setObjectName(QStringLiteral("moveRuleUp"));
    m_down->setObjectName(QStringLiteral("moveRuleDown"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    // The buttons under the list, so that Tab goes from the list to them as the eye does.
    auto* ruleButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);
    auto* listRow = new QVBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(ruleButtons);

    for (TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
        m_touchModel->addItem(Labels::touchModel(m), int(m));
    m_touchModel->setObjectName(QStringLiteral("ruleTouchModel"));
    m_minArr->setObjectName(QStringLiteral("ruleMinArr"));
    m_minArr->setPlaceholderText(tr("Any ARR"));
    m_plans->setObjectName(QStringLiteral("rulePlans"));
    m_plans->setPlaceholderText(tr("Any plan; several separated by commas"));
    m_industries->setObjectName(QStringLiteral("ruleIndustries"));
    m_industries->setPlaceholderText(tr("Any industry; several separated by commas"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Touch model:"), m_touchModel);
    form->addRow(tr("&Minimum ARR (%1):").arg(Money::symbol(m_input.currency)), m_minArr);
    form->addRow(tr("&Plans:"), m_plans);
    form->addRow(tr("&Industries:"), m_industries);

    m_problems->setObjectName(QStringLiteral("rulesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_summary->setObjectName(QStringLiteral("rulesPreviewSummary"));
    m_summary->setWordWrap(true);
    m_moves->setObjectName(QStringLiteral("rulesPreviewMoves"));
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moves->verticalHeader()->hide();
    m_moves->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_moves->setMinimumHeight(m_moves->fontMetrics().height() * 8);
    m_moves->setHorizontalHeaderLabels({tr("Account"), tr("From"), tr("To"), tr("ARR")});

    auto* preview = new QLabel(tr("Before saving"), this);
    QFont bold = preview->font();
    bold.setBold(true);
    preview->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(preview);
    layout->addWidget(m_summary);
    layout->addWidget(m_moves, 1);
    layout->addWidget(m_buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &SegmentationRulesDialog::updatePreview);
    connect(m_list, &QListWidget::currentRowChanged, this, &SegmentationRulesDialog::showRule);
    connect(m_touchModel, &QComboBox::currentIndexChanged, this, &SegmentationRulesDialog::ruleEdited);
    for (QLineEdit* e : {m_minArr, m_plans, m_industries})
        connect(e, &QLineEdit::textEdited, this, &SegmentationRulesDialog::ruleEdited);
    connect(m_add, &QPushButton::clicked, this, &SegmentationRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &SegmentationRulesDialog::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refreshList();
    m_list->setCurrentRow(0);
    updatePreview();
    finishDialog(this, DialogShape{64, 110});
}

QPushButton* SegmentationRulesDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString SegmentationRulesDialog::ruleText(int index) const
{
    const SegmentRule& r = m_rules.rules[index];
    QStringList conditions;
    if (r.minArr)
        conditions << tr("ARR ≥ %1").arg(Money(*r.minArr, m_input.currency).format());
    if (!r.plans.isEmpty())
        conditions << tr("plan %1").arg(r.plans.join(QStringLiteral(" / ")));
    if (!r.industries.isEmpty())
        conditions << tr("industry %1").arg(r.industries.join(QStringLiteral(" / ")));
    const QString when = conditions.isEmpty() ? tr("every account") : conditions.join(tr(" and "));
    return tr("%1. %2: %3").arg(index + 1).arg(Labels::touchModel(r.touchModel), when);
}

void SegmentationRulesDialog::refreshList()
{
    m_filling = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_rules.rules.size(); ++i)
        m_list->addItem(ruleText(i));
    m_list->setCurrentRow(std::min(row, int(m_rules.rules.size()) - 1));
    m_filling = false;
}

void SegmentationRulesDialog::showRule(int row)
{
    if (m_filling)
        return;
    const bool has = row >= 0 && row < m_rules.rules.size();
    for (QWidget* w : QList<QWidget*>{m_touchModel, m_minArr, m_plans, m_industries, m_remove})
        w->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_rules.rules.size());
    if (!has)
        return;
    m_filling = true;
    const SegmentRule& r = m_rules.rules[row];
    m_touchModel->setCurrentIndex(m_touchModel->findData(int(r.touchModel)));
    m_minArr->setText(r.minArr ? Money(*r.minArr, m_input.currency).formatForEditing() : QString());
    m_plans->setText(r.plans.join(QStringLiteral(", ")));
    m_industries->setText(r.industries.join(QStringLiteral(", ")));
    m_filling = false;
}

void SegmentationRulesDialog::ruleEdited()
{
    const int row = m_list->currentRow();
    if (m_filling || row < 0 || row >= m_rules.rules.size())
        return;
    SegmentRule& r = m_rules.rules[row];
    r.touchModel = TouchModel(m_touchModel->currentData().toInt());
    m_arrValid = true;
    if (m_minArr->text().trimmed().isEmpty()) {
        r.minArr.reset();
    } else if (auto arr = Money::parse(m_minArr->text(), m_input.currency)) {
        r.minArr = arr->minor();
    } else {
        m_arrValid = false;
        m_problems->setText(arr.error().message);
    }
    r.plans = names(m_plans->text());
    r.industries = names(m_industries->text());
    m_filling = true;
    m_list->item(row)->setText(ruleText(row));
    m_filling = false;
    saveButton()->setEnabled(false);
    m_previewTimer->start();
}

void SegmentationRulesDialog::addRule()
{
    SegmentRule r;
    r.touchModel = TouchModel::Low;
    const int at = std::max(0, m_list->currentRow() + 1);
    m_rules.rules.insert(at, r);
    refreshList();
    m_list->setCurrentRow(at);
    showRule(at);
    m_previewTimer->start();
}

void SegmentationRulesDialog::removeRule()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.rules.size())
        return;
    m_rules.rules.removeAt(row);
    refreshList();
    showRule(m_list->currentRow());
    m_previewTimer->start();
}

void SegmentationRulesDialog::moveRule(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_rules.rules.size())
        return;
    m_rules.rules.move(row, to);
    refreshList();
    m_list->setCurrentRow(to);
    showRule(to);
    m_previewTimer->start();
}

void SegmentationRulesDialog::updatePreview()
{
    m_previewTimer->stop();
    const QList<RuleProblem> problems = m_rules.validate();
    QStringList lines;
    for (const RuleProblem& p : problems)
        lines << (p.rule < 0 ? p.message : tr("Rule %1: %2").arg(p.rule + 1).arg(p.message));
    if (m_arrValid)
        m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_problems->text().isEmpty());
    saveButton()->setEnabled(problems.isEmpty() && m_arrValid);

    m_preview = previewSegmentation(m_input.accounts, m_input.current, m_rules, m_input.currency);
    if (m_preview.accountsMoved() == 0) {
        m_summary->setText(tr("No account would change its touch model."));
    } else {
        QStringList flows;
        for (TouchModel from : {TouchModel::High, TouchModel::Low, TouchModel::Tech}) {
            for (TouchModel to : {TouchModel::High, TouchModel::Low, TouchModel::Tech}) {
                if (from == to || m_preview.accountsMoving(from, to) == 0)
                    continue;
                flows << tr("%1 → %2: %n account(s), %3", nullptr, m_preview.accountsMoving(from, to))
                             .arg(Labels::touchModel(from), Labels::touchModel(to),
                                  m_preview.arrMoving(from, to).format());
            }
        }
        QString text = tr("%n account(s) with %1 of ARR would change their touch model.", nullptr,
                          m_preview.accountsMoved())
                           .arg(m_preview.arrMoved().format()) +
                       QLatin1Char('\n') + flows.join(QLatin1Char('\n'));
        if (!m_preview.heldByOverride.isEmpty())
            text += QLatin1Char('\n') + tr("%n account(s) keep their touch model by their override.", nullptr,
                                           int(m_preview.heldByOverride.size()));
        m_summary->setText(text);
    }
    const int shown = std::min(int(m_preview.moves.size()), kMovesShown);
    m_moves->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const SegmentMove& m = m_preview.moves[i];
        const QStringList cells = {m_input.names.value(m.accountId), Labels::touchModel(m.from),
                                   Labels::touchModel(m.to), Money(m.arr, m_input.currency).format()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_moves->setItem(i, c, item);
        }
    }
    m_moves->resizeColumnsToContents();
    m_moves->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace csm
