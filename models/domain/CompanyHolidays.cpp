#include "domain/CompanyHolidays.h"

#include <QSet>

#include <algorithm>

namespace csm {

HolidayCoverage coverageOf(const dates::HolidayCalendar& calendar)
{
    if (!calendar.firstDate().isValid() || !calendar.lastDate().isValid())
        return {};
    return {calendar.firstDate().year(), calendar.lastDate().year()};
}

QList<CompanyHoliday> CompanyHolidays::live(const QList<CompanyHolidayRecord>& records)
{
    QList<CompanyHoliday> result;
    for (const CompanyHolidayRecord& r : records) {
        if (!r.deleted && r.date.isValid())
            result.append({r.date, r.name});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CompanyHoliday& a, const CompanyHoliday& b) { return a.date < b.date; });
    return result;
}

Status CompanyHolidays::checkNew(const QList<CompanyHolidayRecord>& records, QDate date)
{
    if (!date.isValid()) {
        return Error{Error::Code::InvalidValue, tr("The holiday needs a valid date."), QStringLiteral("date"),
                     tr("Enter the date as YYYY-MM-DD.")};
    }
    for (const CompanyHolidayRecord& r : records) {
        if (!r.deleted && r.date == date) {
            return Error{Error::Code::InvalidValue,
                         tr("%1 is already a company holiday (%2).").arg(date.toString(Qt::ISODate), r.name),
                         QStringLiteral("date"), tr("Edit that holiday instead.")};
        }
    }
    return {};
}

CompanyHolidayRecord CompanyHolidays::make(const HolidayEntry& entry, const IdSource& newId)
{
    CompanyHolidayRecord r;
    r.id = newId();
    r.date = entry.date;
    r.name = entry.name.trimmed();
    return r;
}

Status CompanyHolidays::remove(QList<CompanyHolidayRecord>& records, const Id& id)
{
    for (CompanyHolidayRecord& r : records) {
        if (r.id == id && !r.deleted) {
            r.deleted = true;
            return {};
        }
    }
    return Error{Error::Code::NotFound, tr("There is no such company holiday."), id, {}};
}

HolidayImport CompanyHolidays::planImport(const QList<CompanyHolidayRecord>& records,
                                          const QList<HolidayEntry>& entries,
                                          const dates::HolidayCalendar& publicCalendar)
{
    QSet<QDate> taken;
    for (const CompanyHolidayRecord& r : records) {
        if (!r.deleted)
            taken.insert(r.date);
    }
    HolidayImport plan;
    for (const HolidayEntry& e : entries) {
        if (taken.contains(e.date)) {
            plan.alreadyCompany.append(e);
        } else if (publicCalendar.isHoliday(e.date)) {
            plan.alreadyPublic.append(e);
        } else {
            taken.insert(e.date); // a date twice in the entries is added once
            plan.toAdd.append(e);
        }
    }
    return plan;
}

} // namespace csm
