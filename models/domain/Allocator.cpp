#include "Allocator.h"

#include <cstdlib> // defines __GLIBC__ with the GNU C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace csm {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    constexpr int kMapAbove = 256 * 1024 * 1024;  // a block of its own only above 256 MB
    constexpr int kKeepUpTo = 1024 * 1024 * 1024; // freed memory kept up to 1 GB
    // Either call also turns off glibc's own moving threshold, which would map blocks above 32 MB anyway.
    (void)mallopt(M_MMAP_THRESHOLD, kMapAbove);
    (void)mallopt(M_TRIM_THRESHOLD, kKeepUpTo);
#endif
}

} // namespace csm
