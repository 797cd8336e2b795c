#include "io/CsvReader.h"

#include "CsvTestUtil.h"
#include "SharedData.h"
#include "domain/AccountIdentity.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdio>

#if defined(__SANITIZE_ADDRESS__)
#define CSM_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CSM_TEST_UNDER_ASAN 1
#endif
#endif
#ifdef CSM_TEST_UNDER_ASAN
// From <sanitizer/allocator_interface.h>, which GCC does not install (its libasan exports the function).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace csm;
using namespace csm::io;

namespace {

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList out;
    for (const char* f : fields)
        out << QString::fromUtf8(f);
    return out;
}

CsvOptions plain(char delimiter = ',', HeaderRow header = HeaderRow::Absent)
{
    CsvOptions o;
    o.encoding = TextEncoding::Utf8;
    o.delimiter = delimiter;
    o.header = header;
    return o;
}

// A device that makes a long usage file as it is read: memory of the reader, not of the test.
class GeneratedUsage : public QIODevice
{
public:
    explicit GeneratedUsage(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        qint64 n = 0;
        while (n < max) {
            if (m_offset >= m_line.size()) {
                if (m_next >= m_rows)
                    break;
                char line[64];
                const int length =
                    std::snprintf(line, sizeof line, "A-%06lld,2025-%02lld-%02lld,active_users,%lld\r\n",
                                  m_next % 5000, 1 + m_next % 12, 1 + m_next % 28, m_next % 997);
                m_line = QByteArray(line, length);
                m_offset = 0;
                ++m_next;
            }
            const qint64 take = std::min<qint64>(max - n, m_line.size() - m_offset);
            std::memcpy(data + n, m_line.constData() + m_offset, std::size_t(take));
            n += take;
            m_offset += take;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    QByteArray m_line;
    qint64 m_offset = 0;
};

[[maybe_unused]] qint64 peakResidentKb() // unused under AddressSanitizer (MemoryGrowth)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The memory a loop uses: the growth of the resident peak (VmHWM) in a normal build. Under AddressSanitizer a
// freed block waits in a quarantine of up to 256 MB before it is reused, so the resident peak follows every
// allocation ever made, freed or not; there the largest live heap (allocated, not yet freed) seen at each
// sample() is measured instead.
class MemoryGrowth
{
public:
    MemoryGrowth() : m_before(now()), m_peak(m_before) {}
    void sample() { m_peak = std::max(m_peak, now()); }
    // -1 when it cannot be measured here
    qint64 kb()
    {
        sample();
        return m_before < 0 ? -1 : m_peak - m_before;
    }

private:
    static qint64 now()
    {
#ifdef CSM_TEST_UNDER_ASAN
        return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#else
        return peakResidentKb();
#endif
    }
    qint64 m_before;
    qint64 m_peak;
};

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT
private slots:
    void readsQuotedFieldsAsRfc4180();
    void lineBreaksInsideQuotesMoveTheLineNumbers();
    void acceptsEveryLineEnding_data();
    void acceptsEveryLineEnding();
    void lastRowNeedsNoLineBreak();
    void skipsBlankLinesButCountsThem();
    void chunkBoundariesChangeNothing_data();
    void chunkBoundariesChangeNothing();
    void recognisesTheDelimiter_data();
    void recognisesTheDelimiter();
    void recognisesTheHeaderRow_data();
    void recognisesTheHeaderRow();
    void reportsRowProblemsAndReadsOn();
    void raggedRowsAreReportedPerRow();
    void stopsAtAnUnclosedQuote();
    void stopsAtARowLongerThanTheLimit();
    void refusesEmptyFilesAndFilesThatAreNotText();
    void reportsAHeaderWithoutRows();
    void reportsBlankAndRepeatedHeaders();
    void reportsInvalidUtf8WithLineAndColumn();
    void reportsInvalidCp932WithLineAndColumn();
    void readsUtf16WithTabsAsExcelSavesIt();
    void positionsCountCharactersNotBytes();
    void rawRowIsWhatWasWritten();
    void memoryStaysFlatWhateverTheSize();
    void readsTheSalesforceExports();
    void readsRavenstackAndTelco();
    void readsJigyosyoAsCp932WithoutAHeader();
    void readsTheCabinetOfficeHolidayList();
    void jigyosyoNamesOfOneCompanyShareAKey();
};

void CsvReaderTest::readsQuotedFieldsAsRfc4180()
{
    const CsvReadResult r = readCsv(QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\r\n"
                                               "\"\"\"\",x,\"\",  spaced  ,end\r\n"),
                                    plain());
    QVERIFY(!r.openError);
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0], row({"a", "b,c", "say \"hi\"", "", ""}));
    QCOMPARE(r.rows[1], row({"\"", "x", "", "  spaced  ", "end"}));
    QVERIFY(r.issueList().isEmpty());
    QVERIFY(!r.stopped);
}

