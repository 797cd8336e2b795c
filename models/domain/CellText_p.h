#pragma once

// What the readers of imported cells (CellValues.cpp, DateParsing.cpp, AccountIdentity.cpp) share. Private
// to csm_domain.

#include "domain/Result.h"

#include <QString>
#include <QStringView>

namespace csm::detail {

// Full-width forms to ASCII and compatibility characters to their plain form (NFKC), spaces trimmed:
// "２０２５年４月１日" is "2025年4月1日", "ＴＲＵＥ" is "TRUE", "㋿" is "令和".
inline QString foldedCell(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC).trimmed();
}

// A cell's value refused: the message, and the cell as written for where.
inline Error invalidCell(const QString& message, QStringView text)
{
    return Error{Error::Code::InvalidValue, message, text.toString(), {}};
}

} // namespace csm::detail
