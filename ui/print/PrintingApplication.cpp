#include "ui/print/PrintingApplication.h"

#include <cstring>

namespace csm {

std::unique_ptr<QApplication> createPrintingApplication(int& argc, char** argv)
{
    bool platformGiven = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    for (int i = 1; i < argc && !platformGiven; ++i)
        platformGiven = std::strcmp(argv[i], "-platform") == 0;
    if (!platformGiven)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace csm
