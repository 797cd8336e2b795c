#include "ui/health/HealthModelDialog.h"

#include "BacktestStrips.h"
#include "item/AccountsModel.h"
#include "item/DisplayLabels.h"
#include "storage/HealthRecompute.h"
#include "ui/charts/BacktestChart.h"
#include "ui/charts/ChartPalette.h"
#include "ui/common/DialogShape.h"
#include "ui/workspace/BookWorkspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace csm {

namespace {

constexpr std::array<TouchModel, 3> kTouchModels = {TouchModel::High, TouchModel::Low, TouchModel::Tech};

// The form's label of a factor's weight (each with its own mnemonic).
QString weightLabel(HealthFactor f)
{
    switch (f) {
    case HealthFactor::Adoption:
        return HealthModelDialog::tr("&Adoption:");
    case HealthFactor::UsageTrend:
        return HealthModelDialog::tr("&Usage trend:");
    case HealthFactor::Engagement:
        return HealthModelDialog::tr("&Engagement:");
    case HealthFactor::Sentiment:
        return HealthModelDialog::tr("Sent&iment:");
    case HealthFactor::Nps:
        return HealthModelDialog::tr("&NPS:");
    case HealthFactor::Onboarding:
        return HealthModelDialog::tr("&Onboarding:");
    }
    return {};
}

QString cadenceLabel(TouchModel m)
{
    switch (m) {
    case TouchModel::High:
        return HealthModelDialog::tr("&High touch:");
    case TouchModel::Low:
        return HealthModelDialog::tr("&Low touch:");
    case TouchModel::Tech:
        return HealthModelDialog::tr("&Tech touch:");
    }
    return {};
}

QString scoreAndBand(std::optional<double> score, std::optional<HealthBand> band)
{
    if (!score || !band)
        return HealthModelDialog::tr("No data");
    return HealthModelDialog::tr("%1 · %2").arg(QLocale().toString(*score, 'f', 1),
                                                Labels::healthBand(*band));
}

QDoubleSpinBox* numberField(QWidget* parent, const QString& name, double min, double max, int decimals)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setAlignment(Qt::AlignRight);
    return s;
}

} // namespace

