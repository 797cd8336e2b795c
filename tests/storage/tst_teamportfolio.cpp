// The portfolio's reads and the team view (issue 16 item 3): several books read-only as one portfolio, each
// account once (the copy written last, deletes included), the overlap reported, unreadable books skipped
// with a message.

#include "storage/Book.h"
#include "storage/PortfolioRows.h"
#include "storage/Repositories.h"

#include "TestBooks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

namespace {

const QDate kAsOf(2026, 6, 30);
const QString kX = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kY = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
const QString kZ = QStringLiteral("0190a000-0000-7000-8000-00000000000c");
const QString kW = QStringLiteral("0190a000-0000-7000-8000-00000000000d");

std::unique_ptr<Book> create(const QString& path, const Clock& clock)
{
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, clock);
    if (!book)
        qFatal("%s", qPrintable(book.error().toString()));
    return std::move(book.value());
}

void addAccount(Book& book, const QString& id, const QString& owner, MinorUnits arr)
{
    Account a;
    a.id = id;
    a.name = QStringLiteral("Account ") + id.right(1);
    a.owner = owner;
    auto saved = book.accounts().save(a);
    if (!saved)
        QFAIL(qPrintable(saved.error().toString()));
    ArrEvent e;
    e.accountId = id;
    e.effectiveOn = QDate(2025, 1, 1);
    e.kind = ArrEventKind::New;
    e.arrAfter = arr;
    auto ev = book.arrEvents().save(e);
    if (!ev)
        QFAIL(qPrintable(ev.error().toString()));
}

} // namespace

class TestTeamPortfolio : public QObject
{
    Q_OBJECT
private slots:
    void oneBook()
    {
        QTemporaryDir dir;
        FixedClock clock(kAsOf);
        auto book = create(dir.filePath(QStringLiteral("a.sqlite")), clock);
        addAccount(*book, kX, QStringLiteral("Aoki"), 12'000'000);
        addAccount(*book, kY, QStringLiteral("Aoki"), 2'000'000);
        auto view = loadPortfolio(*book, kAsOf);
        if (!view)
            QFAIL(qPrintable(view.error().toString()));
        QCOMPARE(view->summary[Segment::All].accounts, 2);
        QCOMPARE(view->summary[Segment::High].accounts, 1);
        QCOMPARE(view->summary[Segment::Low].arr.minor(), MinorUnits(2'000'000));
        // No score without any data: both "no data".
        QCOMPARE(view->summary[Segment::All].noData, 2);
    }

    void teamOfBooks()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        {
            FixedClock early(QDate(2026, 6, 1));
            auto book = create(a, early);
            addAccount(*book, kX, QStringLiteral("Aoki"), 5'000'000);
            addAccount(*book, kY, QStringLiteral("Aoki"), 2'000'000);
            addAccount(*book, kZ, QStringLiteral("Aoki"), 3'000'000);
        }
        {
            FixedClock later(QDate(2026, 6, 20));
            auto book = create(b, later);
            addAccount(*book, kX, QStringLiteral("Sato"), 20'000'000); // handed over: this copy is newer
            addAccount(*book, kZ, QStringLiteral("Sato"), 3'000'000);
            QVERIFY(book->accounts().remove(kZ));      // deleted later than A's copy: hidden everywhere
            addAccount(*book, kW, QString(), 400'000); // no owner: the book's name stands for it
        }
        // An unreadable file and a book of an older schema beside them.
        test::writeFile(dir.filePath(QStringLiteral("c.sqlite")), "not a book at all");
        QVERIFY(QFile::copy(QStringLiteral(CSM_FIXTURE_DIR "/book-v1.sqlite"),
                            dir.filePath(QStringLiteral("old.sqlite"))));
        QFile::setPermissions(dir.filePath(QStringLiteral("old.sqlite")),
                              QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = test::fileHash(a);

        FixedClock clock(kAsOf);
        auto team = readTeamPortfolio({dir.path()}, kAsOf, clock);
        if (!team)
            QFAIL(qPrintable(team.error().toString()));
        QCOMPARE(team->books, (QStringList{a, b}));
        QCOMPARE(team->skipped.size(), 2);
        QCOMPARE(team->skipped[0].path, dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(!team->skipped[0].reason.isEmpty());
        QCOMPARE(team->skipped[1].path, dir.filePath(QStringLiteral("old.sqlite")));
        QVERIFY2(team->skipped[1].reason.contains(QLatin1String("older schema")),
                 qPrintable(team->skipped[1].reason));

        QStringList shown;
        for (const PortfolioSourceAccount& acc : std::as_const(team->merged.accounts))
            shown << acc.id + QLatin1Char('/') + acc.owner;
        shown.sort();
        QCOMPARE(shown, (QStringList{kX + QStringLiteral("/Sato"), kY + QStringLiteral("/Aoki"),
                                     kW + QStringLiteral("/b")}));
        QCOMPARE(team->merge.overlaps.size(), 2);
        QCOMPARE(team->merge.tombstoned, 1);
        QCOMPARE(team->merge.overlaps[0].accountId, kX);
        QCOMPARE(team->merge.overlaps[0].chosenBook, 1);
        QCOMPARE(team->merge.overlaps[1].accountId, kZ);
        QVERIFY(team->merge.overlaps[1].deleted);

        // As one portfolio: X counts once, with B's ARR (high touch), Z not at all.
        const PortfolioSource& src = team->merged;
        const PortfolioView view = buildPortfolioView(src.accounts, src.settings, src.rules, kAsOf);
        QCOMPARE(view.summary[Segment::All].accounts, 3);
        QCOMPARE(view.summary[Segment::All].arr.minor(), MinorUnits(22'400'000));
        QCOMPARE(view.summary[Segment::High].accounts, 1);
        QCOMPARE(view.owners,
                 (QStringList{QStringLiteral("Aoki"), QStringLiteral("Sato"), QStringLiteral("b")}));
        const PortfolioView sato =
            buildPortfolioView(src.accounts, src.settings, src.rules, kAsOf, QStringLiteral("Sato"));
        QCOMPARE(sato.summary[Segment::All].accounts, 1);

        // Read-only: the books are unchanged.
        QCOMPARE(test::fileHash(a), before);
    }

    void noReadableBook()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("c.sqlite")), "not a book");
        FixedClock clock(kAsOf);
        auto team = readTeamPortfolio(
            {dir.filePath(QStringLiteral("c.sqlite")), dir.filePath(QStringLiteral("missing.sqlite"))}, kAsOf,
            clock);
        QVERIFY(!team);
        QVERIFY(!team.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeamPortfolio)
#include "tst_teamportfolio.moc"
