#include "domain/Parallel.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace csm::parallel {
namespace {

// The app's helper threads for the parts of run(): as many as cores (at least two), kept between calls.
QThreadPool& helpers()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // never destroyed: a part may still run while the process exits
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *pool;
}

// One more thread for releaseLater(), so that freeing the rows of the last load never delays the parts of
// the next one.
QThreadPool& releaser()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *pool;
}

class Part : public QRunnable
{
public:
    explicit Part(const std::function<void()>& work) : m_work(work) { setAutoDelete(false); }
    void run() override
    {
        m_work();
        m_done.release();
    }
    void waitUntilDone() { m_done.acquire(); }

private:
    const std::function<void()>& m_work;
    QSemaphore m_done;
};

} // namespace

void run(const std::vector<std::function<void()>>& parts)
{
    if (parts.empty())
        return;
    std::vector<std::unique_ptr<Part>> others;
    others.reserve(parts.size() - 1);
    for (std::size_t i = 1; i < parts.size(); ++i) {
        others.push_back(std::make_unique<Part>(parts[i]));
        helpers().start(others.back().get());
    }
    parts.front()();
    for (const auto& part : others) {
        if (helpers().tryTake(part.get()))
            part->run(); // not started yet: this thread is free, so it does the part itself
        else
            part->waitUntilDone();
    }
}

int partsFor(qsizetype n, qsizetype minPerPart)
{
    if (minPerPart <= 0 || n < 2 * minPerPart)
        return 1;
    return int(std::min<qsizetype>(n / minPerPart, helpers().maxThreadCount()));
}

void runInParts(qsizetype n, int parts, const std::function<void(int part, qsizetype from, qsizetype to)>& fn)
{
    std::vector<std::function<void()>> work;
    for (int p = 0; p < parts; ++p) {
        const qsizetype from = n * p / parts;
        const qsizetype to = n * (p + 1) / parts;
        work.push_back([&fn, p, from, to] { fn(p, from, to); });
    }
    run(work);
}

void releaseOnHelper(std::function<void()> release)
{
    releaser().start(std::move(release));
}

void waitForIdle()
{
    releaser().waitForDone();
    helpers().waitForDone();
}

} // namespace csm::parallel
