#pragma once

#include <QDateTime>
#include <QString>

namespace csm {

// A new UUID version 7 (time-ordered, RFC 9562) as lower-case text without braces.
QString newUuidV7();
// The same from a given time and random source, for reproducible books (generate --seed).
QString uuidV7(qint64 msecsSinceEpoch, quint64 randA, quint64 randB);

} // namespace csm
