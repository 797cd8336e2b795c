#pragma once

// Data-parallel work inside one job (docs/architecture.md, "Threads"): splitting a computation that is
// already off the GUI thread, or a short burst on it, over the app's helper threads, and waiting for every
// part. Not a way to start background work: that is BookWorkspace::read() and runLong(). Parts never outlive
// the call, never touch the GUI, and use only what the caller gives them (a SQLite connection only if it is
// theirs for the call, such as the second reader connection of a read job).

#include "domain/Result.h"

#include <QList>
#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <new>
#include <thread>
#include <utility>
#include <vector>

namespace csm::parallel {

// Runs every part at once, the first on the calling thread and the others on the helper threads, and returns
// when all are done. A part that no helper has started yet when the caller is free runs on the caller, so
// that nested or concurrent calls never wait for each other.
void run(const std::vector<std::function<void()>>& parts);

// The number of parts worth splitting n items into, each at least minPerPart items (1 when n is small).
int partsFor(qsizetype n, qsizetype minPerPart);

// Runs fn(part, from, to) for `parts` consecutive ranges [from, to) of n items at once (run()).
void runInParts(qsizetype n, int parts,
                const std::function<void(int part, qsizetype from, qsizetype to)>& fn);

// A list of n elements, element k constructed in place from make(k) (which must not throw) in `parts`
// consecutive ranges at once (runInParts()). A list made with its size and then assigned to writes every
// element twice, the first time with a default value: 20 ms for 100,000 renewals of 330 bytes.
template <typename T, typename Make> QList<T> buildInParts(qsizetype n, int parts, Make make)
{
    if (n == 0)
        return {};
    QArrayDataPointer<T> list(QTypedArrayData<T>::allocate(n));
    T* const at = list.data();
    runInParts(n, parts, [&](int, qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k)
            new (at + k) T(make(k));
    });
    list.size = n;
    return QList<T>(std::move(list));
}

// Runs `produce` on a thread of its own (not a helper thread: it lives as long as the call) and `consume` on
// the calling thread, for each chunk `produce` hands over, in order. hand() waits while `ahead` chunks wait,
// and returns false once `consume` has returned false (then `produce` stops). Returns produce's status, or
// none when `consume` stopped it.
template <typename Chunk>
Status pipeline(std::size_t ahead,
                const std::function<Status(const std::function<bool(Chunk&&)>& hand)>& produce,
                const std::function<bool(Chunk& chunk)>& consume)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> ready;
    bool finished = false; // produce has returned
    bool stopped = false;  // consume has had enough
    Status produced;
    std::thread thread([&] {
        const auto hand = [&](Chunk&& chunk) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stopped || ready.size() < ahead; });
            if (stopped)
                return false;
            ready.push_back(std::move(chunk));
            changed.notify_all();
            return true;
        };
        Status st = produce(hand);
        const std::lock_guard lock(mutex);
        produced = std::move(st);
        finished = true;
        changed.notify_all();
    });
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return finished || !ready.empty(); });
            if (ready.empty())
                break;
            chunk = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        if (!consume(chunk)) {
            const std::lock_guard lock(mutex);
            stopped = true;
            changed.notify_all();
            break;
        }
    }
    thread.join();
    return stopped ? Status{} : produced;
}

// Runs `release` on the helper thread that frees memory, without waiting for it (releaseLater()).
void releaseOnHelper(std::function<void()> release);

// Destroys `garbage` on a helper thread: freeing 100,000 rows takes tens of milliseconds that the GUI thread
// need not wait for.
template <typename T> void releaseLater(T garbage)
{
    auto owner = std::make_shared<T>(std::move(garbage));
    releaseOnHelper([owner]() mutable { owner.reset(); });
}

// Waits until the helper threads are idle (tests and the benchmark, before they measure memory or time).
void waitForIdle();

} // namespace csm::parallel
