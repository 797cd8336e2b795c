#include "ui/roadmaps/RoadmapDialogs.h"

#include "domain/RoadmapSchedule.h"
#include "domain/RoadmapTemplates.h"
#include "item/DisplayFormat.h"
#include "ui/common/DialogShape.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

ApplyRoadmapDialog::ApplyRoadmapDialog(const QList<RoadmapTemplate>& templates,
                                       std::optional<TouchModel> touchModel, QDate today,
                                       const dates::HolidayCalendar& calendar, QWidget* parent)
    : QDialog(parent), m_calendar(calendar), m_template(new QComboBox(this)), m_kickoff(new QDateEdit(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("applyRoadmapDialog"));
    setWindowTitle(tr("Start a roadmap"));
    for (const RoadmapTemplate& t : templates) {
        if (!RoadmapTemplates::checkApplicable(t).ok())
            continue;
        m_templates.append(t);
        m_template->addItem(tr("%1 (%n milestone(s))", nullptr, int(liveMilestones(t).size())).arg(t.name),
                            t.id);
    }
    // The template for the account's touch model comes first to hand.
    for (int i = 0; touchModel && i < m_templates.size(); ++i) {
        if (m_templates.at(i).touchModel == touchModel) {
            m_template->setCurrentIndex(i);
            break;
        }
    }
    m_template->setObjectName(QStringLiteral("roadmapTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The longest entry with room for the arrow: AdjustToContents alone came 2 px short in Japanese.
    int widest = 0;
    for (int i = 0; i < m_template->count(); ++i)
        widest = std::max(widest, m_template->fontMetrics().horizontalAdvance(m_template->itemText(i)));
    m_template->setMinimumWidth(widest + 4 * m_template->fontMetrics().averageCharWidth());
    m_kickoff->setObjectName(QStringLiteral("roadmapKickoff"));
    m_kickoff->setCalendarPopup(true);
    m_kickoff->setDate(today);
    m_note->setObjectName(QStringLiteral("roadmapNote"));
    m_note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Kickoff:"), m_kickoff);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start roadmap"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ApplyRoadmapDialog::updateNote);
    connect(m_kickoff, &QDateEdit::dateChanged, this, &ApplyRoadmapDialog::updateNote);
    updateNote();
    finishDialog(this);
}

RoadmapTemplate ApplyRoadmapDialog::chosenTemplate() const
{
    const int i = m_template->currentIndex();
    return i >= 0 && i < m_templates.size() ? m_templates.at(i) : RoadmapTemplate{};
}

QDate ApplyRoadmapDialog::kickoff() const
{
    return m_kickoff->date();
}

// What the plan would say (day 0 moved off a holiday, dates past the public calendar) before it is made.
void ApplyRoadmapDialog::updateNote()
{
    QStringList lines;
    if (m_templates.isEmpty()) {
        lines << tr("No template can be applied: add milestones to a template, or un-retire one, in the "
                    "template editor (Roadmaps page).");
    } else {
        const RoadmapTemplate t = chosenTemplate();
        auto plan = RoadmapSchedule::apply(t, {}, kickoff(), m_calendar, [] { return Id(); });
        if (!plan) {
            lines << plan.error().message;
        } else {
            for (const ScheduleNote& n : plan->notes)
                lines << n.message();
            const QList<Milestone>& ms = plan->roadmap.milestones;
            if (!ms.isEmpty())
                lines
                    << tr("The last milestone is due %1.").arg(DisplayFormat::longDate(ms.constLast().dueOn));
        }
    }
    m_ok->setEnabled(!m_templates.isEmpty());
    m_note->setText(lines.join(QLatin1Char('\n')));
}

MilestoneStepDialog::MilestoneStepDialog(Kind kind, const QString& milestone, QDate kickoff, QDate today,
                                         QWidget* parent)
    : QDialog(parent), m_kind(kind)
{
    auto* form = new QFormLayout;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (kind == Kind::Complete) {
        setObjectName(QStringLiteral("completeMilestoneDialog"));
        setWindowTitle(tr("Complete \"%1\"").arg(milestone));
        m_day = new QDateEdit(this);
        m_day->setObjectName(QStringLiteral("milestoneDoneOn"));
        m_day->setCalendarPopup(true);
        m_day->setDateRange(kickoff, today);
        m_day->setDate(today);
        form->addRow(tr("&Done on:"), m_day);
        m_ok->setText(tr("Complete"));
    } else {
        setObjectName(QStringLiteral("blockMilestoneDialog"));
        setWindowTitle(tr("Block \"%1\"").arg(milestone));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("milestoneBlockedReason"));
        m_reason->setPlaceholderText(tr("What it waits for, e.g. the customer's IT approval"));
        m_error = new FieldErrorLabel(QStringLiteral("blockedReason"), this);
        form->addRow(tr("&Reason:"), m_reason);
        form->addRow(QString(), m_error);
        m_ok->setText(tr("Block"));
        connect(m_reason, &QLineEdit::textChanged, this, &MilestoneStepDialog::check);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_kind == Kind::Block && reason().isEmpty()) {
            m_error->setMessage(tr("Say why the milestone is blocked."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    finishDialog(this);
}

void MilestoneStepDialog::check()
{
    if (m_error && !reason().isEmpty())
        m_error->setMessage({});
}

QDate MilestoneStepDialog::day() const
{
    return m_day ? m_day->date() : QDate();
}

QString MilestoneStepDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

} // namespace csm
