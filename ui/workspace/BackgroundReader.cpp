#include "ui/workspace/BackgroundReader.h"

#include <QThread>

#include <optional>

namespace csm {

class BackgroundReader::Executor : public QObject
{
public:
    Executor(const QString& path, const Clock& clock, std::shared_ptr<std::atomic_bool> stopping)
        : m_path(path), m_clock(clock), m_stopping(std::move(stopping))
    {}

    void run(const std::function<void(Book*, const Error*)>& job)
    {
        if (m_stopping->load())
            return;
        if (!m_book && !m_openError) {
            Result<std::unique_ptr<Book>> book =
                Book::open(m_path, Book::OpenMode::ReadOnly, m_clock, Book::IntegrityCheck::Skip);
            if (book)
                m_book = std::move(book.value());
            else
                m_openError = book.error();
        }
        job(m_book.get(), m_openError ? &*m_openError : nullptr);
    }

    // Closes the connection on the worker thread that opened it.
    void close() { m_book.reset(); }

private:
    const QString m_path;
    const Clock& m_clock;
    std::shared_ptr<std::atomic_bool> m_stopping;
    std::unique_ptr<Book> m_book;
    std::optional<Error> m_openError;
};

BackgroundReader::BackgroundReader(const QString& path, const Clock& clock, QObject* parent)
    : QObject(parent), m_thread(new QThread), m_stopping(std::make_shared<std::atomic_bool>(false))
{
    m_thread->setObjectName(QStringLiteral("csm-reader"));
    m_executor = new Executor(path, clock, m_stopping);
    m_executor->moveToThread(m_thread);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    m_stopping->store(true);
    Executor* executor = m_executor;
    QMetaObject::invokeMethod(
        executor,
        [executor] {
            executor->close();
            delete executor;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void BackgroundReader::post(std::function<void(Book*, const Error*)> job)
{
    Executor* executor = m_executor;
    QMetaObject::invokeMethod(
        executor, [executor, job = std::move(job)] { executor->run(job); }, Qt::QueuedConnection);
}

} // namespace csm
