#include "FuzzTargets.h"

#include "domain/Dates.h"
#include "io/HolidayFile.h"

#include <QByteArray>
#include <QString>

namespace csm::fuzz {

int holidays(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto file = io::HolidayFileReader::read(bytes, QStringLiteral("fuzz.csv"))) {
        for (const auto& entry : file->entries)
            (void)entry.date.isValid();
    }
    if (auto calendar = dates::HolidayCalendar::fromCsv(QString::fromUtf8(bytes)))
        (void)calendar->isHoliday(QDate(2025, 1, 1));
    return 0;
}

} // namespace csm::fuzz
