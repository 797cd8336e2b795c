#include "ui/common/DateFields.h"

#include <QDateEdit>
#include <QLocale>
#include <QRegularExpression>

namespace csm {

QString dateFieldFormat(const QLocale& locale)
{
    if (locale.language() == QLocale::Japanese)
        return QStringLiteral("yyyy/MM/dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

void setUpDateField(QDateEdit* edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFieldFormat(QLocale()));
}

} // namespace csm
