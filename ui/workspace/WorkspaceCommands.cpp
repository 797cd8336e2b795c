#include "ui/workspace/WorkspaceCommands.h"

#include "storage/Repositories.h"
#include "ui/workspace/BookWorkspace.h"

namespace csm {

SetFollowUpDoneCommand::SetFollowUpDoneCommand(BookWorkspace& workspace, Id touchId, bool done)
    : m_workspace(workspace), m_touchId(std::move(touchId)), m_done(done)
{
    setText(done ? tr("Mark follow-up done") : tr("Reopen follow-up"));
}

void SetFollowUpDoneCommand::redo()
{
    apply(m_done);
}

void SetFollowUpDoneCommand::undo()
{
    apply(!m_done);
}

void SetFollowUpDoneCommand::apply(bool done)
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    const Status s = book->touches().setFollowUpDone(m_touchId, done);
    if (!s.ok()) {
        setObsolete(true);
        m_workspace.reportError(s.error());
    }
}

} // namespace csm
