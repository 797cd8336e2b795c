#include "JobThread.h"

#include <QSemaphore>
#include <QThread>

namespace csm {

class JobThread::Executor : public QObject
{
public:
    explicit Executor(std::shared_ptr<std::atomic_bool> stopping) : m_stopping(std::move(stopping)) {}

    void run(const std::function<void()>& task)
    {
        if (!m_stopping->load())
            task();
    }

private:
    std::shared_ptr<std::atomic_bool> m_stopping;
};

JobThread::JobThread(const QString& name)
    : m_thread(new QThread), m_stopping(std::make_shared<std::atomic_bool>(false))
{
    m_thread->setObjectName(name);
    m_executor = new Executor(m_stopping);
    m_executor->moveToThread(m_thread);
    m_thread->start();
}

JobThread::~JobThread()
{
    m_stopping->store(true);
    Executor* executor = m_executor;
    QMetaObject::invokeMethod(
        executor,
        [executor] {
            delete executor;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void JobThread::post(std::function<void()> task)
{
    Executor* executor = m_executor;
    QMetaObject::invokeMethod(
        executor, [executor, task = std::move(task)] { executor->run(task); }, Qt::QueuedConnection);
}

void JobThread::runAndWait(const std::function<void()>& task)
{
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_executor,
        [&task, &done] {
            task(); // even while stopping: the caller waits for it
            done.release();
        },
        Qt::QueuedConnection);
    done.acquire();
}

} // namespace csm
