#pragma once

#include "domain/Entities.h"

#include <QIcon>

namespace csm {

// Small painted icons, one per touch kind (nothing downloaded, crisp at any scale).
QIcon touchKindIcon(TouchKind kind);

} // namespace csm
