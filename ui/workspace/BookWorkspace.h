#pragma once

#include "AccountSummary.h"
#include "Book.h"
#include "ChangeSet.h"
#include "Clock.h"
#include "Entities.h"
#include "Result.h"
#include "Settings.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QUndoStack;

namespace csm {

class AccountsModel;

// Everything the account page shows about one account, read in one go.
struct AccountDetail
{
    Account account;
    AccountSummary summary; // derived facts as of the workspace's today
    QList<Contact> contacts;
    QList<Touch> touches;
    QList<Contract> contracts;
    QList<ArrEvent> arrEvents;
};

// The open book and what hangs off it: the accounts model, the undo stack, the clock. Views read through it
// and never touch SQL; edits go through it (or through QUndoCommands pushed on undoStack() that call
// storage). It listens to Book::changed() and refreshes only the affected rows. The full list loads on a
// worker thread over a second, read-only connection so that the window never freezes.
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

    // Full loads run on a worker thread by default; tests may ask for synchronous loads.
    void setLoadInBackground(bool background) { m_background = background; }

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
    struct LoadResult;
    void finishLoad(const std::shared_ptr<LoadResult>& result, quint64 generation);
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
    QList<QPointer<QThread>> m_workers;
};

} // namespace csm

Q_DECLARE_METATYPE(csm::Error)