HealthModelDialog::HealthModelDialog(BookWorkspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_loaded(HealthModel::fromSettings(workspace.settings())),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("healthModelDialog"));
    setWindowTitle(tr("Health model"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &HealthModelDialog::startPreview);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("healthModelStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveHealthModelButton"));
    m_save->setToolTip(tr("Save the model as the next version and recompute every score and the year of "
                          "weekly history"));
    m_defaults = m_buttons->addButton(tr("&Reset to defaults"), QDialogButtonBox::ResetRole);
    m_defaults->setObjectName(QStringLiteral("healthModelDefaultsButton"));
    m_defaults->setToolTip(tr("The weights, cadences and thresholds CSM Workbench starts a book with"));
    m_defaults->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HealthModelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        HealthModel defaults;
        defaults.version = m_loaded.version;
        setModel(defaults);
    });

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildFields(), 0);
    columns->addWidget(buildPreview(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setModel(m_loaded);
    if (m_workspace.isReadOnly()) {
        m_save->setEnabled(false);
        m_status->setText(tr("The book is open read-only: the model can be tried out but not saved."));
    }
    finishDialog(this, {.minimumEm = 90, .maximumEm = 140});
    m_weights[0]->setFocus();

    m_changeSummary->setText(tr("Reading the book…"));
    const QDate today = m_workspace.today();
    m_workspace.read<HealthModelBasis>(
        this, [today](Book& book) { return HealthModelBasis::read(book, today); },
        [this](Result<HealthModelBasis> basis) {
            if (!basis) {
                m_changeSummary->setText(
                    tr("The preview could not be computed: %1").arg(basis.error().message));
                return;
            }
            m_basis = std::make_shared<const HealthModelBasis>(std::move(*basis));
            startPreview();
        });
}

HealthModelDialog::~HealthModelDialog() = default;

QWidget* HealthModelDialog::buildFields()
{
    auto* column = new QWidget(this);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);

    auto* weights = new QGroupBox(tr("Weights"), column);
    auto* weightsLayout = new QVBoxLayout(weights);
    auto* weightsNote = new QLabel(
        tr("Relative: a factor counts its weight's share of the factors that have data."), weights);
    weightsNote->setWordWrap(true);
    weightsLayout->addWidget(weightsNote);
    auto* weightsForm = new QFormLayout;
    weightsLayout->addLayout(weightsForm);
    for (HealthFactor f : kHealthFactors) {
        const QString field = QStringLiteral("weight_") + toCode(f);
        auto* s = numberField(weights, field, 0, 1000, 1);
        m_weights[std::size_t(f)] = s;
        m_errors.addRow(weightsForm, weightLabel(f), s, field);
        connect(s, &QDoubleSpinBox::valueChanged, this, [this, field] { fieldEdited(field); });
    }
    m_weightsError = new FieldErrorLabel(QStringLiteral("weights"), weights);
    weightsLayout->addWidget(m_weightsError);
    v->addWidget(weights);

    auto* cadences = new QGroupBox(tr("Cadences"), column);
    auto* cadencesLayout = new QVBoxLayout(cadences);
    auto* cadencesNote =
        new QLabel(tr("The longest gap between customer touches each touch model allows."), cadences);
    cadencesNote->setWordWrap(true);
    cadencesLayout->addWidget(cadencesNote);
    auto* cadencesForm = new QFormLayout;
    cadencesLayout->addLayout(cadencesForm);
    for (TouchModel m : kTouchModels) {
        const QString field = QStringLiteral("cadence_") + toCode(m);
        auto* s = new QSpinBox(cadences);
        s->setObjectName(field);
        s->setRange(1, 3650);
        s->setSuffix(tr(" days"));
        s->setAlignment(Qt::AlignRight);
        m_cadences[std::size_t(m)] = s;
        m_errors.addRow(cadencesForm, cadenceLabel(m), s, field);
        connect(s, &QSpinBox::valueChanged, this, [this, field] { fieldEdited(field); });
    }
    v->addWidget(cadences);

    auto* bands = new QGroupBox(tr("Bands and signals"), column);
    auto* bandsForm = new QFormLayout(bands);
    m_green = numberField(bands, QStringLiteral("green_min"), 0, 100, 1);
    m_green->setToolTip(tr("A score at or above this is green"));
    m_yellow = numberField(bands, QStringLiteral("yellow_min"), 0, 100, 1);
    m_yellow->setToolTip(tr("A score at or above this and below green is yellow; below it, red"));
    m_drop = numberField(bands, QStringLiteral("drop_points"), 0.1, 100, 1);
    m_drop->setSuffix(tr(" points"));
    m_drop->setToolTip(tr("A score that fell this much or more against 30 days earlier is a health drop"));
    m_errors.addRow(bandsForm, tr("&Green from:"), m_green, QStringLiteral("green_min"));
    m_errors.addRow(bandsForm, tr("&Yellow from:"), m_yellow, QStringLiteral("yellow_min"));
    m_errors.addRow(bandsForm, tr("Health &drop:"), m_drop, QStringLiteral("drop_points"));
    const auto watch = [this](QDoubleSpinBox* s, const QString& field) {
        connect(s, &QDoubleSpinBox::valueChanged, this, [this, field] { fieldEdited(field); });
    };
    watch(m_green, QStringLiteral("green_min"));
    watch(m_yellow, QStringLiteral("yellow_min"));
    watch(m_drop, QStringLiteral("drop_points"));
    v->addWidget(bands);
    v->addStretch(1);
    return column;
}

