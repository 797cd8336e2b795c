// BookWorkspace::read(): reads on the reader thread, results back on the GUI thread, dropped when the book
// or the asking object goes away.

#include "TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace csm;

class TestBookWorkspace : public QObject
{
    Q_OBJECT

    static Result<int> countAccounts(Book& book, QThread** ranOn)
    {
        *ranOn = QThread::currentThread();
        Result<QList<AccountSummary>> rows = book.accounts().summaries(test::kToday);
        if (!rows)
            return rows.error();
        return int(rows->size());
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void readRunsOnTheReaderAndAnswersOnTheGuiThread()
    {
        test::SmallBook small;
        QVERIFY(small.create(/*background=*/true));
        QThread* ranOn = nullptr;
        QThread* answeredOn = nullptr;
        std::optional<int> answer;
        QObject context;
        small.workspace->read<int>(
            &context, [&ranOn](Book& book) { return countAccounts(book, &ranOn); },
            [&](Result<int> r) {
                answeredOn = QThread::currentThread();
                QVERIFY(r.ok());
                answer = r.value();
            });
        QVERIFY(!answer); // not before the event loop runs
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, 2);
        QVERIFY(ranOn != nullptr);
        QVERIFY(ranOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void readsAnswerInTheOrderPosted()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        QList<int> order;
        QObject context;
        for (int i = 0; i < 5; ++i)
            small.workspace->read<int>(
                &context, [i](Book&) { return Result<int>(i); },
                [&order](Result<int> r) { order.append(r.value()); });
        QTRY_COMPARE(order.size(), 5);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    }

    void answerIsDroppedWhenTheContextOrTheBookGoes()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        std::atomic_int ran{0};
        const auto spinUntilRun = [&ran](int n) {
            // Without handling events, so that the answer the worker posts stays queued.
            for (int i = 0; i < 5000 && ran.load() < n; ++i)
                QThread::msleep(1);
            return ran.load() == n;
        };
        bool called = false;
        auto* context = new QObject;
        small.workspace->read<int>(
            context,
            [&ran](Book&) {
                ++ran;
                return Result<int>(1);
            },
            [&called](Result<int>) { called = true; });
        QVERIFY(spinUntilRun(1));
        delete context; // its answer is queued or about to be: it must be dropped
        QVERIFY(test::flushReads(*small.workspace));
        QVERIFY(!called);

        QObject kept;
        small.workspace->read<int>(
            &kept,
            [&ran](Book&) {
                ++ran;
                return Result<int>(2);
            },
            [&called](Result<int>) { called = true; });
        QVERIFY(spinUntilRun(2));
        small.workspace->closeBook(); // joins the reader: its answer is queued now
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }

    void readIsSynchronousWhenBackgroundLoadingIsOff()
    {
        test::SmallBook small;
        QVERIFY(small.create(false));
        QThread* ranOn = nullptr;
        std::optional<int> answer;
        QObject context;
        small.workspace->read<int>(
            &context, [&ranOn](Book& book) { return countAccounts(book, &ranOn); },
            [&answer](Result<int> r) { answer = r.value(); });
        QVERIFY(answer.has_value());
        QCOMPARE(*answer, 2);
        QCOMPARE(ranOn, QThread::currentThread());
    }

    void aReadSeesWhatTheGuiConnectionCommitted()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        Account extra;
        extra.name = QStringLiteral("Umbrella");
        QVERIFY(small.workspace->book()->accounts().save(extra).ok());
        std::optional<int> answer;
        QThread* ranOn = nullptr;
        QObject context;
        small.workspace->read<int>(
            &context, [&ranOn](Book& book) { return countAccounts(book, &ranOn); },
            [&answer](Result<int> r) { answer = r.value(); });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, 3);
    }
};

QTEST_MAIN(TestBookWorkspace)
#include "tst_bookworkspace.moc"
