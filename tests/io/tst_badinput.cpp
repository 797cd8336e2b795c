// The bad-input matrix (issue 17 item 5): every file of tests/data/bad against its expected outcome in
// expected.json, worked out by hand.

#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include "domain/AccountIdentity.h"
#include "domain/CellValues.h"
#include "domain/DateParsing.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace csm;
using namespace csm::io;

namespace {

const QString kDir = QStringLiteral(CSM_BAD_INPUT_DIR);

QString problemName(CsvProblem p)
{
    switch (p) {
    case CsvProblem::InvalidBytes:
        return QStringLiteral("invalid-bytes");
    case CsvProblem::NulByte:
        return QStringLiteral("nul-byte");
    case CsvProblem::QuoteInField:
        return QStringLiteral("quote-in-field");
    case CsvProblem::TextAfterQuote:
        return QStringLiteral("text-after-quote");
    case CsvProblem::RaggedRow:
        return QStringLiteral("ragged-row");
    case CsvProblem::BlankHeader:
        return QStringLiteral("blank-header");
    case CsvProblem::DuplicateHeader:
        return QStringLiteral("duplicate-header");
    case CsvProblem::UnclosedQuote:
        return QStringLiteral("unclosed-quote");
    case CsvProblem::RowTooLong:
        return QStringLiteral("row-too-long");
    case CsvProblem::NotText:
        return QStringLiteral("not-text");
    case CsvProblem::EmptyFile:
        return QStringLiteral("empty-file");
    case CsvProblem::HeaderOnly:
        return QStringLiteral("header-only");
    case CsvProblem::ReadError:
        return QStringLiteral("read-error");
    }
    return {};
}

QString key(const CsvIssue& i)
{
    return QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column).arg(problemName(i.problem));
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << (s.isDouble() ? QString::number(s.toInt()) : s.toString());
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// One cell read the way the import will read it: the value in a canonical text, or its error.
struct CellResult
{
    QString value;
    std::optional<Error> error;
};

CellResult readCell(const QJsonObject& check, const QString& text)
{
    const QString kind = check.value(QStringLiteral("kind")).toString();
    const auto fromError = [](const Error& e) { return CellResult{{}, e}; };
    if (kind == QLatin1String("text"))
        return {text, {}};
    if (kind == QLatin1String("length"))
        return {QString::number(text.size()), {}};
    if (kind == QLatin1String("unguarded"))
        return {unguardFormula(text), {}};
    if (kind == QLatin1String("export"))
        return {guardFormula(text), {}};
    if (kind == QLatin1String("external-id"))
        return {identity::externalIdKey(text), {}};
    if (kind == QLatin1String("date")) {
        dates::DateReading how;
        const QString order = check.value(QStringLiteral("dayOrder")).toString();
        how.order = order == QLatin1String("day-first")     ? dates::DayOrder::DayFirst
                    : order == QLatin1String("month-first") ? dates::DayOrder::MonthFirst
                                                            : dates::DayOrder::Unknown;
        how.zone = QTimeZone(check.value(QStringLiteral("zone")).toInt(0));
        const Result<QDate> d = dates::parseDate(QStringView(text), how);
        return d ? CellResult{d->toString(Qt::ISODate), {}} : fromError(d.error());
    }
    const QLocale locale(check.value(QStringLiteral("locale")).toString(QStringLiteral("C")));
    if (kind == QLatin1String("number")) {
        const Result<double> n = cell::parseNumber(QStringView(text), locale);
        return n ? CellResult{QString::number(*n), {}} : fromError(n.error());
    }
    if (kind == QLatin1String("amount")) {
        const Result<Money> m =
            cell::parseAmount(text, check.value(QStringLiteral("currency")).toString(), locale);
        return m ? CellResult{QStringLiteral("%1 %2").arg(m->currency()).arg(m->minor()), {}}
                 : fromError(m.error());
    }
    if (kind == QLatin1String("boolean")) {
        const Result<bool> b = cell::parseBoolean(text);
        return b ? CellResult{*b ? QStringLiteral("true") : QStringLiteral("false"), {}}
                 : fromError(b.error());
    }
    if (kind == QLatin1String("corporate-number")) {
        const Result<QString> n = identity::parseCorporateNumber(text);
        return n ? CellResult{*n, {}} : fromError(n.error());
    }
    qFatal("unknown cell kind %s", qPrintable(kind));
}

struct FileResult
{
    std::optional<CsvIssue> openProblem;
    CsvDialect dialect;
    QStringList header;
    QStringList headerIssues;
    QList<QStringList> rows;
    QList<QList<CsvPosition>> positions;
    QList<qint64> lines;
    QStringList issues;
    std::optional<CsvIssue> stopped;
    int blankRows = 0;
    int maxFields = 0;
};

FileResult readFile(const QString& path, const QJsonObject& read)
{
    FileResult r;
    CsvOptions options;
    if (read.contains(QStringLiteral("encoding")))
        options.encoding = encodingFromName(read.value(QStringLiteral("encoding")).toString());
    if (read.contains(QStringLiteral("delimiter")))
        options.delimiter = read.value(QStringLiteral("delimiter")).toString().front().toLatin1();
    if (read.contains(QStringLiteral("header")))
        options.header =
            read.value(QStringLiteral("header")).toBool() ? HeaderRow::Present : HeaderRow::Absent;
    CsvReader reader(path, options);
    const Status opened = reader.open();
    r.dialect = reader.dialect();
    if (!opened) {
        r.openProblem = reader.stopped();
        return r;
    }
    r.header = reader.header();
    for (const CsvIssue& i : reader.headerIssues())
        r.headerIssues << key(i);
    while (reader.next()) {
        const CsvRow& row = reader.row();
        r.rows << row.texts();
        QList<CsvPosition> p;
        for (int f = 0; f < row.size(); ++f)
            p << row.position(f);
        r.positions << p;
        r.lines << row.line();
        for (const CsvIssue& i : row.issues())
            r.issues << key(i);
        r.blankRows += row.isBlank() ? 1 : 0;
        r.maxFields = std::max(r.maxFields, row.size());
    }
    r.stopped = reader.stopped();
    return r;
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT
private slots:
    void everyFileHasAnExpectedOutcome();
    void meetsItsExpectedOutcome_data();
    void meetsItsExpectedOutcome();

private:
    QJsonArray entries() const;
};

QJsonArray BadInputTest::entries() const
{
    QFile f(kDir + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("files")).toArray();
}

void BadInputTest::everyFileHasAnExpectedOutcome()
{
    QStringList listed;
    for (const QJsonValue& e : entries())
        listed << e.toObject().value(QStringLiteral("file")).toString();
    QVERIFY(listed.size() >= 40);
    const QStringList files = QDir(kDir).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(sorted(listed), files);
}

void BadInputTest::meetsItsExpectedOutcome_data()
{
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonValue& e : entries())
        QTest::newRow(qPrintable(e.toObject().value(QStringLiteral("file")).toString())) << e.toObject();
}

