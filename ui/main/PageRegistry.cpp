#include "ui/main/PageRegistry.h"

#include <algorithm>

namespace csm {

PageRegistry& PageRegistry::add(PageSpec spec)
{
    remove(spec.id);
    m_pages.append(std::move(spec));
    return *this;
}

bool PageRegistry::remove(const QString& id)
{
    return m_pages.removeIf([&id](const PageSpec& p) { return p.id == id; }) > 0;
}

QList<PageSpec> PageRegistry::pages() const
{
    QList<PageSpec> sorted = m_pages;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PageSpec& a, const PageSpec& b) { return a.order < b.order; });
    return sorted;
}

const PageSpec* PageRegistry::find(const QString& id) const
{
    for (const PageSpec& p : m_pages)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace csm
