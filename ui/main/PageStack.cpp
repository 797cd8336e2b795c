#include "ui/main/PageStack.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace csm {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kHistoryDepth = 50;
} // namespace

PageStack::PageStack(const PageRegistry& registry, MainWindow& window, QWidget* noBookPanel)
    : m_specs(registry.pages()), m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_noBook(noBookPanel)
{
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);

    for (const PageSpec& spec : std::as_const(m_specs)) {
        QWidget* page = spec.factory ? spec.factory(window) : nullptr;
        if (!page)
            page = new QWidget;
        page->setObjectName(page->objectName().isEmpty() ? spec.id + QStringLiteral("Page")
                                                         : page->objectName());
        m_widgets.insert(spec.id, page);
        m_stack->addWidget(page);
        if (spec.inNavigation) {
            auto* item = new QListWidgetItem(spec.icon, spec.title, m_nav);
            item->setData(kIdRole, spec.id);
            if (!spec.shortcut.isEmpty())
                item->setToolTip(
                    tr("%1 (%2)").arg(spec.title, spec.shortcut.toString(QKeySequence::NativeText)));
        }
    }
    m_stack->addWidget(m_noBook);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    fitNavigation();

    // Arrow keys in the list move between pages; a click on the entry already current (Accounts while an
    // account is open) goes to that page too.
    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            show(item->data(kIdRole).toString());
    });
    connect(m_nav, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { show(item->data(kIdRole).toString()); });
}

const PageSpec* PageStack::spec(const QString& id) const
{
    for (const PageSpec& s : m_specs)
        if (s.id == id)
            return &s;
    return nullptr;
}

void PageStack::show(const QString& id, bool remember)
{
    if (!m_widgets.contains(id))
        return;
    if (id != m_current) {
        if (remember && !m_current.isEmpty()) {
            m_history.removeAll(id); // no loops: going back from a page never returns to itself
            m_history.append(m_current);
            while (m_history.size() > kHistoryDepth)
                m_history.removeFirst();
        }
        m_current = id;
    }
    updateShown();
    emit currentChanged(id);
}

bool PageStack::back()
{
    while (!m_history.isEmpty()) {
        const QString id = m_history.takeLast();
        if (m_widgets.contains(id) && id != m_current) {
            show(id, false);
            return true;
        }
    }
    return false;
}

void PageStack::setHasBook(bool hasBook)
{
    m_hasBook = hasBook;
    updateShown();
}

void PageStack::updateShown()
{
    const PageSpec* s = spec(m_current);
    if (!s)
        return;
    m_stack->setCurrentWidget(s->needsBook && !m_hasBook ? m_noBook : m_widgets.value(m_current));
    const QString navId = s->navigationId.isEmpty() ? s->id : s->navigationId;
    const QSignalBlocker blocker(m_nav);
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(kIdRole).toString() == navId)
            m_nav->setCurrentRow(i);
}

void PageStack::fitNavigation()
{
    int width = 0;
    const QFontMetrics fm(m_nav->font());
    for (int i = 0; i < m_nav->count(); ++i)
        width = std::max(width, fm.horizontalAdvance(m_nav->item(i)->text()) +
                                    (m_nav->item(i)->icon().isNull() ? 0 : m_nav->iconSize().width() + 6));
    m_nav->setFixedWidth(width + 48);
}

} // namespace csm
