// The quick search over touches and contacts: the trigram index of schema 2 (3+ characters), the scan below
// three characters, case, tombstones, FTS5 syntax in the user's text, re-indexing, both plans of the indexed
// search and both halves of the scan, cancellation, and an index that stays in step through a backup.

#include "RawSqlite.h"
#include "Search.h"
#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"
#include "storage/Repositories.h"

#include <QTest>

#include <algorithm>

using namespace csm;
using namespace csm::test;

namespace {

QStringList summaries(const Result<QList<Touch>>& touches)
{
    QStringList out;
    if (touches) {
        for (const Touch& t : touches.value())
            out << t.summary;
    }
    return out;
}

QList<Id> ids(const Result<QList<Touch>>& touches)
{
    QList<Id> out;
    if (touches) {
        for (const Touch& t : touches.value())
            out << t.id;
    }
    return out;
}

Id touchId(int n)
{
    return QStringLiteral("00000000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Runs SQL on a connection of its own: the first column of the last statement's rows, or the error.
QStringList runSql(const QString& path, const QStringList& statements, QString* error = nullptr)
{
    RawDb db(path);
    QStringList rows;
    QString failure = db.isOpen() ? QString() : db.lastError();
    for (qsizetype i = 0; i < statements.size() && failure.isEmpty(); ++i) {
        rows = db.column(statements.at(i));
        if (!db.lastError().isEmpty()) {
            failure = db.lastError();
            rows.clear();
        }
    }
    if (error)
        *error = failure;
    return rows;
}

QString runSqlError(const QString& path, const QStringList& statements)
{
    QString error;
    runSql(path, statements, &error);
    return error;
}

// FTS5's own check that the index matches the touch table.
QString indexProblem(const QString& path)
{
    return runSqlError(
        path, {QStringLiteral("INSERT INTO touch_search (touch_search) VALUES ('integrity-check')")});
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2025, 6, 2)};
    std::unique_ptr<Book> m_book;
    Id m_acme;
    Id m_globex;

    Touch touch(const Id& account, QDate day, const QString& summary, const QString& nextStep = {})
    {
        Touch t;
        t.accountId = account;
        t.occurredOn = day;
        t.kind = TouchKind::Call;
        t.summary = summary;
        t.nextStep = nextStep;
        return t;
    }

    Id save(const Touch& t)
    {
        auto saved = m_book->touches().save(t);
        if (!saved)
            qWarning() << saved.error().toString();
        return saved ? saved->id : Id();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path =
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing, m_clock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        m_book = std::move(book.value());
        Account a;
        a.name = QStringLiteral("Acme");
        m_acme = m_book->accounts().save(a)->id;
        a.name = QStringLiteral("Globex");
        m_globex = m_book->accounts().save(a)->id;
    }

    void cleanup() { m_book.reset(); }

    void aNewBookHasTheSearchIndex()
    {
        QCOMPARE(m_book->info().schemaVersion, Book::currentSchemaVersion());
        QVERIFY(Book::currentSchemaVersion() >= 2);
        QVERIFY(Book::currentMinReaderVersion() <=
                Book::currentSchemaVersion()); // the index alone never raises it
        QCOMPARE(m_book->touches().search(QStringLiteral("anything"), 10)->size(), 0);
        QCOMPARE(indexProblem(m_book->path()), QString());
    }

    void threeCharactersOrMoreFindEnglishAndJapaneseThroughTheIndex()
    {
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Kickoff call about the data migration")));
        save(touch(m_acme, QDate(2025, 5, 2), QStringLiteral("解約の可能性について相談"),
                   QStringLiteral("更新条件を提示する")));
        save(touch(m_globex, QDate(2025, 5, 3), QStringLiteral("QBR: adoption review")));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("migration"), 10)),
                 QStringList{QStringLiteral("Kickoff call about the data migration")});
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("ta migr"), 10)).size(),
                 1); // across a space
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("解約の"), 10)),
                 QStringList{QStringLiteral("解約の可能性について相談")});
        QCOMPARE(m_book->touches().search(QStringLiteral("可能性"), 10)->size(), 1);
        // The next step is searched too.
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("条件を"), 10)),
                 QStringList{QStringLiteral("解約の可能性について相談")});
        QCOMPARE(m_book->touches().search(QStringLiteral("migrations"), 10)->size(), 0);
        QCOMPARE(m_book->touches().search(QStringLiteral("解約予定"), 10)->size(), 0);
        QCOMPARE(indexProblem(m_book->path()), QString());
    }

    void oneOrTwoCharactersFallBackToAScanNewestFirst()
    {
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("解約の可能性")));
        save(touch(m_acme, QDate(2025, 5, 3), QStringLiteral("契約更新の相談")));
        save(touch(m_globex, QDate(2025, 5, 2), QStringLiteral("電話"), QStringLiteral("解約")));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("解約"), 10)),
                 (QStringList{QStringLiteral("電話"), QStringLiteral("解約の可能性")}));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("更新"), 10)),
                 QStringList{QStringLiteral("契約更新の相談")});
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("約"), 10)),
                 (QStringList{QStringLiteral("契約更新の相談"), QStringLiteral("電話"),
                              QStringLiteral("解約の可能性")}));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("約"), 2)).size(), 2);
        QCOMPARE(m_book->touches().search(QStringLiteral("話す"), 10)->size(), 0);
        // A character outside the Basic Multilingual Plane is one character, not two.
        QCOMPARE(storage::codePointCount(QStringLiteral("𠮷野")), 2);
        save(touch(m_acme, QDate(2025, 5, 4), QStringLiteral("𠮷野家で会食")));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("𠮷野"), 10)),
                 QStringList{QStringLiteral("𠮷野家で会食")});
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("𠮷野家"), 10)),
                 QStringList{QStringLiteral("𠮷野家で会食")});
    }

    void asciiLettersMatchEitherCase()
    {
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Kickoff with the CTO")));
        for (const char* text : {"kickoff", "KICKOFF", "kIcK", "cto", "Ki", "k", "CT"})
            QCOMPARE(m_book->touches().search(QString::fromLatin1(text), 10)->size(), 1);
    }

    void likeWildcardsAreText()
    {
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Renewal 100% on track")));
        QCOMPARE(m_book->touches().search(QStringLiteral("100%"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("10_%"), 10)->size(), 0);
        QCOMPARE(m_book->touches().search(QStringLiteral("%"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("_"), 10)->size(), 0);
        QCOMPARE(m_book->touches().search(QStringLiteral("\\"), 10)->size(), 0);
    }

    void fts5SyntaxInTheTextIsPlainTextAndNeverAnError()
    {
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Said \"yes\" AND signed (finally) *today*")));
        const QStringList queries = {
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("\"\"\""),
            QStringLiteral("AND"),
            QStringLiteral("OR"),
            QStringLiteral("NOT"),
            QStringLiteral("*"),
            QStringLiteral("a*"),
            QStringLiteral("sig*"),
            QStringLiteral("NEAR(a b)"),
            QStringLiteral("summary:x"),
            QStringLiteral("^Said"),
            QStringLiteral("(fin"),
            QStringLiteral("-yes"),
            QStringLiteral("+ -"),
            QStringLiteral("a OR b"),
            QStringLiteral("x' OR 1=1 --"),
            QStringLiteral("\"yes\""),
            QStringLiteral("{summary}: y"),
            QStringLiteral("AND signed"),
            QStringLiteral("*today*"),
        };
        for (const QString& q : queries) {
            auto found = m_book->touches().search(q, 10);
            QVERIFY2(found,
                     qPrintable(q + QLatin1String(": ") + (found ? QString() : found.error().toString())));
        }
        QCOMPARE(m_book->touches().search(QStringLiteral("\"yes\""), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("AND signed"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("*today*"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("(finally)"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("^Said"), 10)->size(), 0);
        QCOMPARE(m_book->touches().search(QStringLiteral("yes OR nothing"), 10)->size(), 0);
        QCOMPARE(storage::ftsString(QStringLiteral("a\"b")), QByteArray("\"a\"\"b\""));
    }

    void changingTheTextReindexesTheTouch()
    {
        const Id id = save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Discussed pricing")));
        QCOMPARE(m_book->touches().search(QStringLiteral("pricing"), 10)->size(), 1);
        Touch t = m_book->touches().get(id).value();
        t.summary = QStringLiteral("Discussed onboarding");
        t.nextStep = QStringLiteral("Send the invoice");
        QVERIFY(m_book->touches().save(t));
        QCOMPARE(m_book->touches().search(QStringLiteral("pricing"), 10)->size(), 0);
        QCOMPARE(m_book->touches().search(QStringLiteral("onboarding"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("invoice"), 10)->size(), 1);
        // Saving other fields only leaves the index as it is.
        t = m_book->touches().get(id).value();
        t.sentiment = 1;
        QVERIFY(m_book->touches().save(t));
        QVERIFY(m_book->touches().setFollowUpDone(id, true));
        QCOMPARE(m_book->touches().search(QStringLiteral("onboarding"), 10)->size(), 1);
        QCOMPARE(indexProblem(m_book->path()), QString());
    }

    void tombstonedTouchesAndAccountsAreLeftOut()
    {
        const Id id = save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Escalation about outage")));
        save(touch(m_globex, QDate(2025, 5, 2), QStringLiteral("Outage follow-up")));
        QCOMPARE(m_book->touches().search(QStringLiteral("outage"), 10)->size(), 2);
        QVERIFY(m_book->touches().remove(id));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("outage"), 10)),
                 QStringList{QStringLiteral("Outage follow-up")});
        QCOMPARE(m_book->touches().search(QStringLiteral("ou"), 10)->size(), 1);
        QVERIFY(m_book->touches().restore(id));
        QCOMPARE(m_book->touches().search(QStringLiteral("outage"), 10)->size(), 2);
        QVERIFY(m_book->accounts().remove(m_globex));
        QCOMPARE(summaries(m_book->touches().search(QStringLiteral("outage"), 10)),
                 QStringList{QStringLiteral("Escalation about outage")});
        QCOMPARE(m_book->touches().search(QStringLiteral("ou"), 10)->size(), 1);
        QCOMPARE(indexProblem(m_book->path()), QString());
    }

    void resultsAreNewestFirstThenByIdAndLimited()
    {
        for (int i = 0; i < 6; ++i) {
            Touch t = touch(m_acme, QDate(2025, 5, 1 + i % 3), QStringLiteral("Weekly sync %1").arg(i));
            t.id = touchId(i);
            save(t);
        }
        const QList<Id> expected = {touchId(5), touchId(2), touchId(4), touchId(1), touchId(3), touchId(0)};
        QCOMPARE(ids(m_book->touches().search(QStringLiteral("weekly"), 0)), expected);
        QCOMPARE(ids(m_book->touches().search(QStringLiteral("sy"), 0)), expected);
        QCOMPARE(ids(m_book->touches().search(QStringLiteral("weekly"), 4)), expected.mid(0, 4));
        QCOMPARE(ids(m_book->touches().search(QStringLiteral("w"), 4)), expected.mid(0, 4));
    }

    // Above kSortedMatchesMax index matches the search walks touches by date instead of sorting the
    // matches, and with more than kRecentTouches live touches a short search reads the newest ones first,
    // then the rest: the answers are the same as a plain sort of everything.
    void everyPlanGivesTheNewestMatchesInOrder()
    {
        const int count = storage::kSortedMatchesMax + storage::kRecentTouches + 1000;
        QList<Touch> all;
        {
            BulkWriter w(*m_book);
            for (int i = 0; i < count; ++i) {
                // Common text on most touches, rare text on a few old ones, one old two-character word.
                const QString text = i % 97 == 0 ? QStringLiteral("rare escalation %1").arg(i)
                                     : i < 40    ? QStringLiteral("旧契約 %1").arg(i)
                                                 : QStringLiteral("status call %1").arg(i);
                Touch t = touch(i % 3 == 0 ? m_globex : m_acme, QDate(2020, 1, 1).addDays(i / 7), text);
                t.id = touchId(i);
                t.deleted = i % 11 == 0;
                QVERIFY(w.add(t));
                all << t;
            }
            QVERIFY(w.commit());
        }
        QCOMPARE(indexProblem(m_book->path()), QString());
        auto expected = [&](const QString& needle, int limit) {
            QList<const Touch*> hits;
            for (const Touch& t : all) {
                if (!t.deleted && t.summary.contains(needle, Qt::CaseInsensitive))
                    hits << &t;
            }
            std::sort(hits.begin(), hits.end(), [](const Touch* a, const Touch* b) {
                return a->occurredOn != b->occurredOn ? a->occurredOn > b->occurredOn : a->id > b->id;
            });
            QList<Id> out;
            for (const Touch* t : hits.mid(0, limit > 0 ? limit : hits.size()))
                out << t->id;
            return out;
        };
        for (const QString& needle :
             {QStringLiteral("status"), QStringLiteral("rare esc"), QStringLiteral("st"),
              QStringLiteral("旧契"), QStringLiteral("契"), QStringLiteral("1"), QStringLiteral("ra")}) {
            for (int limit : {20, 0}) {
                const QList<Id> want = expected(needle, limit);
                QVERIFY(!want.isEmpty());
                QCOMPARE(ids(m_book->touches().search(needle, limit)), want);
            }
        }
        QVERIFY(expected(QStringLiteral("status"), 0).size() > storage::kSortedMatchesMax);
    }

    void aCancelledSearchStopsWithCancelled()
    {
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Renewal call")));
        auto never = m_book->touches().search(QStringLiteral("renewal"), 10, [] { return false; });
        QCOMPARE(never->size(), 1);
        for (const char* text : {"renewal", "re"}) {
            auto touches = m_book->touches().search(QString::fromLatin1(text), 10, [] { return true; });
            QVERIFY(!touches);
            QCOMPARE(touches.error().code, Error::Code::Cancelled);
        }
        auto contacts = m_book->contacts().search(QStringLiteral("x"), 10, [] { return true; });
        QVERIFY(!contacts || contacts->isEmpty()); // nothing to read: may finish before the first check
        // A scan that is cancelled while it runs.
        {
            BulkWriter w(*m_book);
            for (int i = 0; i < 20000; ++i)
                QVERIFY(w.add(touch(m_acme, QDate(2024, 1, 1), QStringLiteral("note %1").arg(i))));
            QVERIFY(w.commit());
        }
        int asked = 0;
        auto late = m_book->touches().search(QStringLiteral("zz"), 10, [&asked] { return ++asked > 3; });
        QVERIFY(!late);
        QCOMPARE(late.error().code, Error::Code::Cancelled);
        // The handler is gone afterwards: the same connection reads normally.
        QCOMPARE(m_book->touches().search(QStringLiteral("renewal"), 10)->size(), 1);
    }

    void theIndexStaysInStepThroughDeletesAndABackup()
    {
        for (int i = 0; i < 50; ++i)
            save(touch(m_acme, QDate(2025, 4, 1).addDays(i), QStringLiteral("Touch number %1").arg(i)));
        // Touches are never hard-deleted by the app, but any SQLite tool may: the delete trigger keeps the
        // index, and the backup's VACUUM keeps the rowids it is keyed by (touch has indexes).
        QCOMPARE(
            runSqlError(m_book->path(), {QStringLiteral("DELETE FROM touch WHERE summary LIKE '%1_'"),
                                         QStringLiteral("UPDATE touch SET summary = 'Renamed' WHERE summary "
                                                        "= 'Touch number 30'")}),
            QString());
        QCOMPARE(indexProblem(m_book->path()), QString());
        const QString copy =
            m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_book->backupTo(copy));
        QCOMPARE(indexProblem(copy), QString());
        auto backup = Book::open(copy, Book::OpenMode::ReadOnly, m_clock);
        QVERIFY(backup);
        for (Book* b : {m_book.get(), backup->get()}) {
            QCOMPARE(b->touches().search(QStringLiteral("number 4"), 0)->size(), 11); // 4, 40-49
            QCOMPARE(b->touches().search(QStringLiteral("number 1"), 0)->size(), 1);  // "number 1" only
            QCOMPARE(summaries(b->touches().search(QStringLiteral("renamed"), 0)),
                     QStringList{QStringLiteral("Renamed")});
            QCOMPARE(b->touches().search(QStringLiteral("number 30"), 0)->size(), 0);
        }
    }

    // The BulkWriter drops the index's insert trigger for its transaction and indexes its touches at commit.
    void bulkWrittenTouchesAreIndexedAtCommitAndTheTriggerComesBack()
    {
        const QString triggers = QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'touch_search%' "
            "ORDER BY name");
        const QStringList all = {QStringLiteral("touch_search_delete"), QStringLiteral("touch_search_insert"),
                                 QStringLiteral("touch_search_update")};
        save(touch(m_acme, QDate(2025, 5, 1), QStringLiteral("Saved before the bulk write")));
        {
            BulkWriter w(*m_book);
            QVERIFY(w.add(touch(m_acme, QDate(2025, 5, 2), QStringLiteral("Imported meeting notes"))));
            QVERIFY(w.add(touch(m_globex, QDate(2025, 5, 3), QStringLiteral("取り込んだ議事録"))));
            QVERIFY(w.commit());
        }
        QCOMPARE(runSql(m_book->path(), {triggers}), all);
        QCOMPARE(m_book->touches().search(QStringLiteral("imported"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("議事録"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("before the"), 10)->size(), 1);
        save(touch(m_acme, QDate(2025, 5, 4), QStringLiteral("Saved after the bulk write")));
        QCOMPARE(m_book->touches().search(QStringLiteral("bulk write"), 10)->size(), 2);
        QCOMPARE(indexProblem(m_book->path()), QString());

        // Rolled back (destroyed uncommitted, or a refused row): the trigger is back, nothing is indexed.
        {
            BulkWriter w(*m_book);
            QVERIFY(w.add(touch(m_acme, QDate(2025, 5, 5), QStringLiteral("Never committed"))));
        }
        {
            BulkWriter w(*m_book);
            QVERIFY(w.add(touch(m_acme, QDate(2025, 5, 5), QStringLiteral("Never committed either"))));
            Touch bad = touch(m_acme, QDate(2025, 5, 5), QStringLiteral("Bad sentiment"));
            bad.sentiment = 9;
            QVERIFY(!w.add(bad));
            QVERIFY(!w.commit());
        }
        QCOMPARE(runSql(m_book->path(), {triggers}), all);
        QCOMPARE(m_book->touches().search(QStringLiteral("committed"), 10)->size(), 0);
        save(touch(m_acme, QDate(2025, 5, 6), QStringLiteral("Committed at last")));
        QCOMPARE(m_book->touches().search(QStringLiteral("committed"), 10)->size(), 1);
        QCOMPARE(indexProblem(m_book->path()), QString());
    }

    void contactsAreFoundByNameOrEmailInEitherCase()
    {
        Contact c;
        c.accountId = m_acme;
        c.name = QStringLiteral("Hanako Suzuki");
        c.email = QStringLiteral("hanako@acme.example");
        QVERIFY(m_book->contacts().save(c));
        c.accountId = m_globex;
        c.name = QStringLiteral("鈴木 一郎");
        c.email = QStringLiteral("ichiro@globex.example");
        QVERIFY(m_book->contacts().save(c));
        QCOMPARE(m_book->contacts().search(QStringLiteral("SUZUKI"), 10)->size(), 1);
        QCOMPARE(m_book->contacts().search(QStringLiteral("鈴木"), 10)->size(), 1);
        QCOMPARE(m_book->contacts().search(QStringLiteral(".example"), 10)->size(), 2);
        QCOMPARE(m_book->contacts().search(QStringLiteral("\""), 10)->size(), 0);
        QVERIFY(m_book->accounts().remove(m_globex));
        QCOMPARE(m_book->contacts().search(QStringLiteral(".example"), 10)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