void CsvReaderTest::lineBreaksInsideQuotesMoveTheLineNumbers()
{
    const CsvReadResult r =
        readCsv(QByteArray("id,note\r\n1,\"two\r\nlines\"\r\n2,\"three\nmixed\rbreaks\"\r\n3,x\r\n"),
                plain(',', HeaderRow::Present));
    QCOMPARE(r.header, row({"id", "note"}));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0][1], QStringLiteral("two\r\nlines"));
    QCOMPARE(r.rows[1][1], QStringLiteral("three\nmixed\rbreaks"));
    QCOMPARE(r.lines, (QList<qint64>{2, 4, 7}));
}

void CsvReaderTest::acceptsEveryLineEnding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r3,4\r");
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n3,4\r");
    QTest::newRow("mixed, no final break") << QByteArray("a,b\r1,2\r\n3,4");
}

void CsvReaderTest::acceptsEveryLineEnding()
{
    QFETCH(QByteArray, bytes);
    const CsvReadResult r = readCsv(bytes);
    QCOMPARE(r.header, row({"a", "b"}));
    QCOMPARE(r.rows, (QList<QStringList>{row({"1", "2"}), row({"3", "4"})}));
    QCOMPARE(r.lines, (QList<qint64>{2, 3}));
    QVERIFY(r.issueList().isEmpty());
}

void CsvReaderTest::lastRowNeedsNoLineBreak()
{
    QCOMPARE(readCsv(QByteArray("x,y\n1,2"), plain()).rows,
             (QList<QStringList>{row({"x", "y"}), row({"1", "2"})}));
    QCOMPARE(readCsv(QByteArray("x,y\n1,"), plain()).rows.last(), row({"1", ""}));
    QCOMPARE(readCsv(QByteArray("x,y\n1,\"q\""), plain()).rows.last(), row({"1", "q"}));
}

void CsvReaderTest::skipsBlankLinesButCountsThem()
{
    const CsvReadResult r =
        readCsv(QByteArray("a,b\r\n\r\n1,2\r\n\r\n\r\n,\r\n3,4\r\n\r\n"), plain(',', HeaderRow::Present));
    QCOMPARE(r.rows, (QList<QStringList>{row({"1", "2"}), row({"", ""}), row({"3", "4"})}));
    QCOMPARE(r.lines, (QList<qint64>{3, 6, 7}));
}

void CsvReaderTest::chunkBoundariesChangeNothing_data()
{
    QTest::addColumn<int>("chunk");
    for (const int chunk : {4, 5, 7, 8, 13, 16, 31, 64, 1 << 20})
        QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
}

