#include "ui/editors/FieldErrorLabel.h"

#include <QFormLayout>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace csm {

FieldErrorLabel::FieldErrorLabel(const QString& field, QWidget* parent) : QLabel(parent), m_field(field)
{
    setObjectName(field + QStringLiteral("Error"));
    setStyleSheet(QStringLiteral("color: #b02020;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(true);
    // Its width comes from the field above it, never the other way round.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    hide();
}

void FieldErrorLabel::setMessage(const QString& message)
{
    if (message == text() && isVisible() == !message.isEmpty())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    updateGeometry();
}

int FieldErrorLabel::neededHeight(int width) const
{
    if (text().isEmpty())
        return 0;
    // A wrapped label in a form row would otherwise get one line's height and clip the rest.
    return heightForWidth(std::max(width, fontMetrics().averageCharWidth() * 12));
}

QSize FieldErrorLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, neededHeight(width())};
}

QSize FieldErrorLabel::minimumSizeHint() const
{
    return sizeHint();
}

void FieldErrorLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateGeometry(); // the height it needs follows the width it got
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
