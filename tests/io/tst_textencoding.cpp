#include "io/TextEncoding.h"

#include "SharedData.h"

#include <QFile>
#include <QTest>

using namespace csm;
using namespace csm::io;

class TextEncodingTest : public QObject
{
    Q_OBJECT
private slots:
    void qtHasTheCp932DecoderThroughIcu();
    void cp932DecoderReadsTheNecAndIbmExtensions();
    void secondBytesOf0x5CAreNotBackslashes();
    void jigyosyoDecodesAsCp932();
    void syukujitsuDecodesAsShiftJis();
    void recognisesEncodings_data();
    void recognisesEncodings();
    void refusesWhatIsNotText_data();
    void refusesWhatIsNotText();
    void readsEncodingNamesAsUsersWriteThem();
    void decodingReportsTheFirstInvalidByte_data();
    void decodingReportsTheFirstInvalidByte();
};

void TextEncodingTest::qtHasTheCp932DecoderThroughIcu()
{
    // Debian's Qt decodes "windows-31j" through ICU; without ICU there is no CP932 at all.
    QStringDecoder decoder = cp932Decoder();
    QVERIFY(decoder.isValid());
    QCOMPARE(QString(decoder(QByteArrayView("abc"))), QStringLiteral("abc"));
}

void TextEncodingTest::cp932DecoderReadsTheNecAndIbmExtensions()
{
    // From the CP932 table: 0x878A ㈱ (U+3231) and 0x8755 Ⅱ (U+2161) are NEC row 13, 0xFA5C 纊 (U+7E8A) is an
    // IBM extension, 0x817C is － (U+FF0D, where JIS has U+2212). A strict Shift_JIS decoder refuses the
    // first three.
    QStringDecoder decoder = cp932Decoder();
    const QString text = decoder(QByteArrayView("\x87\x8A\x87\x55\xFA\x5C\x81\x7C"));
    QVERIFY(!decoder.hasError());
    QCOMPARE(text, QStringLiteral(u"\u3231\u2161\u7E8A\uFF0D"));
}

void TextEncodingTest::secondBytesOf0x5CAreNotBackslashes()
{
    // 構 0x8D5C, 表 0x955C, ソ 0x835C, 十 0x8F5C: their second byte is a backslash in ASCII.
    const Result<QString> text =
        decodeText(QByteArrayView("\x8D\x5C\x95\x5C\x83\x5C\x8F\x5C\\"), TextEncoding::Cp932);
    QVERIFY(text.ok());
    QCOMPARE(*text, QStringLiteral(u"構表ソ十\\"));
}

void TextEncodingTest::jigyosyoDecodesAsCp932()
{
    const QString path = test::sharedDataFile("japan/JIGYOSYO.CSV");
    CSM_REQUIRE_SHARED_FILE(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();

    const EncodingGuess guess = detectEncoding(bytes, true);
    QCOMPARE(guess.encoding, TextEncoding::Cp932);
    QVERIFY(guess.certain);
    const Result<QString> text = decodeText(bytes, TextEncoding::Cp932);
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().toString()));

    // Count the two-byte characters 構 (0x8D5C) and 表 (0x955C) by walking the bytes, independently of
    // any decoder: each must come out as its kanji, and no backslash may appear.
    qsizetype kou = 0;
    qsizetype hyou = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        if ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) {
            kou += b == 0x8D && bytes[i + 1] == 0x5C ? 1 : 0;
            hyou += b == 0x95 && bytes[i + 1] == 0x5C ? 1 : 0;
            ++i;
        }
    }
    QVERIFY(kou > 100 && hyou > 10);
    QCOMPARE(text->count(QStringLiteral("構")), kou);
    QCOMPARE(text->count(QStringLiteral("表")), hyou);
    QVERIFY(!text->contains(QLatin1Char('\\')));
    QVERIFY(text->contains(QStringLiteral("（株）　構研エンジニアリング")));
    QVERIFY(text->contains(QStringLiteral("㈱　ＯＣＳ")));
    QVERIFY(text->contains(QStringLiteral("プロロジスパーク座間Ⅱ３Ｆ")));
    QVERIFY(text->contains(QStringLiteral("１６丁目４－２５")));
}

void TextEncodingTest::syukujitsuDecodesAsShiftJis()
{
    const QString path = test::sharedDataFile("japan/syukujitsu.csv");
    CSM_REQUIRE_SHARED_FILE(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(detectEncoding(bytes, true).encoding, TextEncoding::Cp932);
    const Result<QString> text = decodeText(bytes, *encodingFromName(u"Shift_JIS"));
    QVERIFY(text.ok());
    QVERIFY(
        text->startsWith(QStringLiteral("国民の祝日・休日月日,国民の祝日・休日名称\r\n1955/1/1,元日\r\n")));
    QVERIFY(text->contains(QStringLiteral("2019/5/1,休日（祝日扱い）")));
}

void TextEncodingTest::recognisesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("bom");
    QTest::addColumn<bool>("certain");
    const auto utf16le = [](const QString& s) {
        return QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
    };
    QTest::newRow("ascii") << QByteArray("a,b\r\n1,2\r\n") << int(TextEncoding::Utf8) << 0 << false;
    QTest::newRow("utf-8") << QStringLiteral("会社名,金額\n株式会社テスト,1200\n").toUtf8()
                           << int(TextEncoding::Utf8) << 0 << true;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFId,Name\n") << int(TextEncoding::Utf8) << 3 << true;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16le(QStringLiteral("a\tb\r\n"))
                                  << int(TextEncoding::Utf16LE) << 2 << true;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a\0\t\0b", 8) << int(TextEncoding::Utf16BE) << 2
                                  << true;
    QTest::newRow("utf-16le without bom") << utf16le(QStringLiteral("name\tamount\r\nAcme\t12\r\n"))
                                          << int(TextEncoding::Utf16LE) << 0 << false;
    // 会社名 in CP932: 89EF 8ED0 96BC (invalid as UTF-8).
    QTest::newRow("cp932") << QByteArray("\x89\xEF\x8E\xD0\x96\xBC,x\r\n") << int(TextEncoding::Cp932) << 0
                           << true;
    QTest::newRow("cp932 half-width kana")
        << QByteArray("\xB6\xDE\xB2\xBC\xAC,1\r\n") << int(TextEncoding::Cp932) << 0 << true;
    // A UTF-8 file with one bad byte stays UTF-8 (the reader reports the byte).
    QTest::newRow("utf-8 with a bad byte")
        << (QStringLiteral("会社名,担当者,金額,更新日\n").toUtf8() + QByteArray("\xFF\n"))
        << int(TextEncoding::Utf8) << 0 << false;
    // A sample that ends inside a character is not an error while the file goes on.
    QTest::newRow("utf-8 cut off") << QByteArray("ab,\xE4\xBC") << int(TextEncoding::Utf8) << 0 << false;
}

