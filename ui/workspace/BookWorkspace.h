#pragma once

#include "domain/AccountSummary.h"
#include "domain/Clock.h"
#include "domain/Entities.h"
#include "domain/Result.h"
#include "domain/Settings.h"
#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "storage/ChangeSet.h"
#include "ui/workspace/BackgroundReader.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QUndoStack;

namespace csm {

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
// storage). It listens to Book::changed() and refreshes only the affected rows. The full list loads on the
// reader thread (read()) over its own read-only connection so that the window never freezes.
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

    // Full loads and read() run on the reader thread by default; tests and the benchmark may ask for
    // synchronous ones.
    void setLoadInBackground(bool background) { m_background = background; }
    bool loadsInBackground() const { return m_background; }

    // Runs `work` against a read-only connection on the workspace's reader thread (one job at a time, in
    // order) and hands its result to `done` on the GUI thread, unless `context` is destroyed or the book is
    // closed or replaced first. For reads that take long on a big book: Today's follow-ups, the quick
    // search. Synchronous (done() runs before read() returns) when background loading is off, and on the
    // GUI thread's connection when the reader cannot open one of its own (an in-memory book).
    template <typename T>
    void read(QObject* context, std::function<Result<T>(Book&)> work, std::function<void(Result<T>)> done);

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
    std::unique_ptr<BackgroundReader> m_reader; // for read(); one per open book
    quint64 m_bookSerial = 0;                   // changes whenever the open book does
};

template <typename T>
void BookWorkspace::read(QObject* context, std::function<Result<T>(Book&)> work,
                         std::function<void(Result<T>)> done)
{
    if (!m_book)
        return;
    if (!m_background || !m_reader) {
        done(work(*m_book));
        return;
    }
    const quint64 serial = m_bookSerial;
    QPointer<QObject> guard(context);
    // The reader's destructor waits for a running job, and this workspace owns the reader, so posting to
    // `this` from the worker is safe; `guard` and `serial` are checked back on the GUI thread.
    m_reader->post(
        [this, serial, guard, work = std::move(work), done = std::move(done)](Book* book, const Error*) {
            auto result = book ? std::make_shared<Result<T>>(work(*book)) : std::shared_ptr<Result<T>>();
            QMetaObject::invokeMethod(
                this,
                [this, serial, guard, work, done, result] {
                    if (!guard || serial != m_bookSerial || !m_book)
                        return;
                    done(result ? std::move(*result) : work(*m_book));
                },
                Qt::QueuedConnection);
        });
}

} // namespace csm

Q_DECLARE_METATYPE(csm::Error)
