#include "ui/roadmaps/RoadmapsPage.h"

#include "item/AccountsModel.h"
#include "item/RoadmapLabels.h"
#include "item/RoadmapsFilterProxy.h"
#include "storage/Repositories.h"
#include "ui/accounts/AccountTab.h"
#include "ui/charts/OnboardingFunnelChart.h"
#include "ui/common/FitComboBox.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageRegistry.h"
#include "ui/roadmaps/TemplateEditor.h"
#include "ui/settings/HolidayCalendarDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace csm {

RoadmapsPage::RoadmapsPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new RoadmapsModel(this)),
      m_proxy(new RoadmapsFilterProxy(this)), m_filter(new QLineEdit(this)), m_state(new FitComboBox(this)),
      m_owner(new FitComboBox(this)), m_template(new FitComboBox(this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_funnelTemplate(new FitComboBox(this)),
      m_funnel(new OnboardingFunnelChart(this)), m_medians(new QLabel(this))
{
    setObjectName(QStringLiteral("roadmapsPage"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("roadmapsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RoadmapsModel::BehindColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_filter->setObjectName(QStringLiteral("roadmapsFilter"));
    m_filter->setPlaceholderText(tr("Filter by account, template, milestone or CSM"));
    m_filter->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("roadmapsState"));
    m_state->addItem(tr("Every status"), -1);
    m_state->addItem(tr("Behind or stuck"), -2);
    for (RoadmapState s :
         {RoadmapState::OnTrack, RoadmapState::Behind, RoadmapState::Stuck, RoadmapState::Done})
        m_state->addItem(RoadmapLabels::roadmapState(s), int(s));
    m_owner->setObjectName(QStringLiteral("roadmapsOwner"));
    m_owner->addItem(tr("Either side"), -1);
    for (OwnerSide s : {OwnerSide::Vendor, OwnerSide::Customer})
        m_owner->addItem(RoadmapLabels::ownerSide(s), int(s));
    m_template->setObjectName(QStringLiteral("roadmapsTemplate"));
    m_funnelTemplate->setObjectName(QStringLiteral("funnelTemplate"));
    m_funnel->setObjectName(QStringLiteral("onboardingFunnel"));
    m_funnel->setMinimumSize(220, 220);
    m_medians->setObjectName(QStringLiteral("firstValueMedians"));
    m_medians->setWordWrap(true);
    m_medians->setTextFormat(Qt::PlainText);
    auto* templates = new QPushButton(tr("Templates…"), this);
    templates->setObjectName(QStringLiteral("editTemplates"));
    templates->setToolTip(tr("Create, edit, duplicate and retire roadmap templates"));
    auto* holidays = new QPushButton(tr("Holidays…"), this);
    holidays->setObjectName(QStringLiteral("editHolidays"));
    holidays->setToolTip(tr("The holiday calendar due dates follow: public holidays and company holidays"));

    // The filters are whole when there is room and shrink with the window (FitComboBox); the search field
    // takes what is left.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_owner);
    filters->addWidget(m_template, 1);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);
    auto* panel = new QWidget(this);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Onboarding funnel"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* setup = new QHBoxLayout; // what the plans are made of, above the funnel that counts them
    setup->addWidget(templates);
    setup->addWidget(holidays);
    setup->addStretch(1);
    panelLayout->addLayout(setup);
    panelLayout->addWidget(heading);
    panelLayout->addWidget(m_funnelTemplate);
    panelLayout->addWidget(m_funnel, 1);
    auto* medianHeading = new QLabel(tr("Median time to first value"), panel);
    medianHeading->setFont(bold);
    panelLayout->addWidget(medianHeading);
    panelLayout->addWidget(m_medians);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(listSide);
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setFocusProxy(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RoadmapsFilterProxy::setFilterText);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_state->currentData().toInt();
        m_proxy->setLateOnly(v == -2);
        m_proxy->setStateFilter(v >= 0 ? std::optional(RoadmapState(v)) : std::nullopt);
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_owner->currentData().toInt();
        m_proxy->setOwnerFilter(v >= 0 ? std::optional(OwnerSide(v)) : std::nullopt);
    });
    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTemplateFilter(m_template->currentData().toString()); });
    const auto count = [this] {
        m_count->setText(tr("%n roadmap(s) shown", nullptr, m_proxy->rowCount()) +
                         tr(" of %n active", nullptr, m_model->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
    connect(m_view, &QAbstractItemView::activated, this, &RoadmapsPage::openCurrent);
    connect(m_funnelTemplate, &QComboBox::currentIndexChanged, this, &RoadmapsPage::showFunnel);
    connect(templates, &QPushButton::clicked, this, &RoadmapsPage::editTemplatesRequested);
    connect(holidays, &QPushButton::clicked, this, &RoadmapsPage::editHolidaysRequested);
    const auto changed = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, changed);
    connect(&m_workspace, &BookWorkspace::loadingFinished, this, changed);
}

void RoadmapsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void RoadmapsPage::refresh()
{
    m_stale = false;
    if (!m_workspace.book())
        return;
    const AccountsModel* accounts = m_workspace.accountsModel();
    QList<AccountSummary> summaries;
    summaries.reserve(accounts->rowCount());
    for (int r = 0; r < accounts->rowCount(); ++r)
        summaries.append(accounts->summaryAt(r));
    const BookSettings settings = m_workspace.settings();
    const QDate asOf = m_workspace.today();
    const quint64 serial = ++m_reads;
    m_workspace.read<Loaded>(
        this,
        [summaries = std::move(summaries), settings, asOf](Book& book) {
            return read(book, summaries, settings, asOf);
        },
        [this, serial](Result<Loaded> loaded) {
            if (serial != m_reads)
                return;
            if (!loaded) {
                m_workspace.reportError(loaded.error());
                return;
            }
            present(std::move(loaded.value()));
        });
}

Result<RoadmapsPage::Loaded> RoadmapsPage::read(Book& book, const QList<AccountSummary>& summaries,
                                                const BookSettings& settings, QDate asOf)
{
    Loaded l;
    auto roadmaps = book.roadmaps().list(false);
    if (!roadmaps)
        return roadmaps.error();
    auto templates = book.roadmaps().templates();
    if (!templates)
        return templates.error();
    QHash<Id, QString> names;
    for (const RoadmapTemplate& t : templates.value())
        names.insert(t.id, t.name);
    QHash<Id, TouchModel> models;
    for (const AccountSummary& s : summaries)
        models.insert(s.id, s.touchModelOverride ? *s.touchModelOverride : settings.touchModelForArr(s.arr));
    l.rows = RoadmapsModel::rowsOf(roadmaps.value(), summaries, names, settings, asOf);
    l.medians = medianTimeToFirstValue(
        firstValueSamples(roadmaps.value(), models, asOf, dates::HolidayCalendar::forSettings(settings)));
    l.roadmaps = std::move(roadmaps.value());
    l.templates = std::move(templates.value());
    return l;
}

void RoadmapsPage::present(Loaded loaded)
{
    const Id current = m_proxy->roadmapIdAt(m_view->currentIndex().row());
    m_model->setRows(std::move(loaded.rows));
    m_roadmaps = std::move(loaded.roadmaps);
    m_templates = std::move(loaded.templates);

    const Id filterTemplate = m_template->currentData().toString();
    const Id funnelTemplate = m_funnelTemplate->currentData().toString();
    {
        const QSignalBlocker a(m_template);
        const QSignalBlocker b(m_funnelTemplate);
        m_template->clear();
        m_funnelTemplate->clear();
        m_template->addItem(tr("Every template"), QString());
        for (const RoadmapTemplate& t : m_templates) {
            const QString name = t.retired ? tr("%1 (retired)").arg(t.name) : t.name;
            m_template->addItem(name, t.id);
            m_funnelTemplate->addItem(name, t.id);
        }
        m_template->setCurrentIndex(std::max(0, m_template->findData(filterTemplate)));
        int funnel = m_funnelTemplate->findData(funnelTemplate);
        if (funnel < 0) { // the template with the most roadmaps
            QHash<Id, int> uses;
            for (const Roadmap& r : m_roadmaps)
                ++uses[r.templateId];
            for (int i = 0; i < m_funnelTemplate->count(); ++i) {
                if (funnel < 0 || uses.value(m_funnelTemplate->itemData(i).toString()) >
                                      uses.value(m_funnelTemplate->itemData(funnel).toString()))
                    funnel = i;
            }
        }
        m_funnelTemplate->setCurrentIndex(funnel);
    }
    showFunnel();

    static const std::array<QString, 4> names = {tr("High touch"), tr("Low touch"), tr("Tech touch"),
                                                 tr("All")};
    QStringList lines;
    for (int i = 0; i < 4; ++i) {
        const FirstValueMedian& m = loaded.medians[i];
        lines << (m.businessDays
                      ? tr("%1: %2 business days (%3 calendar days), %n roadmap(s)", nullptr, m.roadmaps)
                            .arg(names[i], QLocale().toString(*m.businessDays, 'g', 4),
                                 QLocale().toString(*m.calendarDays, 'g', 4))
                      : tr("%1: no roadmap has reached first value").arg(names[i]));
    }
    m_medians->setText(lines.join(QLatin1Char('\n')));
    for (int c = 0; c < RoadmapsModel::CsmColumn; ++c)
        m_view->resizeColumnToContents(c);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void RoadmapsPage::showFunnel()
{
    const Id id = m_funnelTemplate->currentData().toString();
    const auto t = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                [&](const RoadmapTemplate& x) { return x.id == id; });
    if (t == m_templates.cend()) {
        m_funnel->setFunnel({}, 0);
        return;
    }
    const OnboardingFunnel f = onboardingFunnel(*t, m_roadmaps);
    QList<OnboardingFunnelChart::Step> steps;
    for (const FunnelStep& s : f.steps)
        steps.append({s.templateMilestoneId, s.title, int(s.reached.size()), s.firstValue, s.reached});
    m_funnel->setFunnel(steps, int(f.accounts.size()));
}

void RoadmapsPage::openCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    emit openRoadmapRequested(m_proxy->accountIdAt(row), m_proxy->roadmapIdAt(row));
}

