#include "ui/renewals/RenewalsPage.h"

#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "item/RenewalsModel.h"
#include "storage/RenewalReads.h"
#include "storage/RenewalWrites.h"
#include "ui/charts/RenewalForecastChart.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageSignals.h"
#include "ui/renewals/OutcomeRecording.h"
#include "ui/workspace/BookWorkspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace csm {

namespace {

// The forecast column's editor: the four categories in a combo box, committed as soon as one is chosen.
class ForecastDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (RenewalForecast f : {RenewalForecast::Commit, RenewalForecast::Likely, RenewalForecast::AtRisk,
                                  RenewalForecast::Lost})
            box->addItem(RenewalsModel::forecastName(f), int(f));
        connect(box, &QComboBox::activated, this, [this, box] {
            auto* self = const_cast<ForecastDelegate*>(this);
            emit self->commitData(box);
            emit self->closeEditor(box);
        });
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        const int at = box->findData(index.data(Qt::EditRole).toInt());
        box->setCurrentIndex(at < 0 ? int(RenewalForecast::Likely) : at);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

// One forecast change, undoable: the first redo writes it (creating the renewal row when the renewal had no
// forecast yet); undo puts the row back as it was (tombstoned again when it was created).
class SetForecastCommand : public QUndoCommand
{
public:
    SetForecastCommand(BookWorkspace& workspace, Id accountId, Id contractId, QDate renewalDate,
                       RenewalForecast forecast, const QString& text)
        : QUndoCommand(text), m_workspace(workspace), m_accountId(std::move(accountId)),
          m_contractId(std::move(contractId)), m_renewalDate(renewalDate), m_forecast(forecast)
    {}
    void redo() override
    {
        Book* book = m_workspace.book();
        if (!book)
            return;
        if (!m_change) {
            auto change = setRenewalForecast(*book, m_accountId, m_contractId, m_renewalDate, m_forecast);
            if (!change) {
                m_workspace.reportError(change.error());
                setObsolete(true);
                return;
            }
            m_change = change.value();
            return;
        }
        if (auto st = setRenewalRowForecast(*book, m_change->renewalId, m_forecast); !st)
            m_workspace.reportError(st.error());
    }
    void undo() override
    {
        Book* book = m_workspace.book();
        if (!book || !m_change)
            return;
        if (auto st = setRenewalRowForecast(*book, m_change->renewalId,
                                            m_change->created ? std::nullopt : m_change->before);
            !st)
            m_workspace.reportError(st.error());
    }

private:
    BookWorkspace& m_workspace;
    Id m_accountId;
    Id m_contractId;
    QDate m_renewalDate;
    RenewalForecast m_forecast;
    std::optional<ForecastChange> m_change;
};

QList<RenewalForecastChart::Month> chartMonths(const QList<UpcomingRenewal>& renewals, QDate asOf)
{
    QList<RenewalForecastChart::Month> out;
    for (const RenewalMonth& m : renewalMonths(renewals, asOf)) {
        RenewalForecastChart::Month month;
        month.month = m.month;
        for (int part = 0; part < RenewalMonth::kParts; ++part) {
            const int slot = RenewalForecastChart::slot(
                part < RenewalMonth::kParts - 1 ? std::optional<RenewalForecast>(RenewalForecast(part))
                                                : std::nullopt);
            month.parts[slot] = {m.arr[part], int(m.contracts[part].size()), m.contracts[part]};
        }
        out.append(month);
    }
    return out;
}

} // namespace

