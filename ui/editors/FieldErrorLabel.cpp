#include "ui/editors/FieldErrorLabel.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace csm {

FieldErrorLabel::FieldErrorLabel(const QString& field, QWidget* parent) : QLabel(parent), m_field(field)
{
    setObjectName(field + QStringLiteral("Error"));
    // Not wrapped: a wrapped label in a form row gets one line's height and clips; unwrapped, the dialog
    // (SetMinimumSize) widens to show the whole message.
    setStyleSheet(QStringLiteral("color: #b02020;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldErrorLabel::setMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

FieldErrorLabel* FormErrors::addRow(QFormLayout* form, const QString& label, QWidget* editor,
                                    const QString& field)
{
    auto* box = new QWidget(form->parentWidget());
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto* error = new FieldErrorLabel(field, box);
    v->addWidget(error);
    form->addRow(label, box);
    m_labels.insert(field, error);
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(box)))
        l->setBuddy(editor);
    return error;
}

bool FormErrors::apply(const FieldErrors& errors)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const bool show = m_showAll || m_edited.contains(it.key());
        it.value()->setMessage(show ? errors.value(it.key()) : QString());
    }
    return errors.isEmpty();
}

} // namespace csm
