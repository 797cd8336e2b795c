// Every input that once crashed a fuzz target (and a few of each target's seeds) is replayed here, in the
// normal suite and under the sanitizers (the `asan` preset): tests/data/fuzz/<target>/.

#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const auto& target : csm::fuzz::targets()) {
        const QDir dir(QStringLiteral(CSM_FUZZ_DATA_DIR "/") + QLatin1String(target.name));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(dir.path() + QStringLiteral(" has no inputs")));
        for (const QString& file : files) {
            const QString name = QLatin1String(target.name) + QLatin1Char('/') + file;
            QTest::newRow(qPrintable(name)) << QString::fromLatin1(target.name) << dir.filePath(file);
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const auto& t : csm::fuzz::targets()) {
        if (target == QLatin1String(t.name)) {
            // A crash, a hang (the test's timeout) or a sanitizer report fails the test; the target itself
            // always answers 0.
            QCOMPARE(
                t.run(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())),
                0);
            return;
        }
    }
    QFAIL("unknown target");
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
