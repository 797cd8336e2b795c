#pragma once

// `csm-workbench export --format ics --out FILE` (issue 14): the book's calendar (notice deadlines, renewal
// dates, open follow-ups and milestones) as an iCalendar file, for a scheduled job that refreshes a
// subscribed file. runExport (CliImport.cpp) hands the ics format over to it.

#include "app/CliCommands.h"

namespace csm::app::cli {

int runExportIcs(const Context& ctx);

} // namespace csm::app::cli
