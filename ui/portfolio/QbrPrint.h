#pragma once

// One-click QBR sheets (issue 16 item 4): one page per account from the book's rows, as of a day, with the
// health score now and at the start of the fiscal quarter, the weekly score over the year and the usage of
// the last 60 days (charts drawn into the PDF), the quarter's customer touches, the active roadmap's
// progress, the renewal with its notice deadline and forecast, and the open follow-ups. Used by the account
// list's action and by `report qbr`.

#include "domain/Entities.h"
#include "domain/Result.h"
#include "ui/print/DocumentLanguage.h"
#include "ui/print/PdfDocument.h"

#include <QDate>
#include <QList>

namespace csm {

class Book;

// Reads each account's rows through the repositories, scores health with the engine and prints one sheet per
// account, in the order given, into one file. Unknown or deleted ids are an error naming the id.
Result<PrintedDocument> printQbrForAccounts(Book& book, const QList<Id>& accountIds, QDate asOf,
                                            const DocumentLanguage& language, const QString& path);

} // namespace csm
