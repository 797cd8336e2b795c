#pragma once

// Which rules of domain/Validation a record must meet to be stored: what repositories check before they
// write and what findRecordsOutsideRanges() looks for in a stored book. Internal to the storage layer.

#include "domain/Validation.h"

namespace csm::storage {

// today: the book clock's day; currency: the book's (for the ARR range's message).
inline FieldErrors rulesFor(const Account& a, QDate, const QString&)
{
    return Validation::account(a); // duplicate external ids: the unique index
}
inline FieldErrors rulesFor(const Contact& c, QDate, const QString&)
{
    return Validation::contact(c);
}
inline FieldErrors rulesFor(const Touch& t, QDate today, const QString&)
{
    return Validation::touch(t, today);
}
inline FieldErrors rulesFor(const Contract& c, QDate today, const QString& currency)
{
    return Validation::contract(c, today, currency);
}
inline FieldErrors rulesFor(const ArrEvent& e, QDate today, const QString& currency)
{
    return Validation::arrEvent(e, today, currency);
}
inline FieldErrors rulesFor(const NpsResponse& n, QDate today, const QString&)
{
    return Validation::npsResponse(n, today);
}
// Records without rules of their own (renewals, roadmaps, templates): the schema's CHECKs only.
template <typename T> FieldErrors rulesFor(const T&, QDate, const QString&)
{
    return {};
}

} // namespace csm::storage
