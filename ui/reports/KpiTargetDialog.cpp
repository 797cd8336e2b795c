#include "ui/reports/KpiTargetDialog.h"

#include "item/DisplayFormat.h"
#include "ui/common/DialogShape.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm {

namespace {

const QString kValueField = QStringLiteral("target");

// A stored target as the field shows it for editing.
QString editingText(Kpi kpi, qint64 value, const QString& currency)
{
    if (Kpis::unit(kpi) == KpiUnit::Money)
        return Money(value, currency).formatForEditing(QLocale());
    return QLocale().toString(double(value) / 100.0, 'g', 12); // hundredths, as typed: 92.5
}

} // namespace

KpiTargetDialog::KpiTargetDialog(Kpi kpi, const ReportPeriod& period, std::optional<qint64> current,
                                 const QString& currency, QWidget* parent)
    : QDialog(parent), m_kpi(kpi), m_currency(currency), m_value(new QLineEdit(this))
{
    setObjectName(QStringLiteral("kpiTargetDialog"));
    setWindowTitle(tr("KPI target"));
    auto* intro =
        new QLabel(tr("%1 for %2 (%3 to %4)")
                       .arg(Kpis::displayName(kpi), period.displayName(),
                            DisplayFormat::longDate(period.from()), DisplayFormat::longDate(period.to())),
                   this);
    intro->setWordWrap(true);
    auto* rule = new QLabel(Kpis::higherIsBetter(kpi)
                                ? tr("Met when the KPI is at or above the target.")
                                : tr("Met when the KPI is at or below the target: it is a ceiling."),
                            this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(QStringLiteral("targetEdit"));
    switch (Kpis::unit(kpi)) {
    case KpiUnit::Ratio:
        m_value->setPlaceholderText(tr("Percent, for example %1").arg(QLocale().toString(92.5)));
        break;
    case KpiUnit::Score:
        m_value->setPlaceholderText(tr("NPS points, for example %1").arg(30));
        break;
    case KpiUnit::Money:
        m_value->setPlaceholderText(tr("Amount in %1").arg(currency));
        break;
    }
    if (current)
        m_value->setText(editingText(kpi, *current, currency));

    const QString unit = Kpis::unit(kpi) == KpiUnit::Ratio   ? QStringLiteral("%")
                         : Kpis::unit(kpi) == KpiUnit::Score ? tr("points")
                                                             : currency;
    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&Target (%1):").arg(unit), m_value, kValueField);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    if (current) {
        QPushButton* clear = buttons->addButton(tr("C&lear target"), QDialogButtonBox::DestructiveRole);
        clear->setObjectName(QStringLiteral("clearTargetButton"));
        connect(clear, &QPushButton::clicked, this, [this] {
            m_cleared = true;
            QDialog::accept();
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(rule);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiTargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QLineEdit::textEdited, this, [this] {
        m_errors.markEdited(kValueField);
        check(false);
    });
    check(false);
    finishDialog(this);
    m_value->setFocus();
}

std::optional<qint64> KpiTargetDialog::target() const
{
    if (m_cleared)
        return std::nullopt;
    auto value = parseKpiTarget(m_kpi, m_value->text(), m_currency, QLocale());
    return value ? std::optional<qint64>(value.value()) : std::nullopt;
}

bool KpiTargetDialog::check(bool showAll)
{
    if (showAll)
        m_errors.showAll();
    FieldErrors errors;
    if (auto value = parseKpiTarget(m_kpi, m_value->text(), m_currency, QLocale()); !value)
        errors.insert(kValueField, value.error().hint.isEmpty()
                                       ? value.error().message
                                       : value.error().message + QLatin1Char(' ') + value.error().hint);
    const bool ok = m_errors.apply(errors);
    m_save->setEnabled(ok);
    return ok;
}

void KpiTargetDialog::accept()
{
    if (check(true))
        QDialog::accept();
}

} // namespace csm
