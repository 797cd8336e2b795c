#include "io/CsvWriter.h"

#include "CsvTestUtil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::io;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CsvWriterTest : public QObject
{
    Q_OBJECT
private slots:
    void quotesWhatRfc4180Needs();
    void writesUtf8WithAByteOrderMarkAndCrlf();
    void writesUtf8WithoutAByteOrderMarkOnRequest();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void unguardGivesEveryOriginalBack_data();
    void unguardGivesEveryOriginalBack();
    void writesCp932AndListsWhatItCannotHold();
    void readsBackThroughTheImportExactly();
    void keepsThePreviousFileUntilCommit();
    void refusesAFolderThatDoesNotExist();

private:
    QTemporaryDir m_dir;
};

void CsvWriterTest::quotesWhatRfc4180Needs()
{
    QCOMPARE(csvLine({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                      QStringLiteral("two\r\nlines"), QString(), QStringLiteral(" spaced ")}),
             QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",, spaced "));
    QCOMPARE(csvLine({QStringLiteral("a;b"), QStringLiteral("c,d")}, ';'), QStringLiteral("\"a;b\";c,d"));
    QCOMPARE(csvLine({QStringLiteral("x\ty"), QStringLiteral("z")}, '\t'), QStringLiteral("\"x\ty\"\tz"));
}

void CsvWriterTest::writesUtf8WithAByteOrderMarkAndCrlf()
{
    const QString path = m_dir.filePath(QStringLiteral("utf8.csv"));
    CsvWriter w(path);
    QVERIFY(w.open().ok());
    QVERIFY(w.writeRow({QStringLiteral("name"), QStringLiteral("arr")}).ok());
    QVERIFY(w.writeRow({QStringLiteral("株式会社テスト"), QStringLiteral("1200000")}).ok());
    QVERIFY(w.commit().ok());
    QCOMPARE(w.rowsWritten(), 2);
    QCOMPARE(fileBytes(path), QByteArray("\xEF\xBB\xBFname,arr\r\n") +
                                  QStringLiteral("株式会社テスト").toUtf8() + QByteArray(",1200000\r\n"));
}

void CsvWriterTest::writesUtf8WithoutAByteOrderMarkOnRequest()
{
    const QString path = m_dir.filePath(QStringLiteral("nobom.csv"));
    CsvWriteOptions o;
    o.byteOrderMark = false;
    CsvWriter w(path, o);
    QVERIFY(w.open().ok());
    QVERIFY(w.writeRow({QStringLiteral("a")}).ok());
    QVERIFY(w.commit().ok());
    QCOMPARE(fileBytes(path), QByteArray("a\r\n"));
}

void CsvWriterTest::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=SUM(A1:A9)"
                            << "'=SUM(A1:A9)";
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")"
                               << "'=HYPERLINK(\"http://x\",\"y\")";
    QTest::newRow("plus") << "+1+cmd|' /C calc'!A0"
                          << "'+1+cmd|' /C calc'!A0";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(1)"
                        << "'@SUM(1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("cr") << "\r=1"
                        << "'\r=1";
    QTest::newRow("lf") << "\n=1"
                        << "'\n=1";
    QTest::newRow("dash alone") << "-"
                                << "'-";
    QTest::newRow("phone") << "+81-3-1234-5678"
                           << "'+81-3-1234-5678";
    QTest::newRow("negative number") << "-12.5"
                                     << "-12.5";
    QTest::newRow("signed number") << "+81"
                                   << "+81";
    QTest::newRow("exponent") << "-1e5"
                              << "-1e5";
    QTest::newRow("apostrophe before a formula") << "'=1"
                                                 << "''=1";
    QTest::newRow("two apostrophes before a formula") << "''=1"
                                                      << "'''=1";
    QTest::newRow("apostrophe before text") << "'quoted"
                                            << "'quoted";
    QTest::newRow("equals inside") << "a=b"
                                   << "a=b";
    QTest::newRow("empty") << ""
                           << "";
}

void CsvWriterTest::neutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(guardFormula(cell), written);
    QCOMPARE(needsFormulaGuard(cell), written != cell);
}

void CsvWriterTest::unguardGivesEveryOriginalBack_data()
{
    neutralisesFormulas_data();
}

void CsvWriterTest::unguardGivesEveryOriginalBack()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(unguardFormula(written), cell);
}

