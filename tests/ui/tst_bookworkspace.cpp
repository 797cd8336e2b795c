// BookWorkspace::read(): reads on the reader thread, results back on the GUI thread, dropped when the book
// or the asking object goes away.

#include "TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

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
        bool called = false;
        auto* context = new QObject;
        small.workspace->read<int>(
            context, [](Book&) { return Result<int>(1); }, [&called](Result<int>) { called = true; });
        delete context;
        QObject kept;
        small.workspace->read<int>(
            &kept, [](Book&) { return Result<int>(2); }, [&called](Result<int>) { called = true; });
        small.workspace->closeBook();
        QTest::qWait(100);
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
