#pragma once

// Setting the target of one KPI for one fiscal period (issue 14, item 4): the value in the KPI's unit (a
// percentage, NPS points or an amount in the book's currency), checked as typed (parseKpiTarget); Save sets
// it, Clear target removes the one there is.

#include "domain/Kpi.h"
#include "domain/ReportPeriod.h"
#include "ui/editors/FieldErrorLabel.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace csm {

class KpiTargetDialog : public QDialog
{
    Q_OBJECT
public:
    KpiTargetDialog(Kpi kpi, const ReportPeriod& period, std::optional<qint64> current,
                    const QString& currency, QWidget* parent = nullptr);

    // What to keep: the value typed, or none when Clear target was chosen.
    std::optional<qint64> target() const;
    QLineEdit* valueEdit() const { return m_value; }

    void accept() override;

private:
    bool check(bool showAll);

    Kpi m_kpi;
    QString m_currency;
    bool m_cleared = false;
    QLineEdit* m_value;
    QPushButton* m_save;
    FormErrors m_errors;
};

} // namespace csm
