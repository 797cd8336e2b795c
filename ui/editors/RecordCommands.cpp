#include "ui/editors/RecordCommands.h"

#include "item/DisplayFormat.h"

namespace csm {

SaveContractCommand::SaveContractCommand(BookWorkspace& workspace, const QString& text, Contract after,
                                         std::optional<Contract> before, std::optional<ArrEvent> change,
                                         CommandOutcome* outcome)
    : m_workspace(workspace), m_after(std::move(after)), m_before(std::move(before)),
      m_change(std::move(change)), m_outcome(outcome)
{
    setText(text);
}

void SaveContractCommand::redo()
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    const Status s = m_first ? saveFirst(*book) : apply(*book, true);
    if (m_first && m_outcome)
        *m_outcome = {s, m_after.id};
    m_first = false;
    m_outcome = nullptr;
    if (!s.ok()) {
        setObsolete(true);
        emit m_workspace.errorOccurred(s.error());
    }
}

void SaveContractCommand::undo()
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    if (const Status s = apply(*book, false); !s.ok()) {
        setObsolete(true);
        emit m_workspace.errorOccurred(s.error());
    }
}

Status SaveContractCommand::saveFirst(Book& book)
{
    Result<ContractSaved> saved = book.contracts().saveWithArr(m_after, m_change);
    if (!saved)
        return saved.error();
    m_after = saved->contract;
    m_written = saved->arrEvent;
    return {};
}

Status SaveContractCommand::apply(Book& book, bool forward)
{
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    // The contract first: while the event is still there, the account keeps its ARR history.
    if (m_before) {
        Result<Contract> saved = book.contracts().save(forward ? m_after : *m_before);
        if (!saved)
            return saved.error();
    } else if (const Status s =
                   forward ? book.contracts().restore(m_after.id) : book.contracts().remove(m_after.id);
               !s) {
        return s;
    }
    if (m_written) {
        if (const Status s =
                forward ? book.arrEvents().restore(m_written->id) : book.arrEvents().remove(m_written->id);
            !s)
            return s;
    }
    return tx.commit();
}

SnoozeFollowUpCommand::SnoozeFollowUpCommand(BookWorkspace& workspace, Id touchId, QDate from, QDate to)
    : m_workspace(workspace), m_touchId(std::move(touchId)), m_from(from), m_to(to)
{
    setText(tr("Snooze follow-up to %1").arg(DisplayFormat::denseDate(to)));
}

void SnoozeFollowUpCommand::redo()
{
    apply(m_to);
}

void SnoozeFollowUpCommand::undo()
{
    apply(m_from);
}

void SnoozeFollowUpCommand::apply(QDate day)
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    const Status s = book->touches().snoozeFollowUp(m_touchId, day);
    if (!s.ok()) {
        setObsolete(true);
        m_workspace.reportError(s.error());
    }
}

} // namespace csm
