// The libFuzzer entry point of one target: CSM_FUZZ_TARGET names its function (tests/fuzz/CMakeLists.txt).

#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return csm::fuzz::CSM_FUZZ_TARGET(data, size);
}
