#pragma once

namespace csm::app {

// True when the arguments name a command or a command-line flag (--help, --version): then no window opens.
bool wantsCommandLine(int argc, char* argv[]);
// Runs the command line on a QCoreApplication. Exit codes: 0 success, 1 the operation failed, 2 bad usage.
int runCommandLine(int argc, char* argv[]);

} // namespace csm::app
