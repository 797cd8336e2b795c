#pragma once

// What every dialog of the app gets from one place, so that a new dialog cannot forget it:
//  - Tab and Shift+Tab follow what the user sees (rows top to bottom, left to right in a row, the buttons
//    last in the order they are shown), whatever order the widgets were created or re-parented in, and
//    leave a date field instead of stepping through its day, month and year;
//  - a width that fits the title in the title bar, the fields and their placeholders, in any language, and
//    never more than the screen;
//  - field messages (FieldErrorLabel) that wrap under their field instead of widening the dialog.
// Call finishDialog() once the dialog's layout is complete.

class QDialog;
class QLayout;
class QWidget;

#include <QList>

namespace csm {

struct DialogShape
{
    int minimumEm = 48;  // narrowest width, in average character widths
    int maximumEm = 110; // widest that placeholders may make it
};

void finishDialog(QDialog* dialog, DialogShape shape = {});

// The focusable widgets of `root`'s layout in visual order (what setVisualTabOrder chains).
QList<QWidget*> widgetsInVisualOrder(QWidget* root);
// Chains `root`'s focusable widgets in visual order.
void setVisualTabOrder(QWidget* root);

} // namespace csm