void CsvReaderTest::chunkBoundariesChangeNothing()
{
    QFETCH(int, chunk);
    // Every construct at every offset: doubled quotes, CR LF, quoted breaks, a bad quote, ragged rows,
    // multi-byte characters, an empty last field, and the same through the CP932 and UTF-16 transcoders.
    const QString text = QStringLiteral("名前,金額,メモ\r\n\"株式会社\"\"A\"\"\",\"1,200\","
                                        "\"一行目\r\n二行目\"\r\n構表ソ,12,x\"y\r\n\"z\"w,3\r\n"
                                        "last,,\r\n,\"\",\"\"\"\"\r\n");
    const CsvReadResult expected = readCsv(text.toUtf8(), plain(',', HeaderRow::Present));
    QCOMPARE(expected.rows.size(), 5);
    QCOMPARE(expected.rows[0], row({"株式会社\"A\"", "1,200", "一行目\r\n二行目"}));
    QCOMPARE(expected.issueList(), (QStringList{QStringLiteral("4:9:%1").arg(int(CsvProblem::QuoteInField)),
                                                QStringLiteral("5:4:%1").arg(int(CsvProblem::TextAfterQuote)),
                                                QStringLiteral("5:0:%1").arg(int(CsvProblem::RaggedRow))}));

    CsvOptions o = plain(',', HeaderRow::Present);
    o.chunkBytes = chunk;
    const CsvReadResult utf8 = readCsv(text.toUtf8(), o);
    QCOMPARE(utf8.header, expected.header);
    QCOMPARE(utf8.rows, expected.rows);
    QCOMPARE(utf8.lines, expected.lines);
    QCOMPARE(utf8.issueList(), expected.issueList());

    QStringEncoder toCp932("windows-31j");
    o.encoding = TextEncoding::Cp932;
    const CsvReadResult cp932 = readCsv(QByteArray(toCp932(text)), o);
    QCOMPARE(cp932.rows, expected.rows);
    QCOMPARE(cp932.issueList(), expected.issueList());

    o.encoding = TextEncoding::Utf16LE;
    const QByteArray utf16 =
        QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvReadResult wide = readCsv(utf16, o);
    QCOMPARE(wide.rows, expected.rows);
    QCOMPARE(wide.issueList(), expected.issueList());
}

void CsvReaderTest::recognisesTheDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("name,notes\nA,\"x;y\"\nB,z;w\n") << ',';
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("name;amount;rate\nA;1.200,50;0,5\nB;3,25;1,0\n") << ';';
    QTest::newRow("tab") << QByteArray("name\tamount\nFoo, Inc.\t1,200\nBar\t3\n") << '\t';
    QTest::newRow("bar") << QByteArray("a|b|c\n1|2|3\n") << '|';
    QTest::newRow("one column") << QByteArray("name\nAcme\nGlobex\n") << ',';
    QTest::newRow("quoted commas do not count") << QByteArray("a;b\n\"1,2,3\";4\n\"5,6\";7\n") << ';';
}

void CsvReaderTest::recognisesTheDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    const CsvReadResult r = readCsv(bytes);
    QVERIFY(!r.openError);
    QCOMPARE(r.dialect.delimiter, delimiter);
    QVERIFY(r.issueList().isEmpty());
    // What the user says wins.
    CsvOptions o;
    o.delimiter = '|';
    QCOMPARE(readCsv(bytes, o).dialect.delimiter, '|');
}

void CsvReaderTest::recognisesTheHeaderRow_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("header");
    QTest::newRow("labels over data")
        << QByteArray("account,date,metric,value\nA-1,2025-04-01,users,3\n") << true;
    QTest::newRow("labels over booleans") << QByteArray("id,is_trial\nA,False\nB,True\n") << true;
    QTest::newRow("data from the first row")
        << QByteArray("01101,\"name\",0,0\n01102,\"other\",1,0\n") << false;
    QTest::newRow("dates from the first row") << QByteArray("2025/1/1,元日\n2025/1/13,成人の日\n") << false;
    QTest::newRow("text only") << QByteArray("name,owner\nAcme,Sato\n") << true;
    QTest::newRow("one row of labels") << QByteArray("account,date,metric,value\n") << true;
    QTest::newRow("one row of data") << QByteArray("A-1,2025-04-01,users,3\n") << false;
}

