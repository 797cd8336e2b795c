#include "ui/transfer/ImportWizard.h"

#include "io/BookExport.h"
#include "io/PresetStore.h"

#include "ImportJob.h"
#include "ui/common/DialogShape.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

QString fieldLabel(io::ImportType type, const QString& key)
{
    const io::ImportField* f = io::importField(type, key);
    return f ? f->label() : key;
}

// A choice as a combo box's item data: "new", "skip" or "=" and the record's id.
QString choiceCode(const io::MatchChoice& c)
{
    switch (c.kind) {
    case io::MatchChoice::Kind::Target:
        return QLatin1Char('=') + c.target;
    case io::MatchChoice::Kind::New:
        return QStringLiteral("new");
    case io::MatchChoice::Kind::Skip:
        break;
    }
    return QStringLiteral("skip");
}

io::MatchChoice choiceFromCode(const QString& code)
{
    if (code.startsWith(QLatin1Char('=')))
        return {io::MatchChoice::Kind::Target, code.mid(1)};
    return {code == QLatin1String("new") ? io::MatchChoice::Kind::New : io::MatchChoice::Kind::Skip, {}};
}

} // namespace

ImportWizard::ImportWizard(BookWorkspace& workspace, QWidget* parent)
    : QWizard(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, makeFilePage());
    setPage(ReadingPage, makeReadingPage());
    setPage(MappingPage, makeMappingPage());
    setPage(DryRunPage, makeDryRunPage());
    loadPresets();
    setButtonText(QWizard::FinishButton, tr("&Import"));
    finishDialog(this, DialogShape{90, 140});
    resize(qMax(width(), 900), qMax(height(), 620));
}

