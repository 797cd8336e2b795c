#pragma once

// The small dialogs of the Roadmap tab (issue 15): applying a template with a kickoff date, completing a
// milestone on a day, blocking one with a reason.

#include "domain/Dates.h"
#include "domain/Entities.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace csm {

class FieldErrorLabel;

// Picks a template that can be applied (not retired, with milestones) and the kickoff; says when the kickoff
// is not a business day (day 0 is the next one) before anything is saved.
class ApplyRoadmapDialog : public QDialog
{
    Q_OBJECT
public:
    ApplyRoadmapDialog(const QList<RoadmapTemplate>& templates, std::optional<TouchModel> touchModel,
                       QDate today, const dates::HolidayCalendar& calendar, QWidget* parent = nullptr);
    RoadmapTemplate chosenTemplate() const;
    QDate kickoff() const;
    QComboBox* templateBox() const { return m_template; }
    QDateEdit* kickoffEdit() const { return m_kickoff; }
    QLabel* noteLabel() const { return m_note; }

private:
    void updateNote();

    QList<RoadmapTemplate> m_templates;
    dates::HolidayCalendar m_calendar;
    QComboBox* m_template;
    QDateEdit* m_kickoff;
    QLabel* m_note;
    QPushButton* m_ok = nullptr;
};

// Completing (a day between the kickoff and today) or blocking (a reason) one milestone.
class MilestoneStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Complete,
        Block
    };
    MilestoneStepDialog(Kind kind, const QString& milestone, QDate kickoff, QDate today,
                        QWidget* parent = nullptr);
    QDate day() const;
    QString reason() const;
    QDateEdit* dayEdit() const { return m_day; }
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    void check();

    Kind m_kind;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_reason = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace csm
