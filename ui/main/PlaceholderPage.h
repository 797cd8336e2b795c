#pragma once

#include <QWidget>

namespace csm {

// A page that a later piece of work fills: says plainly what will be there.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& whatComes, QWidget* parent = nullptr);
};

} // namespace csm