QWidget* HealthModelDialog::buildPreview()
{
    auto* box = new QGroupBox(tr("Before you save"), this);
    auto* v = new QVBoxLayout(box);
    m_changeSummary = new QLabel(box);
    m_changeSummary->setObjectName(QStringLiteral("bandChangeSummary"));
    m_changeSummary->setWordWrap(true);
    v->addWidget(m_changeSummary);

    m_changes = new QTableWidget(0, 3, box);
    m_changes->setObjectName(QStringLiteral("bandChangeTable"));
    m_changes->setHorizontalHeaderLabels({tr("Account"), tr("Now"), tr("Edited model")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Read, not worked in: Tab goes from the fields to the buttons (the reading order of the two columns).
    m_changes->setFocusPolicy(Qt::NoFocus);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_changes->setMinimumHeight(m_changes->verticalHeader()->defaultSectionSize() * 5 +
                                m_changes->horizontalHeader()->sizeHint().height());
    v->addWidget(m_changes, 1);

    auto* backtestTitle = new QLabel(tr("Back-test on this book's renewals"), box);
    QFont bold = backtestTitle->font();
    bold.setBold(true);
    backtestTitle->setFont(bold);
    v->addWidget(backtestTitle);
    m_comparison = new QLabel(box);
    m_comparison->setObjectName(QStringLiteral("backtestComparison"));
    m_comparison->setWordWrap(true);
    v->addWidget(m_comparison);

    auto* charts = new QHBoxLayout;
    m_currentChart = new BacktestChart(box);
    m_currentChart->setObjectName(QStringLiteral("currentBacktestChart"));
    m_editedChart = new BacktestChart(box);
    m_editedChart->setObjectName(QStringLiteral("editedBacktestChart"));
    for (auto [chart, caption] :
         {std::pair{m_currentChart, tr("Current model")}, std::pair{m_editedChart, tr("Edited model")}}) {
        auto* c = new QVBoxLayout;
        c->addWidget(new QLabel(caption, box));
        chart->setMinimumSize(360, 190);
        chart->setLegendHidden(true);
        c->addWidget(chart, 1);
        charts->addLayout(c, 1);
    }
    v->addLayout(charts, 1);
    return box;
}

HealthModel HealthModelDialog::model() const
{
    HealthModel m;
    m.version = m_loaded.version;
    for (HealthFactor f : kHealthFactors)
        m.setWeight(f, m_weights[std::size_t(f)]->value());
    for (TouchModel t : kTouchModels)
        m.setCadenceDays(t, m_cadences[std::size_t(t)]->value());
    m.greenMin = m_green->value();
    m.yellowMin = m_yellow->value();
    m.dropPoints = m_drop->value();
    return m;
}

void HealthModelDialog::setModel(const HealthModel& model)
{
    m_filling = true;
    for (HealthFactor f : kHealthFactors)
        m_weights[std::size_t(f)]->setValue(model.weight(f));
    for (TouchModel t : kTouchModels)
        m_cadences[std::size_t(t)]->setValue(model.cadenceDays(t));
    m_green->setValue(model.greenMin);
    m_yellow->setValue(model.yellowMin);
    m_drop->setValue(model.dropPoints);
    m_filling = false;
    check(false);
    schedulePreview();
}

void HealthModelDialog::fieldEdited(const QString& field)
{
    if (m_filling)
        return;
    m_errors.markEdited(field);
    if (field.startsWith(QLatin1String("weight_")))
        m_weightsEdited = true;
    // The thresholds are checked against each other: either one edited shows the message.
    if (field == QLatin1String("yellow_min"))
        m_errors.markEdited(QStringLiteral("green_min"));
    check(false);
    schedulePreview();
}

bool HealthModelDialog::check(bool showAll)
{
    if (showAll) {
        m_showAll = true;
        m_errors.showAll();
    }
    const FieldErrors errors = model().validate();
    m_weightsError->setMessage(m_showAll || m_weightsEdited ? errors.value(QStringLiteral("weights"))
                                                            : QString());
    return m_errors.apply(errors);
}

void HealthModelDialog::schedulePreview()
{
    ++m_previewGeneration; // an answer on its way is for other values
    m_previewTimer->start();
}

void HealthModelDialog::startPreview()
{
    if (!m_basis)
        return;
    const HealthModel edited = model();
    const int generation = ++m_previewGeneration;
    if (!edited.validate().isEmpty()) {
        m_changeSummary->setText(
            tr("Correct the fields marked in red to see what the edited model changes."));
        m_changes->setRowCount(0);
        m_comparison->clear();
        m_editedChart->setHorizons({},
                                   HealthBandLimits{m_basis->current.yellowMin, m_basis->current.greenMin});
        emit previewShown();
        return;
    }
    m_workspace.read<HealthModelPreview>(
        this,
        [basis = m_basis, edited](Book&) -> Result<HealthModelPreview> {
            return HealthModelPreview::of(*basis, edited);
        },
        [this, generation, edited](Result<HealthModelPreview> preview) {
            if (generation != m_previewGeneration)
                return;
            if (!preview) {
                m_workspace.reportError(preview.error());
                return;
            }
            showPreview(*preview, edited);
        });
}

QString HealthModelDialog::accountName(const Id& id) const
{
    const AccountsModel* accounts = m_workspace.accountsModel();
    const int row = accounts ? accounts->rowForId(id) : -1;
    return row >= 0 ? accounts->summaryAt(row).name : id;
}

void HealthModelDialog::showPreview(const HealthModelPreview& preview, const HealthModel& edited)
{
    const qsizetype n = preview.changes.size();
    if (edited.sameRulesAs(m_basis->current))
        m_changeSummary->setText(tr("These are the book's rules (version %1): saving changes nothing.")
                                     .arg(m_basis->current.version));
    else if (n == 0)
        m_changeSummary->setText(tr("No account would change band. Saving still recomputes every score and "
                                    "the year of weekly history as version %1.")
                                     .arg(m_basis->current.version + 1));
    else
        m_changeSummary->setText(tr("%n account(s) would change band. Saving recomputes every score and the "
                                    "year of weekly history as version %1.",
                                    nullptr, int(n))
                                     .arg(m_basis->current.version + 1));
    m_changes->setRowCount(int(n));
    for (int i = 0; i < int(n); ++i) {
        const HealthBandChange& c = preview.changes.at(i);
        const QStringList cells = {accountName(c.accountId), scoreAndBand(c.scoreFrom, c.bandFrom),
                                   scoreAndBand(c.scoreTo, c.bandTo)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == 0)
                item->setData(Qt::UserRole, c.accountId);
            m_changes->setItem(i, col, item);
        }
    }
    showComparison(m_basis->currentBacktest, preview.backtest);
    const HealthModel& current = m_basis->current;
    m_currentChart->setHorizons(backtestStrips(m_basis->currentRenewals, m_basis->currentBacktest),
                                HealthBandLimits{current.yellowMin, current.greenMin});
    m_editedChart->setHorizons(backtestStrips(preview.renewals, preview.backtest),
                               HealthBandLimits{edited.yellowMin, edited.greenMin});
    emit previewShown();
}

void HealthModelDialog::showComparison(const HealthBacktest& current, const HealthBacktest& edited)
{
    if (!current.enoughHistory) {
        m_comparison->setTextFormat(Qt::PlainText);
        m_comparison->setText(tr("Not enough history to compare: %n decided renewal(s) in this book; the "
                                 "back-test needs at least %1.",
                                 nullptr, current.decided)
                                  .arg(kBacktestMinDecided));
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>"
                                  "<th align=\"right\">%1</th><th align=\"right\">%2</th></tr>")
                       .arg(tr("Current (version %1)").arg(m_basis->current.version).toHtmlEscaped(),
                            tr("Edited").toHtmlEscaped());
    const auto row = [&](const QString& name, const std::function<QString(const HealthBacktest&)>& value) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(name.toHtmlEscaped(), value(current).toHtmlEscaped(), value(edited).toHtmlEscaped());
    };
    for (std::size_t h = 0; h < kBacktestDaysBefore.size(); ++h) {
        const int days = kBacktestDaysBefore[h];
        row(tr("AUC, %n day(s) before", nullptr, days),
            [h](const HealthBacktest& b) { return backtestNumber(b.horizons[h].auc, 2); });
        row(tr("Median churned / retained, %n day(s) before", nullptr, days), [h](const HealthBacktest& b) {
            return tr("%1 / %2").arg(backtestNumber(b.horizons[h].medianChurned, 1),
                                     backtestNumber(b.horizons[h].medianRetained, 1));
        });
    }
    row(tr("Churned accounts not green 60-90 days before"),
        [](const HealthBacktest& b) { return backtestShare(b.churnedNotGreenShare); });
    row(tr("Green now"), [](const HealthBacktest& b) { return backtestShare(b.greenNowShare); });
    html += QStringLiteral("</table>");
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setText(html);
}