RenewalsPage::RenewalsPage(BookWorkspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new RenewalsModel(this)), m_view(new QTableView(this)),
      m_chart(new RenewalForecastChart(this)), m_title(new QLabel(tr("Renewals"), this)),
      m_risk(new QLabel(this)), m_loading(new QLabel(tr("Loading the renewals…"), this)),
      m_stack(new QStackedWidget(this)), m_owner(new QComboBox(this)), m_touchModel(new QComboBox(this)),
      m_stage(new QComboBox(this)), m_forecast(new QComboBox(this)), m_chartFilter(new QLabel(this)),
      m_clearChartFilter(new QPushButton(tr("Show &all months"), this)),
      m_open(new QPushButton(tr("&Open account"), this)),
      m_outcome(new QPushButton(tr("Record o&utcome…"), this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("renewalsPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_risk->setObjectName(QStringLiteral("arrAtRisk"));
    m_risk->setWordWrap(true);
    m_risk->setToolTip(tr("ARR renewing in the next 90 and 180 days on red or yellow accounts or forecast at "
                          "risk"));

    m_view->setObjectName(QStringLiteral("renewalsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(RenewalsModel::ForecastColumn, new ForecastDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(RenewalsModel::AccountColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->installEventFilter(this);

    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_touchModel->setObjectName(QStringLiteral("touchModelFilter"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_forecast->setObjectName(QStringLiteral("forecastFilter"));
    m_touchModel->addItem(tr("All touch models"));
    for (TouchModel t : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
        m_touchModel->addItem(Labels::touchModel(t), int(t));
    m_stage->addItem(tr("All stages"));
    for (RenewalStage s : {RenewalStage::PastDeadline, RenewalStage::T30, RenewalStage::T60,
                           RenewalStage::T90, RenewalStage::T120, RenewalStage::T180, RenewalStage::Later})
        m_stage->addItem(RenewalStages::displayName(s), int(s));
    m_forecast->addItem(tr("All forecasts"));
    for (int part = 0; part < RenewalMonth::kParts; ++part)
        m_forecast->addItem(
            RenewalsModel::forecastName(part < RenewalMonth::kParts - 1
                                            ? std::optional<RenewalForecast>(RenewalForecast(part))
                                            : std::nullopt),
            part);
    fillOwners();

    m_loading->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_loading->setMargin(24);
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_loading);
    setFocusProxy(m_view);

    auto* filters = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_owner);
    filters->addWidget(filterLabel);
    filters->addWidget(m_owner);
    filters->addWidget(m_touchModel);
    filters->addWidget(m_stage);
    filters->addWidget(m_forecast);
    filters->addWidget(m_chartFilter);
    filters->addWidget(m_clearChartFilter);
    filters->addStretch(1);
    filters->addWidget(m_outcome);
    filters->addWidget(m_open);
    m_outcome->setObjectName(QStringLiteral("recordOutcomeButton"));
    m_outcome->setToolTip(
        tr("Record how the selected renewal ended: renewed, expanded, contracted or churned"));
    m_chartFilter->hide();
    m_clearChartFilter->hide();
    m_open->setToolTip(tr("Open the account of the selected renewal (Enter)"));

    m_chart->setObjectName(QStringLiteral("renewalForecastChart"));
    m_chart->setMinimumHeight(200);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_risk);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox* box : {m_owner, m_touchModel, m_stage, m_forecast})
        connect(box, &QComboBox::currentIndexChanged, this, &RenewalsPage::applyFilters);
    connect(m_clearChartFilter, &QPushButton::clicked, this, &RenewalsPage::clearChartFilter);
    connect(m_open, &QPushButton::clicked, this, &RenewalsPage::openCurrent);
    connect(m_outcome, &QPushButton::clicked, this, &RenewalsPage::recordOutcome);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != RenewalsModel::ForecastColumn)
            openCurrent();
    });
    connect(m_chart, &RenewalForecastChart::renewalsClicked, this, &RenewalsPage::showChartPart);
    connect(m_model, &RenewalsModel::forecastEdited, this, &RenewalsPage::setForecast);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_open->setEnabled(m_view->currentIndex().isValid());
        m_outcome->setEnabled(m_view->currentIndex().isValid() && !m_workspace.isReadOnly());
        emit currentAccountChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_open->setEnabled(m_view->currentIndex().isValid());
        m_outcome->setEnabled(m_view->currentIndex().isValid() && !m_workspace.isReadOnly());
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &RenewalsPage::refresh);
    connect(&m_workspace, &BookWorkspace::accountsChanged, this, &RenewalsPage::scheduleRefresh);
    connect(&m_workspace, &BookWorkspace::loadingFinished, this, &RenewalsPage::scheduleRefresh);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &RenewalsPage::resetForBook);
    connect(&m_workspace, &BookWorkspace::bookOpened, this, &RenewalsPage::resetForBook);
    resetForBook();
}

bool RenewalsPage::isLoadingList() const
{
    return m_stack->currentWidget() == m_loading;
}

Id RenewalsPage::currentAccountId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->data(i, int(RenewalsModel::Role::AccountId)).toString() : Id();
}

void RenewalsPage::resetForBook()
{
    ++m_generation;
    m_filled = false;
    m_chartContracts.clear();
    m_model->setRenewals({}, m_workspace.settings().currency, false);
    m_chart->setMonths({}, m_workspace.settings().currency);
    m_risk->clear();
    fillOwners();
    m_stack->setCurrentWidget(m_workspace.hasBook() ? m_loading : static_cast<QWidget*>(m_view));
    if (m_workspace.hasBook())
        scheduleRefresh();
}

void RenewalsPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshTimer->start();
}

void RenewalsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale || (!m_filled && m_workspace.hasBook())) {
        m_stale = false;
        refresh();
    }
}

void RenewalsPage::refresh()
{
    if (!m_workspace.hasBook())
        return;
    const quint64 generation = ++m_generation;
    const QDate asOf = m_workspace.today();
    m_workspace.read<QList<UpcomingRenewal>>(
        this,
        [asOf](Book& book, Book* second) { return readUpcomingRenewals(book, asOf, kWindowDays, second); },
        [this, generation](Result<QList<UpcomingRenewal>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_workspace.reportError(result.error());
                return;
            }
            showRenewals(std::move(result.value()));
        });
}

