// BulkWriter: rows written in bulk read back, announce everything once, and leave nothing when not committed.

#include "BulkFill.h"
#include "Sqlite.h"
#include "TestBooks.h"
#include "domain/Dates.h"
#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"
#include "storage/Repositories.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace csm;

namespace {

const QDate kAsOf(2025, 6, 2);

} // namespace

class BulkWriterTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kAsOf};
    int m_n = 0;

    std::unique_ptr<Book> newBook()
    {
        auto book = Book::open(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++m_n)),
                               Book::OpenMode::CreateIfMissing, m_clock);
        return book ? std::move(book.value()) : nullptr;
    }

private slots:
    void bulkRowsReadBackAndAnnounceEverything()
    {
        auto book = newBook();
        QVERIFY(book);
        QSignalSpy spy(book.get(), &Book::changed);
        {
            BulkWriter w(*book);
            QVERIFY(w.begun());
            QVERIFY(test::fillBulk(w, 20, 10, kAsOf));
            QCOMPARE(spy.count(), 0);
            QVERIFY(w.commit());
        }
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().first().value<ChangeSet>().everything);
        QCOMPARE(book->accounts().count().value(), 20);
        QCOMPARE(book->accounts().get(test::bulkId(3))->arr, 400'000); // from its ARR event
        QCOMPARE(book->touches().forAccount(test::bulkId(3))->size(), 4);
        auto usage = book->usage().forAccount(test::bulkId(3), QStringLiteral("active_users"),
                                              kAsOf.addDays(-4), kAsOf);
        QCOMPARE(usage->size(), 5);
        QCOMPARE(usage->last().date, kAsOf);
        QCOMPARE(book->nps().forAccount(test::bulkId(3))->size(), 1);
        auto report = book->check();
        QVERIFY(report && report->ok);
        QCOMPARE(report->rowCounts.value(QStringLiteral("usage_metric")), 200);
    }

    void anUncommittedOrFailedBulkWriteLeavesNothing()
    {
        auto book = newBook();
        {
            BulkWriter w(*book);
            QVERIFY(test::fillBulk(w, 5, 1, kAsOf));
        }
        QCOMPARE(book->accounts().count().value(), 0);
        {
            BulkWriter w(*book);
            QVERIFY(test::fillBulk(w, 5, 1, kAsOf));
            NpsResponse bad;
            bad.accountId = test::bulkId(1);
            bad.respondedOn = kAsOf;
            bad.score = 12;
            QCOMPARE(w.add(bad).error().code, Error::Code::InvalidValue);
            QVERIFY(!w.commit());
        }
        QCOMPARE(book->accounts().count().value(), 0);
    }

    // The writer's fixed-width formatters write exactly what Qt's ISO formatting writes.
    void fastIsoFormattersAgreeWithQt()
    {
        QRandomGenerator gen(42);
        const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2200, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QList<QDateTime> samples = {
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 7), Qt::UTC),
            QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::OffsetFromUTC, 9 * 3600),
        };
        for (int i = 0; i < 20000; ++i)
            samples << QDateTime::fromMSecsSinceEpoch(gen.bounded(from, to), Qt::UTC);
        for (const QDateTime& t : samples) {
            QCOMPARE(storage::isoTimestamp(t), t.toUTC().toString(Qt::ISODateWithMs));
            QCOMPARE(storage::isoDate(t.date()), t.date().toString(Qt::ISODate));
            char buf[storage::kIsoTimeSize];
            QCOMPARE(QByteArray(buf, storage::formatIsoTime(t.time(), buf)),
                     t.time().toString(QStringLiteral("HH:mm:ss")).toLatin1());
        }
        QCOMPARE(storage::isoTimestamp(QDateTime()), QString());
        QCOMPARE(storage::isoDate(QDate()), QString());
    }

    // The reader's date parser (a Julian day worked out by hand) gives what QDate(y, m, d) gives: every day
    // of three centuries, the month ends and leap days of every four-digit year, and no date where QDate has
    // none.
    void isoDatesParseAsQtBuildsThem()
    {
        const auto parse = [](const QString& text) {
            const QByteArray bytes = text.toLatin1();
            return storage::parseIsoDate(bytes.constData(), int(bytes.size()));
        };
        for (QDate d(1899, 1, 1); d <= QDate(2101, 12, 31); d = d.addDays(1))
            QCOMPARE(parse(d.toString(Qt::ISODate)), d);
        for (int y = 1; y <= 9999; ++y) {
            for (const QDate d : {QDate(y, 1, 1), QDate(y, 2, QDate(y, 2, 1).daysInMonth()), QDate(y, 3, 1),
                                  QDate(y, 12, 31)}) {
                const QString text = QStringLiteral("%1-%2-%3")
                                         .arg(d.year(), 4, 10, QLatin1Char('0'))
                                         .arg(d.month(), 2, 10, QLatin1Char('0'))
                                         .arg(d.day(), 2, 10, QLatin1Char('0'));
                QCOMPARE(parse(text), d);
            }
        }
        for (const char* bad : {"2023-02-29", "1900-02-29", "2024-02-30", "2025-04-31", "2025-13-01",
                                "2025-00-10", "2025-01-00", "2025-01-32", "0000-01-01", "2025-1-01",
                                "2025/01/01", "2025-01-0x", "", "2025-01-01T00"})
            QVERIFY2(!parse(QLatin1String(bad)).isValid(), bad);
        QCOMPARE(parse(QStringLiteral("2000-02-29")), QDate(2000, 2, 29));
    }

    // Ids and codes are read as Latin-1 when they are ASCII; any other text is still UTF-8, and NULL stays a
    // null string.
    void mostlyAsciiTextKeepsEveryText()
    {
        const QByteArray uuid = "0f5c2a8e-3b1d-4c7a-9e2f-6d8b1a4c5e7f";
        QCOMPARE(storage::fromMostlyAscii(uuid), QString::fromLatin1(uuid));
        const QString japanese = QStringLiteral("株式会社ＡＢＣ-Ⅱ");
        QCOMPARE(storage::fromMostlyAscii(japanese.toUtf8()), japanese);
        const QString accented = QStringLiteral("Société Générale");
        QCOMPARE(storage::fromMostlyAscii(accented.toUtf8()), accented); // not read as Latin-1 bytes
        QVERIFY(storage::fromMostlyAscii(QByteArrayView()).isNull());
        QVERIFY(storage::fromMostlyAscii(QByteArrayView("", 0)).isEmpty());
    }

    // Not a timed test (csm-bench measures the speed): a bulk write of thousands of accounts lists every one
    // with the facts its rows give, worked out from its number.
    void aLargeBulkWriteListsEveryAccountWithItsFacts()
    {
        const int accounts = 5000;
        auto book = newBook();
        QVERIFY(book);
        {
            BulkWriter w(*book);
            QVERIFY(test::fillBulk(w, accounts, 50, kAsOf));
            QVERIFY(w.commit());
        }
        auto rows = book->accounts().summaries(kAsOf);
        QVERIFY(rows);
        QCOMPARE(rows->size(), accounts);
        QSet<QString> seen;
        for (const AccountSummary& s : *rows) {
            const int n = s.name.mid(8).toInt(); // "Account N"
            QCOMPARE(s.id, test::bulkId(n));
            QVERIFY(!seen.contains(s.id));
            seen.insert(s.id);
            QCOMPARE(s.arr, test::bulkArr(n));
            QCOMPARE(s.contractStart, test::bulkContractStart(n));
            QCOMPARE(s.lastCustomerTouch, test::bulkLastCustomerTouch(n, kAsOf));
            QCOMPARE(s.renewalDate, dates::currentRenewalDate(s.contractStart, 12, kAsOf));
        }
        auto report = book->check(false);
        QVERIFY(report && report->ok);
        QCOMPARE(report->rowCounts.value(QStringLiteral("usage_metric")), accounts * 50);
        QCOMPARE(report->rowCounts.value(QStringLiteral("touch")), accounts * 4);
    }
};

QTEST_GUILESS_MAIN(BulkWriterTest)
#include "tst_bulk_writer.moc"
