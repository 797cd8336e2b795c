#include "ui/workspace/BookWorkspace.h"

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
    : QObject(parent), m_clock(clock), m_accounts(new AccountsModel(this)), m_undo(new QUndoStack(this))
{
    qRegisterMetaType<csm::ChangeSet>();
    qRegisterMetaType<csm::Error>();
}

BookWorkspace::~BookWorkspace()
{
    m_reader.reset(); // waits for a running read while this object is still whole
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
    m_reader = std::make_unique<BackgroundReader>(m_book->path(), m_clock);
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
    ++m_bookSerial; // results of running reads are dropped
    m_reader.reset();
    m_book.reset();
    emit bookClosed();
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

    // On the reader thread (its own read-only connection; the read itself splits a large list over two
    // threads), keyed there too, so that the GUI thread only swaps the model in.
    const QDate asOf = today();
    const QLocale locale;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    read<AccountsModel::Prepared>(
        this,
        [asOf, locale](Book& book) -> Result<AccountsModel::Prepared> {
            Result<QList<AccountSummary>> rows = book.accounts().summaries(asOf);
            if (!rows)
                return rows.error();
            return AccountsModel::prepare(std::move(rows.value()), locale);
        },
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
