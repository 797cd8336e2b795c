#pragma once

namespace csm::app {

// Starts the desktop application: QApplication, translations, main window on the last or default book.
int runGui(int argc, char* argv[]);

} // namespace csm::app
