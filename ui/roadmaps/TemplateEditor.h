#pragma once

// The roadmap template editor (issue 15 item 1): the book's templates on the left; on the right the chosen
// one's name, touch model and milestones (title, offset in business days, owner side, success criterion, the
// first-value mark). New, duplicate, retire (or bring back) and save; each save is one undoable command.
// Roadmaps already applied from a template keep their own copy of its milestones.

#include "domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace csm {

class BookWorkspace;

class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditor(BookWorkspace& workspace, QWidget* parent = nullptr);

    QListWidget* templateList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* milestoneTable() const { return m_milestones; }
    QLabel* messageLabel() const { return m_message; }
    const QList<RoadmapTemplate>& templates() const { return m_templates; }

    // What the buttons do (tests call them).
    void newTemplate();
    void duplicateTemplate();
    void toggleRetired();
    void addMilestone();
    void removeMilestone();
    bool saveTemplate(); // false when refused (the message says why)

private:
    void reload(const Id& select = {});
    void showTemplate(int row);
    RoadmapTemplate edited() const;
    void setMilestoneRow(int row, const TemplateMilestone& m);

    BookWorkspace& m_workspace;
    QList<RoadmapTemplate> m_templates;
    RoadmapTemplate m_current; // as shown when picked (a new one has no stored version)
    bool m_isNew = false;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_touchModel;
    QTableWidget* m_milestones;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_retire;
    QPushButton* m_addMilestone;
    QPushButton* m_removeMilestone;
    QPushButton* m_save;
};

} // namespace csm