void CsvWriterTest::writesCp932AndListsWhatItCannotHold()
{
    const QString path = m_dir.filePath(QStringLiteral("cp932.csv"));
    CsvWriteOptions o;
    o.encoding = TextEncoding::Cp932;
    CsvWriter w(path, o);
    QVERIFY(w.open().ok());
    QVERIFY(w.writeRow({QStringLiteral("会社名"), QStringLiteral("メモ"), QStringLiteral("担当")}).ok());
    // 😀 (outside the BMP), é and 𠮷 (not in CP932) are replaced; 〜 (WAVE DASH) is CP932's ～; ㈱ and Ⅱ are
    // held.
    QVERIFY(
        w.writeRow({QStringLiteral("㈱構表Ⅱ"), QStringLiteral("ok 😀, café"), QStringLiteral("𠮷田〜")}).ok());
    QVERIFY(w.commit().ok());
    QCOMPARE(w.replacements(),
             (QList<CsvReplacement>{
                 {2, 2, QStringLiteral("😀")}, {2, 2, QStringLiteral("é")}, {2, 3, QStringLiteral("𠮷")}}));

    // 会社名,メモ,担当 / ㈱構表Ⅱ,"ok ?, caf?",?田～ byte for byte (CP932 table values).
    QCOMPARE(fileBytes(path),
             QByteArray("\x89\xEF\x8E\xD0\x96\xBC,\x83\x81\x83\x82,\x92\x53\x93\x96\r\n"
                        "\x87\x8A\x8D\x5C\x95\x5C\x87\x55,\"ok ?, caf?\",?\x93\x63\x81\x60\r\n"));
    const CsvReadResult r = readCsvFile(path);
    QCOMPARE(r.dialect.encoding, TextEncoding::Cp932);
    QCOMPARE(r.rows, (QList<QStringList>{{QStringLiteral("㈱構表Ⅱ"), QStringLiteral("ok ?, caf?"),
                                          QStringLiteral("?田～")}}));
}

void CsvWriterTest::readsBackThroughTheImportExactly()
{
    const QList<QStringList> table = {
        {QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("amount"), QStringLiteral("phone")},
        {QStringLiteral("=1+1"), QStringLiteral("two\nlines, \"quoted\""), QStringLiteral("-1200"),
         QStringLiteral("+81 3 1234")},
        {QStringLiteral("@home"), QStringLiteral("'=already guarded"), QStringLiteral("1,200"),
         QStringLiteral("\tx")},
        {QStringLiteral("株式会社テスト"), QStringLiteral("  spaces  "), QString(), QStringLiteral("-")},
    };
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Cp932}) {
        const QString path = m_dir.filePath(QStringLiteral("round-%1.csv").arg(encodingName(encoding)));
        CsvWriteOptions o;
        o.encoding = encoding;
        CsvWriter w(path, o);
        QVERIFY(w.open().ok());
        for (const QStringList& row : table)
            QVERIFY(w.writeRow(row).ok());
        QVERIFY(w.commit().ok());
        QVERIFY(w.replacements().isEmpty());

        const CsvReadResult r = readCsvFile(path);
        QVERIFY(!r.openError);
        QCOMPARE(r.dialect.encoding, encoding);
        QVERIFY(r.dialect.hasHeader);
        QVERIFY(r.issueList().isEmpty());
        QList<QStringList> back = {r.header};
        for (const QStringList& row : r.rows) {
            QStringList cells;
            for (const QString& cell : row)
                cells << unguardFormula(cell);
            back << cells;
        }
        QCOMPARE(back, table);
    }
}

void CsvWriterTest::keepsThePreviousFileUntilCommit()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    {
        CsvWriter w(path);
        QVERIFY(w.open().ok());
        QVERIFY(w.writeRow({QStringLiteral("first")}).ok());
        QVERIFY(w.commit().ok());
    }
    const QByteArray before = fileBytes(path);
    {
        CsvWriter w(path);
        QVERIFY(w.open().ok());
        QVERIFY(w.writeRow({QStringLiteral("second")}).ok());
        // destroyed without commit()
    }
    QCOMPARE(fileBytes(path), before);
    {
        CsvWriter w(path);
        QVERIFY(w.open().ok());
        QVERIFY(w.writeRow({QStringLiteral("third")}).ok());
        w.cancel();
        QVERIFY(!w.commit().ok());
    }
    QCOMPARE(fileBytes(path), before);
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("keep.csv")});
}

void CsvWriterTest::refusesAFolderThatDoesNotExist()
{
    CsvWriter w(m_dir.filePath(QStringLiteral("missing/out.csv")));
    const Status s = w.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Io);
    QVERIFY(s.error().where.endsWith(QStringLiteral("missing/out.csv")));
    QVERIFY(!w.writeRow({QStringLiteral("x")}).ok());
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "tst_csvwriter.moc"
