#include "NoticeRuleEdit.h"

#include "domain/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csm {

NoticeRuleEdit::NoticeRuleEdit(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_count(new QSpinBox(this)), m_dayLabel(new QLabel(this)),
      m_day(new QSpinBox(this)), m_businessDayBefore(new QCheckBox(this))
{
    setObjectName(QStringLiteral("noticeRuleEdit"));
    m_kind->setObjectName(QStringLiteral("noticeKindCombo"));
    m_kind->addItem(tr("Days before the renewal date"), int(NoticeRule::Kind::DaysBefore));
    m_kind->addItem(tr("Months before the renewal date"), int(NoticeRule::Kind::MonthsBefore));
    m_kind->addItem(tr("A day of a month before the renewal date"), int(NoticeRule::Kind::DayOfMonthBefore));
    m_kind->addItem(tr("The end of a month before the renewal date"),
                    int(NoticeRule::Kind::EndOfMonthBefore));
    // The spin boxes go past the valid ranges, so that a value outside them gets a message on the field
    // instead of a keystroke silently refused.
    m_count->setObjectName(QStringLiteral("noticeSpin"));
    m_count->setRange(0, 9999);
    m_count->setValue(60);
    m_dayLabel->setText(tr("Day of the month:"));
    m_dayLabel->setBuddy(m_day);
    m_day->setObjectName(QStringLiteral("noticeDaySpin"));
    m_day->setRange(1, 31);
    m_day->setValue(20);
    m_day->setToolTip(tr("From 1 to 31; in a shorter month, its last day"));
    m_businessDayBefore->setObjectName(QStringLiteral("businessDayBeforeCheck"));
    m_businessDayBefore->setText(tr("If that day is not a &business day, the business day before"));

    auto* numbers = new QHBoxLayout;
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addWidget(m_count);
    numbers->addSpacing(12);
    numbers->addWidget(m_dayLabel);
    numbers->addWidget(m_day);
    numbers->addStretch(1);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_kind);
    v->addLayout(numbers);
    v->addWidget(m_businessDayBefore);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Switching between days and months: the usual count of the new unit.
        const QSignalBlocker quiet(m_count);
        m_count->setValue(kind() == NoticeRule::Kind::DaysBefore ? 60 : 1);
        showFieldsOfKind();
        emit changed();
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        updateSuffix();
        emit changed();
    });
    connect(m_day, &QSpinBox::valueChanged, this, &NoticeRuleEdit::changed);
    connect(m_businessDayBefore, &QCheckBox::toggled, this, &NoticeRuleEdit::changed);
    showFieldsOfKind();
}

NoticeRule::Kind NoticeRuleEdit::kind() const
{
    return NoticeRule::Kind(m_kind->currentData().toInt());
}

NoticeRule NoticeRuleEdit::rule() const
{
    const bool bd = m_businessDayBefore->isChecked();
    switch (kind()) {
    case NoticeRule::Kind::DaysBefore:
        break;
    case NoticeRule::Kind::MonthsBefore:
        return NoticeRule::monthsBefore(m_count->value(), bd);
    case NoticeRule::Kind::DayOfMonthBefore:
        return NoticeRule::dayOfMonthBefore(m_day->value(), m_count->value(), bd);
    case NoticeRule::Kind::EndOfMonthBefore:
        return NoticeRule::endOfMonthBefore(m_count->value(), bd);
    }
    return NoticeRule::daysBefore(m_count->value(), bd);
}

void NoticeRuleEdit::setRule(const NoticeRule& rule)
{
    {
        const QSignalBlocker quietKind(m_kind);
        const QSignalBlocker quietCount(m_count);
        const QSignalBlocker quietDay(m_day);
        const QSignalBlocker quietCheck(m_businessDayBefore);
        m_kind->setCurrentIndex(m_kind->findData(int(rule.kind())));
        m_count->setValue(rule.kind() == NoticeRule::Kind::DaysBefore ? rule.days() : rule.months());
        if (rule.kind() == NoticeRule::Kind::DayOfMonthBefore)
            m_day->setValue(rule.dayOfMonth());
        m_businessDayBefore->setChecked(rule.movesToBusinessDayBefore());
    }
    showFieldsOfKind();
    emit changed();
}

void NoticeRuleEdit::showFieldsOfKind()
{
    const bool dayOfMonth = kind() == NoticeRule::Kind::DayOfMonthBefore;
    m_dayLabel->setVisible(dayOfMonth);
    m_day->setVisible(dayOfMonth);
    m_count->setToolTip(
        kind() == NoticeRule::Kind::DaysBefore
            ? tr("How many days before the renewal date the customer must give notice to "
                 "cancel, from 0 to %1")
                  .arg(Validation::MaxNoticeDays)
            : tr("How many months before the renewal date, from 1 to %1").arg(Validation::MaxNoticeMonths));
    updateSuffix();
}

void NoticeRuleEdit::updateSuffix()
{
    const int n = m_count->value();
    switch (kind()) {
    case NoticeRule::Kind::DaysBefore:
        m_count->setSuffix(tr(" day(s) before", nullptr, n));
        break;
    case NoticeRule::Kind::MonthsBefore:
    case NoticeRule::Kind::DayOfMonthBefore:
    case NoticeRule::Kind::EndOfMonthBefore:
        m_count->setSuffix(tr(" month(s) before", nullptr, n));
        break;
    }
}

} // namespace csm
