#pragma once

#include <QWidget>

namespace csm {

class PageRegistry;

// A page that a later piece of work fills: says plainly what will be there.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& whatComes, QWidget* parent = nullptr);
};

// The pages not built yet (Portfolio, Renewals, Roadmaps, Reports), each in its place in the navigation.
void registerPlaceholderPages(PageRegistry& pages);

} // namespace csm
