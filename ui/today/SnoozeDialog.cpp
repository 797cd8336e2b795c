#include "ui/today/SnoozeDialog.h"

#include "domain/Validation.h"
#include "ui/common/DialogShape.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace csm {

SnoozeDialog::SnoozeDialog(QDate today, QWidget* parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this))
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze follow-up"));
    m_calendar->setObjectName(QStringLiteral("snoozeCalendar"));
    m_calendar->setMinimumDate(today.addDays(1));
    m_calendar->setMaximumDate(Validation::latestDate(today)); // the follow-up range
    m_calendar->setSelectedDate(today.addDays(7));
    auto* label = new QLabel(tr("Show this follow-up again &on:"), this);
    label->setBuddy(m_calendar);
    label->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_calendar);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    finishDialog(this, {.minimumEm = 40, .maximumEm = 80});
    m_calendar->setFocus();
}

QDate SnoozeDialog::day() const
{
    return m_calendar->selectedDate();
}

} // namespace csm
