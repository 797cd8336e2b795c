#pragma once

#include "domain/Entities.h"
#include "domain/Uuid.h"

#include <functional>

namespace csm {

// Where new record ids come from: UUID v7 in the app, a counter in tests that compare ids.
using IdSource = std::function<Id()>;

inline IdSource uuidV7Ids()
{
    return [] { return newUuidV7(); };
}

} // namespace csm
