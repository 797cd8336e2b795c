#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace csm {

// Asks for the day a follow-up comes back on Today's list: a calendar from tomorrow on.
class SnoozeDialog : public QDialog
{
    Q_OBJECT
public:
    SnoozeDialog(QDate today, QWidget* parent = nullptr);

    QDate day() const;
    QCalendarWidget* calendar() const { return m_calendar; }

private:
    QCalendarWidget* m_calendar;
};

} // namespace csm
