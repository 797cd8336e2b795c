#include "ui/workspace/BookWorkspace.h"

#include "JobThread.h"
#include "item/AccountsModel.h"
#include "storage/Repositories.h"
#include "ui/workspace/WorkspaceCommands.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QUndoStack>

namespace csm {

Q_LOGGING_CATEGORY(lcWorkspace, "csm.workspace")

BookWorkspace::BookWorkspace(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_accounts(new AccountsModel(this)), m_undo(new QUndoStack(this)),
      m_reader(std::make_unique<JobThread>(QStringLiteral("csm-reader"))),
      m_writer(std::make_unique<JobThread>(QStringLiteral("csm-writer")))
{
    qRegisterMetaType<csm::ChangeSet>();
    qRegisterMetaType<csm::Error>();
}

BookWorkspace::~BookWorkspace()
{
    // While this object is still whole: the book's jobs are cancelled and waited for, then the threads stop
    // (a long job on files that is still running is waited for; queued ones are dropped).
    stopJobsOnBook();
    m_writer.reset();
    m_reader.reset();
}

Status BookWorkspace::openBook(const QString& path, Book::OpenMode mode)
{
    Result<std::unique_ptr<Book>> opened = Book::open(path, mode, m_clock);
    if (!opened)
        return opened.error();
    adoptBook(std::move(opened.value()));
    return {};
}

void BookWorkspace::adoptBook(std::unique_ptr<Book> book)
{
    if (m_book)
        closeBook();
    m_book = std::move(book);
    if (!m_book)
        return;
    ++m_bookSerial;
    m_liveSerial.store(m_bookSerial);
    m_settings = m_book->settings();
    m_accounts->setCurrency(m_settings.currency);
    connect(m_book.get(), &Book::changed, this, &BookWorkspace::onBookChanged);
    emit bookOpened(m_book->path());
    reload();
}

void BookWorkspace::closeBook()
{
    if (!m_book)
        return;
    ++m_generation; // results of a running load are dropped
    m_loading = false;
    m_undo->clear(); // commands refer to the closing book
    m_accounts->clear();
    stopJobsOnBook();
    m_book.reset();
    emit bookClosed();
}

void BookWorkspace::stopJobsOnBook()
{
    ++m_bookSerial; // answers of running jobs are dropped, queued reads skipped
    m_liveSerial.store(m_bookSerial);
    for (const auto& job : std::as_const(m_bookJobs)) {
        if (const auto state = job.lock())
            state->cancelled.store(true);
    }
    m_bookJobs.clear();
    // The job threads let go of their connections (on the threads that opened them) before the book closes:
    // theirs work under its lock, and SQLite removes the side files with the last connection.
    m_reader->runAndWait([this] { m_readerConnections = ThreadConnections{}; });
    m_writer->runAndWait([this] { m_writerConnections = ThreadConnections{}; });
    m_syncSecond.reset();
}

void BookWorkspace::reportError(const Error& error)
{
    emit errorOccurred(error);
}

Book* BookWorkspace::connectionFor(ThreadConnections& c, quint64 serial, const Book* owner,
                                   Book::Access access)
{
    if (c.serial != serial) {
        c = ThreadConnections{};
        c.serial = serial;
        Result<std::unique_ptr<Book>> opened = owner->openAnotherConnection(access);
        if (!opened) {
            c.openError = opened.error();
            return nullptr;
        }
        c.book = std::move(opened.value());
        if (access == Book::Access::Write && !c.book->isReadOnly()) {
            // Emitted on the writer thread, delivered on the GUI thread: the open book announces what the
            // job committed, as if it had been written here.
            connect(c.book.get(), &Book::changed, this, [this, serial](const ChangeSet& changes) {
                if (serial == m_bookSerial && m_book)
                    m_book->takeChangesFromAnotherConnection(changes);
            });
        }
        c.settingsSeen = m_settingsChanges.load();
    }
    // Settings saved through another connection since: read again, so that the job sees what the window
    // does (new touch-model thresholds, company holidays).
    if (const quint64 seen = m_settingsChanges.load(); c.settingsSeen != seen) {
        c.settingsSeen = seen;
        for (Book* b : {c.book.get(), c.second.get()}) {
            if (b)
                (void)b->reloadSettings();
        }
    }
    return c.book.get();
}

Book* BookWorkspace::secondConnectionFor(ThreadConnections& c)
{
    if (!c.second && !c.secondTried && c.book) {
        c.secondTried = true;
        Result<std::unique_ptr<Book>> opened = c.book->openAnotherConnection(Book::Access::Read);
        if (opened)
            c.second = std::move(opened.value());
    }
    return c.second.get();
}

void BookWorkspace::deliver(quint64 serial, QPointer<QObject> context, std::function<void()> answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, serial, context, answer = std::move(answer)] {
            if (context && serial == m_bookSerial && m_book)
                answer();
        },
        Qt::QueuedConnection);
}

void BookWorkspace::postRead(quint64 serial, std::function<void()> task)
{
    m_reader->post([this, serial, task = std::move(task)] {
        if (isLive(serial))
            task();
    });
}

void BookWorkspace::postLong(std::function<void()> task)
{
    m_writer->post(std::move(task));
}

std::shared_ptr<jobs::LongJobState> BookWorkspace::trackLongJob(bool bookBound)
{
    auto state = std::make_shared<jobs::LongJobState>();
    if (bookBound) {
        m_bookJobs.removeIf([](const std::weak_ptr<jobs::LongJobState>& job) { return job.expired(); });
        m_bookJobs.append(state);
    }
    return state;
}

