#pragma once

// The roadmap templates a new book starts with (issue 15): one for each touch model, in the language chosen
// when the book is made. They are book data the user edits like any other template, not interface text,
// so they are written out in both languages here instead of going through tr().

#include "domain/Entities.h"
#include "domain/IdSource.h"

#include <QList>
#include <QLocale>

namespace csm {

enum class TemplateLanguage
{
    English,
    Japanese
};

// Japanese for a Japanese locale, English otherwise.
TemplateLanguage templateLanguageFor(const QLocale& locale);

// High, low and tech touch, in that order; every template has exactly one first-value milestone and ends
// with the review about 90 calendar days (62 business days) after the kickoff. New ids from newId.
QList<RoadmapTemplate> defaultRoadmapTemplates(TemplateLanguage language, const IdSource& newId);

} // namespace csm
