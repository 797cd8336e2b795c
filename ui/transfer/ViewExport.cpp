#include "ui/transfer/ViewExport.h"

#include "item/ItemRoles.h"
#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTableView>

#include <memory>
#include <optional>

namespace csm {
namespace {

// The view's columns in visual order, hidden ones left out.
QList<int> shownColumns(const QTableView& view)
{
    const QHeaderView* header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

// Reading a slice of rows takes well under 100 ms: the GUI thread stays responsive between slices.
constexpr int kSlice = 2000;

} // namespace

QStringList shownHeader(const QTableView& view)
{
    QStringList header;
    const QAbstractItemModel* model = view.model();
    for (int column : shownColumns(view))
        header << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return header;
}

void appendShownRows(const QTableView& view, int first, int count, QList<QStringList>& rows)
{
    const QAbstractItemModel* model = view.model();
    const QList<int> columns = shownColumns(view);
    const int end = std::min(first + count, model->rowCount());
    for (int row = std::max(first, 0); row < end; ++row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : columns) {
            const QModelIndex index = model->index(row, column);
            const QVariant value = index.data(itemrole::Export);
            cells << (value.isValid() ? value.toString() : index.data(Qt::DisplayRole).toString());
        }
        rows << cells;
    }
}

Result<ViewExportSummary> writeShownCells(const ShownCells& cells, const QString& path,
                                          io::TextEncoding encoding)
{
    io::CsvWriteOptions options;
    options.encoding = encoding;
    io::CsvWriter writer(path, options);
    if (auto st = writer.open(); !st)
        return st.error();
    if (auto st = writer.writeRow(cells.header); !st)
        return st.error();
    for (const QStringList& row : cells.rows) {
        if (auto st = writer.writeRow(row); !st)
            return st.error();
    }
    if (auto st = writer.commit(); !st)
        return st.error();
    ViewExportSummary summary;
    summary.rows = cells.rows.size();
    summary.replaced = writer.replacements();
    return summary;
}

void exportView(QTableView& view, BookWorkspace& workspace, QWidget* parent, const QString& name,
                const std::function<void(const QString& sentence)>& done)
{
    const QString title = QCoreApplication::translate("csm::ViewExport", "Export view");
    const QString utf8 = QCoreApplication::translate("csm::ViewExport", "CSV, UTF-8 (*.csv)");
    const QString cp932 =
        QCoreApplication::translate("csm::ViewExport", "CSV, CP932 for Japanese Excel (*.csv)");
    QString filter = utf8;
    QString path =
        QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(name + QStringLiteral(".csv")),
                                     QStringList{utf8, cp932}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const io::TextEncoding encoding = filter == cp932 ? io::TextEncoding::Cp932 : io::TextEncoding::Utf8;

    // The cells are read on the GUI thread (the model lives there), a slice at a time; a list that changes
    // meanwhile (a reload, another filter) stops the export rather than mixing two lists.
    QAbstractItemModel* model = view.model();
    auto cells = std::make_shared<ShownCells>();
    cells->header = shownHeader(view);
    const int total = model->rowCount();
    bool changed = false;
    const auto stop = [&changed] { changed = true; };
    const QList<QMetaObject::Connection> watches{
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, parent, stop),
        QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, parent, stop),
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, parent, stop),
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, parent, stop)};
    QProgressDialog progress(QCoreApplication::translate("csm::ViewExport", "Reading the rows shown…"),
                             QCoreApplication::translate("csm::ViewExport", "Cancel"), 0, total, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    cells->rows.reserve(total);
    for (int row = 0; row < total && !changed && !progress.wasCanceled(); row += kSlice) {
        appendShownRows(view, row, kSlice, cells->rows);
        progress.setValue(int(cells->rows.size()));
        QCoreApplication::processEvents();
    }
    for (const QMetaObject::Connection& c : watches)
        QObject::disconnect(c);
    progress.reset();
    if (progress.wasCanceled())
        return;
    if (changed) {
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("csm::ViewExport",
                                                         "The list changed while it was being exported, so "
                                                         "nothing was written. Export it again."));
        return;
    }

    auto result = std::make_shared<std::optional<Result<ViewExportSummary>>>();
    LongJob* job = workspace.runLong<ViewExportSummary>(
        parent, [cells, path, encoding](JobProgress&) { return writeShownCells(*cells, path, encoding); },
        [result](Result<ViewExportSummary> r) { *result = std::move(r); });
    QProgressDialog writing(
        QCoreApplication::translate("csm::ViewExport", "Writing %1…").arg(QDir::toNativeSeparators(path)),
        QCoreApplication::translate("csm::ViewExport", "Cancel"), 0, 0, parent);
    writing.setWindowModality(Qt::WindowModal);
    writing.setMinimumDuration(300);
    job->attach(writing);
    job->wait(QEventLoop::AllEvents);
    writing.reset();
    if (!*result)
        return;
    if (!**result) {
        QMessageBox::warning(parent, title, (*result)->error().toString());
        return;
    }
    const ViewExportSummary& s = ***result;
    QString sentence =
        QCoreApplication::translate("csm::ViewExport", "Exported %n row(s) to %1.", nullptr, int(s.rows))
            .arg(QDir::toNativeSeparators(path));
    if (!s.replaced.isEmpty())
        sentence += QLatin1Char(' ') + QCoreApplication::translate("csm::ViewExport",
                                                                   "%n character(s) that CP932 cannot hold "
                                                                   "were written as '?'.",
                                                                   nullptr, int(s.replaced.size()));
    done(sentence);
}

} // namespace csm
