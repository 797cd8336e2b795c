// The team view's merge of several books (issue 16 item 3): each account once, the copy written last wins,
// deletes included; overlaps reported.

#include "domain/TeamMerge.h"

#include <QTest>

using namespace csm;

namespace {

AccountStamp stamp(const char* id, const char* updated, bool deleted = false)
{
    return {QString::fromLatin1(id),
            updated ? QDateTime::fromString(QLatin1String(updated), Qt::ISODateWithMs) : QDateTime(),
            deleted};
}

} // namespace

class TestTeamMerge : public QObject
{
    Q_OBJECT

private slots:
    void eachAccountOnceTheLatestCopyWinning()
    {
        const QList<QList<AccountStamp>> books = {
            // book 0
            {stamp("a", "2026-06-01T10:00:00.000Z"), stamp("b", "2026-06-01T10:00:00.000Z"),
             stamp("c", "2026-06-01T09:00:00.000Z", true), stamp("d", "2026-06-01T12:00:00.000Z"),
             stamp("h", nullptr)},
            // book 1
            {stamp("b", "2026-06-01T11:00:00.000Z"), stamp("a", "2026-06-01T09:00:00.000Z"),
             stamp("e", "2026-06-01T08:00:00.000Z"), stamp("d", "2026-06-01T12:00:00.000Z", true),
             stamp("h", "2020-01-01T00:00:00.000Z")},
            // book 2
            {stamp("a", "2026-06-01T10:00:00.000Z"), stamp("c", "2026-06-01T10:00:00.000Z"),
             stamp("f", nullptr), stamp("g", "2026-06-01T10:00:00.000Z", true)},
        };
        const TeamMerge m = mergeTeamBooks(books);
        // a: 10:00 in books 0 and 2 (a tie between live copies: the earlier book), 09:00 in book 1 -> book 0.
        // b: 11:00 in book 1 beats 10:00 -> book 1.
        // c: deleted at 09:00 in book 0, edited at 10:00 in book 2 -> the later edit, live, from book 2.
        // d: 12:00 live in book 0 and 12:00 deleted in book 1 -> a tie: the delete wins, not shown.
        // e, f: one copy each -> shown (f has no valid time, but no rival either).
        // g: only a tombstone -> not shown.
        // h: no valid time in book 0 loses to any time (book 1).
        // In book order, then row order: a (0,0); b (1,0), e (1,2), h (1,4); c (2,1), f (2,2).
        const QList<std::pair<int, int>> expected = {{0, 0}, {1, 0}, {1, 2}, {1, 4}, {2, 1}, {2, 2}};
        QCOMPARE(m.accounts.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(m.accounts.at(i).book, expected.at(i).first);
            QCOMPARE(m.accounts.at(i).row, expected.at(i).second);
        }
        QCOMPARE(m.tombstoned, 2); // d and g

        // Overlaps in the order their second copy was met: b, a, d, h (book 1), then c (book 2).
        QCOMPARE(m.overlaps.size(), 5);
        const auto overlap = [&](const char* id) {
            for (const AccountOverlap& o : m.overlaps) {
                if (o.accountId == QLatin1String(id))
                    return o;
            }
            return AccountOverlap{};
        };
        QCOMPARE(m.overlaps.at(0).accountId, QStringLiteral("b"));
        QCOMPARE(overlap("a").books, (QList<int>{0, 1, 2}));
        QCOMPARE(overlap("a").chosenBook, 0);
        QCOMPARE(overlap("b").chosenBook, 1);
        QCOMPARE(overlap("c").books, (QList<int>{0, 2}));
        QCOMPARE(overlap("c").chosenBook, 2);
        QVERIFY(!overlap("c").deleted);
        QCOMPARE(overlap("d").chosenBook, 1);
        QVERIFY(overlap("d").deleted);
        QCOMPARE(overlap("h").chosenBook, 1);
        QVERIFY(overlap("e").accountId.isEmpty()); // one book only: no overlap
    }

    void aLaterLiveCopyDoesNotResurrectANewerDelete()
    {
        const TeamMerge m = mergeTeamBooks(
            {{stamp("a", "2026-06-02T00:00:00.000Z", true)}, {stamp("a", "2026-06-01T23:59:59.999Z")}});
        QVERIFY(m.accounts.isEmpty());
        QCOMPARE(m.overlaps.size(), 1);
        QCOMPARE(m.overlaps.first().chosenBook, 0);
        QVERIFY(m.overlaps.first().deleted);
    }

    void noBooksNoAccounts()
    {
        const TeamMerge m = mergeTeamBooks({});
        QVERIFY(m.accounts.isEmpty());
        QVERIFY(m.overlaps.isEmpty());
        QCOMPARE(m.tombstoned, 0);
    }
};

QTEST_GUILESS_MAIN(TestTeamMerge)
#include "tst_teammerge.moc"
