#pragma once

#include "domain/Clock.h"
#include "storage/Book.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace csm {

// One worker thread with its own read-only connection to a book, for reads that would block the GUI thread
// at 100,000 accounts (the accounts list, Today's follow-ups, the quick search). Jobs run one at a time, in
// the order posted; the connection is opened on the first job (without a second integrity check: the
// workspace has already opened and checked the book) and kept until the reader is destroyed. SQLite
// connections belong to one thread, so a job must only use the Book it is given.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    BackgroundReader(const QString& path, const Clock& clock, QObject* parent = nullptr);
    // Waits for the running job; jobs not yet started are dropped.
    ~BackgroundReader() override;

    // Runs `job` on the worker thread. The Book pointer is null when the worker could not open its
    // connection (then `openError` says why); the job must cope with that (BookWorkspace::read falls back
    // to the GUI thread's connection).
    void post(std::function<void(Book* book, const Error* openError)> job);

private:
    class Executor;
    QThread* m_thread = nullptr;
    Executor* m_executor = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic_bool> m_stopping;
};

} // namespace csm
