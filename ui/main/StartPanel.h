#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace csm {

// Says how to go on where there is nothing to show yet (no book open, a book without accounts): a heading,
// a sentence and one large button per action (its text and status tip), enabled as the action is.
class StartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StartPanel(QWidget* parent = nullptr);

    void setHeading(const QString& heading);
    void setText(const QString& text);
    // Adds a button that triggers `action`; the first one added gets the focus when the panel does.
    void addAction(QAction* action);
    QList<QAction*> startActions() const { return m_actions; }

private:
    QLabel* m_heading;
    QLabel* m_text;
    QVBoxLayout* m_buttons;
    QList<QAction*> m_actions;
};

} // namespace csm
