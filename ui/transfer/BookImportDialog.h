#pragma once

// File ▸ Import book… (issue 13): a book's JSON export (File ▸ Export book…, `export --format json`) into the
// open book. A dry run on the writer thread first shows, table by table, what would be added and changed;
// Import runs it for real, with progress and Cancel. A bad file changes nothing, and the message names the
// file and the position in it. The same engine as `import book.json` (io/BookExport.h).

#include "io/Importer.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace csm {

class BookWorkspace;

class BookImportDialog : public QDialog
{
    Q_OBJECT
public:
    BookImportDialog(BookWorkspace& workspace, const QString& path, QWidget* parent = nullptr);

    // A table of the export as the preview names it ("Touches" for touch), translated.
    static QString tableTitle(const QString& table);

    // Runs the dry run and waits for it (open() and exec() do it first).
    void runDryRun();
    const std::optional<io::ImportSummary>& dryRun() const { return m_dryRun; }
    const std::optional<io::ImportSummary>& result() const { return m_result; }

    void open() override;
    int exec() override;
    void accept() override;

signals:
    void imported(const csm::io::ImportSummary& summary);

private:
    void showDryRun();

    BookWorkspace& m_workspace;
    QString m_path;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tables = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_checked = false;
    std::optional<io::ImportSummary> m_dryRun;
    std::optional<io::ImportSummary> m_result;
};

} // namespace csm
