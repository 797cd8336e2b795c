#pragma once

// Recording a renewal's outcome, or correcting one recorded before (issue 14, item 3), from the Renewals view
// (its current renewals) and from the account's Contract & ARR tab (any renewal recorded before): the Record
// outcome dialog, filled in with the outcome the renewal has, and the undoable command that writes it.

#include "domain/RenewalList.h"

#include <QString>

class QWidget;

namespace csm {

class BookWorkspace;

// Opens the dialog on `renewal` (its contract's account, contract id and start, and its renewal date are
// used) and pushes the command when accepted. Returns the status-bar message of what was recorded; empty
// when cancelled, or refused (the error is reported).
QString recordOutcomeWithDialog(BookWorkspace& workspace, const UpcomingRenewal& renewal, QWidget* parent);

} // namespace csm
