#pragma once

#include "domain/AccountSummary.h"
#include "domain/Clock.h"
#include "domain/Entities.h"
#include "domain/Result.h"
#include "domain/Settings.h"
#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "storage/ChangeSet.h"
#include "ui/workspace/Jobs.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

class QUndoStack;

namespace csm {

class JobThread;

// Everything the account page shows about one account, read in one go.
struct AccountDetail
{
    Account account;
    AccountSummary summary; // derived facts as of the workspace's today
    QList<Contact> contacts;
    QList<Touch> touches;
    QList<Contract> contracts;
    QList<ArrEvent> arrEvents;
    QList<Renewal> renewals; // recorded outcomes decide where a contract that does not renew stands
};

// The open book and what hangs off it: the accounts model, the undo stack, the clock. Views read through it
// and never touch SQL; edits go through it (or through QUndoCommands pushed on undoStack() that call
// storage). It listens to Book::changed() and refreshes only the affected rows.
//
// Work that would block the GUI thread goes through read() and runLong(), the app's one way off the GUI
// thread (docs/architecture.md, "Threads"): a reader thread with its own read-only connections and a writer
// thread with its own read-write connection, both answering on the GUI thread, and dropping the answer when
// the context object is gone or another book was opened meanwhile.
class BookWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit BookWorkspace(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~BookWorkspace() override;

    // Opens a book; on failure the current book stays open and the error comes back.
    Status openBook(const QString& path, Book::OpenMode mode = Book::OpenMode::ReadWrite);
    // Takes over a book opened elsewhere (tests, the first-run flow).
    void adoptBook(std::unique_ptr<Book> book);
    // Cancels the long jobs of the book, waits for the running reads and writes, then closes it.
    void closeBook();

    bool hasBook() const { return m_book != nullptr; }
    Book* book() const { return m_book.get(); }
    QString bookPath() const;
    bool isReadOnly() const;
    const Clock& clock() const { return m_clock; }
    QDate today() const { return m_clock.today(); }
    const BookSettings& settings() const { return m_settings; }

    AccountsModel* accountsModel() const { return m_accounts; }
    QUndoStack* undoStack() const { return m_undo; }

    bool isLoading() const { return m_loading; }
    int accountCount() const;

    Result<AccountDetail> loadAccountDetail(const Id& accountId) const;

    // A failure the user should hear about: pages, dialogs and commands report here (errorOccurred()).
    void reportError(const Error& error);

    // The accounts list as the workspace loads it (the job of reload(), on the reader thread): the summaries
    // as of asOf, read in two halves at once through `second` when there is one, keyed for the model.
    static Result<AccountsModel::Prepared> readAccountsList(Book& book, Book* second, QDate asOf,
                                                            const QLocale& locale);

    // read() runs on the reader thread by default; tests and the benchmark may ask for synchronous reads
    // (done() runs before read() returns, on the GUI thread's connection).
    void setLoadInBackground(bool background) { m_background = background; }
    bool loadsInBackground() const { return m_background; }

    // Read job: runs `work` on the reader thread against its own read-only connection to the open book
    // (one job at a time, in the order posted) and hands the result to `done` on the GUI thread, unless
    // `context` was destroyed or the book closed or replaced first. `work` takes `Book&`, or `Book&, Book*`
    // to get a second read-only connection for a data-parallel part (domain/Parallel.h; null when there is
    // none). For reads that take long on a big book: the accounts list, Today, the quick search.
    template <typename T, typename Work>
    void read(QObject* context, Work work, std::function<void(Result<T>)> done);

    // Long job: runs `work` on the writer thread and hands the result to `done` on the GUI thread (dropped
    // as for read()). `work` takes `Book&, JobProgress&` for a job on the open book, through the writer's
    // own read-write connection (read-only when the book is; changes it commits reach Book::changed() and
    // the model as if made here), or `JobProgress&` alone for work on files (upgrading a book before it is
    // opened). Jobs run one at a time. The returned LongJob (owned by the workspace, deleted after
    // finished()) reports progress and takes Cancel; closing the book cancels its jobs and waits for them.
    // A job that writes commits in parts of about a second, so that edits in the window are not refused as
    // busy meanwhile.
    template <typename T, typename Work>
    LongJob* runLong(QObject* context, Work work, std::function<void(Result<T>)> done);

public slots:
    void reload();
    // Marks a touch's follow-up done or open, as an undoable command.
    void setFollowUpDone(const csm::Id& touchId, bool done);

signals:
    void bookOpened(const QString& path);
    void bookClosed();
    void loadingStarted();
    void loadingFinished(int accounts);
    // Accounts whose data changed (after the model rows were refreshed): pages showing them reload.
    void accountsChanged(const QSet<csm::Id>& accountIds, bool everything);
    // A failure the user should hear about (write errors, load errors).
    void errorOccurred(const csm::Error& error);

private slots:
    void onBookChanged(const csm::ChangeSet& changes);

private:
    void finishLoad(Result<AccountsModel::Prepared> prepared, quint64 generation, qint64 elapsedMs);
    void refreshRows(const QSet<Id>& ids);

    // The connections of a job thread, used only on that thread; reopened when the book changes.
    struct ThreadConnections
    {
        quint64 serial = 0;
        std::unique_ptr<Book> book;
        std::unique_ptr<Book> second;
        std::optional<Error> openError;
        bool secondTried = false;
        quint64 settingsSeen = 0; // the m_settingsChanges its connections' settings were read at
    };
    // On the reader or writer thread: the connection for the book of `serial`, opened from `owner` (which the
    // workspace keeps open until the thread has let go of it). Null when it could not be opened.
    Book* connectionFor(ThreadConnections& c, quint64 serial, const Book* owner, Book::Access access);
    Book* secondConnectionFor(ThreadConnections& c);
    // Cancels the open book's long jobs, drops answers on their way and closes the job threads' connections.
    void stopJobsOnBook();
    bool isLive(quint64 serial) const { return m_liveSerial.load() == serial; }
    // Posts a delivery to the GUI thread, made only while `serial` is still the open book's.
    void deliver(quint64 serial, QPointer<QObject> context, std::function<void()> answer);
    std::shared_ptr<jobs::LongJobState> trackLongJob(bool bookBound);
    // Queue a task on the reader thread (skipped when the book of `serial` is no longer open by then), or on
    // the writer thread.
    void postRead(quint64 serial, std::function<void()> task);
    void postLong(std::function<void()> task);
    // Why a long job on the book did not run: the book closed, the job was cancelled, or no connection.
    Error longJobRefused(const ThreadConnections& c) const;

    const Clock& m_clock;
    std::unique_ptr<Book> m_book;
    BookSettings m_settings;
    AccountsModel* m_accounts = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_loading = false;
    bool m_background = true;
    quint64 m_generation = 0;
    QSet<Id> m_changedWhileLoading;
    bool m_everythingChangedWhileLoading = false;
    quint64 m_bookSerial = 0; // changes whenever the open book does (GUI thread)
    // Counts the changes of the open book's settings (GUI thread; read by the job threads, whose connections
    // read their settings again before their next job: connectionFor).
    std::atomic<quint64> m_settingsChanges{0};
    std::atomic<quint64> m_liveSerial{0};  // the same, for the job threads: stale jobs are skipped
    ThreadConnections m_readerConnections; // reader thread only
    ThreadConnections m_writerConnections; // writer thread only
    std::unique_ptr<Book> m_syncSecond;    // synchronous reads' second connection (GUI thread)
    QList<std::weak_ptr<jobs::LongJobState>> m_bookJobs; // long jobs on the open book, to cancel on close
    std::unique_ptr<JobThread> m_reader;
    std::unique_ptr<JobThread> m_writer;
};

template <typename T, typename Work>
void BookWorkspace::read(QObject* context, Work work, std::function<void(Result<T>)> done)
{
    static_assert(std::is_invocable_r_v<Result<T>, Work&, Book&> ||
                      std::is_invocable_r_v<Result<T>, Work&, Book&, Book*>,
                  "a read job's work takes Book& (and optionally Book* for a second connection)");
    const auto run = [](Work& w, Book& book, Book* second) -> Result<T> {
        if constexpr (std::is_invocable_r_v<Result<T>, Work&, Book&, Book*>)
            return w(book, second);
        else {
            (void)second;
            return w(book);
        }
    };
    if (!m_book)
        return;
    if (!m_background) {
        if (!m_syncSecond) {
            auto second = m_book->openAnotherConnection(Book::Access::Read);
            if (second)
                m_syncSecond = std::move(second.value());
        }
        done(run(work, *m_book, m_syncSecond.get()));
        return;
    }
    const quint64 serial = m_bookSerial;
    const Book* owner = m_book.get();
    QPointer<QObject> guard(context);
    postRead(serial, [this, serial, owner, guard, run, work = std::move(work),
                      done = std::move(done)]() mutable {
        Book* book = connectionFor(m_readerConnections, serial, owner, Book::Access::Read);
        if (!book) { // no connection of its own: the GUI thread's connection answers (a rare fallback)
            deliver(serial, guard, [this, run, work, done]() mutable { done(run(work, *m_book, nullptr)); });
            return;
        }
        Book* second = nullptr;
        if constexpr (std::is_invocable_r_v<Result<T>, Work&, Book&, Book*>)
            second = secondConnectionFor(m_readerConnections);
        auto result = std::make_shared<Result<T>>(run(work, *book, second));
        deliver(serial, guard, [done, result] { done(std::move(*result)); });
    });
}

template <typename T, typename Work>
LongJob* BookWorkspace::runLong(QObject* context, Work work, std::function<void(Result<T>)> done)
{
    constexpr bool onBook = std::is_invocable_r_v<Result<T>, Work&, Book&, JobProgress&>;
    static_assert(onBook || std::is_invocable_r_v<Result<T>, Work&, JobProgress&>,
                  "a long job's work takes Book&, JobProgress& or JobProgress& alone");
    const std::shared_ptr<jobs::LongJobState> state = trackLongJob(onBook);
    auto* job = new LongJob(state, this);
    const quint64 serial = m_bookSerial;
    const Book* owner = m_book.get();
    QPointer<QObject> guard(context);
    QPointer<LongJob> handle(job);
    postLong([this, serial, owner, guard, state, job, handle, work = std::move(work),
              done = std::move(done)]() mutable {
        JobProgress progress(state, job);
        std::shared_ptr<Result<T>> result;
        if constexpr (onBook) {
            Book* book = nullptr;
            if (owner && isLive(serial) && !progress.cancelled())
                book = connectionFor(m_writerConnections, serial, owner, Book::Access::Write);
            if (book)
                result = std::make_shared<Result<T>>(work(*book, progress));
            else
                result = std::make_shared<Result<T>>(longJobRefused(m_writerConnections));
        } else {
            result = std::make_shared<Result<T>>(work(progress));
        }
        const quint64 answerSerial = onBook ? serial : 0;
        QMetaObject::invokeMethod(
            this,
            [this, answerSerial, guard, handle, done, result] {
                if (guard && (answerSerial == 0 || answerSerial == m_bookSerial))
                    done(std::move(*result));
                if (handle)
                    handle->finish();
            },
            Qt::QueuedConnection);
    });
    return job;
}

} // namespace csm

Q_DECLARE_METATYPE(csm::Error)
