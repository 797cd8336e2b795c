#include "domain/DefaultTemplates.h"

#include <array>

namespace csm {

namespace {

struct Step
{
    const char* title;
    int offset;
    OwnerSide side;
    bool firstValue;
    const char* criterion;
};

struct Spec
{
    TouchModel model;
    const char* name;
    QList<Step> steps;
};

constexpr OwnerSide V = OwnerSide::Vendor;
constexpr OwnerSide C = OwnerSide::Customer;

// Offsets: a 90-day review is 62 business days after the kickoff (90 calendar days hold about 64 weekdays,
// less a public holiday or two). High touch reaches first value in seven weeks with a pilot first; low
// touch in four weeks; tech touch in two.
const std::array<Spec, 3>& english()
{
    static const std::array<Spec, 3> specs = {{
        {TouchModel::High,
         "Enterprise onboarding",
         {
             {"Kickoff meeting", 0, V, false,
              "Goals, success metrics and the plan agreed with the champion and the executive sponsor; "
              "owners "
              "named on both sides."},
             {"Technical setup (SSO, data integration)", 10, C, false,
              "Every user signs in through SSO and production data syncs daily without errors."},
             {"Admin training", 15, V, false,
              "Every admin has completed the training and adds users and changes settings without help."},
             {"Pilot team live", 25, C, false,
              "80% of the pilot team log in every week for two weeks in a row."},
             {"First value", 35, C, true,
              "The first agreed success metric is reached and the champion confirms it in writing."},
             {"Company-wide roll-out", 45, C, false, "60% of licensed seats are active."},
             {"Adoption review", 50, V, false,
              "Usage by team reviewed with the champion; actions agreed for the teams below target."},
             {"90-day business review", 62, V, false,
              "Results against the success metrics presented to the executive sponsor; goals for the next "
              "quarter agreed."},
         }},
        {TouchModel::Low,
         "Standard onboarding",
         {
             {"Kickoff call", 0, V, false,
              "Goals and the main use case written down and shared with the customer."},
             {"Technical setup", 5, C, false, "Basic settings done and the first users invited."},
             {"Admin training (webinar)", 10, V, false,
              "The admin attended the admin webinar or watched its recording."},
             {"First value", 20, C, true, "The main use case is part of daily work for at least one team."},
             {"Adoption review", 40, V, false,
              "50% or more of seats active every week, checked with the admin in a call."},
             {"90-day business review", 62, V, false,
              "Usage report shared and discussed with the admin; risks to the renewal noted."},
         }},
        {TouchModel::Tech,
         "Self-serve onboarding",
         {
             {"Welcome e-mail", 0, V, false,
              "The welcome e-mail with the getting-started guide was delivered and opened."},
             {"Technical setup", 3, C, false, "An admin signed in and finished the setup checklist."},
             {"Admin training (on demand)", 5, C, false, "The admin finished the on-demand admin course."},
             {"First value", 10, C, true,
              "The core feature was used three times or more in the first two weeks."},
             {"Adoption review", 30, V, false,
              "Automated check: 30% or more of seats active; otherwise an in-app guide is sent."},
             {"90-day business review", 62, V, false, "The 90-day usage report was e-mailed to the admin."},
         }},
    }};
    return specs;
}

const std::array<Spec, 3>& japanese()
{
    static const std::array<Spec, 3> specs = {{
        {TouchModel::High,
         "エンタープライズ・オンボーディング",
         {
             {"キックオフ会議", 0, V, false,
              "チャンピオン・役員スポンサーと目標、成功指標、計画に合意し、双方の担当者が決まっている"},
             {"技術設定（SSO・データ連携）", 10, C, false,
              "全ユーザーがSSOでログインでき、本番データが毎日エラーなく連携されている"},
             {"管理者トレーニング", 15, V, false,
              "管理者全員がトレーニングを修了し、ユーザー追加や設定変更を自力で行える"},
             {"パイロット部門の利用開始", 25, C, false, "パイロット部門の80%が2週連続で毎週ログインしている"},
             {"ファーストバリューの達成", 35, C, true,
              "合意した最初の成功指標を達成し、チャンピオンが書面（メール可）で確認している"},
             {"全社展開", 45, C, false, "ライセンスの60%がアクティブ"},
             {"定着状況レビュー", 50, V, false,
              "チャンピオンと部門別の利用状況を確認し、目標未達の部門への対策に合意している"},
             {"90日ビジネスレビュー", 62, V, false,
              "成功指標に対する成果を役員スポンサーに報告し、次の四半期の目標に合意している"},
         }},
        {TouchModel::Low,
         "スタンダード・オンボーディング",
         {
             {"キックオフ（オンライン）", 0, V, false,
              "導入目的と主な利用シーンを文書にまとめ、顧客と共有している"},
             {"初期設定", 5, C, false, "基本設定が完了し、最初の利用者を招待している"},
             {"管理者向けウェビナー", 10, V, false, "管理者がウェビナーに参加、または録画を視聴している"},
             {"ファーストバリューの達成", 20, C, true,
              "少なくとも1つのチームで、主な利用シーンが日常業務に組み込まれている"},
             {"定着状況チェック", 40, V, false,
              "毎週のアクティブ率が50%以上であることを管理者と電話で確認している"},
             {"90日レビュー", 62, V, false,
              "利用状況レポートを管理者と共有して話し合い、更新に向けたリスクを記録している"},
         }},
        {TouchModel::Tech,
         "セルフサーブ・オンボーディング",
         {
             {"ウェルカムメール", 0, V, false, "スタートガイド付きのウェルカムメールが届き、開封されている"},
             {"初期設定", 3, C, false, "管理者がログインし、初期設定チェックリストを完了している"},
             {"管理者向けオンデマンド講座", 5, C, false, "管理者がオンデマンド講座を修了している"},
             {"ファーストバリューの達成", 10, C, true, "最初の2週間で主要機能が3回以上使われている"},
             {"定着状況チェック（自動）", 30, V, false,
              "自動チェックでアクティブ率30%以上。未達ならアプリ内ガイドを配信している"},
             {"90日利用レポート", 62, V, false, "90日間の利用状況レポートを管理者にメールで送付している"},
         }},
    }};
    return specs;
}

} // namespace

TemplateLanguage templateLanguageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Japanese ? TemplateLanguage::Japanese : TemplateLanguage::English;
}

QList<RoadmapTemplate> defaultRoadmapTemplates(TemplateLanguage language, const IdSource& newId)
{
    const auto& specs = language == TemplateLanguage::Japanese ? japanese() : english();
    QList<RoadmapTemplate> templates;
    for (const Spec& spec : specs) {
        RoadmapTemplate t;
        t.id = newId();
        t.name = QString::fromUtf8(spec.name);
        t.touchModel = spec.model;
        for (int i = 0; i < spec.steps.size(); ++i) {
            const Step& step = spec.steps.at(i);
            TemplateMilestone m;
            m.id = newId();
            m.templateId = t.id;
            m.position = i;
            m.title = QString::fromUtf8(step.title);
            m.offsetBusinessDays = step.offset;
            m.ownerSide = step.side;
            m.firstValue = step.firstValue;
            m.successCriterion = QString::fromUtf8(step.criterion);
            t.milestones.append(m);
        }
        templates.append(t);
    }
    return templates;
}

} // namespace csm
