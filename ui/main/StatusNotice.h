#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QUndoCommand;
class QUndoStack;

namespace csm {

// The status bar's word on what the user just did ("Touch logged for Bluewater Media · Undo"). Undo undoes
// that change; it shows only while that change is still the last one on the undo stack.
class StatusNotice : public QWidget
{
    Q_OBJECT
public:
    StatusNotice(QUndoStack* stack, QWidget* parent = nullptr);

    // Says `message`. With `undoable`, the command on top of the stack now is the one Undo takes back.
    void announce(const QString& message, bool undoable = true);
    void clear();
    QString message() const;
    QToolButton* undoButton() const { return m_undo; }

private:
    void updateUndo();
    void undo();

    QUndoStack* m_stack;
    QLabel* m_text;
    QLabel* m_dot;
    QToolButton* m_undo;
    int m_index = -1;                        // the stack's index right after the change
    const QUndoCommand* m_command = nullptr; // compared, never used: it may be gone
};

} // namespace csm