void CsvReaderTest::recognisesTheHeaderRow()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, header);
    QCOMPARE(readCsv(bytes).dialect.hasHeader, header);
    CsvOptions forced;
    forced.header = header ? HeaderRow::Absent : HeaderRow::Present;
    QCOMPARE(readCsv(bytes, forced).dialect.hasHeader, !header);
}

void CsvReaderTest::reportsRowProblemsAndReadsOn()
{
    const CsvReadResult r = readCsv(QByteArray("a,b\n"
                                               "12\" pipe,2\n" // quote in an unquoted field
                                               "\"ab\"c,3\n"   // text after the closing quote
                                               "ok,4\n"
                                               "nul\0here,5\n", // a NUL byte
                                               39),
                                    plain(',', HeaderRow::Present));
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows[0], row({"12\" pipe", "2"}));
    QCOMPARE(r.rows[1], row({"abc", "3"}));
    QCOMPARE(r.issues[0].size(), 1);
    QCOMPARE(problemKey(r.issues[0][0]), QStringLiteral("2:3:%1").arg(int(CsvProblem::QuoteInField)));
    QCOMPARE(problemKey(r.issues[1][0]), QStringLiteral("3:5:%1").arg(int(CsvProblem::TextAfterQuote)));
    QVERIFY(r.issues[2].isEmpty());
    QCOMPARE(problemKey(r.issues[3][0]), QStringLiteral("5:4:%1").arg(int(CsvProblem::NulByte)));
    QVERIFY(!r.stopped);
    // Messages say what, where() says where, and there is a hint.
    QCOMPARE(r.issues[0][0].where(), QStringLiteral("line 2, column 3"));
    QVERIFY(r.issues[0][0].toString().startsWith(QStringLiteral("Line 2, column 3: ")));
    QVERIFY(!r.issues[0][0].hint.isEmpty());
    QVERIFY(!r.issues[0][0].stopsReading());
}

void CsvReaderTest::raggedRowsAreReportedPerRow()
{
    const CsvReadResult r =
        readCsv(QByteArray("a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3\n"), plain(',', HeaderRow::Present));
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.issueList(), (QStringList{QStringLiteral("3:0:%1").arg(int(CsvProblem::RaggedRow)),
                                         QStringLiteral("4:0:%1").arg(int(CsvProblem::RaggedRow))}));
    // Without a header the first row sets the count.
    const CsvReadResult noHeader = readCsv(QByteArray("1,2\n1,2,3\n"), plain());
    QCOMPARE(noHeader.issueList(), QStringList{QStringLiteral("2:0:%1").arg(int(CsvProblem::RaggedRow))});
}

