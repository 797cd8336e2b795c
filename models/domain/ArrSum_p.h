#pragma once

#include "domain/Money.h"

namespace csm::detail {

// Adds an ARR in minor units to a running total, as Money::plus does, without building a Money per account
// (sums over a whole book are hot loops). False, and the total unchanged, on overflow.
inline bool addArr(MinorUnits& total, MinorUnits arr)
{
    MinorUnits sum = 0;
    if (__builtin_add_overflow(total, arr, &sum))
        return false;
    total = sum;
    return true;
}

} // namespace csm::detail
