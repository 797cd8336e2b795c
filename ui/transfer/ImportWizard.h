#pragma once

// The import wizard (issue 13): file and type → encoding, delimiter and header with a preview → the mapping,
// suggested from the headers or from a preset (and saved as one) → a dry run listing what would be added,
// updated and rejected, with the problems on their lines and the rejected rows to save → the import as a
// long job of the workspace with progress and cancel. The same engine as the command line (io/Importer.h).

#include "io/ColumnMapping.h"
#include "io/Importer.h"

#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QCheckBox;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace csm {

class BookWorkspace;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        ReadingPage,
        MappingPage,
        DryRunPage,
    };

    explicit ImportWizard(BookWorkspace& workspace, QWidget* parent = nullptr);

    // Starts on a file (tests, a file dropped on the window).
    void setFile(const QString& path);
    // The options the import runs with, as the pages have set them.
    io::ImportOptions options() const;
    // The summary of the import once it ran (the window's status bar says it).
    const std::optional<io::ImportSummary>& result() const { return m_result; }
    const std::optional<io::ImportSummary>& dryRun() const { return m_dryRun; }

    // Runs the dry run now and waits for it (the dry-run page does it when shown).
    void runDryRun();

    void accept() override;

signals:
    void imported(const csm::io::ImportSummary& summary);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makeReadingPage();
    QWizardPage* makeMappingPage();
    QWizardPage* makeDryRunPage();
    void chooseFile();
    void refreshPreview();
    void refreshMapping();
    void applyPreset(int index);
    void savePreset();
    void saveRejects();
    void showDryRun();
    io::CsvOptions csvOptions() const;
    io::ImportType type() const;

    BookWorkspace& m_workspace;
    QLineEdit* m_path = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_header = nullptr;
    QComboBox* m_dayOrder = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_readingNote = nullptr;
    QComboBox* m_preset = nullptr;
    QWidget* m_mapping = nullptr; // the grid of columns and their fields
    QLabel* m_mappingNote = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_problems = nullptr;
    QCheckBox* m_skipRejected = nullptr;
    QPushButton* m_saveRejects = nullptr;

    QStringList m_headers;
    io::ColumnMapping m_columnMapping;
    std::optional<io::ImportSummary> m_dryRun;
    std::optional<io::ImportSummary> m_result;
    QString m_rejectsTemp; // the dry run's rejected rows, copied where the user saves them
};

} // namespace csm