void CsvReaderTest::stopsAtAnUnclosedQuote()
{
    const CsvReadResult r =
        readCsv(QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n"), plain(',', HeaderRow::Present));
    QCOMPARE(r.rows, QList<QStringList>{row({"1", "2"})});
    QVERIFY(r.stopped);
    QCOMPARE(r.stopped->problem, CsvProblem::UnclosedQuote);
    QCOMPARE(r.stopped->line, 3);
    QCOMPARE(r.stopped->column, 3);
    QVERIFY(r.stopped->stopsReading());
    QCOMPARE(r.stopped->toError(QStringLiteral("f.csv")).where, QStringLiteral("f.csv, line 3, column 3"));
}

void CsvReaderTest::stopsAtARowLongerThanTheLimit()
{
    CsvOptions o = plain(',', HeaderRow::Present);
    o.chunkBytes = 64;
    o.maxRowBytes = 1024;
    QByteArray bytes = "a,b\n1,2\n3,\"";
    bytes += QByteArray(4000, 'x');
    bytes += "\"\n";
    const CsvReadResult r = readCsv(bytes, o);
    QCOMPARE(r.rows.size(), 1);
    QVERIFY(r.stopped);
    QCOMPARE(r.stopped->problem, CsvProblem::RowTooLong);
    QCOMPARE(r.stopped->line, 3);
    // With room for it, the same row is read.
    o.maxRowBytes = 8192;
    const CsvReadResult fits = readCsv(bytes, o);
    QCOMPARE(fits.rows.size(), 2);
    QCOMPARE(fits.rows[1][1].size(), 4000);
}

void CsvReaderTest::refusesEmptyFilesAndFilesThatAreNotText()
{
    for (const QByteArray& empty : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n \r\n\t")}) {
        const CsvReadResult r = readCsv(empty);
        QVERIFY(r.openError);
        QCOMPARE(r.stopped->problem, CsvProblem::EmptyFile);
    }
    const CsvReadResult xlsx = readCsv(QByteArray("PK\x03\x04\x14\0\x06\0rest", 12));
    QVERIFY(xlsx.openError);
    QCOMPARE(xlsx.stopped->problem, CsvProblem::NotText);
    QVERIFY(xlsx.openError->message.contains(QStringLiteral("xlsx")));
    // The user's encoding does not make a workbook text.
    CsvOptions o;
    o.encoding = TextEncoding::Cp932;
    QVERIFY(readCsv(QByteArray("PK\x03\x04\x14\0\x06\0rest", 12), o).openError);
}

void CsvReaderTest::reportsAHeaderWithoutRows()
{
    for (const QByteArray& bytes : {QByteArray("account,date,metric,value\r\n"),
                                    QByteArray("account,date\r\n\r\n\r\n"), QByteArray("account,date")}) {
        const CsvReadResult r = readCsv(bytes);
        QVERIFY(!r.openError);
        QVERIFY(r.rows.isEmpty());
        QVERIFY(r.stopped);
        QCOMPARE(r.stopped->problem, CsvProblem::HeaderOnly);
        QCOMPARE(r.stopped->line, 1);
    }
}

void CsvReaderTest::reportsBlankAndRepeatedHeaders()
{
    const CsvReadResult r =
        readCsv(QByteArray("Name,,Amount,name , \nA,1,2,3,4\n"), plain(',', HeaderRow::Present));
    QCOMPARE(r.header, row({"Name", "", "Amount", "name ", " "}));
    QStringList got;
    for (const CsvIssue& i : r.headerIssues)
        got << problemKey(i);
    QCOMPARE(got, (QStringList{QStringLiteral("1:6:%1").arg(int(CsvProblem::BlankHeader)),
                               QStringLiteral("1:14:%1").arg(int(CsvProblem::DuplicateHeader)),
                               QStringLiteral("1:20:%1").arg(int(CsvProblem::BlankHeader))}));
    QVERIFY(r.headerIssues[1].message.contains(QStringLiteral("column 1")));
    QCOMPARE(r.rows.size(), 1); // the rows are still read
}

void CsvReaderTest::reportsInvalidUtf8WithLineAndColumn()
{
    const CsvReadResult r =
        readCsv(QByteArray("会社名,金額\n株式会社\xFF,1\nok,2\n"), plain(',', HeaderRow::Present));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.issues[0].size(), 1);
    const CsvIssue& i = r.issues[0][0];
    QCOMPARE(i.problem, CsvProblem::InvalidBytes);
    QCOMPARE(i.line, 2);
    QCOMPARE(i.column, 5);
    QVERIFY2(i.message.contains(QStringLiteral("0xFF")), qPrintable(i.message));
    QVERIFY(i.hint.contains(QStringLiteral("CP932")));
    QVERIFY(r.issues[1].isEmpty());
}

