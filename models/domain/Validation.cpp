#include "domain/Validation.h"

#include "domain/ContractTerms.h"
#include "domain/Dates.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace csm {
namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// An amount of the book's currency for a message; a bare number when the currency is not known.
QString amount(MinorUnits minor, const QString& currency)
{
    return currency.isEmpty() ? QLocale().toString(minor) : Money(minor, currency).format(QLocale());
}

// Whether a date lies from 1970-01-01 to `latest` (no upper bound when that is invalid: no today given).
bool withinDates(QDate d, QDate latest)
{
    return d.isValid() && d >= Validation::earliestDate() && (!latest.isValid() || d <= latest);
}

// "followUpOn" -> "follow_up_on": the column a field is stored in.
QString columnOf(const QString& field)
{
    QString column;
    for (const QChar c : field) {
        if (c.isUpper()) {
            column += QLatin1Char('_');
            column += c.toLower();
        } else {
            column += c;
        }
    }
    return column;
}

} // namespace

QDate Validation::latestDate(QDate today)
{
    return dates::addMonths(today, 12);
}

bool Validation::isWellFormedEmail(const QString& email)
{
    // Deliberately simple: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return re.match(email.trimmed()).hasMatch();
}

QString Validation::periodError(QDate start, QDate end)
{
    if (start.isValid() && end.isValid() && end < start)
        return tr("The end (%1) falls before the start (%2).")
            .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    return {};
}

QString Validation::seatsError(qint64 seats)
{
    if (seats < 0 || seats > MaxSeats)
        return tr("Seats go from %1.").arg(seatsRange());
    return {};
}

QString Validation::seatsRange()
{
    return tr("%1 to %2").arg(QLocale().toString(0), QLocale().toString(MaxSeats));
}

QString Validation::arrError(MinorUnits arr, const QString& currency)
{
    if (arr < 0 || arr > MaxArr)
        return tr("ARR goes from %1.").arg(arrRange(currency));
    return {};
}

QString Validation::arrRange(const QString& currency)
{
    return tr("%1 to %2").arg(amount(0, currency), amount(MaxArr, currency));
}

QString Validation::followUpError(QDate followUp, QDate touchDate, QDate today)
{
    if (!followUp.isValid())
        return tr("Enter a valid follow-up date, or clear it.");
    if (touchDate.isValid() && followUp < touchDate)
        return tr("The follow-up date falls before the touch itself.");
    if (followUp < earliestDate())
        return tr("A follow-up date goes from %1 to a year after today.").arg(iso(earliestDate()));
    if (!withinDates(followUp, latestDate(today)))
        return tr("A follow-up date goes up to a year after today: %1 at the latest.")
            .arg(iso(latestDate(today)));
    return {};
}

Status Validation::toStatus(const FieldErrors& errors, const QString& record)
{
    if (errors.isEmpty())
        return {};
    QStringList messages;
    QStringList where;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        messages << it.value();
        where << record + QLatin1Char('.') + columnOf(it.key());
    }
    return Error{Error::Code::InvalidValue, messages.join(QLatin1Char(' ')), where.join(QStringLiteral(", ")),
                 tr("Nothing was saved; correct the value and save again.")};
}

FieldErrors Validation::account(const csm::Account& a, const std::optional<Id>& duplicateOf)
{
    FieldErrors e;
    if (a.name.trimmed().isEmpty())
        e.insert(Name, tr("Give the account a name."));
    if (const QString seats = seatsError(a.seats); !seats.isEmpty())
        e.insert(Seats, seats);
    if (duplicateOf && !duplicateOf->isEmpty() && *duplicateOf != a.id && !a.externalId.trimmed().isEmpty())
        e.insert(ExternalId,
                 tr("Another account already has the external id %1.").arg(a.externalId.trimmed()));
    if (a.arr < 0)
        e.insert(Arr, tr("ARR cannot be negative."));
    return e;
}

FieldErrors Validation::contact(const Contact& c)
{
    FieldErrors e;
    if (c.name.trimmed().isEmpty())
        e.insert(Name, tr("Give the contact a name."));
    if (!c.email.trimmed().isEmpty() && !isWellFormedEmail(c.email))
        e.insert(Email, tr("This does not look like an email address (name@example.com)."));
    if (c.accountId.isEmpty())
        e.insert(AccountId, tr("Choose the account this contact belongs to."));
    return e;
}

