#include "io/ColumnMapping.h"

#include "CsvTestUtil.h"
#include "SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::io;

namespace {

QStringList headersOf(const char* relative)
{
    return readCsvFile(test::sharedDataFile(relative)).header;
}

// "header -> field" for every imported column, for compact comparisons.
QStringList mapped(const ColumnMapping& m, const QStringList& headers)
{
    QStringList out;
    for (qsizetype i = 0; i < m.columns.size(); ++i) {
        if (m.columns[i].isImported()) {
            out << headers[i] + QStringLiteral(" -> ") + m.columns[i].field +
                       (m.columns[i].metric.isEmpty() ? QString() : QLatin1Char(':') + m.columns[i].metric);
        }
    }
    return out;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

class ColumnMappingTest : public QObject
{
    Q_OBJECT
private slots:
    void typeCodesReadBack();
    void headerKeysFoldWidthCaseAndPunctuation();
    void theBooksOwnHeadersMapExactly();
    void salesforceAccountHeadersSuggestAccounts();
    void salesforceContactHeadersSuggestContacts();
    void salesforceTaskHeadersSuggestTouches();
    void japaneseHeadersMap();
    void aUsageFileMapsItself();
    void wideUsageColumnsBecomeMetrics();
    void ravenstackFilesSuggestTheirType();
    void problemsSayWhatIsMissingOrTwice();
    void presetsRoundTripThroughJson();
    void presetsApplyByHeaderName();
    void presetsRefuseWhatTheyCannotUse();
    void shippedSalesforcePresetsMapTheRealExports();

private:
    QTemporaryDir m_dir;
};

void ColumnMappingTest::typeCodesReadBack()
{
    for (const ImportType t : allImportTypes()) {
        QCOMPARE(importTypeFromCode(importTypeCode(t)), std::optional(t));
        QVERIFY(!importTypeLabel(t).isEmpty());
        QVERIFY(!importFields(t).isEmpty());
        for (const ImportField& f : importFields(t))
            QVERIFY2(!f.label().isEmpty(), qPrintable(f.key));
    }
    QCOMPARE(importTypeFromCode(u"ARR"), std::optional(ImportType::ArrEvents));
    QCOMPARE(importTypeFromCode(u"orders"), std::nullopt);
}

void ColumnMappingTest::headerKeysFoldWidthCaseAndPunctuation()
{
    QCOMPARE(headerKey(u"E-mail"), QStringLiteral("email"));
    QCOMPARE(headerKey(u"ｅｍａｉｌ"), QStringLiteral("email"));
    QCOMPARE(headerKey(u" Account Name "), QStringLiteral("accountname"));
    QCOMPARE(headerKey(u"契約期間（月）"), QStringLiteral("契約期間月"));
    QCOMPARE(headerKey(u"external_id"), headerKey(u"External ID"));
}

void ColumnMappingTest::theBooksOwnHeadersMapExactly()
{
    for (const ImportType t : allImportTypes()) {
        QStringList headers;
        for (const ImportField& f : importFields(t)) {
            if (!(t == ImportType::UsageWide && f.key == QLatin1String("value")))
                headers << f.key;
        }
        if (t == ImportType::UsageWide)
            headers << QStringLiteral("active_users");
        const ColumnMapping m = suggestMapping(t, headers);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (t == ImportType::UsageWide && headers[i] == QLatin1String("active_users")) {
                QCOMPARE(m.columns[i],
                         (ColumnTarget{QStringLiteral("value"), QStringLiteral("active_users")}));
                continue;
            }
            QCOMPARE(m.columns[i].field, headers[i]);
            QCOMPARE(m.strengths[i], MatchStrength::Exact);
        }
        QVERIFY2(m.problems(headers).isEmpty(), qPrintable(m.problems(headers).join(QLatin1Char('\n'))));
    }
}

void ColumnMappingTest::salesforceAccountHeadersSuggestAccounts()
{
    CSM_REQUIRE_SHARED_FILE(test::sharedDataFile("salesforce/Account.csv"));
    const QStringList headers = headersOf("salesforce/Account.csv");
    QCOMPARE(headers.size(), 56);
    QCOMPARE(suggestImportType(headers), ImportType::Accounts);
    const ColumnMapping m = suggestMapping(ImportType::Accounts, headers);
    QCOMPARE(mapped(m, headers),
             list({"Id -> external_id", "Name -> name", "Type -> status", "BillingState -> region",
                   "Industry -> industry", "AnnualRevenue -> arr", "NumberOfEmployees -> seats",
                   "OwnerId -> owner"}));
    // Salesforce's own ids are certain; revenue and employees may be the customer's, not ARR and seats.
    QCOMPARE(m.strengths[headers.indexOf(QStringLiteral("Id"))], MatchStrength::Likely);
    QCOMPARE(m.strengths[headers.indexOf(QStringLiteral("AnnualRevenue"))], MatchStrength::Possible);
    QCOMPARE(m.strengths[headers.indexOf(QStringLiteral("NumberOfEmployees"))], MatchStrength::Possible);
    QCOMPARE(m.columnOf(u"external_id"), headers.indexOf(QStringLiteral("Id"))); // not External_id__c
    QVERIFY(m.problems(headers).isEmpty());
}

void ColumnMappingTest::salesforceContactHeadersSuggestContacts()
{
    CSM_REQUIRE_SHARED_FILE(test::sharedDataFile("salesforce/Contact.csv"));
    const QStringList headers = headersOf("salesforce/Contact.csv");
    QCOMPARE(suggestImportType(headers), ImportType::Contacts);
    const ColumnMapping m = suggestMapping(ImportType::Contacts, headers);
    QCOMPARE(mapped(m, headers), list({"Id -> external_id", "AccountId -> account_external_id",
                                       "Name -> name", "Phone -> phone", "Email -> email", "Title -> role"}));
    QVERIFY(m.problems(headers).isEmpty());
}

void ColumnMappingTest::salesforceTaskHeadersSuggestTouches()
{
    CSM_REQUIRE_SHARED_FILE(test::sharedDataFile("salesforce/Task.csv"));
    const QStringList headers = headersOf("salesforce/Task.csv");
    QCOMPARE(suggestImportType(headers), ImportType::Touches);
    const ColumnMapping m = suggestMapping(ImportType::Touches, headers);
    QCOMPARE(mapped(m, headers),
             list({"Id -> external_id", "WhoId -> contact_external_id", "Subject -> summary",
                   "ActivityDate -> occurred_on", "OwnerId -> author", "AccountId -> account_external_id",
                   "IsClosed -> follow_up_done", "CallType -> direction", "ReminderDateTime -> follow_up_on",
                   "TaskSubtype -> kind"}));
    // WhatId may name an account, but AccountId says so for certain.
    QCOMPARE(m.strengths[headers.indexOf(QStringLiteral("AccountId"))], MatchStrength::Likely);
    QVERIFY(!m.columns[headers.indexOf(QStringLiteral("WhatId"))].isImported());
    QVERIFY(m.problems(headers).isEmpty());
}

void ColumnMappingTest::japaneseHeadersMap()
{
    const QStringList accounts = list({"会社名", "法人番号", "担当者", "業種", "年額", "フリガナ"});
    QCOMPARE(suggestImportType(accounts), ImportType::Accounts);
    QCOMPARE(mapped(suggestMapping(ImportType::Accounts, accounts), accounts),
             list({"会社名 -> name", "法人番号 -> corporate_number", "担当者 -> owner", "業種 -> industry",
                   "年額 -> arr", "フリガナ -> name_reading"}));

    const QStringList contracts = list({"顧客名", "契約開始日", "契約終了日", "更新日", "金額", "自動更新"});
    QCOMPARE(suggestImportType(contracts), ImportType::Contracts);
    QCOMPARE(mapped(suggestMapping(ImportType::Contracts, contracts), contracts),
             list({"顧客名 -> account_name", "契約開始日 -> start_date", "契約終了日 -> end_date",
                   "更新日 -> renewal_date", "金額 -> arr", "自動更新 -> auto_renew"}));

    const QStringList contacts = list({"会社名", "氏名", "ＥＭＡＩＬ", "電話番号", "役職"});
    QCOMPARE(suggestImportType(contacts), ImportType::Contacts);
    QCOMPARE(mapped(suggestMapping(ImportType::Contacts, contacts), contacts),
             list({"会社名 -> account_name", "氏名 -> name", "ＥＭＡＩＬ -> email", "電話番号 -> phone",
                   "役職 -> role"}));

    const QStringList holidays = list({"国民の祝日・休日月日", "国民の祝日・休日名称"});
    QCOMPARE(suggestImportType(holidays), ImportType::Holidays);
    QCOMPARE(mapped(suggestMapping(ImportType::Holidays, holidays), holidays),
             list({"国民の祝日・休日月日 -> date", "国民の祝日・休日名称 -> name"}));
}

void ColumnMappingTest::aUsageFileMapsItself()
{
    const QStringList headers = list({"account", "date", "metric", "value"});
    QCOMPARE(suggestImportType(headers), ImportType::Usage);
    const ColumnMapping m = suggestMapping(ImportType::Usage, headers);
    QCOMPARE(mapped(m, headers),
             list({"account -> account", "date -> date", "metric -> metric", "value -> value"}));
    QCOMPARE(m.strengths, QList<MatchStrength>(4, MatchStrength::Exact));
    QVERIFY(m.problems(headers).isEmpty());
}

void ColumnMappingTest::wideUsageColumnsBecomeMetrics()
{
    const QStringList headers = list({"customer_id", "日付", "active_users", "logins", "Company Name", ""});
    QCOMPARE(suggestImportType(headers), ImportType::UsageWide);
    const ColumnMapping m = suggestMapping(ImportType::UsageWide, headers);
    QCOMPARE(mapped(m, headers),
             list({"customer_id -> account_external_id", "日付 -> date", "active_users -> value:active_users",
                   "logins -> value:logins", "Company Name -> account_name"}));
    QVERIFY(m.problems(headers).isEmpty());
}

void ColumnMappingTest::ravenstackFilesSuggestTheirType()
{
    CSM_REQUIRE_SHARED_FILE(test::sharedDataFile("ravenstack/subscriptions.csv"));
    const QStringList subscriptions = headersOf("ravenstack/subscriptions.csv");
    QCOMPARE(suggestImportType(subscriptions), ImportType::Contracts);
    QCOMPARE(mapped(suggestMapping(ImportType::Contracts, subscriptions), subscriptions),
             list({"subscription_id -> external_id", "account_id -> account_id", "start_date -> start_date",
                   "end_date -> end_date", "arr_amount -> arr", "auto_renew_flag -> auto_renew"}));
    const QStringList accounts = headersOf("ravenstack/accounts.csv");
    QCOMPARE(suggestImportType(accounts), ImportType::Accounts);
    QCOMPARE(mapped(suggestMapping(ImportType::Accounts, accounts), accounts),
             list({"account_id -> external_id", "account_name -> name", "industry -> industry",
                   "country -> region", "plan_tier -> plan", "seats -> seats"}));
}

void ColumnMappingTest::problemsSayWhatIsMissingOrTwice()
{
    const QStringList headers = list({"Name", "Company", "Notes"});
    ColumnMapping m;
    m.type = ImportType::Contacts;
    m.columns = {ColumnTarget{QStringLiteral("name")}, ColumnTarget{QStringLiteral("name")}, ColumnTarget{}};
    QStringList p = m.problems(headers);
    QCOMPARE(p.size(), 2);
    QVERIFY2(p[0].contains(QStringLiteral("names the account")), qPrintable(p[0]));
    QVERIFY2(p[1].contains(QStringLiteral("two columns: Name and Company")), qPrintable(p[1]));

    m.columns = {ColumnTarget{QStringLiteral("account_name")}, ColumnTarget{QStringLiteral("plan")},
                 ColumnTarget{}};
    p = m.problems(headers);
    QVERIFY2(p.size() == 2, qPrintable(p.join(QLatin1Char('\n'))));
    QVERIFY(p[0].contains(QStringLiteral("Choose the column for Name")));
    QVERIFY(p[1].contains(QStringLiteral("\"plan\"")));

    ColumnMapping wide;
    wide.type = ImportType::UsageWide;
    wide.columns = {ColumnTarget{QStringLiteral("account")}, ColumnTarget{QStringLiteral("date")},
                    ColumnTarget{}};
    QVERIFY(wide.problems(headers)
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("at least one column of metric")));
    wide.columns[2] = ColumnTarget{QStringLiteral("value"), QStringLiteral("logins")};
    QVERIFY(wide.problems(headers).isEmpty());
}