void BadInputTest::meetsItsExpectedOutcome()
{
    QFETCH(QJsonObject, expected);
    const FileResult r = readFile(kDir + QLatin1Char('/') + expected.value(QStringLiteral("file")).toString(),
                                  expected.value(QStringLiteral("read")).toObject());
    const QString outcome = expected.value(QStringLiteral("outcome")).toString();
    QVERIFY(outcome == QLatin1String("accepted") || outcome == QLatin1String("normalised") ||
            outcome == QLatin1String("refused"));

    // The file as a whole.
    if (expected.contains(QStringLiteral("openError"))) {
        QVERIFY(r.openProblem);
        QCOMPARE(problemName(r.openProblem->problem), expected.value(QStringLiteral("openError")).toString());
        QVERIFY(!r.openProblem->message.isEmpty());
        QVERIFY(!r.openProblem->hint.isEmpty());
        QCOMPARE(outcome, QStringLiteral("refused"));
        return;
    }
    QVERIFY2(!r.openProblem, qPrintable(r.openProblem ? r.openProblem->toString() : QString()));
    if (expected.contains(QStringLiteral("encoding")))
        QCOMPARE(encodingName(r.dialect.encoding), expected.value(QStringLiteral("encoding")).toString());
    const QString delimiter = expected.value(QStringLiteral("delimiter")).toString(QStringLiteral(","));
    QCOMPARE(QString(QLatin1Char(r.dialect.delimiter)), delimiter);
    if (expected.contains(QStringLiteral("header")))
        QCOMPARE(r.header, strings(expected.value(QStringLiteral("header"))));
    QCOMPARE(r.headerIssues, strings(expected.value(QStringLiteral("headerIssues"))));
    QCOMPARE(r.rows.size(), expected.value(QStringLiteral("rows")).toInt());
    if (expected.contains(QStringLiteral("lines"))) {
        QList<qint64> lines;
        for (const QJsonValue& v : expected.value(QStringLiteral("lines")).toArray())
            lines << v.toInt();
        QCOMPARE(r.lines, lines);
    }
    QCOMPARE(sorted(r.issues), sorted(strings(expected.value(QStringLiteral("issues")))));
    const QString stopped = expected.value(QStringLiteral("stopped")).toString();
    QCOMPARE(r.stopped ? key(*r.stopped) : QString(), stopped);
    if (expected.contains(QStringLiteral("fields")))
        QCOMPARE(r.maxFields, expected.value(QStringLiteral("fields")).toInt());
    QCOMPARE(r.blankRows, expected.value(QStringLiteral("blankRows")).toInt(0));

    // The cells, read as the import reads them.
    int cellErrors = 0;
    bool converted = false;
    for (const QJsonValue& c : expected.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject check = c.toObject();
        const int column = check.value(QStringLiteral("column")).toInt();
        const QStringList expect = strings(check.value(QStringLiteral("expect")));
        QCOMPARE(expect.size(), r.rows.size());
        for (qsizetype i = 0; i < r.rows.size(); ++i) {
            const QString text = r.rows[i].value(column);
            const CellResult got = readCell(check, text);
            if (expect[i].startsWith(QLatin1Char('!'))) {
                // !line:column:part of the message, the position being where the cell starts.
                const QStringList parts = expect[i].mid(1).split(QLatin1Char(':'));
                QVERIFY2(got.error, qPrintable(QStringLiteral("%1 was read as %2").arg(text, got.value)));
                const CsvPosition at = r.positions[i][column];
                QCOMPARE(QStringLiteral("%1:%2").arg(at.line).arg(at.column),
                         parts[0] + QLatin1Char(':') + parts[1]);
                const QString part = parts.mid(2).join(QLatin1Char(':'));
                QVERIFY2(got.error->message.contains(part), qPrintable(got.error->message));
                ++cellErrors;
            } else {
                QVERIFY2(!got.error, qPrintable(got.error ? got.error->message : QString()));
                QCOMPARE(got.value, expect[i]);
                const QString kind = check.value(QStringLiteral("kind")).toString();
                converted = converted || (kind != QLatin1String("export") &&
                                          kind != QLatin1String("length") && got.value != text);
            }
        }
    }

    // The outcome follows from what was found: refused means a problem with its place, accepted nothing at
    // all, normalised values that the import converts.
    const bool problems = !r.issues.isEmpty() || !r.headerIssues.isEmpty() || r.stopped || cellErrors > 0;
    if (outcome == QLatin1String("refused")) {
        QVERIFY(problems);
    } else {
        QVERIFY(!problems);
        QCOMPARE(converted, outcome == QLatin1String("normalised"));
    }
}

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_badinput.moc"