void TextEncodingTest::recognisesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(int, bom);
    QFETCH(bool, certain);
    const EncodingGuess g = detectEncoding(bytes, !QByteArray(QTest::currentDataTag()).contains("cut off"));
    QVERIFY(!g.notText);
    QCOMPARE(int(g.encoding), encoding);
    QCOMPARE(g.bomLength, bom);
    QCOMPARE(g.certain, certain);
}

void TextEncodingTest::refusesWhatIsNotText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << "Excel workbook (.xlsx)";
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << "97-2003";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << "PDF";
    QTest::newRow("book") << QByteArray("SQLite format 3\0\x10\0", 19) << "SQLite database";
    QTest::newRow("utf-32") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << "UTF-32";
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary += char((i * 37) % 256);
    QTest::newRow("binary") << binary << "not text";
}

void TextEncodingTest::refusesWhatIsNotText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const EncodingGuess g = detectEncoding(bytes, true);
    QVERIFY(g.notText.has_value());
    QVERIFY2(g.notText->message.contains(messagePart), qPrintable(g.notText->message));
    QVERIFY(!g.notText->hint.isEmpty());
}

void TextEncodingTest::readsEncodingNamesAsUsersWriteThem()
{
    QCOMPARE(encodingFromName(u"UTF-8"), std::optional(TextEncoding::Utf8));
    QCOMPARE(encodingFromName(u"utf8"), std::optional(TextEncoding::Utf8));
    QCOMPARE(encodingFromName(u"utf-8-sig"), std::optional(TextEncoding::Utf8));
    QCOMPARE(encodingFromName(u"UTF-16"), std::optional(TextEncoding::Utf16LE));
    QCOMPARE(encodingFromName(u"utf-16be"), std::optional(TextEncoding::Utf16BE));
    QCOMPARE(encodingFromName(u"cp932"), std::optional(TextEncoding::Cp932));
    QCOMPARE(encodingFromName(u"Shift_JIS"), std::optional(TextEncoding::Cp932));
    QCOMPARE(encodingFromName(u"SJIS"), std::optional(TextEncoding::Cp932));
    QCOMPARE(encodingFromName(u"windows-31j"), std::optional(TextEncoding::Cp932));
    QCOMPARE(encodingFromName(u"latin1"), std::nullopt);
    for (const TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Cp932})
        QCOMPARE(encodingFromName(encodingName(e)), std::optional(e));
}

void TextEncodingTest::decodingReportsTheFirstInvalidByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");
    const int utf8 = int(TextEncoding::Utf8);
    const int cp932 = int(TextEncoding::Cp932);
    const int utf16le = int(TextEncoding::Utf16LE);
    QTest::newRow("utf-8 lone byte") << QByteArray("ab\ncd\xFF"
                                                   "ef")
                                     << utf8 << "line 2, column 3"
                                     << "0xFF";
    QTest::newRow("utf-8 after kanji") << QByteArray("x\r\n\xE4\xBC\x9A\xC3(") << utf8 << "line 2, column 2"
                                       << "0xC3";
    QTest::newRow("utf-8 surrogate") << QByteArray("\xED\xA0\x80") << utf8 << "line 1, column 1"
                                     << "0xED";
    QTest::newRow("utf-8 cut off at the end") << QByteArray("abc\xE4\xBC") << utf8 << "line 1, column 4"
                                              << "UTF-8";
    // 0x8540 is a free code point in CP932's row 5; 0xA0 and 0xFD are never used.
    QTest::newRow("cp932 unassigned") << QByteArray("a\r\n\x82\xA0\x85\x40") << cp932 << "line 2, column 2"
                                      << "CP932";
    QTest::newRow("cp932 bad second byte") << QByteArray("\x89\x20x") << cp932 << "line 1, column 1"
                                           << "CP932";
    QTest::newRow("cp932 cut off") << QByteArray("ab\x89") << cp932 << "line 1, column 3"
                                   << "CP932";
    QTest::newRow("utf-16 lone surrogate")
        << QByteArray("a\0\n\0b\0\x00\xD8x\0", 10) << utf16le << "line 2, column 2"
        << "UTF-16";
    QTest::newRow("utf-16 odd length") << QByteArray("a\0b", 3) << utf16le << "line 1, column 2"
                                       << "UTF-16";
}

void TextEncodingTest::decodingReportsTheFirstInvalidByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const Result<QString> text = decodeText(bytes, TextEncoding(encoding));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().where, where);
    QVERIFY2(text.error().message.contains(messagePart), qPrintable(text.error().message));
    QVERIFY(!text.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TextEncodingTest)
#include "tst_textencoding.moc"
