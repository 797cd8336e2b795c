#pragma once

// Undoable writes of whole records (accounts, contacts, touches, contracts), pushed on the workspace's undo
// stack. Saving a new record is undone by a tombstone and redone by restoring it; saving a changed record is
// undone by writing the previous version back; a delete is undone by restoring the tombstone. Model rows
// follow through Book::changed(). Write errors go to BookWorkspace::reportError() and make the command
// obsolete.

#include "storage/Book.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"
#include "ui/workspace/BookWorkspace.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace csm {

template <typename T> Repository<T>& repositoryOf(Book& book);
template <> inline Repository<Account>& repositoryOf<Account>(Book& book)
{
    return book.accounts();
}
template <> inline Repository<Contact>& repositoryOf<Contact>(Book& book)
{
    return book.contacts();
}
template <> inline Repository<Touch>& repositoryOf<Touch>(Book& book)
{
    return book.touches();
}
template <> inline Repository<Contract>& repositoryOf<Contract>(Book& book)
{
    return book.contracts();
}

// Where a pushed command reports the outcome of its first redo (QUndoStack::push runs it at once and deletes
// an obsolete command, so the caller cannot ask the command afterwards).
struct CommandOutcome
{
    Status status;
    Id id; // the id of the record written
};

template <typename T> class SaveRecordCommand : public QUndoCommand
{
public:
    // before: the stored version when editing, nullopt when creating.
    SaveRecordCommand(BookWorkspace& workspace, const QString& text, T after, std::optional<T> before,
                      CommandOutcome* outcome = nullptr)
        : m_workspace(workspace), m_after(std::move(after)), m_before(std::move(before)), m_outcome(outcome)
    {
        setText(text);
    }

    void redo() override
    {
        Book* book = m_workspace.book();
        if (!book)
            return;
        Status s;
        if (m_first || m_before) {
            Result<T> saved = repositoryOf<T>(*book).save(m_after);
            if (saved) {
                m_after = saved.value();
            } else {
                s = saved.error();
            }
        } else {
            s = repositoryOf<T>(*book).restore(m_after.id);
        }
        if (m_first && m_outcome)
            *m_outcome = {s, m_after.id};
        m_first = false;
        m_outcome = nullptr;
        report(s);
    }

    void undo() override
    {
        Book* book = m_workspace.book();
        if (!book)
            return;
        if (m_before) {
            Result<T> saved = repositoryOf<T>(*book).save(*m_before);
            report(saved ? Status() : Status(saved.error()));
        } else {
            report(repositoryOf<T>(*book).remove(m_after.id));
        }
    }

private:
    void report(const Status& s)
    {
        if (s.ok())
            return;
        setObsolete(true);
        m_workspace.reportError(s.error());
    }

    BookWorkspace& m_workspace;
    T m_after;
    std::optional<T> m_before;
    CommandOutcome* m_outcome;
    bool m_first = true;
};

template <typename T> class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(BookWorkspace& workspace, const QString& text, Id id,
                        CommandOutcome* outcome = nullptr)
        : m_workspace(workspace), m_id(std::move(id)), m_outcome(outcome)
    {
        setText(text);
    }

    void redo() override { run(true); }
    void undo() override { run(false); }

private:
    void run(bool remove)
    {
        Book* book = m_workspace.book();
        if (!book)
            return;
        Repository<T>& repo = repositoryOf<T>(*book);
        const Status s = remove ? repo.remove(m_id) : repo.restore(m_id);
        if (m_outcome)
            *m_outcome = {s, m_id};
        m_outcome = nullptr;
        if (!s.ok()) {
            setObsolete(true);
            m_workspace.reportError(s.error());
        }
    }

    BookWorkspace& m_workspace;
    Id m_id;
    CommandOutcome* m_outcome;
};

// Saves a contract with the ARR event that goes with it (ContractRepository::saveWithArr: the account's `new`
// event, or the expansion or contraction the user chose to record) as one undo step. Undo puts the contract
// back as it was (a new one is tombstoned) and tombstones the event, in one transaction; redo restores both.
class SaveContractCommand : public QUndoCommand
{
public:
    SaveContractCommand(BookWorkspace& workspace, const QString& text, Contract after,
                        std::optional<Contract> before, std::optional<ArrEvent> change,
                        CommandOutcome* outcome = nullptr);
    void redo() override;
    void undo() override;
    // The ARR event the first redo wrote, if any.
    const std::optional<ArrEvent>& arrEvent() const { return m_written; }

private:
    Status saveFirst(Book& book);
    Status apply(Book& book, bool forward);

    BookWorkspace& m_workspace;
    Contract m_after;
    std::optional<Contract> m_before;
    std::optional<ArrEvent> m_change;
    std::optional<ArrEvent> m_written;
    CommandOutcome* m_outcome;
    bool m_first = true;
};

// Moves a follow-up to another day; undo puts it back on the day it had (and its done mark).
class SnoozeFollowUpCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnoozeFollowUpCommand)
public:
    SnoozeFollowUpCommand(BookWorkspace& workspace, Id touchId, QDate from, QDate to);
    void redo() override;
    void undo() override;

private:
    void apply(QDate day);
    BookWorkspace& m_workspace;
    Id m_touchId;
    QDate m_from;
    QDate m_to;
};

} // namespace csm
