#include "ui/renewals/OutcomeRecording.h"

#include "item/DisplayFormat.h"
#include "storage/Book.h"
#include "storage/RenewalWrites.h"
#include "ui/renewals/RecordOutcomeDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace csm {

namespace {

// Recording an outcome: the first redo writes it; undo and later redos put the book in the state before or
// after (the same rows and ARR event, restored).
class RecordOutcomeCommand : public QUndoCommand
{
public:
    RecordOutcomeCommand(BookWorkspace& workspace, OutcomeInput input, const QString& text,
                         std::shared_ptr<bool> failed)
        : QUndoCommand(text), m_workspace(workspace), m_input(std::move(input)), m_failed(std::move(failed))
    {}
    void redo() override
    {
        Book* book = m_workspace.book();
        if (!book)
            return;
        if (!m_change) {
            auto change = recordRenewalOutcome(*book, m_input, m_workspace.today());
            if (!change) {
                m_workspace.reportError(change.error());
                *m_failed = true;
                setObsolete(true); // the stack drops it: nothing was written
                return;
            }
            m_change = change.value();
            return;
        }
        if (auto st = restoreOutcomeState(*book, m_input.accountId, m_input.renewalDate, m_change->after,
                                          m_change->before);
            !st)
            m_workspace.reportError(st.error());
    }
    void undo() override
    {
        Book* book = m_workspace.book();
        if (!book || !m_change)
            return;
        if (auto st = restoreOutcomeState(*book, m_input.accountId, m_input.renewalDate, m_change->before,
                                          m_change->after);
            !st)
            m_workspace.reportError(st.error());
    }

private:
    BookWorkspace& m_workspace;
    OutcomeInput m_input;
    std::optional<OutcomeChange> m_change;
    std::shared_ptr<bool> m_failed;
};

} // namespace

QString recordOutcomeWithDialog(BookWorkspace& workspace, const UpcomingRenewal& renewal, QWidget* parent)
{
    if (workspace.isReadOnly() || !workspace.book())
        return {};
    Book& book = *workspace.book();
    auto state = readOutcomeState(book, renewal.contract.accountId, renewal.point.renewalDate);
    if (!state) {
        workspace.reportError(state.error());
        return {};
    }
    const bool correcting = state->live && state->outcome != RenewalOutcome::Pending;
    const QDate effective =
        correcting && state->event ? state->event->effectiveOn : renewal.point.renewalDate;
    auto arrBefore = readArrBeforeOutcome(book, renewal.contract.accountId, effective,
                                          state->event ? state->event->id : Id());
    if (!arrBefore) {
        workspace.reportError(arrBefore.error());
        return {};
    }
    RecordOutcomeDialog dialog(renewal, arrBefore.value(), workspace.settings().currency, parent);
    if (correcting)
        dialog.setCurrent(state->outcome, state->event ? state->event->arrAfter : arrBefore.value(),
                          effective, state->note);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const OutcomeInput input = dialog.input();
    const QString text =
        correcting
            ? QCoreApplication::translate("csm::RenewalsPage", "Renewal of %1 on %2 corrected to %3")
                  .arg(renewal.contract.accountName, DisplayFormat::longDate(renewal.point.renewalDate),
                       RenewalOutcomes::displayName(input.outcome))
            : QCoreApplication::translate("csm::RenewalsPage", "Renewal of %1 recorded as %2")
                  .arg(renewal.contract.accountName, RenewalOutcomes::displayName(input.outcome));
    auto failed = std::make_shared<bool>(false);
    workspace.undoStack()->push(new RecordOutcomeCommand(workspace, input, text, failed));
    return *failed ? QString() : text;
}

} // namespace csm
