#pragma once

// The import wizard (issue 13): file and type → encoding, delimiter and header with a preview → the mapping,
// suggested from the headers or from a preset (saved in the book, chosen by itself when the file's header
// fits one) → a dry run listing what would be added,
// updated and rejected, with the problems on their lines and the rejected rows to save → the import as a
// long job of the workspace with progress and cancel. The same engine as the command line (io/Importer.h).

#include "io/ColumnMapping.h"
#include "io/Importer.h"

#include <QMap>
#include <QTemporaryDir>
#include <QWizard>

#include <memory>
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
    const QMap<io::MatchChoiceKey, io::MatchChoice>& matchChoices() const { return m_choices; }

    // Runs the dry run now and waits for it (the dry-run page does it when shown).
    void runDryRun();

    void accept() override;

signals:
    void imported(const csm::io::ImportSummary& summary);
    // The file chosen is a book's JSON export, which File ▸ Import book… imports (the wizard closes).
    void bookExportChosen(const QString& path);

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
    void loadPresets();
    void choosePreset(int index);               // the preset's type and reading options too
    int numbersIndexFor(const QString& locale); // the numbers list's entry for a locale, added if missing
    void savePreset();
    void deletePreset();
    void saveRejects();
    void showDryRun();
    void showAmbiguous();
    io::CsvOptions csvOptions() const;
    io::ImportType type() const;

    BookWorkspace& m_workspace;
    QLineEdit* m_path = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_header = nullptr;
    QComboBox* m_dayOrder = nullptr;
    QComboBox* m_numbers = nullptr; // how numbers are written: the locale's name
    QTableWidget* m_preview = nullptr;
    QLabel* m_readingNote = nullptr;
    QLabel* m_presetNote = nullptr; // on the file page: the saved preset chosen for the file
    QComboBox* m_preset = nullptr;
    QPushButton* m_deletePreset = nullptr;
    QWidget* m_mapping = nullptr; // the grid of columns and their fields
    QLabel* m_mappingNote = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_problems = nullptr;
    QCheckBox* m_skipRejected = nullptr;
    QPushButton* m_saveRejects = nullptr;
    QWidget* m_ambiguousBox = nullptr; // rows that match several records, with a choice for each
    QTableWidget* m_ambiguousTable = nullptr;
    QPushButton* m_checkAgain = nullptr;

    // The preset box's entries after "Suggested from the headers": the book's saved presets, then those that
    // ship with the app.
    QList<io::ImportPreset> m_presets;
    qsizetype m_savedPresets = 0;
    QStringList m_headers;
    io::ColumnMapping m_columnMapping;
    std::optional<io::ImportSummary> m_dryRun;
    std::optional<io::ImportSummary> m_result;
    // Every row the dry runs of this mapping found ambiguous, the user's choices, and the choices the last
    // dry run was made with; a row's line and field are its key (the mapping page starts them afresh).
    QMap<io::MatchChoiceKey, io::AmbiguousMatch> m_ambiguous;
    QMap<io::MatchChoiceKey, io::MatchChoice> m_choices;
    QMap<io::MatchChoiceKey, io::MatchChoice> m_checkedChoices;
    QString m_rejectsTemp; // the dry run's rejected rows, copied where the user saves them
    // Holds m_rejectsTemp (customers' data), private to the user, and removes it with the wizard however the
    // wizard is left.
    std::unique_ptr<QTemporaryDir> m_rejectsDir;
};

} // namespace csm
