#pragma once

// Item roles that several models answer, so that a view-level feature can ask any of them.

#include <Qt>

namespace csm::itemrole {

// A cell's value as a spreadsheet wants it (File ▸ Export view): amounts without symbol or grouping in
// the C locale ("4000.75", "12000000"), dates in ISO 8601, counts and scores as plain numbers. A model that
// does not answer it is exported as it shows (Qt::DisplayRole).
inline constexpr int Export = Qt::UserRole + 1000;

} // namespace csm::itemrole
