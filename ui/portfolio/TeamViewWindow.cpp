#include "ui/portfolio/TeamViewWindow.h"

#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "ui/charts/ArrHealthScatter.h"
#include "ui/charts/HealthMixChart.h"
#include "ui/charts/RenewalsBySegmentChart.h"
#include "ui/charts/SegmentArrChart.h"
#include "ui/charts/SegmentHealthTrendChart.h"
#include "ui/main/MainWindow.h"
#include "ui/portfolio/PortfolioFiguresTable.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace csm {
namespace {

constexpr int kChartHeight = 280;

QWidget* titled(const QString& title, QWidget* chart)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    chart->setMinimumHeight(kChartHeight);
    layout->addWidget(chart, 1);
    return box;
}

QString segmentName(Segment s)
{
    return s == Segment::All ? TeamViewWindow::tr("Whole book") : Labels::touchModel(TouchModel(int(s)));
}

} // namespace

TeamViewWindow::TeamViewWindow(BookWorkspace& workspace, const QStringList& filesAndFolders, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_books(new QLabel), m_owner(new QComboBox),
      m_figures(new PortfolioFiguresTable), m_charts(nullptr), m_listTitle(new QLabel),
      m_list(new QTableWidget(0, 5))
{
    setObjectName(QStringLiteral("teamViewWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Team view (read-only) – CSM Workbench"));
    m_books->setObjectName(QStringLiteral("teamBooks"));
    m_books->setWordWrap(true);
    m_books->setText(tr("Reading the books…"));
    m_owner->setObjectName(QStringLiteral("teamOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list->setObjectName(QStringLiteral("teamAccounts"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setHorizontalHeaderLabels({tr("Account"), tr("Owner"), tr("Book"), tr("ARR"), tr("Health")});
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(220);
    m_list->setSortingEnabled(true);

    auto* ownerLabel = new QLabel(tr("&Owner:"));
    ownerLabel->setBuddy(m_owner);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_books, 1);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addLayout(bar, 0, 0, 1, 2);
    grid->addWidget(m_figures, 1, 0, 1, 2);
    grid->addWidget(titled(tr("ARR by touch model"), m_charts.arr), 2, 0);
    grid->addWidget(titled(tr("Health mix by touch model"), m_charts.mix), 2, 1);
    grid->addWidget(titled(tr("Mean health by touch model, last 12 months"), m_charts.trend), 3, 0);
    grid->addWidget(titled(tr("Renewals per month by touch model"), m_charts.renewals), 3, 1);
    grid->addWidget(titled(tr("ARR against health, one point per account"), m_charts.scatter), 4, 0, 1, 2);
    grid->addWidget(m_listTitle, 5, 0, 1, 2);
    grid->addWidget(m_list, 6, 0, 1, 2);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setCentralWidget(scroll);
    resize(1200, 900);

    connect(m_figures, &PortfolioFiguresTable::drillDown, this,
            [this](Segment segment, PortfolioMeasure measure, const QString& what) {
                listAccounts(accountsBehind(m_view.accounts, segment, measure, m_view.context), what);
            });
    connect(m_charts.arr, &SegmentArrChart::segmentClicked, this, [this](Segment s, const QList<Id>& ids) {
        listAccounts(ids, tr("%1: ARR", "segment: chart").arg(segmentName(s)));
    });
    connect(m_charts.mix, &HealthMixChart::bandClicked, this,
            [this](Segment s, std::optional<HealthBand> band, const QList<Id>& ids) {
                listAccounts(ids,
                             tr("%1: %2", "segment: health band")
                                 .arg(segmentName(s), band ? Labels::healthBand(*band) : Labels::noData()));
            });
    connect(m_charts.renewals, &RenewalsBySegmentChart::renewalsClicked, this,
            [this](QDate month, TouchModel s, const QList<Id>& ids) {
                listAccounts(ids, tr("%1: renewals in %2", "segment: renewals in month")
                                      .arg(Labels::touchModel(s),
                                           QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
            });
    connect(m_charts.scatter, &ArrHealthScatter::accountClicked, this,
            [this](const Id& id) { listAccounts({id}, tr("one account")); });
    connect(m_owner, &QComboBox::activated, this, &TeamViewWindow::compute);

    const QDate asOf = workspace.today();
    const Clock* clock = &workspace.clock();
    workspace.runLong<TeamRead>(
        this,
        [filesAndFolders, asOf, clock](JobProgress& progress) -> Result<TeamRead> {
            auto team = readTeamPortfolio(filesAndFolders, asOf, *clock, progress.cancelCheck());
            if (!team)
                return team.error();
            TeamRead read;
            read.team = std::make_shared<const TeamPortfolio>(std::move(team.value()));
            const PortfolioSource& src = read.team->merged;
            read.view = buildPortfolioView(src.accounts, src.settings, src.rules, asOf);
            return read;
        },
        [this](Result<TeamRead> read) {
            if (!read) {
                m_books->setText(read.error().toString());
                return;
            }
            showTeam(std::move(read.value()));
        });
}

void TeamViewWindow::showTeam(TeamRead read)
{
    m_team = std::move(read.team);
    m_view = std::move(read.view);
    m_owner->clear();
    m_owner->addItem(tr("Every owner"));
    for (const QString& o : std::as_const(m_view.owners))
        m_owner->addItem(o, o);
    describeBooks();
    m_figures->setView(m_view);
    const BookSettings& s = m_team->merged.settings;
    m_charts.fill(m_view, HealthBandLimits{s.yellowMin, s.greenMin});
    setWindowTitle(
        tr("Team view of %n book(s) (read-only) – CSM Workbench", nullptr, int(m_team->books.size())));
    m_ready = true;
    emit ready();
}

void TeamViewWindow::describeBooks()
{
    QStringList names;
    for (const QString& b : std::as_const(m_team->books))
        names << QFileInfo(b).completeBaseName();
    QString text = tr("Read-only team view of %n book(s): %1.", nullptr, int(m_team->books.size()))
                       .arg(names.join(QStringLiteral(", ")));
    if (!m_team->merge.overlaps.isEmpty())
        text += QLatin1Char(' ') + tr("%n account(s) found in more than one book are counted once (the copy "
                                      "updated last).",
                                      nullptr, int(m_team->merge.overlaps.size()));
    for (const SkippedBook& s : std::as_const(m_team->skipped))
        text += QLatin1Char('\n') + tr("Skipped %1: %2").arg(QFileInfo(s.path).fileName(), s.reason);
    m_books->setText(text);
}

void TeamViewWindow::compute()
{
    if (!m_team)
        return;
    const std::optional<QString> owner = m_owner->currentIndex() > 0
                                             ? std::optional<QString>(m_owner->currentData().toString())
                                             : std::nullopt;
    const QDate asOf = m_workspace.today();
    m_owner->setEnabled(false);
    m_workspace.runLong<PortfolioView>(
        this,
        [team = m_team, owner, asOf](JobProgress&) -> Result<PortfolioView> {
            const PortfolioSource& src = team->merged;
            return buildPortfolioView(src.accounts, src.settings, src.rules, asOf, owner);
        },
        [this](Result<PortfolioView> view) {
            m_owner->setEnabled(true);
            if (!view)
                return;
            m_view = std::move(view.value());
            m_figures->setView(m_view);
            const BookSettings& s = m_team->merged.settings;
            m_charts.fill(m_view, HealthBandLimits{s.yellowMin, s.greenMin});
            m_list->setRowCount(0);
            m_listTitle->clear();
            emit ready();
        });
}

void TeamViewWindow::listAccounts(const QList<Id>& ids, const QString& what)
{
    const QSet<Id> wanted(ids.begin(), ids.end());
    m_list->setSortingEnabled(false);
    m_list->setRowCount(0);
    const QLocale locale;
    for (qsizetype i = 0; i < m_view.accounts.size(); ++i) {
        const PortfolioAccount& a = m_view.accounts[i];
        if (!wanted.contains(a.id))
            continue;
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QString book =
            QFileInfo(m_team->books.value(m_team->bookOfAccount.value(i))).completeBaseName();
        const QStringList cells = {
            m_view.names.value(i), a.owner, book, Money(a.arr, m_view.context.currency).format(locale),
            a.healthScore ? locale.toString(*a.healthScore, 'f', 1) : Labels::noData()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_list->setItem(row, c, item);
        }
    }
    m_list->setSortingEnabled(true);
    m_listTitle->setText(tr("%n account(s) behind %1", nullptr, m_list->rowCount()).arg(what));
}

void registerTeamView(MainWindow& window)
{
    auto* open = new QAction(TeamViewWindow::tr("Open &team view…"), &window);
    open->setObjectName(QStringLiteral("openTeamViewAction"));
    open->setStatusTip(
        TeamViewWindow::tr("Read several books, or every book in a folder, as one portfolio (read-only)"));
    QObject::connect(open, &QAction::triggered, &window, [&window] {
        QStringList paths = QFileDialog::getOpenFileNames(&window, TeamViewWindow::tr("Books of the team"),
                                                          QString(), TeamViewWindow::tr("Books (*.sqlite)"));
        if (paths.size() == 1 && QFileInfo(paths.first()).isDir())
            paths = {paths.first()};
        if (paths.isEmpty())
            return;
        auto* team = new TeamViewWindow(window.workspace(), paths);
        team->show();
    });
    auto* folder = new QAction(TeamViewWindow::tr("Open team view of a &folder…"), &window);
    folder->setObjectName(QStringLiteral("openTeamFolderAction"));
    QObject::connect(folder, &QAction::triggered, &window, [&window] {
        const QString dir =
            QFileDialog::getExistingDirectory(&window, TeamViewWindow::tr("Folder of the team's books"));
        if (dir.isEmpty())
            return;
        auto* team = new TeamViewWindow(window.workspace(), {dir});
        team->show();
    });
    // Beside Open…, before Backup….
    QMenu* file = window.menu(MainWindow::Menu::File);
    QAction* backup = window.findChild<QAction*>(QStringLiteral("backupAction"));
    file->insertAction(backup, open);
    file->insertAction(backup, folder);
    window.addAction(open);
    window.addAction(folder);
}

} // namespace csm