void CsvReaderTest::reportsInvalidCp932WithLineAndColumn()
{
    // 会社名,金額 / 構,0x85 0x40 (a free code point) / 表,1 in CP932.
    CsvOptions o;
    o.encoding = TextEncoding::Cp932;
    const CsvReadResult r = readCsv(QByteArray("\x89\xEF\x8E\xD0\x96\xBC,\x8B\xE0\x8A\x7A\r\n"
                                               "\x8D\x5C,a\x85\x40\r\n"
                                               "\x95\x5C,1\r\n"),
                                    o);
    QCOMPARE(r.header, row({"会社名", "金額"}));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[1], row({"表", "1"}));
    QCOMPARE(r.issueList(), QStringList{QStringLiteral("2:4:%1").arg(int(CsvProblem::InvalidBytes))});
    QVERIFY(r.issues[0][0].message.contains(QStringLiteral("CP932")));
}

void CsvReaderTest::readsUtf16WithTabsAsExcelSavesIt()
{
    // Excel's "Unicode Text": UTF-16LE with a byte-order mark, tab-delimited.
    const QString text = QStringLiteral(
        "会社名\t金額\t更新日\r\n株式会社テスト\t\"1,200\"\t2025/4/1\r\n𠮷野家\t3\t令和7年4月1日\r\n");
    const QByteArray bytes =
        QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvReadResult r = readCsv(bytes);
    QVERIFY(!r.openError);
    QCOMPARE(r.dialect.encoding, TextEncoding::Utf16LE);
    QVERIFY(r.dialect.byteOrderMark);
    QCOMPARE(r.dialect.delimiter, '\t');
    QVERIFY(r.dialect.hasHeader);
    QCOMPARE(r.header, row({"会社名", "金額", "更新日"}));
    QCOMPARE(r.rows, (QList<QStringList>{row({"株式会社テスト", "1,200", "2025/4/1"}),
                                         row({"𠮷野家", "3", "令和7年4月1日"})}));
    QVERIFY(r.issueList().isEmpty());
}

void CsvReaderTest::positionsCountCharactersNotBytes()
{
    QBuffer buffer;
    buffer.setData(QByteArray("名前,メモ,金額\n日本語,\"二\n行\",12\n"));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, plain(',', HeaderRow::Present));
    QVERIFY(reader.open().ok());
    QVERIFY(reader.next());
    QCOMPARE(reader.row().position(0).line, 2);
    QCOMPARE(reader.row().position(0).column, 1);
    QCOMPARE(reader.row().position(1).column, 5); // 日本語, then the quote
    QCOMPARE(reader.row().position(2).line, 3);   // after the quoted line break
    QCOMPARE(reader.row().position(2).column, 4);
    QCOMPARE(reader.row().lastLine(), 3);
    QCOMPARE(reader.row().number(), 1);
}

void CsvReaderTest::rawRowIsWhatWasWritten()
{
    QBuffer buffer;
    buffer.setData(QByteArray("a,b\r\n\"x\"\"y\",2\r\n"));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, plain(',', HeaderRow::Present));
    QVERIFY(reader.open().ok());
    QVERIFY(reader.next());
    QCOMPARE(reader.row().raw(), QByteArrayView("\"x\"\"y\",2"));
    QCOMPARE(reader.row().utf8(0), QByteArrayView("x\"y"));
}

void CsvReaderTest::memoryStaysFlatWhateverTheSize()
{
    // About 40 MB of usage rows, generated while they are read: the reader's peak memory must not follow.
    const qint64 rows = 1'100'000;
    GeneratedUsage device(rows);
    CsvReader reader(&device, plain());
    QVERIFY(reader.open().ok());
    MemoryGrowth memory;
    qint64 n = 0;
    qint64 issues = 0;
    while (reader.next()) {
        if (++n % 1024 == 0)
            memory.sample();
        issues += reader.row().issues().size();
    }
    QCOMPARE(n, rows);
    QCOMPARE(issues, 0);
    QVERIFY(!reader.stopped());
    if (const qint64 grew = memory.kb(); grew >= 0)
        QVERIFY2(grew < 8 * 1024, qPrintable(QStringLiteral("peak grew by %1 kB").arg(grew)));
}

