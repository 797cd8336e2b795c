#pragma once

#include "domain/Result.h"

class QWidget;

namespace csm {

// Shows an Error in a message box: what happened, which file, what the user can do.
void showError(QWidget* parent, const QString& title, const Error& error, const QString& file = {});

} // namespace csm