void HealthModelDialog::accept()
{
    if (m_saving)
        return;
    if (!check(true))
        return;
    const HealthModel edited = model();
    if (edited.sameRulesAs(m_loaded)) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving the model and recomputing every score…"));
    const QDate today = m_workspace.today();
    auto* progress = new QProgressDialog(tr("Recomputing health scores and the year of weekly history…"),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Health model"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    LongJob* job = m_workspace.runLong<int>(
        this,
        [edited, today](Book& book, JobProgress& p) -> Result<int> {
            return HealthRecompute::saveModel(book, edited, today, [&p](qint64 done, qint64 total) {
                p.report(done, total);
                return !p.cancelled();
            });
        },
        [this](Result<int> saved) { finishSave(std::move(saved)); });
    job->attach(*progress);
    connect(job, &LongJob::finished, progress, &QObject::deleteLater);
    emit saveStarted(job);
}

void HealthModelDialog::finishSave(Result<int> saved)
{
    m_saving = false;
    m_save->setEnabled(!m_workspace.isReadOnly());
    if (saved) {
        m_savedVersion = *saved;
        m_status->clear();
        QDialog::accept();
        return;
    }
    if (saved.error().code == Error::Code::Cancelled) {
        m_status->setText(
            tr("Cancelled: the book keeps model version %1 and its scores.").arg(m_loaded.version));
        return;
    }
    m_status->setText(tr("The model was not saved: %1").arg(saved.error().message));
    m_workspace.reportError(saved.error());
}

} // namespace csm