void CsvReaderTest::readsTheSalesforceExports()
{
    struct Expect
    {
        const char* file;
        int rows;
        int fields;
    };
    // Counts from Python's csv module over the same files.
    for (const Expect& e :
         {Expect{"salesforce/Account.csv", 22, 56}, Expect{"salesforce/Contact.csv", 102, 72},
          Expect{"salesforce/Task.csv", 75, 40}, Expect{"salesforce/Case.csv", 40, 50},
          Expect{"salesforce/Opportunity.csv", 50, 35}}) {
        const QString path = test::sharedDataFile(e.file);
        CSM_REQUIRE_SHARED_FILE(path);
        const CsvReadResult r = readCsvFile(path);
        QVERIFY2(!r.openError, e.file);
        QVERIFY(r.dialect.byteOrderMark);
        QVERIFY(r.dialect.hasHeader);
        QCOMPARE(r.dialect.delimiter, ',');
        QCOMPARE(r.header.size(), e.fields);
        QCOMPARE(r.header.first(), QStringLiteral("Id")); // the byte-order mark is not part of it
        QCOMPARE(r.rows.size(), e.rows);
        QVERIFY2(r.issueList().isEmpty(), qPrintable(r.issueList().join(QLatin1Char(' '))));
    }
    const CsvReadResult r = readCsvFile(test::sharedDataFile("salesforce/Contact.csv"));
    const qsizetype address = r.header.indexOf(QStringLiteral("MailingAddress"));
    QCOMPARE(r.rows[0][r.header.indexOf(QStringLiteral("Id"))], QStringLiteral("003Ec00000CyOT7IAN"));
    QCOMPARE(
        r.rows[0][address],
        QStringLiteral(
            "{\"city\":\"Anthonyton\",\"country\":\"US\",\"geocodeAccuracy\":null,\"latitude\":null,"
            "\"longitude\":null,\"postalCode\":\"43892\",\"state\":\"OK\",\"street\":\"4228 Emily Walks\"}"));
}

void CsvReaderTest::readsRavenstackAndTelco()
{
    const QString usage = test::sharedDataFile("ravenstack/feature_usage.csv");
    CSM_REQUIRE_SHARED_FILE(usage);
    const CsvReadResult r = readCsvFile(usage);
    QCOMPARE(r.header, row({"usage_id", "subscription_id", "usage_date", "feature_name", "usage_count",
                            "usage_duration_secs", "error_count", "is_beta_feature"}));
    QCOMPARE(r.rows.size(), 25000);
    QCOMPARE(r.rows[0], row({"U-1c6c24", "S-0fcf7d", "2023-07-27", "feature_20", "9", "5004", "0", "False"}));
    QCOMPARE(r.lines.last(), 25001);
    QVERIFY(r.issueList().isEmpty());

    const QString telco = test::sharedDataFile("telco/Telco-Customer-Churn.csv");
    CSM_REQUIRE_SHARED_FILE(telco);
    const CsvReadResult churn = readCsvFile(telco);
    QCOMPARE(churn.header.size(), 21);
    QCOMPARE(churn.rows.size(), 7043);
    const qsizetype total = churn.header.indexOf(QStringLiteral("TotalCharges"));
    const auto blanks = std::count_if(churn.rows.begin(), churn.rows.end(), [&](const QStringList& fields) {
        return fields[total] == QStringLiteral(" ");
    });
    QCOMPARE(blanks, 11); // the data README's quirk
}

void CsvReaderTest::readsJigyosyoAsCp932WithoutAHeader()
{
    const QString path = test::sharedDataFile("japan/JIGYOSYO.CSV");
    CSM_REQUIRE_SHARED_FILE(path);
    const CsvReadResult r = readCsvFile(path);
    QVERIFY(!r.openError);
    QCOMPARE(r.dialect.encoding, TextEncoding::Cp932);
    QVERIFY(!r.dialect.hasHeader);
    QCOMPARE(r.rows.size(), 22245);
    QVERIFY(r.issueList().isEmpty());
    QCOMPARE(r.rows[0], row({"01101", "(ｶﾌﾞ) ﾆﾎﾝｹｲｻﾞｲｼﾝﾌﾞﾝｼﾔ ｻﾂﾎﾟﾛｼｼﾔ", "株式会社　日本経済新聞社　札幌支社",
                             "北海道", "札幌市中央区", "北一条西", "６丁目１－２アーバンネット札幌ビル２Ｆ",
                             "0608621", "060  ", "札幌中央", "0", "0", "0"}));
    QCOMPARE(r.rows[256][2], QStringLiteral("（株）　構研エンジニアリング")); // line 257: 構 is 0x8D 0x5C
    QCOMPARE(r.lines[256], 257);
}

