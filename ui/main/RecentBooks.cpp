#include "ui/main/RecentBooks.h"

#include <QFileInfo>
#include <QSettings>

namespace csm {

namespace {
const auto kKey = QStringLiteral("recentBooks");
}

RecentBooks::RecentBooks(QObject* parent) : QObject(parent), m_paths(QSettings().value(kKey).toStringList())
{}

void RecentBooks::add(const QString& path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(canonical);
    m_paths.prepend(canonical);
    while (m_paths.size() > kMaxEntries)
        m_paths.removeLast();
    save();
}

void RecentBooks::remove(const QString& path)
{
    if (m_paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        save();
}

void RecentBooks::clear()
{
    m_paths.clear();
    save();
}

void RecentBooks::save()
{
    QSettings().setValue(kKey, m_paths);
    emit changed();
}

} // namespace csm