FieldErrors Validation::contract(const Contract& c, QDate today, const QString& currency,
                                 std::optional<QDate> end)
{
    FieldErrors e;
    if (c.startDate.isValid() && !withinDates(c.startDate, latestDate(today)))
        e.insert(StartDate, tr("A contract's start date goes from %1 to a year after today (%2).")
                                .arg(iso(earliestDate()), iso(latestDate(today))));
    // The terms and the notice rule: ContractSchedule's rules. Checked without holidays here (a rule that
    // moves to the business day before can land a few days earlier on the book's calendar; the contract
    // dialog checks it on that calendar).
    const FieldErrors terms =
        ContractSchedule::validate(ContractTerms::of(c), ContractSchedule::noHolidays());
    for (auto it = terms.begin(); it != terms.end(); ++it) {
        const QString field = it.key() == ContractSchedule::NoticeRuleField ? NoticeDays : it.key();
        if (!e.contains(field))
            e.insert(field, it.value());
    }
    if (!c.noticeRule.trimmed().isEmpty() && !e.contains(NoticeDays)) {
        if (const auto rule = NoticeRule::fromCode(c.noticeRule); !rule)
            e.insert(NoticeDays, rule.error().message);
    }
    if (const QString arr = arrError(c.arr, currency); !arr.isEmpty())
        e.insert(Arr, arr);
    if (end) {
        if (!end->isValid())
            e.insert(EndDate, tr("Enter a valid end date."));
        else if (const QString p = periodError(c.startDate, *end); !p.isEmpty())
            e.insert(EndDate, p);
    }
    return e;
}

FieldErrors Validation::touch(const Touch& t, QDate today)
{
    FieldErrors e;
    if (t.accountId.isEmpty())
        e.insert(AccountId, tr("Choose the account this touch is with."));
    if (!t.occurredOn.isValid())
        e.insert(OccurredOn, tr("Enter the date of the touch."));
    else if (!withinDates(t.occurredOn, latestDate(today)))
        e.insert(OccurredOn, tr("A touch's date goes from %1 to a year after today (%2).")
                                 .arg(iso(earliestDate()), iso(latestDate(today))));
    if (t.summary.trimmed().isEmpty())
        e.insert(Summary, tr("Write a short summary of what happened."));
    if (t.sentiment && (*t.sentiment < MinSentiment || *t.sentiment > MaxSentiment))
        e.insert(Sentiment, tr("Sentiment goes from -2 (very negative) to +2 (very positive)."));
    if (t.followUpOn) {
        if (const QString f = followUpError(*t.followUpOn, t.occurredOn, today); !f.isEmpty())
            e.insert(FollowUpOn, f);
    }
    return e;
}

FieldErrors Validation::loggedTouch(const Touch& t, QDate today)
{
    FieldErrors e = touch(t, today);
    if (!t.occurredOn.isValid() || !today.isValid())
        return e;
    if (t.occurredOn > today)
        e.insert(OccurredOn, tr("A touch cannot be logged in the future; set a follow-up date instead."));
    else if (t.occurredOn < earliestDate())
        e.insert(OccurredOn, tr("A touch's date goes from %1 to today.").arg(iso(earliestDate())));
    return e;
}

FieldErrors Validation::arrEvent(const ArrEvent& ev, QDate today, const QString& currency)
{
    FieldErrors e;
    if (ev.accountId.isEmpty())
        e.insert(AccountId, tr("Choose the account whose ARR changes."));
    if (!withinDates(ev.effectiveOn, latestDate(today)))
        e.insert(EffectiveOn, tr("The date of an ARR change goes from %1 to a year after today (%2).")
                                  .arg(iso(earliestDate()), iso(latestDate(today))));
    if (const QString arr = arrError(ev.arrAfter, currency); !arr.isEmpty())
        e.insert(ArrAfter, arr);
    return e;
}

FieldErrors Validation::npsResponse(const NpsResponse& n, QDate today)
{
    FieldErrors e;
    if (n.accountId.isEmpty())
        e.insert(AccountId, tr("Choose the account that answered."));
    if (!withinDates(n.respondedOn, today))
        e.insert(RespondedOn,
                 tr("The date of an NPS response goes from %1 to today.").arg(iso(earliestDate())));
    if (n.score < MinNpsScore || n.score > MaxNpsScore)
        e.insert(Score, tr("An NPS score goes from %1 to %2.").arg(MinNpsScore).arg(MaxNpsScore));
    return e;
}

FieldErrors Validation::touchModelOverride(const std::optional<TouchModel>& model, const QString& reason)
{
    FieldErrors e;
    if (model && reason.trimmed().isEmpty())
        e.insert(OverrideReason, tr("Say why these accounts are served differently from the ARR rule."));
    return e;
}

} // namespace csm
