#pragma once

namespace csm {

// Called first thing in main(): the C library's allocator keeps large blocks and freed memory for reuse
// instead of handing them back to the system at every free. On glibc a block of more than 128 KB is mapped
// for itself and unmapped when freed, and memory freed at the top of the heap is returned at once; each page
// of the next such block then costs a page fault and a zeroed page again (on the 2-core VM of the benchmark,
// 175 ms for one 58 MB block, the size of 100,000 accounts' portfolio rows; 2 ms once the memory is kept).
// Blocks up to 256 MB come from the heap now, and up to 1 GB freed at its top stays with the process (the
// portfolio view of 100,000 accounts: 261-363 ms so, 409-673 ms without; docs/PERFORMANCE.md). The price:
// after a large view the process keeps its peak memory. A no-op elsewhere.
void keepFreedMemoryForReuse();

} // namespace csm
