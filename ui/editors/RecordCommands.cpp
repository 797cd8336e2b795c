#include "ui/editors/RecordCommands.h"

#include "item/DisplayFormat.h"

namespace csm {

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
