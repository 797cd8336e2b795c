#include "io/ImportFields.h"

#include <QHash>

#include <vector>

namespace csm::io {
namespace {

const char* const kContext = "csm::io::ImportFields";

struct Spec
{
    const char* key;
    FieldKind kind;
    bool required;
    const char* group;
    const char* label;
    std::vector<const char*> synonyms; // (owned: an initializer_list member would dangle)
    std::vector<const char*> weak;
};

QStringList strings(const std::vector<const char*>& list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

Spec spec(const char* key, FieldKind kind, bool required, const char* group, const char* label,
          std::vector<const char*> synonyms, std::vector<const char*> weak)
{
    return Spec{key, kind, required, group, label, std::move(synonyms), std::move(weak)};
}

ImportField field(const Spec& s)
{
    ImportField f;
    f.key = QString::fromUtf8(s.key);
    f.kind = s.kind;
    f.required = s.required;
    f.group = s.group ? QString::fromUtf8(s.group) : QString();
    f.synonyms = strings(s.synonyms);
    f.weak = strings(s.weak);
    f.exactOnly = f.key == QLatin1String("id") || f.key == QLatin1String("account_id");
    f.labelSource = s.label;
    return f;
}

// The book's own id of a record, for a round trip of its own export; other tools' ids are external ids.
Spec bookId()
{
    return spec("id", FieldKind::Id, false, nullptr,
                QT_TRANSLATE_NOOP("csm::io::ImportFields", "Id in this book"), {}, {});
}

// The account a row belongs to: by the book's id, its external id, its name, or "account" (external id or
// name, tried in that order: a usage file's account,date,metric,value).
QList<Spec> accountReference()
{
    return {
        // The book's own export writes the account's id here; other tools' account_id columns hold their own
        // ids, so the importer looks a value up as a book id first, then as an external id.
        spec("account_id", FieldKind::Id, false, "account",
             QT_TRANSLATE_NOOP("csm::io::ImportFields", "Account id"), {}, {}),
        spec("account_external_id", FieldKind::Id, false, "account",
             QT_TRANSLATE_NOOP("csm::io::ImportFields", "Account external id"),
             {"AccountId", "Account ID", "Account External ID", "Customer ID", "customer_id",
              "CRM Account ID", "取引先ID", "顧客ID", "顧客コード", "顧客番号", "取引先コード", "会社ID",
              "アカウントID"},
             {"WhatId", "Parent ID"}),
        spec("account_name", FieldKind::Text, false, "account",
             QT_TRANSLATE_NOOP("csm::io::ImportFields", "Account name"),
             {"Account Name", "AccountName", "Account.Name", "Company", "Company Name", "customer_name",
              "会社名", "顧客名", "企業名", "取引先名", "法人名", "社名", "取引先"},
             {}),
        spec("account", FieldKind::Text, false, "account",
             QT_TRANSLATE_NOOP("csm::io::ImportFields", "Account (external id or name)"),
             {"Customer", "顧客", "アカウント"}, {}),
    };
}

QList<Spec> specs(ImportType type)
{
    QList<Spec> list;
    if (type != ImportType::Usage && type != ImportType::UsageWide && type != ImportType::Holidays)
        list << bookId();
    switch (type) {
    case ImportType::Accounts:
        list << spec("external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "External id"),
                     {"Id", "Account ID", "AccountId", "account_id", "Customer ID", "customer_id", "CRM ID",
                      "外部ID", "顧客ID", "顧客コード", "顧客番号", "取引先ID", "取引先コード",
                      "アカウントID"},
                     {"External_id__c", "External ID"})
             << spec("corporate_number", FieldKind::CorporateNumber, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Corporate number (法人番号)"),
                     {"法人番号", "Corporate Number", "CorporateNumber", "houjin_bangou"}, {})
             << spec("name", FieldKind::Text, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Name"),
                     {"Name", "Account Name", "AccountName", "account_name", "Company", "Company Name",
                      "company_name", "customer_name", "Organization", "会社名", "顧客名", "企業名",
                      "取引先名", "法人名", "社名", "名称"},
                     {})
             << spec("name_reading", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Name reading (kana)"),
                     {"フリガナ", "ふりがな", "カナ", "会社名カナ", "会社名フリガナ", "読み", "よみ",
                      "name_kana", "kana"},
                     {})
             << spec("owner", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Owner"),
                     {"OwnerId", "Owner", "Account Owner", "owner_name", "CSM", "担当者", "担当", "担当CSM",
                      "営業担当", "担当者名"},
                     {})
             << spec("industry", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Industry"), {"Industry", "業種", "業界"}, {})
             << spec("plan", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Plan"),
                     {"Plan", "plan_tier", "Edition", "プラン", "契約プラン", "エディション"}, {})
             << spec("seats", FieldKind::Integer, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Seats"),
                     {"Seats", "Licenses", "License Count", "ライセンス数", "席数", "シート数", "契約ID数",
                      "利用者数"},
                     {"NumberOfEmployees", "Employees", "従業員数"})
             << spec("region", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Region"),
                     {"Region", "Territory", "地域", "エリア", "地方"},
                     {"BillingState", "BillingCountry", "Country", "country", "都道府県"})
             << spec("stage", FieldKind::Choice, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Lifecycle stage"),
                     {"Stage", "Lifecycle Stage", "lifecycle_stage", "ライフサイクル",
                      "ライフサイクルステージ", "フェーズ"},
                     {})
             << spec("touch_model_override", FieldKind::Choice, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Touch model override"),
                     {"Touch Model", "タッチモデル"}, {})
             << spec("touch_model_override_reason", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Reason for the touch model override"), {},
                     {})
             << spec("arr", FieldKind::Amount, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "ARR"),
                     {"ARR", "Annual Recurring Revenue", "年間経常収益", "年額", "契約金額", "年間契約金額"},
                     {"AnnualRevenue"})
             << spec("status", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Status"), {"Status", "ステータス", "状態"},
                     {"Type"});
        break;
    case ImportType::Contacts:
        list << spec("external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "External id"),
                     {"Id", "Contact ID", "ContactId", "外部ID", "コンタクトID", "連絡先ID"},
                     {"External_id__c"})
             << accountReference()
             << spec("name", FieldKind::Text, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Name"),
                     {"Name", "Full Name", "Contact Name", "contact_name", "氏名", "名前", "担当者名",
                      "お名前"},
                     {"担当者"})
             << spec("role", FieldKind::Choice, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Role"),
                     {"Role", "Contact Role", "役割", "ロール"}, {"Title", "役職"})
             << spec("email", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Email"),
                     {"Email", "E-mail", "Email Address", "メール", "メールアドレス", "Eメール"}, {})
             << spec("phone", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Phone"),
                     {"Phone", "Phone Number", "電話", "電話番号", "TEL"},
                     {"MobilePhone", "携帯", "携帯電話"});
        break;
    case ImportType::Contracts:
        list << spec("external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "External id"),
                     {"Id", "Contract ID", "ContractId", "ContractNumber", "Contract Number",
                      "subscription_id", "契約ID", "契約番号"},
                     {"External_id__c"})
             << accountReference()
             << spec("start_date", FieldKind::Date, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Start date"),
                     {"StartDate", "Start Date", "Contract Start Date", "契約開始日", "開始日", "利用開始日",
                      "契約日"},
                     {})
             << spec("end_date", FieldKind::Date, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "End date"),
                     {"EndDate", "End Date", "Contract End Date", "契約終了日", "終了日", "満了日",
                      "契約満了日"},
                     {})
             << spec("renewal_date", FieldKind::Date, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Renewal date"),
                     {"Renewal Date", "RenewalDate", "Next Renewal Date", "更新日", "契約更新日",
                      "次回更新日"},
                     {})
             << spec("term_months", FieldKind::Integer, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Term in months"),
                     {"ContractTerm", "Term", "Term (months)", "Contract Term", "契約期間", "契約期間（月）",
                      "契約月数"},
                     {})
             << spec("auto_renew", FieldKind::Boolean, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Auto-renew"),
                     {"Auto Renew", "AutoRenew", "auto_renew_flag", "自動更新", "自動更新有無"}, {})
             << spec("notice_days", FieldKind::Integer, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Notice period in days"),
                     {"Notice Days", "Notice Period", "notice_period", "解約予告期間", "通知期間",
                      "解約通知期間"},
                     {})
             << spec("notice_rule", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Notice rule"),
                     {"Notice Rule", "NoticeRule", "解約通知ルール", "解約予告ルール", "通知ルール"}, {})
             << spec("renewal_term_months", FieldKind::Integer, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Renewal term in months"),
                     {"Renewal Term", "RenewalTerm", "Renewal Term (months)", "更新期間", "更新後の契約期間",
                      "更新期間（月）"},
                     {})
             << spec("arr", FieldKind::Amount, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "ARR"),
                     {"ARR", "arr_amount", "Annual Value", "年額", "契約金額", "年間契約金額", "金額"},
                     {"Amount"});
        break;
    case ImportType::ArrEvents:
        list << spec("external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "External id"),
                     {"Id", "Event ID", "churn_event_id", "イベントID"}, {"OpportunityId", "External_id__c"})
             << accountReference()
             << spec(
                    "effective_on", FieldKind::Date, true, nullptr,
                    QT_TRANSLATE_NOOP("csm::io::ImportFields", "Effective date"),
                    {"Effective Date", "EffectiveDate", "Date", "date", "日付", "発効日", "適用日", "変更日"},
                    {"CloseDate", "churn_date"})
             << spec("kind", FieldKind::Choice, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Kind"),
                     {"Kind", "Event Type", "種別", "区分", "変動区分"}, {"Type"})
             << spec("arr_after", FieldKind::Amount, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "ARR after"),
                     {"ARR After", "ARR", "New ARR", "変更後ARR", "ARR（変更後）", "金額", "年額"},
                     {"Amount"});
        break;
    case ImportType::Touches:
        list << spec("external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "External id"),
                     {"Id", "Activity ID", "ActivityId", "Task ID", "活動ID", "履歴ID"}, {"External_id__c"})
             << accountReference()
             << spec("occurred_on", FieldKind::Date, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Date"),
                     {"ActivityDate", "Activity Date", "Date", "日付", "実施日", "対応日", "活動日", "訪問日",
                      "面談日"},
                     {"CreatedDate"})
             << spec("occurred_at", FieldKind::Time, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Time"),
                     {"Time", "Start Time", "時刻", "開始時刻", "時間"}, {})
             << spec("kind", FieldKind::Choice, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Kind"),
                     {"Kind", "TaskSubtype", "Activity Type", "種別", "活動種別", "対応種別", "区分"},
                     {"Type", "Type__c"})
             << spec("direction", FieldKind::Choice, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Direction"),
                     {"Direction", "CallType", "方向", "発着信"}, {})
             << spec("contact_external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Contact external id"),
                     {"WhoId", "Contact ID", "ContactId", "コンタクトID"}, {})
             << spec("summary", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Summary"),
                     {"Subject", "Summary", "Title", "件名", "概要", "内容", "タイトル", "要件"},
                     {"Description", "詳細", "メモ", "備考"})
             << spec("sentiment", FieldKind::Integer, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Sentiment"),
                     {"Sentiment", "センチメント", "感触", "温度感"}, {})
             << spec("next_step", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Next step"),
                     {"NextStep", "Next Step", "次のアクション", "ネクストステップ", "次回アクション",
                      "次回対応"},
                     {})
             << spec("follow_up_on", FieldKind::Date, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Follow-up date"),
                     {"Follow-up Date", "Follow Up Date", "FollowUpDate", "フォロー日", "フォローアップ日",
                      "次回予定日"},
                     {"ReminderDateTime", "Due Date", "期日"})
             << spec("follow_up_done", FieldKind::Boolean, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Follow-up done"),
                     {"Follow-up Done", "Done", "完了", "対応済み"}, {"IsClosed"})
             << spec("author", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Author"),
                     {"OwnerId", "Owner", "Assigned To", "Author", "担当者", "記録者", "作成者", "対応者"},
                     {"CreatedById"});
        break;
    case ImportType::Usage:
        list << accountReference()
             << spec("date", FieldKind::Date, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Date"),
                     {"Date", "usage_date", "日付", "日", "計測日", "利用日"}, {})
             << spec("metric", FieldKind::Text, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Metric"),
                     {"Metric", "Metric Name", "指標", "メトリクス", "指標名", "項目"},
                     {"feature_name", "Feature"})
             << spec("value", FieldKind::Number, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Value"),
                     {"Value", "Count", "値", "数値", "件数", "回数"}, {"usage_count"});
        break;
    case ImportType::UsageWide:
        list << accountReference()
             << spec("date", FieldKind::Date, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Date"),
                     {"Date", "usage_date", "日付", "日", "計測日", "利用日"}, {})
             << spec("value", FieldKind::Number, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Metric column"), {}, {});
        break;
    case ImportType::Nps:
        list << spec("external_id", FieldKind::Id, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "External id"),
                     {"Response ID", "ResponseId", "Id", "回答ID"}, {})
             << accountReference()
             << spec("responded_on", FieldKind::Date, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Response date"),
                     {"Response Date", "Date", "Submitted", "回答日", "回答日時", "日付"}, {"submitted_at"})
             << spec("score", FieldKind::Integer, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Score (0-10)"),
                     {"Score", "NPS", "NPS Score", "スコア", "推奨度", "NPSスコア"}, {"Rating", "評価"})
             << spec("respondent", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Respondent"),
                     {"Respondent", "回答者", "回答者名"}, {"Email", "Name"})
             << spec("comment", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Comment"),
                     {"Comment", "Feedback", "Reason", "コメント", "理由", "自由記述", "ご意見"},
                     {"feedback_text"});
        break;
    case ImportType::Holidays:
        list << spec("date", FieldKind::Date, true, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Date"),
                     {"Date", "日付", "月日", "休日", "国民の祝日・休日月日"}, {})
             << spec("name", FieldKind::Text, false, nullptr,
                     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Name"),
                     {"Name", "Holiday", "名称", "祝日名", "休日名", "国民の祝日・休日名称"}, {});
        break;
    }
    return list;
}

} // namespace

