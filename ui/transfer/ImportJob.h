#pragma once

// An import (or its dry run) as a long job of the workspace on the writer thread, waited for with a progress
// dialog whose Cancel stops it: the CSV wizard's and the book import's (issue 13).

#include "io/Importer.h"

#include "domain/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace csm {

class Book;
class BookWorkspace;

using ImportWork = std::function<Result<io::ImportSummary>(Book& book, const io::ImportProgress& progress)>;

// The summary, the work's error, or Cancelled when the user cancelled (the book unchanged).
Result<io::ImportSummary> runImportJob(BookWorkspace& workspace, QWidget* parent, ImportWork work,
                                       const QString& label);

} // namespace csm
