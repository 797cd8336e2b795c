#include "ImportJob.h"

#include "ui/workspace/BookWorkspace.h"
#include "ui/workspace/Jobs.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <memory>
#include <optional>

namespace csm {

Result<io::ImportSummary> runImportJob(BookWorkspace& workspace, QWidget* parent, ImportWork work,
                                       const QString& label)
{
    auto result = std::make_shared<std::optional<Result<io::ImportSummary>>>();
    LongJob* job = workspace.runLong<io::ImportSummary>(
        parent,
        [work = std::move(work)](Book& book, JobProgress& progress) {
            io::ImportProgress p{[&progress](qint64 done, qint64 total) { progress.report(done, total); },
                                 [&progress] { return progress.cancelled(); }};
            return work(book, p);
        },
        [result](Result<io::ImportSummary> r) { *result = std::move(r); });
    QProgressDialog progress(label, QCoreApplication::translate("csm::ImportWizard", "Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    job->attach(progress);
    job->wait(QEventLoop::AllEvents);
    progress.reset();
    // Cancelled before the work began (the job's own message) or by the import itself: the import's words.
    if (!*result || (!**result && (**result).error().code == Error::Code::Cancelled))
        return Error{Error::Code::Cancelled,
                     QCoreApplication::translate("csm::ImportWizard",
                                                 "The import was cancelled; the book is unchanged."),
                     {},
                     {}};
    return std::move(**result);
}

} // namespace csm
