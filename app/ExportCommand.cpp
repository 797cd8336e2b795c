#include "ExportCommand.h"

#include "domain/Clock.h"
#include "io/CalendarExport.h"
#include "storage/Book.h"

#include <QDateTime>
#include <QFileInfo>

#include <memory>

namespace csm::app::cli {

int runExportIcs(const Context& ctx)
{
    const QString cmd = QStringLiteral("export");
    if (!ctx.has(QStringLiteral("out")) || ctx.value(QStringLiteral("out")).isEmpty())
        return ctx.usageError(cmd, CliText::tr("--out FILE is required."));
    QDate asOf = QDate::currentDate();
    std::unique_ptr<FixedClock> fixed;
    if (ctx.has(QStringLiteral("as-of"))) {
        const QString text = ctx.value(QStringLiteral("as-of"));
        asOf = QDate::fromString(text, Qt::ISODate);
        if (!asOf.isValid() || text.size() != 10)
            return ctx.usageError(cmd,
                                  CliText::tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(text));
        fixed = std::make_unique<FixedClock>(asOf);
    }
    const QString target = QFileInfo(ctx.value(QStringLiteral("out"))).absoluteFilePath();
    ctx.out << CliText::tr("Book: %1").arg(ctx.bookPath) << Qt::endl;
    if (!QFileInfo::exists(ctx.bookPath))
        return ctx.failure(
            Error{Error::Code::NotFound, CliText::tr("There is no book at this path."), ctx.bookPath,
                  CliText::tr("Give an existing book with --book, or create one with generate.")}
                .toString());
    // Writing: the book keeps each item's calendar UID and sequence.
    auto book = Book::open(ctx.bookPath, Book::OpenMode::ReadWrite, fixed ? *fixed : Clock::system());
    if (!book)
        return ctx.failure(book.error().toString());
    auto summary = CalendarExport::write(*book.value(), target, asOf, QDateTime::currentDateTimeUtc());
    if (!summary)
        return ctx.failure(summary.error().toString());
    ctx.out << CliText::tr("Wrote %n event(s) to %1", nullptr, summary->events()).arg(target) << Qt::endl;
    ctx.out << CliText::tr("  notice deadlines %1, renewal dates %2, follow-ups %3, milestones %4; %5 new or "
                           "changed since the last export")
                   .arg(summary->noticeDeadlines)
                   .arg(summary->renewalDates)
                   .arg(summary->followUps)
                   .arg(summary->milestones)
                   .arg(summary->changed)
            << Qt::endl;
    return ExitOk;
}

} // namespace csm::app::cli