void CsvReaderTest::readsTheCabinetOfficeHolidayList()
{
    const QString path = test::sharedDataFile("japan/syukujitsu.csv");
    CSM_REQUIRE_SHARED_FILE(path);
    const CsvReadResult r = readCsvFile(path);
    QCOMPARE(r.dialect.encoding, TextEncoding::Cp932);
    QVERIFY(r.dialect.hasHeader);
    QCOMPARE(r.header, row({"国民の祝日・休日月日", "国民の祝日・休日名称"}));
    QCOMPARE(r.rows.size(), 1067);
    QCOMPARE(r.rows.first(), row({"1955/1/1", "元日"}));
    QCOMPARE(r.rows.last(), row({"2027/11/23", "勤労感謝の日"}));
    QVERIFY(r.issueList().isEmpty());
}

void CsvReaderTest::jigyosyoNamesOfOneCompanyShareAKey()
{
    const QString path = test::sharedDataFile("japan/JIGYOSYO.CSV");
    CSM_REQUIRE_SHARED_FILE(path);
    const CsvReadResult r = readCsvFile(path);
    QSet<QString> names;
    int withForm = 0;
    for (const QStringList& fields : r.rows) {
        const QString& name = fields[2];
        names.insert(name);
        const QString key = identity::companyNameKey(name);
        QVERIFY2(!key.isEmpty(), qPrintable(name));
        QVERIFY2(!key.contains(QLatin1Char(' ')) && !key.contains(QChar(0x3000)), qPrintable(name));
        if (name.contains(QStringLiteral("株式会社")) || name.contains(QStringLiteral("（株）")) ||
            name.contains(QStringLiteral("㈱")) || name.contains(QStringLiteral("有限会社"))) {
            ++withForm;
            QVERIFY2(!key.contains(QStringLiteral("株式会社")) && !key.contains(QStringLiteral("株)")) &&
                         !key.contains(QStringLiteral("有限会社")),
                     qPrintable(name));
        }
    }
    QVERIFY(withForm > 10000);
    // Pairs the file holds for one company, written differently.
    const QList<std::pair<const char16_t*, const char16_t*>> pairs = {
        {u"北海道瓦斯　（株）", u"北海道瓦斯　株式会社"},
        {u"株式会社　吉田産業", u"吉田産業　株式会社"},
        {u"（株）　橋本総業", u"橋本総業　株式会社"},
        {u"株式会社　ニコン", u"（株）ニコン"},
        {u"日本テキサスインスツルメンツ　株式会社", u"日本テキサス・インスツルメンツ　株式会社"},
        {u"パナソニック　コミュニケーションズ　株式会社", u"パナソニックコミュニケーションズ　株式会社"},
    };
    for (const auto& [a, b] : pairs) {
        QVERIFY2(names.contains(QString::fromUtf16(a)), qPrintable(QString::fromUtf16(a)));
        QVERIFY2(names.contains(QString::fromUtf16(b)), qPrintable(QString::fromUtf16(b)));
        QCOMPARE(identity::companyNameKey(QStringView(a)), identity::companyNameKey(QStringView(b)));
    }
    QCOMPARE(identity::companyNameKey(u"㈱　ＯＣＳ"), QStringLiteral("ocs"));
    QVERIFY(names.contains(QStringLiteral("㈱　ＯＣＳ")));
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
