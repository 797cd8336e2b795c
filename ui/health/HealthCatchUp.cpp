#include "ui/health/HealthCatchUp.h"

#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "ui/workspace/BookWorkspace.h"

#include <QProgressDialog>
#include <QWidget>

namespace csm {

HealthCatchUp::HealthCatchUp(BookWorkspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    connect(&m_workspace, &BookWorkspace::bookOpened, this, &HealthCatchUp::opened);
}

void HealthCatchUp::opened()
{
    if (Book* book = m_workspace.book()) {
        // Settings saved on their own (not the bulk work of a pass or an import, which keeps health itself).
        connect(book, &Book::changed, this, [this](const ChangeSet& changes) {
            if (!changes.everything && changes.entities.contains(ChangeSet::Entity::Settings))
                start();
        });
    }
    start();
}

void HealthCatchUp::start()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const QDate today = m_workspace.today();
    auto* progress =
        new QProgressDialog(tr("Bringing health scores up to date…"), tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Health scores"));
    progress->setMinimumDuration(1000);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    LongJob* job = m_workspace.runLong<bool>(
        this,
        [today](Book& book, JobProgress& p) -> Result<bool> {
            return HealthRecompute::catchUp(book, today, [&p](qint64 done, qint64 total) {
                p.report(done, total);
                return !p.cancelled();
            });
        },
        [this](Result<bool> caughtUp) {
            if (!caughtUp && caughtUp.error().code != Error::Code::Cancelled)
                m_workspace.reportError(caughtUp.error());
        });
    job->attach(*progress);
    connect(job, &LongJob::finished, progress, &QObject::deleteLater);
}

} // namespace csm