QString ImportField::label() const
{
    return QCoreApplication::translate(kContext, labelSource);
}

namespace {

struct TypeName
{
    ImportType type;
    const char* code;
    const char* label;
};
// In the order a wizard offers them.
constexpr TypeName kTypes[] = {
    {ImportType::Accounts, "accounts", QT_TRANSLATE_NOOP("csm::io::ImportFields", "Accounts")},
    {ImportType::Contacts, "contacts", QT_TRANSLATE_NOOP("csm::io::ImportFields", "Contacts")},
    {ImportType::Contracts, "contracts", QT_TRANSLATE_NOOP("csm::io::ImportFields", "Contracts")},
    {ImportType::ArrEvents, "arr", QT_TRANSLATE_NOOP("csm::io::ImportFields", "ARR changes")},
    {ImportType::Touches, "touches", QT_TRANSLATE_NOOP("csm::io::ImportFields", "Touches")},
    {ImportType::Usage, "usage", QT_TRANSLATE_NOOP("csm::io::ImportFields", "Usage (one row per value)")},
    {ImportType::UsageWide, "usage-wide",
     QT_TRANSLATE_NOOP("csm::io::ImportFields", "Usage (one column per metric)")},
    {ImportType::Nps, "nps", QT_TRANSLATE_NOOP("csm::io::ImportFields", "NPS responses")},
    {ImportType::Holidays, "holidays", QT_TRANSLATE_NOOP("csm::io::ImportFields", "Company holidays")},
};

const TypeName& typeName(ImportType type)
{
    for (const TypeName& t : kTypes) {
        if (t.type == type)
            return t;
    }
    return kTypes[0];
}

} // namespace

QString importTypeCode(ImportType type)
{
    return QString::fromLatin1(typeName(type).code);
}

std::optional<ImportType> importTypeFromCode(QStringView code)
{
    for (const TypeName& t : kTypes) {
        if (code.compare(QLatin1String(t.code), Qt::CaseInsensitive) == 0)
            return t.type;
    }
    return std::nullopt;
}

QString importTypeLabel(ImportType type)
{
    return QCoreApplication::translate(kContext, typeName(type).label);
}

QList<ImportType> allImportTypes()
{
    QList<ImportType> out;
    for (const TypeName& t : kTypes)
        out << t.type;
    return out;
}

const QList<ImportField>& importFields(ImportType type)
{
    static const QHash<int, QList<ImportField>> all = [] {
        QHash<int, QList<ImportField>> out;
        for (const ImportType t : allImportTypes()) {
            QList<ImportField> fields;
            for (const Spec& s : specs(t))
                fields << field(s);
            out.insert(int(t), fields);
        }
        return out;
    }();
    return *all.find(int(type));
}

const ImportField* importField(ImportType type, QStringView key)
{
    for (const ImportField& f : importFields(type)) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString headerKey(QStringView header)
{
    const QString folded = header.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace csm::io
