#pragma once

// Bringing a book's health up to date when the window opens it (issue 12): the Mondays of the last year that
// have no snapshot (all of them for a book that never had any, such as an upgraded one) and current scores
// from an earlier day or model, recomputed as a long job of the workspace with a progress dialog (shown when
// it takes more than a second) and Cancel. A cancelled catch-up leaves the book as it was; the next open
// tries again. Also after a change of the book's settings (new touch-model thresholds change every score's
// touch model: HealthRecompute::catchUp then finds the current scores' inputs out of date).

#include <QObject>

class QWidget;

namespace csm {

class BookWorkspace;

class HealthCatchUp : public QObject
{
    Q_OBJECT
public:
    // Starts a catch-up whenever `workspace` opens a writable book and after each change of its settings;
    // the progress dialog is `window`'s.
    HealthCatchUp(BookWorkspace& workspace, QWidget* window);

private:
    void opened();
    void start();

    BookWorkspace& m_workspace;
    QWidget* m_window;
};

} // namespace csm
