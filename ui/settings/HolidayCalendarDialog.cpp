#include "ui/settings/HolidayCalendarDialog.h"

#include "io/HolidayFile.h"
#include "item/DisplayFormat.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/common/DialogShape.h"
#include "ui/main/MainWindow.h"
#include "ui/workspace/BookWorkspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csm {

namespace {

// Company holidays added (undo: their tombstones) or removed (undo: the tombstones lifted). The first redo
// has already happened when the command is pushed: the rows were written to learn their ids.
class HolidayRowsCommand : public QUndoCommand
{
public:
    HolidayRowsCommand(BookWorkspace& workspace, const QString& text, QList<Id> ids, bool added)
        : m_workspace(workspace), m_ids(std::move(ids)), m_added(added)
    {
        setText(text);
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_added);
    }
    void undo() override { apply(!m_added); }

private:
    void apply(bool live)
    {
        Book* book = m_workspace.book();
        if (!book)
            return;
        const Status s =
            live ? book->companyHolidays().restore(m_ids) : book->companyHolidays().remove(m_ids);
        if (!s) {
            setObsolete(true);
            m_workspace.reportError(s.error());
        }
    }
    BookWorkspace& m_workspace;
    QList<Id> m_ids;
    bool m_added;
    bool m_first = true;
};

enum Column
{
    DateColumn,
    NameColumn,
    ColumnCount
};

} // namespace

