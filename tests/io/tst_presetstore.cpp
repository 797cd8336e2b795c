// Import presets saved in the book (io/PresetStore.h, storage/ImportPresets.h; issue 13): a preset comes back
// as it was saved, with its reading options; saving under a name replaces that preset; names of shipped
// presets are refused; deleting tombstones the row; --mapping finds a file, then a saved preset, then a
// shipped one; the preset the header fits is the one whose imported headers the file has, the larger first.

#include "io/BookExport.h"
#include "io/Importer.h"
#include "io/PresetStore.h"
#include "storage/Book.h"
#include "storage/ImportPresets.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::io;

namespace {

const FixedClock kClock(QDate(2026, 6, 30));

std::unique_ptr<Book> newBook(const QString& path)
{
    Book::NewBookOptions options;
    options.currency = QStringLiteral("EUR");
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock, options);
    if (!book)
        qFatal("%s", qPrintable(book.error().toString()));
    return std::move(*book);
}

// A monthly file from a German CRM: semicolons, day-first dates, 1.200,50 amounts.
ImportPreset germanContracts()
{
    ImportPreset p;
    p.name = QStringLiteral("Monthly CRM contracts");
    p.type = ImportType::Contracts;
    p.columns = {{QStringLiteral("Kunde"), ColumnTarget(QStringLiteral("account_name"))},
                 {QStringLiteral("Beginn"), ColumnTarget(QStringLiteral("start_date"))},
                 {QStringLiteral("Laufzeit"), ColumnTarget(QStringLiteral("term_months"))},
                 {QStringLiteral("Wert"), ColumnTarget(QStringLiteral("arr"))},
                 {QStringLiteral("Notiz"), ColumnTarget()}};
    p.encoding = TextEncoding::Utf8;
    p.delimiter = ';';
    p.header = HeaderRow::Present;
    p.dayOrder = dates::DayOrder::DayFirst;
    p.numberLocale = QStringLiteral("de_DE");
    return p;
}

} // namespace

class PresetStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void aSavedPresetComesBackWithItsReadingOptions()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(savePreset(*book, germanContracts()));
        auto saved = savedPresets(*book);
        QVERIFY(saved);
        QCOMPARE(saved->size(), 1);
        const ImportPreset& p = saved->first();
        QCOMPARE(p.name, QStringLiteral("Monthly CRM contracts"));
        QCOMPARE(p.type, ImportType::Contracts);
        QCOMPARE(p.columns.size(), 5);
        QCOMPARE(p.columns[1].first, QStringLiteral("Beginn"));
        QCOMPARE(p.columns[1].second.field, QStringLiteral("start_date"));
        QVERIFY(!p.columns[4].second.isImported());
        QCOMPARE(p.encoding, std::optional<TextEncoding>(TextEncoding::Utf8));
        QCOMPARE(p.delimiter, std::optional<char>(';'));
        QCOMPARE(p.header, HeaderRow::Present);
        QCOMPARE(p.dayOrder, dates::DayOrder::DayFirst);
        QCOMPARE(p.numberLocale, QStringLiteral("de_DE"));
        // The row itself: its type code beside the JSON.
        auto rows = readImportPresets(*book);
        QVERIFY(rows);
        QCOMPARE(rows->first().type, QStringLiteral("contracts"));
    }

    void savingUnderANameReplacesThatPreset()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(savePreset(*book, germanContracts()));
        const Id first = readImportPresets(*book)->first().id;
        ImportPreset changed = germanContracts();
        changed.name =
            QStringLiteral("  Monthly CRM contracts "); // blanks around the name are not part of it
        changed.dayOrder = dates::DayOrder::MonthFirst;
        QVERIFY(savePreset(*book, changed));
        ImportPreset other = germanContracts();
        other.name = QStringLiteral("another");
        QVERIFY(savePreset(*book, other));
        auto rows = readImportPresets(*book);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        // By name, case ignored: "another" before "Monthly ..."; the replaced row keeps its id.
        QCOMPARE(rows->at(0).name, QStringLiteral("another"));
        QCOMPARE(rows->at(1).id, first);
        QCOMPARE(savedPresets(*book)->at(1).dayOrder, dates::DayOrder::MonthFirst);
    }

    void namesOfShippedPresetsAndEmptyNamesAreRefused()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportPreset p = germanContracts();
        p.name = QStringLiteral("salesforce data loader: account");
        const Status shipped = savePreset(*book, p);
        QVERIFY(!shipped);
        QVERIFY2(shipped.error().message.contains(QStringLiteral("ships with the app")),
                 qPrintable(shipped.error().message));
        p.name = QStringLiteral("   ");
        QVERIFY(!savePreset(*book, p));
        QCOMPARE(readImportPresets(*book)->size(), 0);
    }

    void deletingTombstonesThePreset()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(savePreset(*book, germanContracts()));
        QVERIFY(deletePreset(*book, QStringLiteral("Monthly CRM contracts")));
        QCOMPARE(savedPresets(*book)->size(), 0);
        const Status again = deletePreset(*book, QStringLiteral("Monthly CRM contracts"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::NotFound);
        // The name is free again: a new row, the tombstone kept (2 rows, 1 live).
        QVERIFY(savePreset(*book, germanContracts()));
        QCOMPARE(savedPresets(*book)->size(), 1);
        // The book's JSON export holds tombstones too: the name appears in both rows (as the name column and
        // inside each preset's JSON).
        const QString exported = dir.filePath(QStringLiteral("book.json"));
        QVERIFY(exportBookJson(*book, exported));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QCOMPARE(json.count("[\"Monthly CRM contracts\"") + json.count(",\"Monthly CRM contracts\","), 2);
    }

    void mappingFindsAFileThenASavedPresetThenAShippedOne()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(savePreset(*book, germanContracts()));
        auto saved = findPreset(book.get(), QStringLiteral("MONTHLY crm CONTRACTS"));
        QVERIFY(saved);
        QCOMPARE(saved->type, ImportType::Contracts);
        auto shipped = findPreset(book.get(), QStringLiteral("Salesforce Data Loader: Task"));
        QVERIFY(shipped);
        QCOMPARE(shipped->type, ImportType::Touches);
        const QString file = dir.filePath(QStringLiteral("Monthly CRM contracts"));
        ImportPreset onDisk = germanContracts();
        onDisk.type = ImportType::Accounts;
        onDisk.columns = {{QStringLiteral("Kunde"), ColumnTarget(QStringLiteral("name"))}};
        QVERIFY(onDisk.save(file));
        auto fromFile = findPreset(book.get(), file);
        QVERIFY(fromFile);
        QCOMPARE(fromFile->type, ImportType::Accounts);
        auto none = findPreset(book.get(), QStringLiteral("nothing like it"));
        QVERIFY(!none);
        QVERIFY2(none.error().hint.contains(QStringLiteral("Monthly CRM contracts")),
                 qPrintable(none.error().hint));
        // Without a book only the shipped ones.
        QVERIFY(!findPreset(nullptr, QStringLiteral("Monthly CRM contracts")));
    }

    void thePresetTheHeaderFitsIsChosen()
    {
        const ImportPreset four = germanContracts(); // imports Kunde, Beginn, Laufzeit, Wert
        ImportPreset two;
        two.name = QStringLiteral("two");
        two.type = ImportType::Accounts;
        two.columns = {{QStringLiteral("Kunde"), ColumnTarget(QStringLiteral("name"))},
                       {QStringLiteral("Branche"), ColumnTarget(QStringLiteral("industry"))}};
        const QList<ImportPreset> both{two, four};
        // Headers compared as headerKey does (case and blanks); Notiz is not imported, so it may be missing.
        const auto all = presetFittingHeader(both, {QStringLiteral("kunde"), QStringLiteral("Branche"),
                                                    QStringLiteral(" Beginn"), QStringLiteral("LAUFZEIT"),
                                                    QStringLiteral("Wert")});
        QVERIFY(all);
        QCOMPARE(all->name, four.name); // 4 imported columns beat 2
        const auto noWert = presetFittingHeader(
            both, {QStringLiteral("Kunde"), QStringLiteral("Branche"), QStringLiteral("Beginn")});
        QVERIFY(noWert);
        QCOMPARE(noWert->name, QStringLiteral("two"));
        QVERIFY(!presetFittingHeader(both, {QStringLiteral("Kunde"), QStringLiteral("Ort")}));
    }

    // The preset's reading options carry the import: semicolons, 01.04.2026 day first, 1.200,50 in de_DE.
    void anImportWithASavedPresetReadsAsItSays()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(savePreset(*book, germanContracts()));
        const QString accounts = dir.filePath(QStringLiteral("accounts.csv"));
        QFile a(accounts);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("name\nMüller GmbH\n");
        a.close();
        ImportOptions first;
        first.path = accounts;
        QVERIFY(importFile(*book, first));
        const QString path = dir.filePath(QStringLiteral("vertraege.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kunde;Beginn;Laufzeit;Wert;Notiz\nMüller GmbH;01/04/2026;12;1.200,50;egal\n");
        f.close();
        auto preset = findPreset(book.get(), QStringLiteral("Monthly CRM contracts"));
        QVERIFY(preset);
        ImportOptions o;
        o.path = path;
        o.type = preset->type;
        o.csv = preset->csvOptions();
        o.dayOrder = preset->dayOrder;
        o.locale = preset->locale();
        CsvReader reader(path, o.csv);
        QVERIFY(reader.open());
        o.mapping = preset->apply(reader.header());
        auto r = importFile(*book, o);
        QVERIFY2(r && r->added == 1,
                 r ? qPrintable(r->problems.value(0).toString()) : qPrintable(r.error().toString()));
        auto accounts2 = book->accounts().list();
        QVERIFY(accounts2 && accounts2->size() == 1);
        auto contracts = book->contracts().forAccount(accounts2->first().id);
        QVERIFY(contracts);
        QCOMPARE(contracts->size(), 1);
        QCOMPARE(contracts->first().startDate, QDate(2026, 4, 1));
        QCOMPARE(contracts->first().arr, MinorUnits(120050)); // €1,200.50 in cents
    }
};

QTEST_GUILESS_MAIN(PresetStoreTest)
#include "tst_presetstore.moc"