Error BookWorkspace::longJobRefused(const ThreadConnections& c) const
{
    if (c.openError)
        return *c.openError;
    return Error{Error::Code::Cancelled, tr("The job was cancelled."), {}, {}};
}

Result<AccountsModel::Prepared> BookWorkspace::readAccountsList(Book& book, Book* second, QDate asOf,
                                                                const QLocale& locale)
{
    Result<QList<AccountSummary>> rows =
        second ? book.accounts().summaries(asOf, *second) : book.accounts().summaries(asOf);
    if (!rows)
        return rows.error();
    return AccountsModel::prepare(std::move(rows.value()), locale);
}

QString BookWorkspace::bookPath() const
{
    return m_book ? m_book->path() : QString();
}

bool BookWorkspace::isReadOnly() const
{
    return m_book && m_book->isReadOnly();
}

int BookWorkspace::accountCount() const
{
    return m_accounts->rowCount();
}

void BookWorkspace::reload()
{
    if (!m_book)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_changedWhileLoading.clear();
    m_everythingChangedWhileLoading = false;
    emit loadingStarted();

    // On the reader thread (its own read-only connection and a second one for the upper half of a large
    // list), keyed there too, so that the GUI thread only swaps the model in.
    const QDate asOf = today();
    const QLocale locale;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    read<AccountsModel::Prepared>(
        this,
        [asOf, locale](Book& book, Book* second) { return readAccountsList(book, second, asOf, locale); },
        [this, generation, timer](Result<AccountsModel::Prepared> prepared) {
            finishLoad(std::move(prepared), generation, timer->elapsed());
        });
}

void BookWorkspace::finishLoad(Result<AccountsModel::Prepared> prepared, quint64 generation, qint64 elapsedMs)
{
    if (generation != m_generation || !m_book)
        return; // a newer load or another book took over
    m_loading = false;
    if (!prepared) {
        m_accounts->clear();
        emit errorOccurred(prepared.error());
        emit loadingFinished(0);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_accounts->setPrepared(std::move(prepared.value()));
    qCDebug(lcWorkspace) << "loaded" << m_accounts->rowCount() << "accounts: read and keyed in" << elapsedMs
                         << "ms, handed to the model in" << timer.elapsed() << "ms";

    if (m_everythingChangedWhileLoading) {
        reload();
        return;
    }
    const QSet<Id> pending = std::exchange(m_changedWhileLoading, {});
    if (!pending.isEmpty())
        refreshRows(pending);
    emit loadingFinished(m_accounts->rowCount());
}

void BookWorkspace::onBookChanged(const ChangeSet& changes)
{
    if (!m_book || changes.isEmpty())
        return;
    if (changes.touches(ChangeSet::Entity::Settings)) {
        ++m_settingsChanges;
        m_settings = m_book->settings();
        m_accounts->setCurrency(m_settings.currency);
    }
    const bool everything = changes.everything || changes.touches(ChangeSet::Entity::Settings);
    if (m_loading) {
        m_everythingChangedWhileLoading = m_everythingChangedWhileLoading || everything;
        m_changedWhileLoading.unite(changes.accountIds);
        return;
    }
    if (everything)
        reload();
    else
        refreshRows(changes.accountIds);
    emit accountsChanged(changes.accountIds, everything);
}

void BookWorkspace::refreshRows(const QSet<Id>& ids)
{
    if (ids.isEmpty())
        return;
    Result<QList<AccountSummary>> rows =
        m_book->accounts().summaries(QList<Id>(ids.begin(), ids.end()), today());
    if (!rows) {
        emit errorOccurred(rows.error());
        return;
    }
    m_accounts->updateSummaries(rows.value(), ids);
}

Result<AccountDetail> BookWorkspace::loadAccountDetail(const Id& accountId) const
{
    if (!m_book)
        return Error{Error::Code::NotFound, tr("No book is open."), {}, {}};
    AccountDetail d;
    Result<Account> account = m_book->accounts().get(accountId);
    if (!account)
        return account.error();
    d.account = account.value();

    Result<QList<AccountSummary>> summary = m_book->accounts().summaries({accountId}, today());
    if (!summary)
        return summary.error();
    if (!summary->isEmpty())
        d.summary = summary->constFirst();

    Result<QList<Contact>> contacts = m_book->contacts().forAccount(accountId);
    if (!contacts)
        return contacts.error();
    d.contacts = contacts.value();
    Result<QList<Touch>> touches = m_book->touches().forAccount(accountId);
    if (!touches)
        return touches.error();
    d.touches = touches.value();
    Result<QList<Contract>> contracts = m_book->contracts().forAccount(accountId);
    if (!contracts)
        return contracts.error();
    d.contracts = contracts.value();
    Result<QList<ArrEvent>> events = m_book->arrEvents().forAccount(accountId);
    if (!events)
        return events.error();
    d.arrEvents = events.value();
    Result<QList<Renewal>> renewals = m_book->renewals().forAccount(accountId);
    if (!renewals)
        return renewals.error();
    d.renewals = renewals.value();
    return d;
}

void BookWorkspace::setFollowUpDone(const Id& touchId, bool done)
{
    if (!m_book)
        return;
    m_undo->push(new SetFollowUpDoneCommand(*this, touchId, done));
}

} // namespace csm