QWizardPage* ImportWizard::makeFilePage()
{
    auto* page = new QWizardPage;
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file from a spreadsheet or a CRM, or a book's JSON export."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("File to import"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("importTypeCombo"));
    for (io::ImportType t : io::allImportTypes())
        m_type->addItem(io::importTypeLabel(t), int(t));
    form->addRow(tr("&What it holds:"), m_type);
    auto* note =
        new QLabel(tr("Rows are matched to what the book has (external id, 法人番号, then the company "
                      "name), so that importing a file again updates instead of duplicating."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_presetNote = new QLabel;
    m_presetNote->setObjectName(QStringLiteral("importPresetNote"));
    m_presetNote->setWordWrap(true);
    layout->addWidget(m_presetNote);
    layout->addStretch(1);
    connect(m_path, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage* ImportWizard::makeReadingPage()
{
    auto* page = new QWizardPage;
    page->setObjectName(QStringLiteral("importReadingPage"));
    page->setTitle(tr("How the file is read"));
    page->setSubTitle(tr("Recognised from the file; change them if the preview looks wrong."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->addItem(tr("Recognise"), QString());
    for (io::TextEncoding e : {io::TextEncoding::Utf8, io::TextEncoding::Cp932, io::TextEncoding::Utf16LE,
                               io::TextEncoding::Utf16BE})
        m_encoding->addItem(io::encodingLabel(e), io::encodingName(e));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("importDelimiterCombo"));
    m_delimiter->addItem(tr("Recognise"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar"), QStringLiteral("|"));
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_header = new QComboBox;
    m_header->setObjectName(QStringLiteral("importHeaderCombo"));
    m_header->addItem(tr("Recognise"), int(io::HeaderRow::Detect));
    m_header->addItem(tr("The first row is a header"), int(io::HeaderRow::Present));
    m_header->addItem(tr("No header row"), int(io::HeaderRow::Absent));
    form->addRow(tr("&Header row:"), m_header);
    m_dayOrder = new QComboBox;
    m_dayOrder->setObjectName(QStringLiteral("importDayOrderCombo"));
    m_dayOrder->addItem(tr("Only unambiguous dates"), int(dates::DayOrder::Unknown));
    m_dayOrder->addItem(tr("Month first (04/01/2025 is April 1)"), int(dates::DayOrder::MonthFirst));
    m_dayOrder->addItem(tr("Day first (01/04/2025 is April 1)"), int(dates::DayOrder::DayFirst));
    form->addRow(tr("Dates like 04/01/2025:"), m_dayOrder);
    m_numbers = new QComboBox;
    m_numbers->setObjectName(QStringLiteral("importNumbersCombo"));
    m_numbers->addItem(tr("1,200.50 (comma for thousands)"), QString());
    m_numbers->addItem(tr("1.200,50 (point for thousands)"), QStringLiteral("de_DE"));
    m_numbers->addItem(tr("1 200,50 (space for thousands)"), QStringLiteral("fr_FR"));
    form->addRow(tr("Nu&mbers like:"), m_numbers);
    layout->addLayout(form);
    m_readingNote = new QLabel;
    m_readingNote->setObjectName(QStringLiteral("importReadingNote"));
    m_readingNote->setWordWrap(true);
    layout->addWidget(m_readingNote);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMinimumHeight(fontMetrics().height() * 12);
    m_preview->setTabKeyNavigation(false);
    layout->addWidget(m_preview, 1);
    for (QComboBox* c : {m_encoding, m_delimiter, m_header})
        connect(c, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    return page;
}

QWizardPage* ImportWizard::makeMappingPage()
{
    auto* page = new QWizardPage;
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("Which column goes where"));
    page->setSubTitle(tr("Suggested from the headers. Columns set to “Not imported” are left out."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("&Preset:"));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("importPresetCombo"));
    presetLabel->setBuddy(m_preset);
    auto* save = new QPushButton(tr("&Save as preset…"));
    save->setObjectName(QStringLiteral("importSavePresetButton"));
    save->setToolTip(
        tr("Keep this mapping and the reading options in the book, for the next file like this"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::savePreset);
    m_deletePreset = new QPushButton(tr("&Delete preset"));
    m_deletePreset->setObjectName(QStringLiteral("importDeletePresetButton"));
    connect(m_deletePreset, &QPushButton::clicked, this, &ImportWizard::deletePreset);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        choosePreset(index);
        refreshMapping();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_deletePreset->setEnabled(index > 0 && index <= m_savedPresets); });
    row->addWidget(presetLabel);
    row->addWidget(m_preset, 1);
    row->addWidget(save);
    row->addWidget(m_deletePreset);
    layout->addLayout(row);
    // One row per column of the file: its header, its first value and the field it goes to, in a grid so that
    // Tab goes from field to field down the list.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("importMappingArea"));
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus
    scroll->setMinimumHeight(fontMetrics().height() * 14);
    m_mapping = new QWidget;
    m_mapping->setObjectName(QStringLiteral("importMappingGrid"));
    scroll->setWidget(m_mapping);
    layout->addWidget(scroll, 1);
    m_mappingNote = new QLabel;
    m_mappingNote->setObjectName(QStringLiteral("importMappingNote"));
    m_mappingNote->setWordWrap(true);
    layout->addWidget(m_mappingNote);
    return page;
}

QWizardPage* ImportWizard::makeDryRunPage()
{
    auto* page = new QWizardPage;
    page->setObjectName(QStringLiteral("importDryRunPage"));
    page->setTitle(tr("What the import will do"));
    page->setSubTitle(tr("A dry run: every row was read, checked and matched; nothing has changed yet."));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QTreeWidget;
    m_problems->setObjectName(QStringLiteral("importProblemsTree"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Line"), tr("Column"), tr("Field"), tr("Problem")});
    m_problems->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_problems, 1);
    m_ambiguousBox = new QWidget;
    m_ambiguousBox->setObjectName(QStringLiteral("importAmbiguousBox"));
    auto* ambiguous = new QVBoxLayout(m_ambiguousBox);
    ambiguous->setContentsMargins(0, 0, 0, 0);
    auto* ambiguousNote = new QLabel(tr("These rows match more than one record of the book. Choose what each "
                                        "goes to; a row left undecided is rejected."));
    ambiguousNote->setWordWrap(true);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(ambiguousNote, 1);
    ambiguous->addLayout(noteRow);
    m_ambiguousTable = new QTableWidget(0, 4);
    m_ambiguousTable->setObjectName(QStringLiteral("importAmbiguousTable"));
    m_ambiguousTable->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Value"), tr("Goes to")});
    m_ambiguousTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ambiguousTable->verticalHeader()->hide();
    m_ambiguousTable->horizontalHeader()->setStretchLastSection(true);
    m_ambiguousTable->setMinimumHeight(fontMetrics().height() * 5);
    // Tab goes from choice to choice; the table around them is only their frame.
    m_ambiguousTable->setFocusPolicy(Qt::NoFocus);
    m_ambiguousTable->setTabKeyNavigation(false);
    ambiguous->addWidget(m_ambiguousTable);
    m_checkAgain = new QPushButton(tr("C&heck again with these choices"));
    m_checkAgain->setObjectName(QStringLiteral("importCheckAgainButton"));
    connect(m_checkAgain, &QPushButton::clicked, this, &ImportWizard::runDryRun);
    noteRow->addWidget(m_checkAgain, 0, Qt::AlignBottom);
    m_ambiguousBox->hide();
    layout->addWidget(m_ambiguousBox, 1);
    auto* row = new QHBoxLayout;
    m_skipRejected = new QCheckBox(tr("Import the other rows and leave the rejected ones out"));
    m_skipRejected->setObjectName(QStringLiteral("importSkipRejectedCheck"));
    m_saveRejects = new QPushButton(tr("Save &rejected rows…"));
    m_saveRejects->setObjectName(QStringLiteral("importSaveRejectsButton"));
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportWizard::saveRejects);
    row->addWidget(m_skipRejected, 1);
    row->addWidget(m_saveRejects);
    layout->addLayout(row);
    return page;
}

void ImportWizard::setFile(const QString& path)
{
    m_path->setText(path);
    m_presetNote->clear();
    io::CsvReader reader(path);
    if (!reader.open() || io::isBookExport(path))
        return;
    m_type->setCurrentIndex(m_type->findData(int(io::suggestImportType(reader.header()))));
    // A file like one imported before: the saved preset its header fits, with its reading options.
    const QList<io::ImportPreset> saved = m_presets.mid(0, m_savedPresets);
    if (const auto fits = io::presetFittingHeader(saved, reader.header())) {
        for (qsizetype i = 0; i < m_savedPresets; ++i) {
            if (m_presets[i].name == fits->name)
                choosePreset(int(i) + 1);
        }
        m_presetNote->setText(
            tr("The file's header fits the saved preset “%1”: its columns and reading options are chosen.")
                .arg(fits->name));
    } else {
        choosePreset(0);
    }
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

io::CsvOptions ImportWizard::csvOptions() const
{
    io::CsvOptions o;
    if (const QString e = m_encoding->currentData().toString(); !e.isEmpty())
        o.encoding = io::encodingFromName(e);
    if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
        o.delimiter = d.at(0).toLatin1();
    o.header = io::HeaderRow(m_header->currentData().toInt());
    return o;
}

io::ImportType ImportWizard::type() const
{
    return io::ImportType(m_type->currentData().toInt());
}

void ImportWizard::refreshPreview()
{
    Result<io::FilePreview> preview = io::previewFile(m_path->text(), csvOptions(), 20);
    m_preview->clear();
    if (!preview) {
        m_readingNote->setText(preview.error().toString());
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_headers.clear();
        return;
    }
    m_headers = preview->header;
    int columns = int(m_headers.size());
    for (const QStringList& r : preview->rows)
        columns = qMax(columns, int(r.size()));
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(int(preview->rows.size()));
    if (!m_headers.isEmpty())
        m_preview->setHorizontalHeaderLabels(m_headers);
    QStringList lines;
    for (qsizetype r = 0; r < preview->rows.size(); ++r) {
        lines << QString::number(preview->lines[r]);
        for (qsizetype c = 0; c < preview->rows[r].size(); ++c)
            m_preview->setItem(int(r), int(c), new QTableWidgetItem(preview->rows[r][c]));
    }
    m_preview->setVerticalHeaderLabels(lines);
    // Every problem on its cell: the cell is marked and says what is wrong.
    for (const io::CsvIssue& issue : preview->issues) {
        const qsizetype r = preview->lines.indexOf(issue.line);
        if (r < 0)
            continue;
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (QTableWidgetItem* item = m_preview->item(int(r), c)) {
                item->setBackground(QColor(255, 228, 225));
                item->setToolTip(issue.toString());
            }
        }
    }
    const io::CsvDialect& d = preview->dialect;
    QString note = tr("Read as %1, %2 columns, %3.")
                       .arg(io::encodingLabel(d.encoding))
                       .arg(columns)
                       .arg(d.hasHeader ? tr("first row as header") : tr("no header row"));
    if (!preview->issues.isEmpty())
        note += QLatin1Char(' ') +
                tr("%n problem(s) in the first rows (marked).", nullptr, int(preview->issues.size()));
    m_readingNote->setText(note);
}

void ImportWizard::refreshMapping()
{
    const int preset = m_preset->currentIndex();
    if (preset > 0 && preset <= m_presets.size()) {
        m_type->setCurrentIndex(m_type->findData(int(m_presets[preset - 1].type)));
        m_columnMapping = m_presets[preset - 1].apply(m_headers);
    } else {
        m_columnMapping = io::suggestMapping(type(), m_headers);
    }
    const QList<io::ImportField>& fields = io::importFields(type());
    delete m_mapping->layout();
    qDeleteAll(m_mapping->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    auto* grid = new QGridLayout(m_mapping);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Column of the file").toHtmlEscaped())), 0,
                    0);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("First value").toHtmlEscaped())), 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Field of the book").toHtmlEscaped())), 0,
                    2);
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        const int row = int(c) + 1;
        grid->addWidget(new QLabel(m_headers[c]), row, 0);
        const QTableWidgetItem* sample = m_preview->item(0, int(c));
        auto* value = new QLabel(sample ? sample->text().left(60) : QString());
        value->setTextFormat(Qt::PlainText);
        grid->addWidget(value, row, 1);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(c));
        combo->addItem(tr("Not imported"), QString());
        for (const io::ImportField& f : fields)
            combo->addItem(f.label(), f.key);
        const io::ColumnTarget target =
            c < m_columnMapping.columns.size() ? m_columnMapping.columns[c] : io::ColumnTarget();
        combo->setCurrentIndex(qMax(0, combo->findData(target.field)));
        if (c < m_columnMapping.strengths.size() &&
            m_columnMapping.strengths[c] == io::MatchStrength::Possible)
            combo->setToolTip(tr("A guess from the header: please confirm."));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            if (c < m_columnMapping.columns.size()) {
                const QString field = combo->currentData().toString();
                m_columnMapping.columns[c] = io::ColumnTarget(field, type() == io::ImportType::UsageWide &&
                                                                             field == QLatin1String("value")
                                                                         ? m_headers[c]
                                                                         : QString());
            }
            m_mappingNote->setText(m_columnMapping.problems(m_headers).join(QLatin1Char(' ')));
        });
        grid->addWidget(combo, row, 2);
    }
    grid->setRowStretch(int(m_headers.size()) + 1, 1);
    setVisualTabOrder(this);
    m_mappingNote->setText(m_columnMapping.problems(m_headers).join(QLatin1Char(' ')));
}

