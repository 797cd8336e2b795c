#pragma once

// The segmentation rules editor (issue 16 item 1, DESIGN §6): the book's rules in order (touch model, minimum
// ARR, plans, industries), what keeps them from being saved, and before saving how many accounts and how
// much ARR would move from each touch model to each, with the accounts listed.

#include "domain/Segmentation.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace csm {

// What the editor works on: plain data the caller read from the book.
struct SegmentationRulesInput
{
    QString currency;
    SegmentationRules current;
    QList<SegmentFacts> accounts; // live accounts
    QHash<Id, QString> names;
};

class SegmentationRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SegmentationRulesDialog(SegmentationRulesInput input, QWidget* parent = nullptr);

    SegmentationRules rules() const { return m_rules; }
    const SegmentPreview& preview() const { return m_preview; }
    QListWidget* ruleList() const { return m_list; }
    QLineEdit* minArrEdit() const { return m_minArr; }
    QComboBox* touchModelCombo() const { return m_touchModel; }
    QTableWidget* movesTable() const { return m_moves; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* saveButton() const;
    // Runs the preview now instead of after the pause that follows typing.
    void updatePreview();

private:
    void showRule(int row);
    void ruleEdited();
    void refreshList();
    QString ruleText(int index) const;
    void addRule();
    void removeRule();
    void moveRule(int by);

    SegmentationRulesInput m_input;
    SegmentationRules m_rules;
    SegmentPreview m_preview;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QComboBox* m_touchModel;
    QLineEdit* m_minArr;
    QLineEdit* m_plans;
    QLineEdit* m_industries;
    QLabel* m_problems;
    QLabel* m_summary;
    QTableWidget* m_moves;
    QDialogButtonBox* m_buttons;
    QTimer* m_previewTimer;
    bool m_filling = false;
    bool m_arrValid = true;
};

} // namespace csm
