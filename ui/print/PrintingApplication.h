#pragma once

// The application object for printing without a display (`csm-workbench report qbr --account ID --out
// FILE.pdf`). PdfDocument needs a QGuiApplication (fonts); the charts are QCustomPlot widgets and need a
// QApplication. A command that prints creates this one instead of its QCoreApplication, before any other Qt
// object: it runs on the offscreen platform unless QT_QPA_PLATFORM (or -platform) asks for another, so it
// works over SSH, in cron and in CI.

#include <QApplication>

#include <memory>

namespace csm {

std::unique_ptr<QApplication> createPrintingApplication(int& argc, char** argv);

} // namespace csm
