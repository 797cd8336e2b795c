#pragma once

// The fuzz targets of issue 17: each takes arbitrary bytes and must return without crashing, hanging or
// tripping a sanitizer, whatever the bytes are. One function per target, so that the same code runs under
// libFuzzer (FuzzMain.cpp, the `fuzz` preset) and replays every input that once crashed it in the normal
// suite (tst_fuzz_regressions, over tests/data/fuzz/<target>/).

#include <QList>

#include <cstddef>
#include <cstdint>

namespace csm::fuzz {

using TargetFunction = int (*)(const std::uint8_t* data, std::size_t size);

// The CSV reader: bytes -> rows or an error, with the file's dialect recognised or given.
int csvReader(const std::uint8_t* data, std::size_t size);
// The cell parsers: dates (era dates, Excel serials, timestamps), numbers, amounts, booleans. The first
// byte chooses the parser and its options, the rest is the cell's text.
int values(const std::uint8_t* data, std::size_t size);
// A holiday list: io::HolidayFileReader and HolidayCalendar::fromCsv.
int holidays(const std::uint8_t* data, std::size_t size);
// A book file: written to a scratch file, opened read-only and read, then opened for writing (an older
// schema is upgraded) and checked.
int book(const std::uint8_t* data, std::size_t size);
// A book's JSON export (io::importBookJson): recognised, its currency read, then imported as a dry run into
// an empty book.
int jsonBook(const std::uint8_t* data, std::size_t size);

struct Target
{
    const char* name; // also the folder of its corpus and regressions
    TargetFunction run;
};

inline QList<Target> targets()
{
    return {{"csv", csvReader},
            {"values", values},
            {"holidays", holidays},
            {"book", book},
            {"jsonbook", jsonBook}};
}

} // namespace csm::fuzz
