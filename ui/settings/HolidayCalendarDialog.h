#pragma once

// The book's holiday calendar (issue 15 item 6): which public calendar it follows and the years that list
// covers, and the company holidays, added one by one, removed, or imported from a CSV (the Cabinet Office
// file as published, Shift_JIS). Each change is written at once as one undoable command; due dates and notice
// deadlines follow on the next read (the repository announces a settings change).

#include "domain/CompanyHolidays.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace csm {

class BookWorkspace;

class HolidayCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HolidayCalendarDialog(BookWorkspace& workspace, QWidget* parent = nullptr);

    QTableWidget* holidayTable() const { return m_table; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* coverageLabel() const { return m_coverage; }
    QLabel* messageLabel() const { return m_message; }

    // What the buttons do (tests call them). Import asks for the file and confirms unless given a path and
    // `confirm` is false.
    bool addHoliday();
    void removeSelected();
    void importFile(const QString& path = {}, bool confirm = true);

private:
    void reload();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    BookWorkspace& m_workspace;
    QList<CompanyHolidayRecord> m_records;
    QLabel* m_coverage;
    QTableWidget* m_table;
    QDateEdit* m_date;
    QLineEdit* m_name;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_import;
    QLabel* m_message;
};

} // namespace csm