HolidayCalendarDialog::HolidayCalendarDialog(BookWorkspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_coverage(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_date(new QDateEdit(this)),
      m_name(new QLineEdit(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_import(new QPushButton(tr("&Import from file…"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("holidayCalendarDialog"));
    setWindowTitle(tr("Holiday calendar"));
    m_coverage->setObjectName(QStringLiteral("holidayCoverage"));
    m_coverage->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("companyHolidays"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(220);
    m_date->setObjectName(QStringLiteral("holidayDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(workspace.today());
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setPlaceholderText(tr("e.g. Founding day, year-end break"));
    m_add->setObjectName(QStringLiteral("addHoliday"));
    m_remove->setObjectName(QStringLiteral("removeHoliday"));
    m_import->setObjectName(QStringLiteral("importHolidays"));
    m_import->setToolTip(tr("A CSV of dates and names, such as the Cabinet Office's syukujitsu.csv "
                            "(Shift_JIS or UTF-8)"));
    m_message->setObjectName(QStringLiteral("holidayMessage"));
    m_message->setWordWrap(true);

    auto* heading = new QLabel(tr("Company holidays"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* note =
        new QLabel(tr("Days the company is closed, on top of weekends and public holidays. Milestone "
                      "due dates and notice deadlines skip them."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* addRow = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    addRow->addWidget(dateLabel);
    addRow->addWidget(m_date);
    addRow->addWidget(nameLabel);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_import);
    listButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_coverage);
    layout->addSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &HolidayCalendarDialog::addHoliday);
    connect(m_name, &QLineEdit::returnPressed, this, &HolidayCalendarDialog::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidayCalendarDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HolidayCalendarDialog::updateButtons);
    // Undo and redo from the main window come back here too.
    connect(m_workspace.undoStack(), &QUndoStack::indexChanged, this, &HolidayCalendarDialog::reload);

    const BookSettings& settings = workspace.settings();
    if (settings.holidayCalendar == QLatin1String("jp")) {
        const HolidayCoverage years = coverageOf(dates::HolidayCalendar::japan());
        m_coverage->setText(tr("Public holidays: Japan, the Cabinet Office list (%1 to %2). Past %2 only "
                               "weekends and company "
                               "holidays are days off, and plans say so.")
                                .arg(years.firstYear)
                                .arg(years.lastYear));
    } else {
        m_coverage->setText(tr("Public holidays: none. Only weekends and company holidays are days off."));
    }
    reload();
    finishDialog(this);
    m_name->setFocus();
}

void HolidayCalendarDialog::reload()
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    auto records = book->companyHolidays().list();
    if (!records) {
        showMessage(records.error().message, true);
        return;
    }
    m_records = std::move(records.value());
    QList<const CompanyHolidayRecord*> live;
    for (const CompanyHolidayRecord& r : std::as_const(m_records)) {
        if (!r.deleted)
            live.append(&r);
    }
    std::stable_sort(live.begin(), live.end(), [](auto* a, auto* b) { return a->date < b->date; });
    m_table->setRowCount(int(live.size()));
    for (int row = 0; row < live.size(); ++row) {
        auto* date = new QTableWidgetItem(DisplayFormat::longDate(live.at(row)->date));
        date->setData(Qt::UserRole, live.at(row)->id);
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(live.at(row)->name));
    }
    m_table->resizeColumnToContents(DateColumn);
    updateButtons();
}

void HolidayCalendarDialog::updateButtons()
{
    // A read-only book's calendar can be looked at, not changed.
    const bool writable = !m_workspace.isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_import, m_name, m_date})
        w->setEnabled(writable);
    m_remove->setEnabled(writable && !m_table->selectedItems().isEmpty());
    if (!writable)
        showMessage(tr("This book is open read-only: the calendar can be looked at, not changed."), false);
}

void HolidayCalendarDialog::showMessage(const QString& text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_message->setPalette(p);
    m_message->setText(text);
}

bool HolidayCalendarDialog::addHoliday()
{
    Book* book = m_workspace.book();
    if (!book)
        return false;
    const QDate date = m_date->date();
    if (auto st = CompanyHolidays::checkNew(m_records, date); !st) {
        showMessage(st.error().message, true);
        return false;
    }
    auto added = book->companyHolidays().add({{date, m_name->text().trimmed(), 0}});
    if (!added) {
        showMessage(added.error().message, true);
        return false;
    }
    const QString when = DisplayFormat::longDate(date);
    m_workspace.undoStack()->push(
        new HolidayRowsCommand(m_workspace, tr("Add company holiday"), {added->first().id}, true));
    showMessage(tr("%1 added as a company holiday.").arg(when), false);
    m_name->clear();
    if (auto* window = qobject_cast<MainWindow*>(parentWidget()))
        window->announce(tr("Company holiday %1 added").arg(when));
    return true;
}

void HolidayCalendarDialog::removeSelected()
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    QList<Id> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows(DateColumn))
        ids.append(i.data(Qt::UserRole).toString());
    if (ids.isEmpty())
        return;
    if (auto st = book->companyHolidays().remove(ids); !st) {
        showMessage(st.error().message, true);
        return;
    }
    const QString text = tr("%n company holiday(s) removed", nullptr, int(ids.size()));
    m_workspace.undoStack()->push(
        new HolidayRowsCommand(m_workspace, tr("Remove company holidays"), ids, false));
    showMessage(text + QLatin1Char('.'), false);
    if (auto* window = qobject_cast<MainWindow*>(parentWidget()))
        window->announce(text);
}

void HolidayCalendarDialog::importFile(const QString& given, bool confirm)
{
    Book* book = m_workspace.book();
    if (!book)
        return;
    const QString path = given.isEmpty()
                             ? QFileDialog::getOpenFileName(this, tr("Import holidays"), QString(),
                                                            tr("CSV files (*.csv);;All files (*)"))
                             : given;
    if (path.isEmpty())
        return;
    auto file = io::HolidayFileReader::readFile(path);
    if (!file) {
        showMessage(file.error().message + QLatin1Char(' ') + file.error().hint, true);
        return;
    }
    const dates::HolidayCalendar publicCalendar =
        m_workspace.settings().holidayCalendar == QLatin1String("jp") ? dates::HolidayCalendar::japan()
                                                                      : dates::HolidayCalendar();
    const HolidayImport plan = CompanyHolidays::planImport(m_records, file->entries, publicCalendar);
    QStringList skipped;
    if (!plan.alreadyPublic.isEmpty())
        skipped << tr("%n public holiday(s)", nullptr, int(plan.alreadyPublic.size()));
    if (!plan.alreadyCompany.isEmpty())
        skipped << tr("%n existing company holiday(s)", nullptr, int(plan.alreadyCompany.size()));
    if (!file->duplicates.isEmpty())
        skipped << tr("%n date(s) listed twice (the first line kept)", nullptr, int(file->duplicates.size()));
    const QString skippedText =
        skipped.isEmpty() ? QString() : tr("Skipped: %1.").arg(skipped.join(QStringLiteral("; ")));
    const QString name = QFileInfo(path).fileName();
    if (plan.toAdd.isEmpty()) {
        showMessage(tr("%1 has no new holidays.").arg(name) + QLatin1Char(' ') + skippedText, false);
        return;
    }
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Import holidays"),
                        tr("Add %n company holiday(s) from %1?", nullptr, int(plan.toAdd.size())).arg(name),
                        QMessageBox::Cancel, this);
        box.setInformativeText(skippedText);
        QPushButton* add = box.addButton(tr("Add"), QMessageBox::AcceptRole);
        box.setDefaultButton(add);
        box.exec();
        if (box.clickedButton() != add)
            return;
    }
    auto added = book->companyHolidays().add(plan.toAdd);
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    QList<Id> ids;
    for (const CompanyHolidayRecord& r : added.value())
        ids.append(r.id);
    const QString text = tr("%n company holiday(s) imported from %1", nullptr, int(ids.size())).arg(name);
    m_workspace.undoStack()->push(new HolidayRowsCommand(m_workspace, tr("Import holidays"), ids, true));
    showMessage(text + QLatin1Char('.') +
                    (skippedText.isEmpty() ? QString() : QLatin1Char(' ') + skippedText),
                false);
    if (auto* window = qobject_cast<MainWindow*>(parentWidget()))
        window->announce(text);
}

} // namespace csm