void RenewalsPage::showRenewals(QList<UpcomingRenewal> renewals)
{
    const QDate asOf = m_workspace.today();
    const QString currency = m_workspace.settings().currency;
    const Id current =
        m_view->currentIndex().isValid()
            ? m_model->data(m_view->currentIndex(), int(RenewalsModel::Role::ContractId)).toString()
            : Id();
    const ArrAtRisk risk = arrAtRisk(renewals, asOf);
    m_risk->setText(tr("ARR at risk: %1 renewing within 90 days (%2), %3 within 180 days (%4)")
                        .arg(DisplayFormat::money(risk.within90, currency),
                             tr("%n account(s)", nullptr, risk.accounts90),
                             DisplayFormat::money(risk.within180, currency),
                             tr("%n account(s)", nullptr, risk.accounts180)));
    m_chart->setMonths(chartMonths(renewals, asOf), currency);
    m_model->setRenewals(std::move(renewals), currency, !m_workspace.isReadOnly());
    fillOwners();
    const int row = current.isEmpty() ? -1 : m_model->rowOfContract(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (!m_filled)
        m_view->resizeColumnsToContents();
    m_filled = true;
    m_stack->setCurrentWidget(m_view);
    emit currentAccountChanged();
}

void RenewalsPage::fillOwners()
{
    const QString chosen = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    for (const QString& owner : m_model->owners())
        m_owner->addItem(owner.isEmpty() ? tr("(no owner)") : owner, owner);
    const int at = chosen.isEmpty() ? 0 : m_owner->findText(chosen);
    m_owner->setCurrentIndex(std::max(0, at));
}

void RenewalsPage::applyFilters()
{
    RenewalsModel::Filter f;
    if (m_owner->currentIndex() > 0)
        f.owner = m_owner->currentData().toString();
    if (m_touchModel->currentIndex() > 0)
        f.touchModel = TouchModel(m_touchModel->currentData().toInt());
    if (m_stage->currentIndex() > 0)
        f.stage = RenewalStage(m_stage->currentData().toInt());
    if (m_forecast->currentIndex() > 0)
        f.forecastPart = m_forecast->currentData().toInt();
    f.contracts = m_chartContracts;
    m_model->setFilter(std::move(f));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    emit currentAccountChanged();
}

void RenewalsPage::showChartPart(QDate month, std::optional<RenewalForecast> forecast, const QList<Id>& ids)
{
    m_chartContracts = QSet<Id>(ids.begin(), ids.end());
    m_chartFilter->setText(tr("%1, %2: %n renewal(s)", nullptr, int(ids.size()))
                               .arg(QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ') +
                                        QString::number(month.year()),
                                    RenewalsModel::forecastName(forecast)));
    m_chartFilter->show();
    m_clearChartFilter->show();
    applyFilters();
    m_view->setFocus();
}

void RenewalsPage::clearChartFilter()
{
    m_chartContracts.clear();
    m_chartFilter->hide();
    m_clearChartFilter->hide();
    applyFilters();
}

void RenewalsPage::openCurrent()
{
    const Id id = currentAccountId();
    if (!id.isEmpty())
        emit openAccountRequested(id);
}

void RenewalsPage::setForecast(const Id& accountId, const Id& contractId, QDate renewalDate,
                               RenewalForecast forecast)
{
    if (m_workspace.isReadOnly())
        return;
    const int row = m_model->rowOfContract(contractId);
    const QString account = row >= 0 ? m_model->renewalAt(row).contract.accountName : QString();
    const QString text = tr("Forecast for %1 set to %2").arg(account, RenewalsModel::forecastName(forecast));
    m_model->showForecast(contractId, forecast);
    m_workspace.undoStack()->push(
        new SetForecastCommand(m_workspace, accountId, contractId, renewalDate, forecast, text));
    emit changed(text);
}

void RenewalsPage::recordOutcome()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || m_workspace.isReadOnly() || !m_workspace.book())
        return;
    const QString text = recordOutcomeWithDialog(m_workspace, m_model->renewalAt(i.row()), this);
    if (!text.isEmpty())
        emit changed(text);
}

bool RenewalsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // While the forecast is edited the editor has the keys, not the view.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void registerRenewalsPage(PageRegistry& pages)
{
    PageSpec page(pageids::renewals, RenewalsPage::tr("Renewals"), [](MainWindow& window) -> QWidget* {
        return connectToWindow(new RenewalsPage(window.workspace()), window);
    });
    page.order = 40;
    page.shortcut = QKeySequence(Qt::CTRL | Qt::Key_4);
    pages.add(page);
}

} // namespace csm
