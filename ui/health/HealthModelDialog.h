#pragma once

// The Health model dialog (issue 12, item 4): the book's weights, cadences per touch model, band thresholds
// and drop threshold. While the user edits, a preview says which accounts would change band and sets the
// back-test of the edited model beside the current one's (computed on the reader thread from the inputs read
// when the dialog opened). Save bumps the model version and recomputes the current scores and the year of
// Monday snapshots on the writer thread, with progress and Cancel; a cancelled save leaves the book's model
// and scores as they were.

#include "domain/HealthModel.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/health/HealthModelPreview.h"

#include <QDate>
#include <QDialog>

#include <array>
#include <memory>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace csm {

class BacktestChart;
class BookWorkspace;
class LongJob;

class HealthModelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HealthModelDialog(BookWorkspace& workspace, QWidget* parent = nullptr);
    ~HealthModelDialog() override;

    // The model as the fields say (the book's version: saving gives it the next one).
    HealthModel model() const;
    void setModel(const HealthModel& model);
    // The version the save gave the model; 0 before a save (and when nothing changed).
    int savedVersion() const { return m_savedVersion; }

    QLabel* changeSummary() const { return m_changeSummary; }
    QTableWidget* changeTable() const { return m_changes; }
    QLabel* comparison() const { return m_comparison; }
    QLabel* status() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    BacktestChart* currentChart() const { return m_currentChart; }
    BacktestChart* editedChart() const { return m_editedChart; }

    // Validates the fields, then saves on the writer thread; the dialog closes when the save is done.
    void accept() override;

signals:
    // The preview of the model now in the fields is shown (tests wait for it).
    void previewShown();
    // A save has started: its job (Cancel in its progress dialog takes it back).
    void saveStarted(csm::LongJob* job);

private:
    QWidget* buildFields();
    QWidget* buildPreview();
    void fieldEdited(const QString& field);
    bool check(bool showAll);
    void schedulePreview();
    void startPreview();
    void showPreview(const HealthModelPreview& preview, const HealthModel& edited);
    void showComparison(const HealthBacktest& current, const HealthBacktest& edited);
    QString accountName(const Id& id) const;
    void finishSave(Result<int> saved);

    BookWorkspace& m_workspace;
    std::shared_ptr<const HealthModelBasis> m_basis;
    HealthModel m_loaded; // the book's model when the dialog opened
    std::array<QDoubleSpinBox*, kHealthFactorCount> m_weights{};
    std::array<QSpinBox*, 3> m_cadences{};
    QDoubleSpinBox* m_green = nullptr;
    QDoubleSpinBox* m_yellow = nullptr;
    QDoubleSpinBox* m_drop = nullptr;
    FieldErrorLabel* m_weightsError = nullptr;
    FormErrors m_errors;
    bool m_filling = false; // setModel: not an edit
    bool m_weightsEdited = false;
    bool m_showAll = false;
    QLabel* m_changeSummary = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_comparison = nullptr;
    BacktestChart* m_currentChart = nullptr;
    BacktestChart* m_editedChart = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_defaults = nullptr;
    QTimer* m_previewTimer = nullptr;
    int m_previewGeneration = 0;
    bool m_saving = false;
    int m_savedVersion = 0;
};

} // namespace csm
