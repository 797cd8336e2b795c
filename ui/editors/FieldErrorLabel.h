#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QLabel>
#include <QSet>

class QFormLayout;

namespace csm {

// The red message under a field that says what is wrong with it. Hidden while the field is fine. It wraps
// within the field's width and asks for the height it needs: the field keeps its width and its place, and
// the dialog grows downwards instead of sideways.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(const QString& field, QWidget* parent = nullptr);
    QString field() const { return m_field; }
    void setMessage(const QString& message);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int neededHeight(int width) const;
    QString m_field;
};

// Keeps a form's error labels in step with Validation's FieldErrors. A field's message shows once the user
// has changed the field (or tried to save), so that a fresh form is not covered in red.
class FormErrors
{
public:
    // Adds `editor` and an error label under it to the form; returns the label.
    FieldErrorLabel* addRow(QFormLayout* form, const QString& label, QWidget* editor, const QString& field);
    void markEdited(const QString& field) { m_edited.insert(field); }
    void showAll() { m_showAll = true; }
    // Shows the errors; true when there is none.
    bool apply(const FieldErrors& errors);
    FieldErrorLabel* label(const QString& field) const { return m_labels.value(field); }

private:
    QHash<QString, FieldErrorLabel*> m_labels;
    QSet<QString> m_edited;
    bool m_showAll = false;
};

} // namespace csm
