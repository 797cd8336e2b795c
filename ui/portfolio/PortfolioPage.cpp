#include "ui/portfolio/PortfolioPage.h"

#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "storage/PortfolioRows.h"
#include "storage/SegmentationStore.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/charts/ArrHealthScatter.h"
#include "ui/charts/HealthMixChart.h"
#include "ui/charts/RenewalsBySegmentChart.h"
#include "ui/charts/SegmentArrChart.h"
#include "ui/charts/SegmentHealthTrendChart.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageStack.h"
#include "ui/portfolio/PortfolioChartSet.h"
#include "ui/portfolio/PortfolioFiguresTable.h"
#include "ui/portfolio/QbrPrint.h"
#include "ui/portfolio/SegmentationRulesDialog.h"
#include "ui/portfolio/TeamViewWindow.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace csm {
namespace {

constexpr int kChartHeight = 300;

QString segmentName(Segment s)
{
    return s == Segment::All ? PortfolioPage::tr("Whole book") : Labels::touchModel(TouchModel(int(s)));
}

QWidget* titled(QLabel* title, QWidget* chart)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    chart->setMinimumHeight(kChartHeight);
    layout->addWidget(chart, 1);
    return box;
}

} // namespace

PortfolioPage::PortfolioPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_heading(new QLabel(this)), m_state(new QLabel(this)),
      m_owner(new QComboBox(this)), m_ownerLabel(new QLabel(this)), m_print(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_figures(new PortfolioFiguresTable), m_charts(nullptr),
      m_arr(m_charts.arr), m_mix(m_charts.mix), m_trend(m_charts.trend), m_scatter(m_charts.scatter),
      m_renewals(m_charts.renewals)
{
    setObjectName(QStringLiteral("portfolioPage"));
    m_heading->setObjectName(QStringLiteral("portfolioHeading"));
    m_state->setObjectName(QStringLiteral("portfolioState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_owner->setObjectName(QStringLiteral("portfolioOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel->setBuddy(m_owner);
    m_arr->setObjectName(QStringLiteral("portfolioArrChart"));
    m_mix->setObjectName(QStringLiteral("portfolioMixChart"));
    m_trend->setObjectName(QStringLiteral("portfolioTrendChart"));
    m_scatter->setObjectName(QStringLiteral("portfolioScatter"));
    m_renewals->setObjectName(QStringLiteral("portfolioRenewalsChart"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_owner);
    bar->addWidget(m_print);

    for (int i = 0; i < 5; ++i)
        m_titles.append(new QLabel);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_figures, 0, 0, 1, 2);
    grid->addWidget(titled(m_titles[0], m_arr), 1, 0);
    grid->addWidget(titled(m_titles[1], m_mix), 1, 1);
    grid->addWidget(titled(m_titles[2], m_trend), 2, 0);
    grid->addWidget(titled(m_titles[3], m_renewals), 2, 1);
    grid->addWidget(titled(m_titles[4], m_scatter), 3, 0, 1, 2);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_stack->addWidget(m_state);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_figures, &PortfolioFiguresTable::drillDown, this,
            [this](Segment segment, PortfolioMeasure measure, const QString& what) {
                emit drillDown(accountsBehind(m_view.accounts, segment, measure, m_view.context), what);
            });
    connect(m_arr, &SegmentArrChart::segmentClicked, this, [this](Segment segment, const QList<Id>& ids) {
        emit drillDown(ids, tr("%1: ARR", "segment: chart").arg(segmentName(segment)));
    });
    connect(m_mix, &HealthMixChart::bandClicked, this,
            [this](Segment segment, std::optional<HealthBand> band, const QList<Id>& ids) {
                emit drillDown(
                    ids, tr("%1: %2", "segment: health band")
                             .arg(segmentName(segment), band ? Labels::healthBand(*band) : Labels::noData()));
            });
    connect(m_renewals, &RenewalsBySegmentChart::renewalsClicked, this,
            [this](QDate month, TouchModel segment, const QList<Id>& ids) {
                emit drillDown(ids, tr("%1: renewals in %2", "segment: renewals in month")
                                        .arg(Labels::touchModel(segment),
                                             QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
            });
    connect(m_scatter, &ArrHealthScatter::accountClicked, this, [this](const Id& id) {
        const qsizetype i = [&] {
            for (qsizetype k = 0; k < m_view.accounts.size(); ++k)
                if (m_view.accounts[k].id == id)
                    return k;
            return qsizetype(-1);
        }();
        emit drillDown({id}, i < 0 ? QString() : m_view.names.value(i));
    });
    m_print->setObjectName(QStringLiteral("portfolioPrint"));
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &PortfolioPage::saveReportAs);
    connect(m_owner, &QComboBox::activated, this, [this] {
        m_stale = true;
        refresh();
    });
    connect(&m_workspace, &BookWorkspace::bookOpened, this, [this] {
        m_hasView = false;
        m_owner->clear();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_workspace, &BookWorkspace::bookClosed, this, [this] {
        ++m_generation;
        m_hasView = false;
        m_stale = true;
    });
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    retranslate();
}

void PortfolioPage::retranslate()
{
    m_ownerLabel->setText(tr("&Owner:"));
    m_print->setText(tr("Portfolio &report (PDF)…"));
    m_print->setToolTip(tr("Save the portfolio report for a team meeting as a PDF: the figures per touch "
                           "model, the charts and the twenty largest risks"));
    m_owner->setToolTip(tr("Show one owner's accounts only"));
    m_titles[0]->setText(tr("ARR by touch model"));
    m_titles[1]->setText(tr("Health mix by touch model"));
    m_titles[2]->setText(tr("Mean health by touch model, last 12 months"));
    m_titles[3]->setText(tr("Renewals per month by touch model"));
    m_titles[4]->setText(tr("ARR against health, one point per account"));
    fillOwners();
    if (m_hasView) {
        m_heading->setText(tr("Portfolio as of %1").arg(DisplayFormat::longDate(m_view.context.asOf)));
        fillCharts();
    } else {
        m_heading->setText(tr("Portfolio"));
        m_state->setText(m_workspace.hasBook() ? tr("Computing the portfolio…") : QString());
    }
}

void PortfolioPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortfolioPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

std::optional<QString> PortfolioPage::ownerChosen() const
{
    if (m_owner->currentIndex() <= 0)
        return std::nullopt;
    return m_owner->currentData().toString();
}

void PortfolioPage::refresh()
{
    if (!m_workspace.hasBook())
        return;
    if (m_reading) {
        // The answer on its way is out of date: read once more when it is in.
        m_readAgain = true;
        return;
    }
    startRead();
}

void PortfolioPage::startRead()
{
    const quint64 generation = ++m_generation;
    m_reading = true;
    m_stale = false;
    if (!m_hasView) {
        m_state->setText(tr("Computing the portfolio…"));
        m_stack->setCurrentWidget(m_state);
    }
    const QDate asOf = m_workspace.today();
    const std::optional<QString> owner = ownerChosen();
    m_workspace.read<PortfolioView>(
        this,
        [asOf, owner](Book& book, Book* second) { return loadPortfolio(book, asOf, owner, {}, second); },
        [this, generation](Result<PortfolioView> result) {
            m_reading = false;
            if (m_readAgain) {
                m_readAgain = false;
                startRead();
                return;
            }
            if (generation != m_generation)
                return;
            if (!result) {
                m_state->setText(result.error().toString());
                m_stack->setCurrentWidget(m_state);
                m_workspace.reportError(result.error());
                return;
            }
            showView(std::move(result.value()));
        });
}

void PortfolioPage::showView(PortfolioView view)
{
    m_view = std::move(view);
    m_hasView = true;
    fillOwners();
    m_figures->setView(m_view);
    m_heading->setText(tr("Portfolio as of %1").arg(DisplayFormat::longDate(m_view.context.asOf)));
    fillCharts();
    m_stack->setCurrentIndex(1);
    m_print->setEnabled(true);
    emit computed();
}

void PortfolioPage::fillOwners()
{
    // The owner filter lists every owner of the unfiltered view; it keeps its choice while the view is
    // filtered by it.
    const QString chosen = m_owner->currentIndex() > 0 ? m_owner->currentData().toString() : QString();
    QStringList owners;
    if (m_hasView && !m_view.context.owner)
        owners = m_view.owners;
    else
        for (int i = 1; i < m_owner->count(); ++i)
            owners << m_owner->itemData(i).toString();
    QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Every owner"));
    for (const QString& o : std::as_const(owners))
        m_owner->addItem(o.isEmpty() ? tr("(no owner)") : o, o);
    const int at = chosen.isNull() ? 0 : m_owner->findData(chosen);
    m_owner->setCurrentIndex(std::max(0, at));
    const bool several = owners.size() > 1 || m_owner->currentIndex() > 0;
    m_owner->setVisible(several);
    m_ownerLabel->setVisible(several);
}

void PortfolioPage::fillCharts()
{
    const BookSettings& settings = m_workspace.settings();
    m_charts.fill(m_view, HealthBandLimits{settings.yellowMin, settings.greenMin});
}

void PortfolioPage::saveReportAs()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("portfolio-%1.pdf").arg(m_view.context.asOf.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the portfolio report"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto language = DocumentLanguage::load(QLocale());
    if (!language) {
        m_workspace.reportError(language.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto printed = printReport(path, language.value());
    QApplication::restoreOverrideCursor();
    if (!printed) {
        m_workspace.reportError(printed.error());
        return;
    }
    emit announced(tr("Portfolio report saved: %1 (%n page(s))", nullptr, printed->pages)
                       .arg(QDir::toNativeSeparators(printed->path)));
}

Result<PrintedDocument> PortfolioPage::printReport(const QString& path,
                                                   const DocumentLanguage& language) const
{
    if (!m_hasView)
        return Error{Error::Code::NotFound, tr("The portfolio is not computed yet."), {}, {}};
    PortfolioReportInput input = portfolioReportInput(m_view, m_workspace.book()->displayName());
    input.charts = m_charts.painters();
    return printPortfolioReport(input, language, path);
}

void editSegmentationRules(MainWindow& window, PortfolioPage* portfolio)
{
    BookWorkspace& workspace = window.workspace();
    if (!workspace.hasBook())
        return;
    workspace.read<SegmentationRulesInput>(
        portfolio,
        [](Book& book) -> Result<SegmentationRulesInput> {
            SegmentationRulesInput input;
            input.currency = book.settings().currency;
            input.current = segmentationRules(book);
            auto accounts = book.accounts().list();
            if (!accounts)
                return accounts.error();
            input.accounts.reserve(accounts->size());
            for (const Account& a : accounts.value()) {
                input.accounts.append(SegmentFacts::of(a));
                input.names.insert(a.id, a.name);
            }
            return input;
        },
        [&window, portfolio](Result<SegmentationRulesInput> input) {
            BookWorkspace& ws = window.workspace();
            if (!input) {
                ws.reportError(input.error());
                return;
            }
            SegmentationRulesDialog dialog(std::move(input.value()), &window);
            if (dialog.exec() != QDialog::Accepted || !ws.hasBook())
                return;
            if (auto st = saveSegmentationRules(*ws.book(), dialog.rules()); !st) {
                ws.reportError(st.error());
                return;
            }
            window.announce(PortfolioPage::tr("Segmentation rules saved: %n account(s) changed touch model",
                                              nullptr, dialog.preview().accountsMoved()),
                            false);
            portfolio->refresh();
        });
}

void saveQbrSheets(MainWindow& window)
{
    BookWorkspace& workspace = window.workspace();
    if (!workspace.hasBook())
        return;
    QList<Id> ids;
    auto* list = window.page<AccountsPage>(pageids::accounts);
    if (list && window.pages()->currentId() == pageids::accounts)
        ids = list->selectedAccountIds();
    if (ids.isEmpty() && !window.currentAccountId().isEmpty())
        ids = {window.currentAccountId()};
    if (ids.isEmpty()) {
        window.announce(PortfolioPage::tr("Select an account first, or several in the accounts list."),
                        false);
        return;
    }
    const QDate asOf = workspace.today();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(PortfolioPage::tr("qbr-%1.pdf").arg(asOf.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(&window, PortfolioPage::tr("Save the QBR sheets"),
                                                      suggested, PortfolioPage::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto language = DocumentLanguage::load(QLocale());
    if (!language) {
        workspace.reportError(language.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto printed = printQbrForAccounts(*workspace.book(), ids, asOf, language.value(), path);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        workspace.reportError(printed.error());
        return;
    }
    window.announce(PortfolioPage::tr("QBR sheets saved: %1 (%n page(s))", nullptr, printed->pages)
                        .arg(QDir::toNativeSeparators(printed->path)),
                    false);
}

void registerPortfolioPage(PageRegistry& pages)
{
    PageSpec page(pageids::portfolio, PortfolioPage::tr("Portfolio"), [](MainWindow& window) -> QWidget* {
        auto* portfolio = new PortfolioPage(window.workspace());
        QObject::connect(portfolio, &PortfolioPage::drillDown, &window,
                         [&window](const QList<Id>& ids, const QString& what) {
                             auto* list = window.page<AccountsPage>(pageids::accounts);
                             if (!list)
                                 return;
                             list->showOnly(ids, what);
                             window.showPage(pageids::accounts);
                         });

        auto* rules = new QAction(PortfolioPage::tr("Se&gmentation rules…"), portfolio);
        rules->setObjectName(QStringLiteral("segmentationRulesAction"));
        rules->setStatusTip(PortfolioPage::tr("Edit the rules that give each account its touch model"));
        QObject::connect(rules, &QAction::triggered, portfolio,
                         [&window, portfolio] { editSegmentationRules(window, portfolio); });
        window.addMenuAction(MainWindow::Menu::Edit, rules);
        QObject::connect(&window.workspace(), &BookWorkspace::bookOpened, rules,
                         [rules, &window] { rules->setEnabled(!window.workspace().book()->isReadOnly()); });
        auto* qbr = new QAction(PortfolioPage::tr("&QBR sheet (PDF)…"), portfolio);
        qbr->setObjectName(QStringLiteral("qbrSheetAction"));
        qbr->setStatusTip(
            PortfolioPage::tr("Save a one-page QBR sheet of the account, or of each selected account"));
        QObject::connect(qbr, &QAction::triggered, portfolio, [&window] { saveQbrSheets(window); });
        window.menu(MainWindow::Menu::Account)->addAction(qbr);
        window.addAction(qbr);
        registerTeamView(window);
        QObject::connect(portfolio, &PortfolioPage::announced, &window,
                         [&window](const QString& text) { window.announce(text, false); });
        return portfolio;
    });
    page.order = 30;
    page.shortcut = QKeySequence(Qt::CTRL | Qt::Key_3);
    pages.add(page);
}

} // namespace csm
