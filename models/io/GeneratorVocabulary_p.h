#pragma once

// The words of a generated book: owners, industries, regions, plans, touch summaries, next steps, NPS
// comments and why milestones are blocked, in the book's language (Japanese for a JPY book, English
// otherwise). Built once; every generated row shares these strings instead of formatting its own.

#include "domain/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace csm::io {

struct Vocabulary
{
    QStringList owners;
    QStringList industries;
    QStringList japanRegions; // Hokkaido .. Kyushu-Okinawa, in the order of JIS prefecture codes
    QStringList worldRegions;
    QStringList plans;                     // cheapest first
    std::array<QStringList, 11> summaries; // by TouchKind
    QStringList nextSteps;
    QStringList escalationNextSteps;
    QStringList renewalNotes;
    QStringList overrideReasons;
    QString automationAuthor;
    QStringList blockedReasons; // why a milestone is blocked
    // NPS comments are written by the customer, so in the customer's language: [japanese][0 detractor,
    // 1 passive, 2 promoter].
    std::array<std::array<QStringList, 3>, 2> npsComments;

    static const Vocabulary& forBook(bool japanese);
};

} // namespace csm::io
