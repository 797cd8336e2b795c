// Composition root: with a command, csm-workbench runs headless on a QCoreApplication (see docs/cli.md);
// without one it starts the desktop application.

#include "app/Cli.h"
#include "app/Gui.h"
#include "domain/Allocator.h"

int main(int argc, char* argv[])
{
    csm::keepFreedMemoryForReuse();
    if (csm::app::wantsCommandLine(argc, argv))
        return csm::app::runCommandLine(argc, argv);
    return csm::app::runGui(argc, argv);
}
