#pragma once

// The two halves of a long job (BookWorkspace::runLong, docs/architecture.md): JobProgress is what the work
// sees on the writer thread, LongJob what the window sees on the GUI thread.

#include "storage/Repositories.h" // CancelCheck

#include <QEventLoop>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;

namespace csm {

class LongJob;

namespace jobs {
// What the two halves share.
struct LongJobState
{
    std::atomic_bool cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool updatePosted{false}; // a progress update is on its way to the GUI thread
    std::atomic_bool finished{false};
};
} // namespace jobs

// Progress and cancel, used by a long job's work on the writer thread.
class JobProgress
{
public:
    JobProgress(std::shared_ptr<jobs::LongJobState> state, LongJob* job);

    // `done` of `total` steps; total 0 means "unknown" (a busy indicator). Call it as often as you like: the
    // window hears of the latest value when it next has time.
    void report(qint64 done, qint64 total);
    // Whether the user (or closing the book) asked the job to stop. The work stops soon after and returns
    // Error::Code::Cancelled, leaving the book as it was.
    bool cancelled() const { return m_state->cancelled.load(); }
    // The same question for storage calls that take one (SQLite asks it while a statement runs).
    CancelCheck cancelCheck() const;

private:
    std::shared_ptr<jobs::LongJobState> m_state;
    LongJob* m_job; // lives until the job's answer has been delivered
};

// A long job as the GUI thread sees it. Owned by the workspace, deleted after finished().
class LongJob : public QObject
{
    Q_OBJECT
public:
    explicit LongJob(std::shared_ptr<jobs::LongJobState> state, QObject* parent = nullptr);

    bool isFinished() const { return m_state->finished.load(); }
    bool isCancelled() const { return m_state->cancelled.load(); }

    // Shows the job's progress in `dialog` (range and value), cancels the job from its Cancel button, and
    // resets the dialog when the job has ended.
    void attach(QProgressDialog& dialog);
    // Runs a local event loop until the job has ended and its answer was handed over (for window-modal
    // progress dialogs: the window takes no input meanwhile, the dialog's Cancel button does).
    void wait(QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents);

public slots:
    void cancel();

signals:
    // For QProgressDialog::setRange and setValue: 0..1000, or 0..0 while the total is unknown.
    void progressRangeChanged(int minimum, int maximum);
    void progressChanged(int value);
    // After done() ran, or after the answer was dropped (its context or book is gone).
    void finished();

private:
    friend class JobProgress;
    friend class BookWorkspace;
    void publishProgress(); // on the GUI thread: the latest value of the shared state
    void finish();

    std::shared_ptr<jobs::LongJobState> m_state;
    int m_maximum = -1;
    int m_value = -1;
};

} // namespace csm