void registerRoadmapsPage(PageRegistry& pages)
{
    PageSpec spec(pageids::roadmaps, RoadmapsPage::tr("Roadmaps"), [](MainWindow& window) -> QWidget* {
        auto* page = new RoadmapsPage(window.workspace());
        QObject::connect(page, &RoadmapsPage::openRoadmapRequested, &window,
                         [&window](const Id& account, const Id& roadmap) {
                             window.showRecord(account, tabids::roadmap, roadmap);
                         });
        const auto editTemplates = [&window] {
            TemplateEditor editor(window.workspace(), &window);
            editor.exec();
        };
        const auto editHolidays = [&window] {
            HolidayCalendarDialog dialog(window.workspace(), &window);
            dialog.exec();
        };
        QObject::connect(page, &RoadmapsPage::editTemplatesRequested, &window, editTemplates);
        QObject::connect(page, &RoadmapsPage::editHolidaysRequested, &window, editHolidays);
        // The same two in the Edit menu, with a book open.
        auto* templates = new QAction(RoadmapsPage::tr("Roadmap &templates…"), page);
        templates->setObjectName(QStringLiteral("roadmapTemplatesAction"));
        templates->setStatusTip(RoadmapsPage::tr("Create, edit, duplicate and retire roadmap templates"));
        QObject::connect(templates, &QAction::triggered, &window, editTemplates);
        auto* holidays = new QAction(RoadmapsPage::tr("Holida&y calendar…"), page);
        holidays->setObjectName(QStringLiteral("holidayCalendarAction"));
        holidays->setStatusTip(RoadmapsPage::tr(
            "Public holidays covered and the book's company holidays: added, removed, imported"));
        QObject::connect(holidays, &QAction::triggered, &window, editHolidays);
        for (QAction* a : {templates, holidays}) {
            a->setEnabled(window.workspace().book() != nullptr);
            QObject::connect(&window.workspace(), &BookWorkspace::bookOpened, a,
                             [a] { a->setEnabled(true); });
            QObject::connect(&window.workspace(), &BookWorkspace::bookClosed, a,
                             [a] { a->setEnabled(false); });
            window.addMenuAction(MainWindow::Menu::Edit, a);
        }
        return page;
    });
    spec.order = 50;
    spec.shortcut = QKeySequence(Qt::CTRL | Qt::Key_5);
    pages.add(spec);
}

} // namespace csm
