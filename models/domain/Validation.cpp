#include "domain/Validation.h"

#include "domain/Dates.h"

#include <QRegularExpression>

namespace csm {

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

FieldErrors Validation::account(const csm::Account& a, const std::optional<Id>& duplicateOf)
{
    FieldErrors e;
    if (a.name.trimmed().isEmpty())
        e.insert(Name, tr("Give the account a name."));
    if (a.seats < 0)
        e.insert(Seats, tr("Seats cannot be negative: enter 0 or more."));
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

FieldErrors Validation::contract(const Contract& c, std::optional<QDate> end)
{
    FieldErrors e;
    if (!c.startDate.isValid())
        e.insert(StartDate, tr("Enter the start date of the contract."));
    if (c.termMonths <= 0)
        e.insert(TermMonths, tr("The term must be at least 1 month."));
    if (c.noticeDays < 0)
        e.insert(NoticeDays, tr("The notice period cannot be negative."));
    else if (c.termMonths > 0 && c.startDate.isValid()) {
        const int termDays = int(c.startDate.daysTo(dates::addMonths(c.startDate, c.termMonths)));
        if (c.noticeDays > termDays)
            e.insert(NoticeDays, tr("A notice period of %n day(s) is longer than the term (%1 days).",
                                    nullptr, c.noticeDays)
                                     .arg(termDays));
    }
    if (c.arr < 0)
        e.insert(Arr, tr("ARR cannot be negative."));
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
    else if (today.isValid() && t.occurredOn > today)
        e.insert(OccurredOn, tr("A touch cannot be logged in the future; set a follow-up date instead."));
    if (t.summary.trimmed().isEmpty())
        e.insert(Summary, tr("Write a short summary of what happened."));
    if (t.sentiment && (*t.sentiment < -2 || *t.sentiment > 2))
        e.insert(Sentiment, tr("Sentiment goes from -2 (very negative) to +2 (very positive)."));
    if (t.followUpOn) {
        if (!t.followUpOn->isValid())
            e.insert(FollowUpOn, tr("Enter a valid follow-up date, or clear it."));
        else if (t.occurredOn.isValid() && *t.followUpOn < t.occurredOn)
            e.insert(FollowUpOn, tr("The follow-up date falls before the touch itself."));
    }
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
