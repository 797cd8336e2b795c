#include "io/CalendarExport.h"

#include "domain/RenewalStage.h"
#include "io/ICalendar.h"
#include "storage/Book.h"
#include "storage/CalendarItems.h"
#include "storage/RenewalReads.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace csm {

namespace {

struct Item
{
    CalendarStamp stamp;
    CalendarEvent event;
};

Item itemFor(const QString& key, CalendarEvent event)
{
    // What the receiving calendar shows: a change in any of these is a new sequence.
    const QString fingerprint = QStringList{event.date.toString(Qt::ISODate), event.summary,
                                            event.description, event.categories.join(QLatin1Char(','))}
                                    .join(QChar(0x1F));
    return {{key, fingerprint, {}, 0}, std::move(event)};
}

} // namespace

Result<CalendarExportSummary> CalendarExport::write(Book& book, const QString& path, QDate asOf,
                                                    const QDateTime& stamp)
{
    const QDate horizon = asOf.addDays(kHorizonDays);
    auto renewals = readUpcomingRenewals(book, asOf, kHorizonDays);
    if (!renewals)
        return renewals.error();
    auto followUps = book.touches().openFollowUpsDueBy(horizon);
    if (!followUps)
        return followUps.error();
    auto milestones = readOpenMilestones(book, horizon);
    if (!milestones)
        return milestones.error();

    const QString currency = book.settings().currency;
    const QLocale locale;
    CalendarExportSummary summary;
    QList<Item> items;
    for (const UpcomingRenewal& r : renewals.value()) {
        const QString k = QString::number(r.point.index);
        const QString arr = Money(r.contract.arr, currency).format(locale);
        if (r.point.noticeDeadline.isValid()) {
            CalendarEvent e;
            e.date = r.point.noticeDeadline;
            e.summary = tr("Notice deadline: %1").arg(r.contract.accountName);
            e.description = tr("Last day to give notice before the renewal on %1 (ARR %2).")
                                .arg(locale.toString(r.point.renewalDate, QLocale::LongFormat), arr);
            e.categories = {tr("Notice deadline")};
            e.alarms = ICalendarWriter::noticeDeadlineAlarms();
            items.append(itemFor(QStringLiteral("notice:%1:%2").arg(r.contract.contractId, k), std::move(e)));
            ++summary.noticeDeadlines;
        }
        CalendarEvent e;
        e.date = r.point.renewalDate;
        e.summary = tr("Renewal: %1").arg(r.contract.accountName);
        e.description = r.contract.terms.autoRenew ? tr("The contract renews (ARR %1).").arg(arr)
                                                   : tr("The contract's term ends; it does not renew by "
                                                        "itself (ARR %1).")
                                                         .arg(arr);
        e.categories = {tr("Renewal")};
        items.append(itemFor(QStringLiteral("renewal:%1:%2").arg(r.contract.contractId, k), std::move(e)));
        ++summary.renewalDates;
    }
    for (const OpenFollowUp& f : followUps.value()) {
        CalendarEvent e;
        e.date = f.followUpOn;
        e.summary = tr("Follow-up: %1").arg(f.accountName);
        e.description = f.nextStep.isEmpty() ? f.summary : f.nextStep;
        e.categories = {tr("Follow-up")};
        e.alarms = {CalendarAlarm{0, QTime(9, 0), {}}};
        items.append(itemFor(QStringLiteral("follow-up:%1").arg(f.touchId), std::move(e)));
        ++summary.followUps;
    }
    for (const OpenMilestone& m : milestones.value()) {
        CalendarEvent e;
        e.date = m.dueOn;
        e.summary = tr("Milestone: %1 (%2)").arg(m.title, m.accountName);
        e.categories = {tr("Milestone")};
        items.append(itemFor(QStringLiteral("milestone:%1").arg(m.milestoneId), std::move(e)));
        ++summary.milestones;
    }

    QList<CalendarStamp> stamps;
    stamps.reserve(items.size());
    for (const Item& i : std::as_const(items))
        stamps.append(i.stamp);
    // Only what is new or changed gets a new row or sequence; the rest keeps what it had.
    if (auto st = stampCalendarItems(book, stamps); !st)
        return st.error();

    CalendarFile file;
    file.name = tr("CSM Workbench: %1").arg(book.displayName());
    file.stamp = stamp.toUTC();
    for (qsizetype i = 0; i < items.size(); ++i) {
        CalendarEvent e = std::move(items[i].event);
        e.uid = stamps[i].uid;
        e.sequence = stamps[i].sequence;
        summary.changed += stamps[i].changed ? 1 : 0;
        file.events.append(std::move(e));
    }
    if (auto st = ICalendarWriter::write(file, path); !st)
        return st.error();
    return summary;
}

} // namespace csm