void ImportWizard::loadPresets()
{
    const int shown = m_preset->currentIndex();
    const QString current = shown > 0 && shown <= m_presets.size() ? m_presets[shown - 1].name : QString();
    m_presets.clear();
    if (Book* book = m_workspace.book()) {
        auto saved = io::savedPresets(*book);
        if (saved)
            m_presets = *saved;
        else
            m_workspace.reportError(saved.error());
    }
    m_savedPresets = m_presets.size();
    m_presets << io::shippedPresets();
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("Suggested from the headers"));
    for (qsizetype i = 0; i < m_presets.size(); ++i) {
        m_preset->addItem(i < m_savedPresets ? tr("%1 (saved in this book)").arg(m_presets[i].name)
                                             : m_presets[i].name);
    }
    int index = 0;
    for (qsizetype i = 0; i < m_presets.size(); ++i) {
        if (m_presets[i].name == current && index == 0)
            index = int(i) + 1;
    }
    m_preset->setCurrentIndex(index);
    m_deletePreset->setEnabled(index > 0 && index <= m_savedPresets);
    // As wide as its longest name, so that no name is cut (the row beside it shares the width).
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_preset->setMinimumWidth(m_preset->sizeHint().width() + 4);
}

void ImportWizard::choosePreset(int index)
{
    m_preset->setCurrentIndex(index);
    if (index <= 0 || index > m_presets.size())
        return;
    const io::ImportPreset& p = m_presets[index - 1];
    m_type->setCurrentIndex(m_type->findData(int(p.type)));
    m_encoding->setCurrentIndex(
        qMax(0, m_encoding->findData(p.encoding ? io::encodingName(*p.encoding) : QString())));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(p.delimiter ? QString(QLatin1Char(*p.delimiter)) : QString())));
    m_header->setCurrentIndex(qMax(0, m_header->findData(int(p.header))));
    m_dayOrder->setCurrentIndex(qMax(0, m_dayOrder->findData(int(p.dayOrder))));
    m_numbers->setCurrentIndex(numbersIndexFor(p.numberLocale));
}

