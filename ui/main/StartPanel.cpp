#include "ui/main/StartPanel.h"

#include "ui/common/Mnemonics.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace csm {

StartPanel::StartPanel(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_text(new QLabel(this)), m_buttons(new QVBoxLayout)
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("startHeading"));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("startText"));
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto* column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addSpacing(6);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(m_buttons);
    column->addStretch(1);
    auto* centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(centred, 1);
    layout->addStretch(0);
}

void StartPanel::setHeading(const QString& heading)
{
    m_heading->setText(heading);
}

void StartPanel::setText(const QString& text)
{
    m_text->setText(text);
}

void StartPanel::addAction(QAction* action)
{
    if (!action)
        return;
    auto* button = new QCommandLinkButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    auto update = [button, action] {
        // A command link already reads as a button: no mnemonic (the menu has one) and no ellipsis.
        button->setText(withoutMnemonic(action->text(), true));
        button->setDescription(action->statusTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setToolTip(action->toolTip());
    };
    update();
    connect(action, &QAction::changed, button, update);
    connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button);
    if (m_actions.isEmpty())
        setFocusProxy(button);
    m_actions.append(action);
}

} // namespace csm
