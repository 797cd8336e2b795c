#include "ui/main/StatusNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>

namespace csm {

StatusNotice::StatusNotice(QUndoStack* stack, QWidget* parent)
    : QWidget(parent), m_stack(stack), m_text(new QLabel(this)), m_dot(new QLabel(QStringLiteral("·"), this)),
      m_undo(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusNotice"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_undo->setObjectName(QStringLiteral("noticeUndoButton"));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Take this change back (Ctrl+Z)"));
    m_undo->setAutoRaise(true);
    m_undo->setCursor(Qt::PointingHandCursor);
    m_undo->setFocusPolicy(Qt::NoFocus); // Ctrl+Z is the keyboard's way; the button is for the mouse
    // A link in the status bar: the link colour, underlined.
    QFont f = m_undo->font();
    f.setUnderline(true);
    m_undo->setFont(f);
    QPalette p = m_undo->palette();
    p.setColor(QPalette::ButtonText, p.color(QPalette::Link));
    m_undo->setPalette(p);
    m_undo->hide();
    m_dot->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_text);
    layout->addWidget(m_dot);
    layout->addWidget(m_undo);
    layout->addStretch(1);

    connect(m_undo, &QToolButton::clicked, this, &StatusNotice::undo);
    connect(m_stack, &QUndoStack::indexChanged, this, &StatusNotice::updateUndo);
    connect(m_stack, &QUndoStack::cleanChanged, this, &StatusNotice::updateUndo);
}

void StatusNotice::announce(const QString& message, bool undoable)
{
    m_text->setText(message);
    m_text->setToolTip(message);
    m_index = undoable && m_stack->index() > 0 ? m_stack->index() : -1;
    m_command = m_index > 0 ? m_stack->command(m_index - 1) : nullptr;
    updateUndo();
}

void StatusNotice::clear()
{
    announce({}, false);
}

QString StatusNotice::message() const
{
    return m_text->text();
}

void StatusNotice::updateUndo()
{
    const bool current =
        m_index > 0 && m_stack->index() == m_index && m_stack->command(m_index - 1) == m_command;
    m_undo->setVisible(current);
    m_dot->setVisible(current);
}

void StatusNotice::undo()
{
    if (m_index <= 0 || m_stack->index() != m_index || m_stack->command(m_index - 1) != m_command)
        return;
    const QString what = m_text->text();
    m_stack->undo();
    announce(tr("Undone: %1").arg(what), false);
}

} // namespace csm
