#pragma once

// One worker thread that runs tasks one at a time, in the order posted: the workspace's reader and writer
// (BookWorkspace::read, runLong; docs/architecture.md). Private to the workspace.

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace csm {

class JobThread
{
public:
    explicit JobThread(const QString& name);
    // Waits for the running task; tasks not yet started are dropped.
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    void post(std::function<void()> task);
    // Posts task and waits until it has run (after every task posted before it).
    void runAndWait(const std::function<void()>& task);

private:
    class Executor;
    QThread* m_thread = nullptr;
    Executor* m_executor = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic_bool> m_stopping;
};

} // namespace csm
