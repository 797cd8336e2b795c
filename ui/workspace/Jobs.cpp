#include "ui/workspace/Jobs.h"

#include <QProgressDialog>

#include <algorithm>

namespace csm {

namespace {
constexpr int kProgressSteps = 1000;
}

JobProgress::JobProgress(std::shared_ptr<jobs::LongJobState> state, LongJob* job)
    : m_state(std::move(state)), m_job(job)
{}

void JobProgress::report(qint64 done, qint64 total)
{
    m_state->done.store(done);
    m_state->total.store(total);
    // One update on its way at a time: the GUI thread reads the latest values when it gets to it.
    if (!m_state->updatePosted.exchange(true)) {
        LongJob* job = m_job;
        QMetaObject::invokeMethod(
            job, [job] { job->publishProgress(); }, Qt::QueuedConnection);
    }
}

CancelCheck JobProgress::cancelCheck() const
{
    return [state = m_state] { return state->cancelled.load(); };
}

LongJob::LongJob(std::shared_ptr<jobs::LongJobState> state, QObject* parent)
    : QObject(parent), m_state(std::move(state))
{}

void LongJob::cancel()
{
    m_state->cancelled.store(true);
}

void LongJob::publishProgress()
{
    m_state->updatePosted.store(false);
    const qint64 total = m_state->total.load();
    const qint64 done = m_state->done.load();
    const int maximum = total > 0 ? kProgressSteps : 0;
    if (maximum != m_maximum) {
        m_maximum = maximum;
        emit progressRangeChanged(0, maximum);
    }
    const int value =
        total > 0 ? int(std::clamp<qint64>(done * kProgressSteps / total, 0, kProgressSteps)) : 0;
    if (value != m_value) {
        m_value = value;
        emit progressChanged(value);
    }
}

void LongJob::finish()
{
    m_state->finished.store(true);
    emit finished();
    deleteLater();
}

void LongJob::attach(QProgressDialog& dialog)
{
    QProgressDialog* d = &dialog;
    connect(this, &LongJob::progressRangeChanged, d, &QProgressDialog::setRange);
    connect(this, &LongJob::progressChanged, d, &QProgressDialog::setValue);
    connect(d, &QProgressDialog::canceled, this, &LongJob::cancel);
    connect(this, &LongJob::finished, d, &QProgressDialog::reset);
}

void LongJob::wait(QEventLoop::ProcessEventsFlags flags)
{
    if (isFinished())
        return;
    QEventLoop loop;
    connect(this, &LongJob::finished, &loop, &QEventLoop::quit);
    loop.exec(flags);
}

} // namespace csm
