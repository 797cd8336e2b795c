// keepFreedMemoryForReuse (domain/Allocator.h): on glibc a freed block of 64 MB stays in the heap for the
// next allocation instead of being unmapped (a first version compiled to nothing, because it asked for
// __GLIBC__ before any header had defined it). Under AddressSanitizer, whose allocator is not glibc's, it is
// skipped.

#include "domain/Allocator.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

class TestAllocator : public QObject
{
    Q_OBJECT

private slots:
    void aFreedLargeBlockStaysInTheHeap()
    {
#if !defined(__GLIBC__)
        QSKIP("glibc only");
#else
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's allocator");
#endif
        constexpr std::size_t kBytes = 64u << 20;
        const auto heapFree = [] { return mallinfo2().fordblks; };
        const auto allocateAndFree = [&] {
            void* volatile block = std::malloc(kBytes);
            QVERIFY(block);
            std::memset(block, 1, kBytes);
            std::free(block);
        };
        // glibc's default: a block this large is mapped for itself, and unmapped when freed.
        const std::size_t before = heapFree();
        allocateAndFree();
        QVERIFY(heapFree() < before + kBytes);

        csm::keepFreedMemoryForReuse();
        allocateAndFree();
        QVERIFY2(heapFree() >= kBytes, "the freed block went back to the system");
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
