#pragma once

// One function per report of `csm-workbench report <name>` (registered in ReportCommand.cpp's table).

#include "app/CliCommands.h"

namespace csm::app::cli::report {

int runActions(const Context& ctx);  // ActionsReport.cpp
int runRoadmaps(const Context& ctx); // RoadmapsReport.cpp

} // namespace csm::app::cli::report
