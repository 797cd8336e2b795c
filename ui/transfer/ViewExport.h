#pragma once

// File ▸ Export view… (issue 13): the rows and columns a list shows (filtered and sorted as shown, columns in
// their visual order, hidden ones left out) as a CSV file that Excel opens: UTF-8 with a BOM, or CP932 for
// Japanese Excel, formulas neutralised, written through QSaveFile (io::CsvWriter). Each cell is the model's
// itemrole::Export value when it has one (plain amounts, ISO dates), else the text shown.

#include "io/CsvWriter.h"

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTableView;
class QWidget;

namespace csm {

class BookWorkspace;

struct ShownCells
{
    QStringList header;
    QList<QStringList> rows;
};

// The header of what the view shows, and appends the rows [first, first + count) (clamped to the model).
QStringList shownHeader(const QTableView& view);
void appendShownRows(const QTableView& view, int first, int count, QList<QStringList>& rows);

struct ViewExportSummary
{
    qint64 rows = 0; // data rows written, the header not counted
    QList<io::CsvReplacement> replaced;
};
// Writes the cells as CSV; the file is named in any error.
Result<ViewExportSummary> writeShownCells(const ShownCells& cells, const QString& path,
                                          io::TextEncoding encoding);

// The whole of it from the window: asks for the file (UTF-8 or CP932), reads the cells in slices with a
// progress dialog that can cancel, writes them off the GUI thread, and gives the sentence to show (or
// warns). `name` suggests the file name.
void exportView(QTableView& view, BookWorkspace& workspace, QWidget* parent, const QString& name,
                const std::function<void(const QString& sentence)>& done);

} // namespace csm
