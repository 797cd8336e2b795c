#include "GeneratorVocabulary_p.h"

namespace csm::io {
namespace {

std::array<std::array<QStringList, 3>, 2> npsComments()
{
    std::array<std::array<QStringList, 3>, 2> c;
    c[0][0] = {QStringLiteral("Too slow when our data grows."),
               QStringLiteral("Support takes days to answer."),
               QStringLiteral("Hard to roll out beyond the first team."),
               QStringLiteral("Pricing went up without new value.")};
    c[0][1] = {QStringLiteral("Does the job, reporting could be better."),
               QStringLiteral("Good product, onboarding took long."),
               QStringLiteral("Fine for now; we miss an API for our ERP.")};
    c[0][2] = {QStringLiteral("Our team saves hours every week."),
               QStringLiteral("Great support and fast answers."),
               QStringLiteral("Easy to use, everyone adopted it."),
               QStringLiteral("The dashboards changed how we run reviews.")};
    c[1][0] = {QStringLiteral("データ量が増えると動作が重い。"),
               QStringLiteral("問い合わせの回答に時間がかかる。"), QStringLiteral("他部署への展開が難しい。"),
               QStringLiteral("価格改定に見合う価値を感じない。")};
    c[1][1] = {QStringLiteral("概ね満足。レポート機能に改善の余地あり。"),
               QStringLiteral("製品は良いが導入に時間がかかった。"),
               QStringLiteral("基幹システムとの連携APIが欲しい。")};
    c[1][2] = {QStringLiteral("毎週の作業時間が大幅に減った。"), QStringLiteral("サポートの対応が早く丁寧。"),
               QStringLiteral("使いやすく社内にすぐ定着した。"),
               QStringLiteral("ダッシュボードで会議の進め方が変わった。")};
    return c;
}

Vocabulary japanese()
{
    Vocabulary v;
    v.owners = {QStringLiteral("佐藤 美咲"), QStringLiteral("鈴木 健太"), QStringLiteral("高橋 翔"),
                QStringLiteral("田中 愛"),   QStringLiteral("伊藤 大輔"), QStringLiteral("Emily Carter")};
    v.industries = {QStringLiteral("製造"),           QStringLiteral("小売・EC"),
                    QStringLiteral("金融・保険"),     QStringLiteral("医療・ヘルスケア"),
                    QStringLiteral("IT・通信"),       QStringLiteral("物流"),
                    QStringLiteral("建設・不動産"),   QStringLiteral("教育"),
                    QStringLiteral("メディア・広告"), QStringLiteral("人材サービス"),
                    QStringLiteral("食品・飲料"),     QStringLiteral("公共")};
    v.japanRegions = {QStringLiteral("北海道"), QStringLiteral("東北"),      QStringLiteral("関東"),
                      QStringLiteral("中部"),   QStringLiteral("近畿"),      QStringLiteral("中国"),
                      QStringLiteral("四国"),   QStringLiteral("九州・沖縄")};
    v.worldRegions = {QStringLiteral("北米"), QStringLiteral("欧州"), QStringLiteral("アジア太平洋")};
    v.plans = {QStringLiteral("Starter"), QStringLiteral("Growth"), QStringLiteral("Business"),
               QStringLiteral("Enterprise")};
    auto& s = v.summaries;
    s[int(TouchKind::Meeting)] = {
        QStringLiteral("定例ミーティング：利用状況と課題を確認"), QStringLiteral("新機能の紹介と活用提案"),
        QStringLiteral("部門展開の計画について打ち合わせ"), QStringLiteral("運用ルールの見直しを相談")};
    s[int(TouchKind::Call)] = {QStringLiteral("電話で設定の質問に回答"), QStringLiteral("利用状況の確認電話"),
                               QStringLiteral("請求内容について問い合わせ対応"),
                               QStringLiteral("担当者変更の連絡を受けた")};
    s[int(TouchKind::Email)] = {
        QStringLiteral("活用事例の資料を送付"), QStringLiteral("アップデート情報を案内"),
        QStringLiteral("トレーニング日程の調整"), QStringLiteral("利用レポートを共有")};
    s[int(TouchKind::Qbr)] = {QStringLiteral("四半期ビジネスレビュー：成果と次期目標"),
                              QStringLiteral("QBR：KPI達成状況の共有")};
    s[int(TouchKind::Ebr)] = {QStringLiteral("経営層レビュー：投資対効果の報告"),
                              QStringLiteral("EBR：来期の拡大計画を議論")};
    s[int(TouchKind::Training)] = {QStringLiteral("管理者向けトレーニングを実施"),
                                   QStringLiteral("新任担当者向け操作研修")};
    s[int(TouchKind::OnboardingSession)] = {QStringLiteral("オンボーディング：初期設定の支援"),
                                            QStringLiteral("オンボーディング：データ移行の確認"),
                                            QStringLiteral("オンボーディング：利用者招待の手順説明")};
    s[int(TouchKind::Webinar)] = {QStringLiteral("活用ウェビナーに参加"),
                                  QStringLiteral("新機能ウェビナーに参加")};
    s[int(TouchKind::InAppMessage)] = {QStringLiteral("アプリ内ガイド：レポート機能の案内"),
                                       QStringLiteral("アプリ内アンケートに回答"),
                                       QStringLiteral("アプリ内メッセージ：未使用機能の紹介")};
    s[int(TouchKind::Escalation)] = {QStringLiteral("障害に関するエスカレーション対応"),
                                     QStringLiteral("性能問題のエスカレーション")};
    s[int(TouchKind::InternalNote)] = {QStringLiteral("社内メモ：決裁者が交代予定"),
                                       QStringLiteral("社内メモ：競合製品を比較検討中との情報"),
                                       QStringLiteral("社内メモ：アップセルの可能性あり"),
                                       QStringLiteral("社内メモ：予算削減の噂")};
    v.nextSteps = {QStringLiteral("議事録を送付"),           QStringLiteral("見積もりを提示"),
                   QStringLiteral("トレーニング日程を確定"), QStringLiteral("活用事例を共有"),
                   QStringLiteral("技術担当から回答"),       QStringLiteral("次回定例を設定"),
                   QStringLiteral("利用レポートを作成"),     QStringLiteral("決裁者との面談を設定")};
    v.escalationNextSteps = {QStringLiteral("原因と再発防止策を報告"),
                             QStringLiteral("開発チームと対応を確認")};
    v.renewalNotes = {QStringLiteral("予算確保済み"), QStringLiteral("決裁者が交代"),
                      QStringLiteral("競合と比較検討中"), QStringLiteral("部門追加を検討")};
    v.overrideReasons = {QStringLiteral("戦略顧客"), QStringLiteral("グループ会社と一括対応"),
                         QStringLiteral("経営層からの要望")};
    v.automationAuthor = QStringLiteral("自動配信");
    v.blockedReasons = {QStringLiteral("お客様側の情報システム部門の承認待ち"),
                        QStringLiteral("SSOの設定に必要な証明書が未発行"),
                        QStringLiteral("担当者の異動で後任が未定"), QStringLiteral("データ連携の仕様確認中")};
    v.npsComments = npsComments();
    return v;
}

Vocabulary english()
{
    Vocabulary v;
    v.owners = {QStringLiteral("Emily Carter"), QStringLiteral("James Miller"), QStringLiteral("Sophia Chen"),
                QStringLiteral("Daniel Kim"),   QStringLiteral("Olivia Brown"), QStringLiteral("佐藤 美咲")};
    v.industries = {QStringLiteral("Manufacturing"),
                    QStringLiteral("Retail & E-commerce"),
                    QStringLiteral("Financial services"),
                    QStringLiteral("Healthcare"),
                    QStringLiteral("IT & Telecom"),
                    QStringLiteral("Logistics"),
                    QStringLiteral("Construction & Real estate"),
                    QStringLiteral("Education"),
                    QStringLiteral("Media & Advertising"),
                    QStringLiteral("Staffing"),
                    QStringLiteral("Food & Beverage"),
                    QStringLiteral("Public sector")};
    v.japanRegions = {QStringLiteral("Hokkaido"), QStringLiteral("Tohoku"),        QStringLiteral("Kanto"),
                      QStringLiteral("Chubu"),    QStringLiteral("Kinki"),         QStringLiteral("Chugoku"),
                      QStringLiteral("Shikoku"),  QStringLiteral("Kyushu-Okinawa")};
    v.worldRegions = {QStringLiteral("North America"), QStringLiteral("EMEA"), QStringLiteral("APAC"),
                      QStringLiteral("LATAM")};
    v.plans = {QStringLiteral("Starter"), QStringLiteral("Growth"), QStringLiteral("Business"),
               QStringLiteral("Enterprise")};
    auto& s = v.summaries;
    s[int(TouchKind::Meeting)] = {QStringLiteral("Regular check-in: usage and open issues"),
                                  QStringLiteral("Demo of new features and use cases"),
                                  QStringLiteral("Planned the roll-out to another department"),
                                  QStringLiteral("Reviewed their workflow and admin settings")};
    s[int(TouchKind::Call)] = {QStringLiteral("Answered configuration questions"),
                               QStringLiteral("Usage check-in call"), QStringLiteral("Billing question"),
                               QStringLiteral("Heard about a change of main contact")};
    s[int(TouchKind::Email)] = {
        QStringLiteral("Sent customer stories"), QStringLiteral("Shared release notes"),
        QStringLiteral("Scheduled the training"), QStringLiteral("Shared the usage report")};
    s[int(TouchKind::Qbr)] = {QStringLiteral("Quarterly business review: results and next goals"),
                              QStringLiteral("QBR: KPI progress")};
    s[int(TouchKind::Ebr)] = {QStringLiteral("Executive review: return on investment"),
                              QStringLiteral("EBR: expansion plans for next year")};
    s[int(TouchKind::Training)] = {QStringLiteral("Admin training"),
                                   QStringLiteral("Training for new users")};
    s[int(TouchKind::OnboardingSession)] = {QStringLiteral("Onboarding: initial setup"),
                                            QStringLiteral("Onboarding: data migration check"),
                                            QStringLiteral("Onboarding: inviting users")};
    s[int(TouchKind::Webinar)] = {QStringLiteral("Attended the best-practice webinar"),
                                  QStringLiteral("Attended the release webinar")};
    s[int(TouchKind::InAppMessage)] = {QStringLiteral("In-app guide: reports"),
                                       QStringLiteral("Answered the in-app survey"),
                                       QStringLiteral("In-app message: unused features")};
    s[int(TouchKind::Escalation)] = {QStringLiteral("Escalation: outage"),
                                     QStringLiteral("Escalation: performance problem")};
    s[int(TouchKind::InternalNote)] = {QStringLiteral("Internal: decision maker is leaving"),
                                       QStringLiteral("Internal: they are evaluating a competitor"),
                                       QStringLiteral("Internal: upsell opportunity"),
                                       QStringLiteral("Internal: rumours of budget cuts")};
    v.nextSteps = {
        QStringLiteral("Send the meeting notes"),         QStringLiteral("Send a quote"),
        QStringLiteral("Confirm the training date"),      QStringLiteral("Share customer stories"),
        QStringLiteral("Get an answer from engineering"), QStringLiteral("Book the next check-in"),
        QStringLiteral("Prepare a usage report"),         QStringLiteral("Meet the decision maker")};
    v.escalationNextSteps = {QStringLiteral("Report root cause and fix"),
                             QStringLiteral("Align with the product team")};
    v.renewalNotes = {QStringLiteral("Budget approved"), QStringLiteral("New decision maker"),
                      QStringLiteral("Comparing with a competitor"),
                      QStringLiteral("Considering more departments")};
    v.overrideReasons = {QStringLiteral("Strategic logo"), QStringLiteral("Served with its group"),
                         QStringLiteral("Executive request")};
    v.automationAuthor = QStringLiteral("Automation");
    v.blockedReasons = {QStringLiteral("Waiting for the customer's IT approval"),
                        QStringLiteral("SSO certificate not issued yet"),
                        QStringLiteral("Champion left; successor not named"),
                        QStringLiteral("Data integration spec under review")};
    v.npsComments = npsComments();
    return v;
}

} // namespace

const Vocabulary& Vocabulary::forBook(bool isJapanese)
{
    static const Vocabulary ja = japanese();
    static const Vocabulary en = english();
    return isJapanese ? ja : en;
}

} // namespace csm::io