void ColumnMappingTest::presetsRoundTripThroughJson()
{
    ImportPreset p;
    p.name = QStringLiteral("Team usage export");
    p.type = ImportType::UsageWide;
    p.columns = {
        {QStringLiteral("顧客ID"), ColumnTarget{QStringLiteral("account_external_id")}},
        {QStringLiteral("Day"), ColumnTarget{QStringLiteral("date")}},
        {QStringLiteral("DAU"), ColumnTarget{QStringLiteral("value"), QStringLiteral("active_users")}}};
    p.encoding = TextEncoding::Cp932;
    p.delimiter = '\t';
    p.header = HeaderRow::Present;
    p.dayOrder = dates::DayOrder::DayFirst;
    p.numberLocale = QStringLiteral("de_DE");

    const QString path = m_dir.filePath(QStringLiteral("preset.json"));
    QVERIFY(p.save(path).ok());
    const Result<ImportPreset> back = ImportPreset::load(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->name, p.name);
    QCOMPARE(back->type, p.type);
    QCOMPARE(back->columns, p.columns);
    QCOMPARE(back->encoding, p.encoding);
    QCOMPARE(back->delimiter, p.delimiter);
    QCOMPARE(back->header, p.header);
    QCOMPARE(back->dayOrder, p.dayOrder);
    QCOMPARE(back->numberLocale, p.numberLocale);
    QCOMPARE(back->toJson(), p.toJson());
    // What a reader and the cell readers get from it.
    const CsvOptions o = back->csvOptions();
    QCOMPARE(o.encoding, std::optional(TextEncoding::Cp932));
    QCOMPARE(o.delimiter, std::optional('\t'));
    QCOMPARE(o.header, HeaderRow::Present);
    QCOMPARE(back->locale().decimalPoint(), QStringLiteral(","));
    QCOMPARE(back->dateReading(QTimeZone::utc()).order, dates::DayOrder::DayFirst);
    QCOMPARE(ImportPreset().locale(), QLocale::c());
    QCOMPARE(p.toJson().value(QStringLiteral("type")).toString(), QStringLiteral("usage-wide"));
}

