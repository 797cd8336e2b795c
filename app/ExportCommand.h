#pragma once

// `csm-workbench export --format ics --out FILE` (issue 14): the book's calendar (notice deadlines, renewal
// dates, open follow-ups and milestones) as an iCalendar file, for a scheduled job that refreshes a
// subscribed file. Other export formats come with issue 13.

#include "app/CliCommands.h"

namespace csm::app::cli {

int runExport(const Context& ctx);

} // namespace csm::app::cli