// A preset saved from the command line may read numbers in a locale the list does not offer (de_CH's
// 1’200.50): it joins the list, written as that locale writes them, rather than falling back to the first.
int ImportWizard::numbersIndexFor(const QString& locale)
{
    if (const int index = m_numbers->findData(locale); index >= 0)
        return index;
    const QLocale numbers(locale);
    m_numbers->addItem(tr("%1 (as the preset reads them: %2)").arg(numbers.toString(1200.5, 'f', 2), locale),
                       locale);
    return m_numbers->count() - 1;
}

void ImportWizard::savePreset()
{
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("presetNameDialog"));
    ask.setWindowTitle(tr("Save as preset"));
    ask.setLabelText(tr("Name of the preset (the next file with these headers gets it by itself):"));
    const int current = m_preset->currentIndex();
    if (current > 0 && current <= m_savedPresets)
        ask.setTextValue(m_presets[current - 1].name);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString name = ask.textValue().trimmed();
    if (name.isEmpty())
        return;
    for (qsizetype i = 0; i < m_savedPresets; ++i) {
        if (m_presets[i].name == name &&
            QMessageBox::question(this, tr("Save as preset"),
                                  tr("The book has a preset named “%1”. Replace it?").arg(name)) !=
                QMessageBox::Yes)
            return;
    }
    io::ImportPreset preset = io::ImportPreset::fromMapping(name, m_columnMapping, m_headers);
    const io::ImportOptions o = options();
    preset.encoding = o.csv.encoding;
    preset.delimiter = o.csv.delimiter;
    preset.header = o.csv.header;
    preset.dayOrder = o.dayOrder;
    preset.numberLocale = m_numbers->currentData().toString();
    if (auto st = io::savePreset(*m_workspace.book(), preset); !st) {
        QMessageBox::warning(this, tr("Save as preset"), st.error().toString());
        return;
    }
    loadPresets();
    for (qsizetype i = 0; i < m_savedPresets; ++i) {
        if (m_presets[i].name == name)
            m_preset->setCurrentIndex(int(i) + 1);
    }
    m_mappingNote->setText(tr("Saved as the preset “%1”.").arg(name));
}

