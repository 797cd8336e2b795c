#include "ui/main/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace csm {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& whatComes, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto* text = new QLabel(whatComes, this);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace csm
