#pragma once

#include "ui/main/PageRegistry.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace csm {

class MainWindow;

// The navigation list and the stack of pages, both built from a PageRegistry. Remembers where the user came
// from, so that Back returns there (Today stays Today), and shows `noBookPanel` in place of a page that
// needs a book while none is open.
class PageStack : public QWidget
{
    Q_OBJECT
public:
    PageStack(const PageRegistry& registry, MainWindow& window, QWidget* noBookPanel);

    QListWidget* navigation() const { return m_nav; }
    QList<PageSpec> pages() const { return m_specs; }
    const PageSpec* spec(const QString& id) const;
    QWidget* widget(const QString& id) const { return m_widgets.value(id); }
    QString currentId() const { return m_current; }
    // The page shown before the current one (what Back returns to); empty when there is none.
    QString previousId() const { return m_history.isEmpty() ? QString() : m_history.constLast(); }

    // Shows a page; `remember` puts the current one on the Back history first.
    void show(const QString& id, bool remember = true);
    // Returns to the page shown before; false when there is none.
    bool back();
    // A book was opened or closed: pages that need one are shown or replaced by the panel.
    void setHasBook(bool hasBook);

signals:
    void currentChanged(const QString& id);

private:
    void updateShown();
    void fitNavigation();

    QList<PageSpec> m_specs;
    QHash<QString, QWidget*> m_widgets;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QWidget* m_noBook;
    QString m_current;
    QStringList m_history;
    bool m_hasBook = false;
};

} // namespace csm
