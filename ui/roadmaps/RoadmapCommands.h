#pragma once

// Roadmaps and templates through the undoable record commands (ui/editors/RecordCommands.h): a milestone
// edit saves the whole roadmap, undone by saving the roadmap as it was.

#include "ui/editors/RecordCommands.h"

namespace csm {

template <> inline Repository<Roadmap>& repositoryOf<Roadmap>(Book& book)
{
    return book.roadmaps();
}

} // namespace csm

namespace csm {

// Saving a template (new, edited, duplicated, retired): undone by saving the template as it was, or by a
// tombstone for a new one. Roadmaps already applied never change (they copied their milestones).
class SaveTemplateCommand : public QUndoCommand
{
public:
    SaveTemplateCommand(BookWorkspace& workspace, const QString& text, RoadmapTemplate after,
                        std::optional<RoadmapTemplate> before, CommandOutcome* outcome = nullptr)
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
            auto saved = book->roadmaps().saveTemplate(m_after);
            if (saved)
                m_after = saved.value();
            else
                s = saved.error();
        } else {
            s = book->roadmaps().restoreTemplate(m_after.id);
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
            auto saved = book->roadmaps().saveTemplate(*m_before);
            report(saved ? Status() : Status(saved.error()));
        } else {
            report(book->roadmaps().removeTemplate(m_after.id));
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
    RoadmapTemplate m_after;
    std::optional<RoadmapTemplate> m_before;
    CommandOutcome* m_outcome;
    bool m_first = true;
};

} // namespace csm
