// The workspace's one way off the GUI thread: read() on the reader thread and runLong() on the writer thread,
// results back on the GUI thread, dropped when the book or the asking object goes away; long jobs report
// progress, take Cancel, and what they write reaches the book's listeners.

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

    // A job's connection reads the settings again after the window's connection saved new ones (each
    // connection keeps its own copy): the reader's, already open, sees the new thresholds.
    void jobsSeeSettingsSavedByTheWindow()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        QObject context;
        const auto threshold = [&] {
            std::optional<qint64> seen;
            small.workspace->read<qint64>(
                &context, [](Book& book) { return Result<qint64>(book.settings().highTouchMinArr); },
                [&seen](Result<qint64> r) { seen = r.value(); });
            (void)QTest::qWaitFor([&seen] { return seen.has_value(); });
            return seen;
        };
        const qint64 before = small.workspace->book()->settings().highTouchMinArr;
        QCOMPARE(threshold(), std::optional<qint64>(before));
        BookSettings settings = small.workspace->book()->settings();
        settings.highTouchMinArr = before + 12345;
        QVERIFY(small.workspace->book()->saveSettings(settings));
        QCOMPARE(threshold(), std::optional<qint64>(before + 12345));
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
            // Without handling events, so that the answer the reader posts stays queued.
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
        const QString path = small.workspace->bookPath();
        small.workspace->closeBook(); // waits for the reader: the answer is queued now
        QVERIFY(small.workspace->openBook(path));
        QVERIFY(test::flushReads(*small.workspace)); // the reopened book's reads answer after it
        QVERIFY(!called);
    }

    void aReadCanAskForASecondConnection()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        QObject context;
        std::optional<bool> distinct;
        small.workspace->read<int>(
            &context,
            [&distinct](Book& book, Book* second) -> Result<int> {
                distinct = second && second != &book && second->isReadOnly();
                return second ? int(second->accounts().count().value()) : -1;
            },
            [](Result<int> r) { QCOMPARE(r.value(), 2); });
        QTRY_VERIFY(distinct.has_value());
        QVERIFY(*distinct);
    }

    void aLongJobRunsOnTheWriterAndItsWritesReachTheModel()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        QTRY_COMPARE(small.workspace->accountCount(), 2);
        QObject context;
        QThread* ranOn = nullptr;
        std::optional<int> answer;
        QList<int> values;
        LongJob* job = small.workspace->runLong<int>(
            &context,
            [&ranOn](Book& book, JobProgress& progress) -> Result<int> {
                ranOn = QThread::currentThread();
                if (book.isReadOnly())
                    return Error{Error::Code::ReadOnly, QStringLiteral("read-only"), {}, {}};
                for (int i = 0; i < 3; ++i) {
                    Account a;
                    a.name = QStringLiteral("Imported %1").arg(i);
                    if (auto saved = book.accounts().save(a); !saved)
                        return saved.error();
                    progress.report(i + 1, 3);
                }
                return 3;
            },
            [&answer](Result<int> r) { answer = r ? r.value() : -1; });
        QSignalSpy finished(job, &LongJob::finished);
        connect(job, &LongJob::progressChanged, &context, [&values](int v) { values << v; });
        QVERIFY(finished.wait(10000));
        QCOMPARE(answer, std::optional<int>(3));
        QVERIFY(ranOn && ranOn != QThread::currentThread());
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last(), 1000);
        // What the job committed reached Book::changed() and so the list.
        QTRY_COMPARE(small.workspace->accountCount(), 5);
    }

    void cancellingALongJobStopsIt()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        QObject context;
        std::atomic_bool started{false};
        std::optional<Error::Code> code;
        LongJob* job = small.workspace->runLong<int>(
            &context,
            [&started](Book&, JobProgress& progress) -> Result<int> {
                started = true;
                while (!progress.cancelled())
                    QThread::msleep(2);
                return Error{Error::Code::Cancelled, QStringLiteral("cancelled"), {}, {}};
            },
            [&code](Result<int> r) { code = r ? Error::Code::Generic : r.error().code; });
        QSignalSpy finished(job, &LongJob::finished);
        QTRY_VERIFY(started.load());
        job->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(code, std::optional<Error::Code>(Error::Code::Cancelled));
    }

    void closingTheBookCancelsItsLongJobsAndWaitsForThem()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        QObject context;
        std::atomic_bool started{false};
        std::atomic_bool stopped{false};
        bool answered = false;
        LongJob* job = small.workspace->runLong<int>(
            &context,
            [&started, &stopped](Book&, JobProgress& progress) -> Result<int> {
                started = true;
                while (!progress.cancelled())
                    QThread::msleep(2);
                stopped = true;
                return 0;
            },
            [&answered](Result<int>) { answered = true; });
        QSignalSpy finished(job, &LongJob::finished);
        QTRY_VERIFY(started.load());
        small.workspace->closeBook(); // returns once the job has stopped
        QVERIFY(stopped.load());
        QVERIFY(finished.wait(10000));
        QVERIFY(!answered); // the book it was about is gone
    }

    void aLongJobWithoutABookRunsToo()
    {
        BookWorkspace workspace;
        QObject context;
        std::optional<QString> answer;
        LongJob* job = workspace.runLong<QString>(
            &context, [](JobProgress&) -> Result<QString> { return QStringLiteral("done"); },
            [&answer](Result<QString> r) { answer = r.value(); });
        job->wait();
        QCOMPARE(answer, std::optional<QString>(QStringLiteral("done")));
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
