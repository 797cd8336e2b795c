// The helper threads' data-parallel parts (domain/Parallel.h): runInParts hands every item of a range to
// exactly one part, in consecutive ranges, whatever the number of items and parts.

#include "domain/Parallel.h"

#include <QTest>

#include <atomic>
#include <vector>

using namespace csm;

class ParallelTest : public QObject
{
    Q_OBJECT

private slots:
    void everyItemGoesToOnePart()
    {
        for (const qsizetype n : {0, 1, 2, 3, 7, 1000, 100'003}) {
            for (const int parts : {1, 2, 3, 4}) {
                std::vector<std::atomic<int>> seen(static_cast<std::size_t>(n));
                std::vector<std::pair<qsizetype, qsizetype>> ranges(static_cast<std::size_t>(parts));
                parallel::runInParts(n, parts, [&](int part, qsizetype from, qsizetype to) {
                    ranges[std::size_t(part)] = {from, to};
                    for (qsizetype i = from; i < to; ++i)
                        ++seen[std::size_t(i)];
                });
                for (const auto& count : seen)
                    QCOMPARE(count.load(), 1);
                QCOMPARE(ranges.front().first, 0);
                QCOMPARE(ranges.back().second, n);
                for (std::size_t p = 1; p < ranges.size(); ++p)
                    QCOMPARE(ranges[p].first, ranges[p - 1].second);
            }
        }
    }

    void smallWorkIsOnePart()
    {
        QCOMPARE(parallel::partsFor(39'999, 20'000), 1);
        QVERIFY(parallel::partsFor(40'000, 20'000) >= 2);
        QCOMPARE(parallel::partsFor(100, 0), 1);
    }
};

QTEST_GUILESS_MAIN(ParallelTest)
#include "tst_parallel.moc"