void ImportWizard::deletePreset()
{
    const int index = m_preset->currentIndex();
    if (index <= 0 || index > m_savedPresets)
        return;
    const QString name = m_presets[index - 1].name;
    if (QMessageBox::question(
            this, tr("Delete preset"),
            tr("Delete the preset “%1” from this book? The mapping on screen stays as it is.").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (auto st = io::deletePreset(*m_workspace.book(), name); !st) {
        QMessageBox::warning(this, tr("Delete preset"), st.error().toString());
        return;
    }
    loadPresets();
    m_preset->setCurrentIndex(0);
    m_mappingNote->setText(tr("The preset “%1” was deleted.").arg(name));
}

io::ImportOptions ImportWizard::options() const
{
    io::ImportOptions o;
    o.path = m_path->text();
    o.type = type();
    o.mapping = m_columnMapping;
    o.csv = csvOptions();
    o.dayOrder = dates::DayOrder(m_dayOrder->currentData().toInt());
    if (const QString locale = m_numbers->currentData().toString(); !locale.isEmpty())
        o.locale = QLocale(locale);
    o.skipRejected = m_skipRejected->isChecked();
    o.choices = m_choices;
    return o;
}

void ImportWizard::runDryRun()
{
    io::ImportOptions o = options();
    o.dryRun = true;
    if (!m_rejectsDir)
        m_rejectsDir = std::make_unique<QTemporaryDir>();
    // Without a temporary folder the dry run still checks every row; only the rejected rows' file is missing.
    m_rejectsTemp =
        m_rejectsDir->isValid() ? m_rejectsDir->filePath(QStringLiteral("rejected.csv")) : QString();
    QFile::remove(m_rejectsTemp);
    o.rejectsPath = m_rejectsTemp;
    Result<io::ImportSummary> r = runImportJob(
        m_workspace, this,
        [o](Book& book, const io::ImportProgress& p) { return io::importFile(book, o, p); },
        tr("Checking every row…"));
    m_checkedChoices = m_choices;
    if (r)
        m_dryRun = *r;
    else
        m_dryRun.reset();
    m_problems->clear();
    if (!r) {
        m_summary->setText(r.error().toString());
    } else {
        showDryRun();
    }
}

void ImportWizard::showDryRun()
{
    const io::ImportSummary& s = *m_dryRun;
    m_summary->setText(tr("%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                           .arg(s.rows)
                           .arg(s.added)
                           .arg(s.updated)
                           .arg(s.unchanged)
                           .arg(s.rejected) +
                       (s.rejected > 0
                            ? QLatin1Char(' ') + tr("A file with rejected rows imports nothing unless "
                                                    "you choose to leave them out.")
                            : QString()));
    for (const io::ImportProblem& p : s.problems) {
        auto* item = new QTreeWidgetItem(
            {QString::number(p.line), p.column > 0 ? QString::number(p.column) : QString(),
             p.field.isEmpty() ? QString() : fieldLabel(type(), p.field),
             p.hint.isEmpty() ? p.message : p.message + QLatin1Char(' ') + p.hint});
        m_problems->addTopLevelItem(item);
    }
    m_problems->resizeColumnToContents(0);
    m_saveRejects->setEnabled(s.rejected > 0 && QFileInfo::exists(m_rejectsTemp));
    m_skipRejected->setEnabled(s.rejected > 0);
    for (const io::AmbiguousMatch& a : s.ambiguous)
        m_ambiguous.insert({a.line, a.field}, a);
    showAmbiguous();
}

void ImportWizard::showAmbiguous()
{
    m_ambiguousBox->setVisible(!m_ambiguous.isEmpty());
    m_ambiguousTable->setRowCount(int(m_ambiguous.size()));
    int row = 0;
    for (auto it = m_ambiguous.cbegin(); it != m_ambiguous.cend(); ++it, ++row) {
        const io::AmbiguousMatch& a = it.value();
        const io::MatchChoiceKey key = it.key();
        m_ambiguousTable->setItem(row, 0, new QTableWidgetItem(QString::number(a.line)));
        m_ambiguousTable->setItem(
            row, 1,
            new QTableWidgetItem(a.field.isEmpty() ? tr("The whole row") : fieldLabel(type(), a.field)));
        m_ambiguousTable->setItem(row, 2, new QTableWidgetItem(a.value));
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("ambiguousChoice%1").arg(row));
        combo->addItem(tr("Undecided (the row is rejected)"));
        for (const io::AmbiguousMatch::Candidate& c : a.candidates)
            combo->addItem(c.label, choiceCode({io::MatchChoice::Kind::Target, c.id}));
        if (a.canCreate)
            combo->addItem(a.field.isEmpty() ? tr("A new record") : tr("A new account"),
                           choiceCode({io::MatchChoice::Kind::New, {}}));
        combo->addItem(tr("Leave the row out"), choiceCode({io::MatchChoice::Kind::Skip, {}}));
        if (const auto chosen = m_choices.constFind(key); chosen != m_choices.cend()) {
            for (int i = 1; i < combo->count(); ++i) {
                if (combo->itemData(i).toString() == choiceCode(*chosen))
                    combo->setCurrentIndex(i);
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int index) {
            if (index <= 0)
                m_choices.remove(key);
            else
                m_choices.insert(key, choiceFromCode(combo->itemData(index).toString()));
            m_checkAgain->setEnabled(m_choices != m_checkedChoices);
        });
        m_ambiguousTable->setCellWidget(row, 3, combo);
    }
    m_ambiguousTable->resizeColumnsToContents();
    m_checkAgain->setEnabled(m_choices != m_checkedChoices);
    // Check again (beside the note above the list), then the choices in the order they are listed, between
    // the problems above and the options below.
    setTabOrder(m_problems, m_checkAgain);
    QWidget* previous = m_checkAgain;
    for (int r = 0; r < m_ambiguousTable->rowCount(); ++r) {
        QWidget* choice = m_ambiguousTable->cellWidget(r, 3);
        setTabOrder(previous, choice);
        previous = choice;
    }
    setTabOrder(previous, m_skipRejected);
}

void ImportWizard::saveRejects()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save rejected rows"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile::remove(path);
    if (!QFile::copy(m_rejectsTemp, path))
        QMessageBox::warning(this, tr("Save rejected rows"), tr("The file could not be written."));
}

void ImportWizard::initializePage(int id)
{
    // A wizard may start on a later page (tests, a file dropped with its preset): the earlier pages' work
    // first.
    if (id >= MappingPage && m_headers.isEmpty())
        refreshPreview();
    if (id == DryRunPage && m_columnMapping.columns.isEmpty())
        refreshMapping();
    if (id == ReadingPage) {
        refreshPreview();
    } else if (id == MappingPage) {
        refreshMapping();
        // Lines and fields of another reading or mapping are other rows.
        m_ambiguous.clear();
        m_choices.clear();
        m_checkedChoices.clear();
    } else if (id == DryRunPage)
        runDryRun();
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !QFileInfo(m_path->text()).isFile()) {
        QMessageBox::warning(this, tr("Import"), tr("Choose an existing file."));
        return false;
    }
    if (currentId() == FilePage && io::isBookExport(m_path->text())) {
        // A whole book, table by table: its own dialog, with no mapping to choose.
        emit bookExportChosen(m_path->text());
        reject();
        return false;
    }
    if (currentId() == MappingPage) {
        const QStringList problems = m_columnMapping.problems(m_headers);
        if (!problems.isEmpty()) {
            m_mappingNote->setText(problems.join(QLatin1Char(' ')));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::accept()
{
    if (m_choices != m_checkedChoices)
        runDryRun(); // the choices made since the last check: what the import will do with them
    if (!m_dryRun || (m_dryRun->rejected > 0 && !m_skipRejected->isChecked())) {
        m_summary->setText(
            m_summary->text() + QLatin1Char(' ') +
            tr("Fix the rejected rows and run the import again, or choose to leave them out."));
        return;
    }
    Result<io::ImportSummary> r = runImportJob(
        m_workspace, this,
        [o = options()](Book& book, const io::ImportProgress& p) { return io::importFile(book, o, p); },
        tr("Importing…"));
    QFile::remove(m_rejectsTemp);
    if (!r) {
        QMessageBox::warning(this, tr("Import"), r.error().toString());
        return;
    }
    m_result = *r;
    emit imported(*r);
    QWizard::accept();
}

} // namespace csm
