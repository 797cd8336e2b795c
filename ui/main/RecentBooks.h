#pragma once

#include <QObject>
#include <QStringList>

namespace csm {

// The books opened lately, newest first, remembered in QSettings ("recentBooks").
class RecentBooks : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentBooks(QObject* parent = nullptr);

    QStringList paths() const { return m_paths; }
    QString mostRecent() const { return m_paths.value(0); }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void save();
    QStringList m_paths;
};

} // namespace csm
