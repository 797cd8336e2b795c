#pragma once

// Undoable edits of the workspace. Each command writes through storage in redo() and writes the inverse in
// undo(); the model rows follow through Book::changed(). Write errors go to BookWorkspace::reportError().

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace csm {

class BookWorkspace;

class SetFollowUpDoneCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFollowUpDoneCommand)
public:
    SetFollowUpDoneCommand(BookWorkspace& workspace, Id touchId, bool done);
    void redo() override;
    void undo() override;

private:
    void apply(bool done);
    BookWorkspace& m_workspace;
    Id m_touchId;
    bool m_done;
};

} // namespace csm