void ColumnMappingTest::presetsApplyByHeaderName()
{
    const QStringList original = list({"Id", "Name", "Notes"});
    ColumnMapping m = suggestMapping(ImportType::Accounts, original);
    const ImportPreset p = ImportPreset::fromMapping(QStringLiteral("mine"), m, original);
    QCOMPARE(p.columns.size(), 2);

    // Another file from the same tool: columns moved, case changed, one missing, one new.
    const QStringList next = list({"extra", "NAME", "id "});
    const ColumnMapping applied = p.apply(next);
    QCOMPARE(mapped(applied, next), list({"NAME -> name", "id  -> external_id"}));
    QCOMPARE(applied.strengths[0], MatchStrength::None);
    QVERIFY(p.missingHeaders(next).isEmpty());
    QCOMPARE(p.missingHeaders(list({"Name"})), QStringList{QStringLiteral("Id")});
}

void ColumnMappingTest::presetsRefuseWhatTheyCannotUse()
{
    const QJsonObject good =
        ImportPreset::fromMapping(QStringLiteral("x"),
                                  suggestMapping(ImportType::Accounts, {QStringLiteral("name")}),
                                  {QStringLiteral("name")})
            .toJson();
    QVERIFY(ImportPreset::fromJson(good).ok());
    const auto refuses = [&](const char* what, QJsonObject json, const char* messagePart) {
        const Result<ImportPreset> p = ImportPreset::fromJson(json);
        QVERIFY2(!p.ok(), what);
        QVERIFY2(p.error().message.contains(QString::fromUtf8(messagePart)), qPrintable(p.error().message));
    };
    QJsonObject j = good;
    j[QStringLiteral("format")] = QStringLiteral("something-else");
    refuses("format", j, "not an import preset");
    j = good;
    j[QStringLiteral("version")] = 2;
    refuses("version", j, "newer version");
    j = good;
    j[QStringLiteral("type")] = QStringLiteral("orders");
    refuses("type", j, "\"orders\"");
    j = good;
    j[QStringLiteral("columns")] = QJsonArray{QJsonObject{
        {QStringLiteral("header"), QStringLiteral("X")}, {QStringLiteral("field"), QStringLiteral("score")}}};
    refuses("field", j, "\"score\"");
    j = good;
    QJsonObject reading = j.value(QStringLiteral("reading")).toObject();
    reading[QStringLiteral("encoding")] = QStringLiteral("latin-1");
    j[QStringLiteral("reading")] = reading;
    refuses("encoding", j, "latin-1");
    reading[QStringLiteral("encoding")] = QStringLiteral("auto");
    reading[QStringLiteral("delimiter")] = QStringLiteral(":");
    j[QStringLiteral("reading")] = reading;
    refuses("delimiter", j, "\":\"");

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"csm-import-preset\", ");
    f.close();
    const Result<ImportPreset> p = ImportPreset::load(broken);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().where.contains(QStringLiteral("byte")), qPrintable(p.error().where));
}

