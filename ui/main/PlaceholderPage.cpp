#include "ui/main/PlaceholderPage.h"

#include "ui/main/PageRegistry.h"

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

void registerPlaceholderPages(PageRegistry& pages)
{
    struct Coming
    {
        QString id;
        QString title;
        QString whatComes;
        int order;
        Qt::Key key;
    };
    const QList<Coming> coming = {
        {pageids::portfolio, PlaceholderPage::tr("Portfolio"),
         PlaceholderPage::tr(
             "The portfolio will chart the book by touch model, health mix, renewals and ARR "
             "at risk, with drill-down to the accounts behind each bar. It is not built yet."),
         30, Qt::Key_3},
        {pageids::renewals, PlaceholderPage::tr("Renewals"),
         PlaceholderPage::tr("The renewal calendar will list upcoming renewals and notice deadlines with "
                             "their forecast and ARR. It is not built yet."),
         40, Qt::Key_4},
        {pageids::roadmaps, PlaceholderPage::tr("Roadmaps"),
         PlaceholderPage::tr("Onboarding roadmaps will show each account's milestones, what is on track, "
                             "behind or stuck. They are not built yet."),
         50, Qt::Key_5},
        {pageids::reports, PlaceholderPage::tr("Reports"),
         PlaceholderPage::tr("Reports will give retention KPIs (GRR, NRR, logo churn, NPS) per period, each "
                             "with its formula and the accounts behind it. They are not built yet."),
         60, Qt::Key_6},
    };
    for (const Coming& c : coming) {
        PageSpec page(c.id, c.title, [title = c.title, text = c.whatComes](MainWindow&) -> QWidget* {
            return new PlaceholderPage(title, text);
        });
        page.order = c.order;
        page.shortcut = QKeySequence(Qt::CTRL | c.key);
        page.needsBook = false;
        pages.add(page);
    }
}

} // namespace csm
