#pragma once

#include <QDialog>

namespace csm {

// Shown when there is no book yet: create a demo book, create an empty one, or open a file.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        None,
        DemoBook,
        EmptyBook,
        OpenFile
    };

    explicit FirstRunDialog(const QString& bookPath, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::None;
};

} // namespace csm