void ColumnMappingTest::shippedSalesforcePresetsMapTheRealExports()
{
    const QList<ImportPreset> presets = shippedPresets();
    QCOMPARE(presets.size(), 3);
    QCOMPARE(presets[0].name, QStringLiteral("Salesforce Data Loader: Account"));
    QCOMPARE(presets[1].name, QStringLiteral("Salesforce Data Loader: Contact"));
    QCOMPARE(presets[2].name, QStringLiteral("Salesforce Data Loader: Task"));
    CSM_REQUIRE_SHARED_FILE(test::sharedDataFile("salesforce/Account.csv"));
    const char* files[] = {"salesforce/Account.csv", "salesforce/Contact.csv", "salesforce/Task.csv"};
    const ImportType types[] = {ImportType::Accounts, ImportType::Contacts, ImportType::Touches};
    for (int i = 0; i < 3; ++i) {
        const QStringList headers = headersOf(files[i]);
        QCOMPARE(presets[i].type, types[i]);
        QCOMPARE(presets[i].encoding, std::optional(TextEncoding::Utf8));
        QVERIFY(presets[i].missingHeaders(headers).isEmpty());
        const ColumnMapping m = presets[i].apply(headers);
        QVERIFY2(m.problems(headers).isEmpty(), qPrintable(m.problems(headers).join(QLatin1Char('\n'))));
        QCOMPARE(m.columnOf(u"external_id"), headers.indexOf(QStringLiteral("Id")));
    }
    // The Task preset takes the account from AccountId, not WhatId (which may be an opportunity).
    const QStringList task = headersOf("salesforce/Task.csv");
    QCOMPARE(presets[2].apply(task).columnOf(u"account_external_id"),
             task.indexOf(QStringLiteral("AccountId")));
}

QTEST_GUILESS_MAIN(ColumnMappingTest)
#include "tst_columnmapping.moc"
