#pragma once

class QDateEdit;
class QLocale;
class QString;

namespace csm {

// The display format of a date field in the app's locale, with a four-digit year: 2026/06/30 in Japanese,
// 6/30/2026 in US English, 30/06/2026 in British English (the locale's short format otherwise has "26").
QString dateFieldFormat(const QLocale& locale);

// A date field as every dialog has it: the locale's format and a calendar to pick from.
void setUpDateField(QDateEdit* edit);

} // namespace csm
