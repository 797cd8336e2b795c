#pragma once

// The notice rule of the contract dialog (DESIGN §4): how it is stated (days or months before the renewal
// date, a day of a month before it, the end of a month before it), its numbers, and whether a deadline that
// is not a business day moves to the business day before. One field of the form: its error shows under it.

#include "domain/NoticeRule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace csm {

class NoticeRuleEdit : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeRuleEdit(QWidget* parent = nullptr);

    // The rule as typed, numbers out of range included (ContractSchedule::validate says what is wrong).
    NoticeRule rule() const;
    void setRule(const NoticeRule& rule);
    QComboBox* kindCombo() const { return m_kind; } // what the row's label leads to

signals:
    void changed();

private:
    NoticeRule::Kind kind() const;
    void showFieldsOfKind();
    void updateSuffix();

    QComboBox* m_kind;
    QSpinBox* m_count; // days (days before) or months (the others)
    QLabel* m_dayLabel;
    QSpinBox* m_day;
    QCheckBox* m_businessDayBefore;
};

} // namespace csm
