<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BulkChange</name>
    <message numerus="yes">
        <source>Unassign the owner of %n account(s)</source>
        <translation>
            <numerusform>%n社の担当CSMを解除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner %1 on %n account(s)</source>
        <translation>
            <numerusform>%n社の担当CSMを%1に変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the stage %1 on %n account(s)</source>
        <translation>
            <numerusform>%n社のライフサイクル段階を%1に変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the touch model %1 on %n account(s)</source>
        <translation>
            <numerusform>%n社のタッチモデルを%1に設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n account(s) to the touch model of the ARR rule</source>
        <translation>
            <numerusform>%n社のタッチモデルをARRのセグメント条件に戻す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>High touch</source>
        <translation>ハイタッチ</translation>
    </message>
    <message>
        <source>Low touch</source>
        <translation>ロータッチ</translation>
    </message>
    <message>
        <source>Tech touch</source>
        <translation>テックタッチ</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>導入中</translation>
    </message>
    <message>
        <source>Adopting</source>
        <translation>定着中</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>安定</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>更新期</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>打ち合わせ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>EBR</source>
        <translation>EBR</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>トレーニング</translation>
    </message>
    <message>
        <source>Onboarding session</source>
        <translation>オンボーディング支援</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>ウェビナー</translation>
    </message>
    <message>
        <source>In-app message</source>
        <translation>アプリ内メッセージ</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>チャンピオン（推進者）</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>エグゼクティブスポンサー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>再契約</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>とても悪い</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>悪い</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>とても良い</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits, with %2 for decimals.</source>
        <translation>「%1」は金額として読めません。数字で入力し、小数点には %2 を使ってください。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額が大きすぎます。</translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation>%1 の金額に小数点以下はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 の金額は小数点以下 %n 桁までです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFollowUpDoneCommand</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>フォローアップを完了にする</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>フォローアップを未完了に戻す</translation>
    </message>
</context>
<context>
    <name>SnoozeFollowUpCommand</name>
    <message>
        <source>Snooze follow-up to %1</source>
        <translation>フォローアップを%1に延期</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The end (%1) falls before the start (%2).</source>
        <translation>終了日（%1）が開始日（%2）より前になっています。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>顧客名を入力してください。</translation>
    </message>
    <message>
        <source>Another account already has the external id %1.</source>
        <translation>外部ID %1 はすでに別の顧客で使われています。</translation>
    </message>
    <message>
        <source>ARR cannot be negative.</source>
        <translation>ARRにマイナスは指定できません。</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>連絡先の氏名を入力してください。</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>メールアドレスの形式ではないようです（name@example.com）。</translation>
    </message>
    <message>
        <source>Choose the account this contact belongs to.</source>
        <translation>この連絡先が所属する顧客を選んでください。</translation>
    </message>
    <message>
        <source>Enter the start date of the contract.</source>
        <translation>契約の開始日を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>A notice period of %n day(s) is longer than the term (%1 days).</source>
        <translation>
            <numerusform>解約通知期間（%n日）が契約期間（%1日）より長くなっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation>正しい終了日を入力してください。</translation>
    </message>
    <message>
        <source>Choose the account this touch is with.</source>
        <translation>このタッチの相手の顧客を選んでください。</translation>
    </message>
    <message>
        <source>Enter the date of the touch.</source>
        <translation>タッチの日付を入力してください。</translation>
    </message>
    <message>
        <source>A touch cannot be logged in the future; set a follow-up date instead.</source>
        <translation>未来の日付のタッチは記録できません。代わりにフォローアップの期日を設定してください。</translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation>何があったかを短く入力してください。</translation>
    </message>
    <message>
        <source>Sentiment goes from -2 (very negative) to +2 (very positive).</source>
        <translation>感触は -2（とても悪い）から +2（とても良い）までです。</translation>
    </message>
    <message>
        <source>Enter a valid follow-up date, or clear it.</source>
        <translation>正しいフォローアップの期日を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>The follow-up date falls before the touch itself.</source>
        <translation>フォローアップの期日がタッチの日付より前になっています。</translation>
    </message>
    <message>
        <source>Say why these accounts are served differently from the ARR rule.</source>
        <translation>顧客をARRのセグメント条件と別の方法で担当する理由を入力してください。</translation>
    </message>
    <message>
        <source>Seats go from %1.</source>
        <translation>席数は%1の範囲で入力してください。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>ARR goes from %1.</source>
        <translation>ARRは%1の範囲で入力してください。</translation>
    </message>
    <message>
        <source>A follow-up date goes from %1 to a year after today.</source>
        <translation>フォローアップ日は%1から今日の1年後までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>A follow-up date goes up to a year after today: %1 at the latest.</source>
        <translation>フォローアップ日は今日の1年後（%1）までの日付にしてください。</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the value and save again.</source>
        <translation>何も保存されていません。値を直してからもう一度保存してください。</translation>
    </message>
    <message>
        <source>A contract&apos;s start date goes from %1 to a year after today (%2).</source>
        <translation>契約開始日は%1から今日の1年後（%2）までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>The term goes from %1 to %2 months.</source>
        <translation>契約期間は%1～%2か月の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The notice period goes from 0 to %1 days.</source>
        <translation>解約通知期間は0～%1日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A touch&apos;s date goes from %1 to a year after today (%2).</source>
        <translation>タッチの日付は%1から今日の1年後（%2）までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>Choose the account whose ARR changes.</source>
        <translation>ARRが変わる顧客を選んでください。</translation>
    </message>
    <message>
        <source>The date of an ARR change goes from %1 to a year after today (%2).</source>
        <translation>ARR変動日は%1から今日の1年後（%2）までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>Choose the account that answered.</source>
        <translation>回答した顧客を選んでください。</translation>
    </message>
    <message>
        <source>The date of an NPS response goes from %1 to today.</source>
        <translation>NPS回答日は%1から今日までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>An NPS score goes from %1 to %2.</source>
        <translation>NPSのスコアは%1～%2の範囲です。</translation>
    </message>
    <message>
        <source>A touch&apos;s date goes from %1 to today.</source>
        <translation>タッチの日付は%1から今日までの範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>csm::AboutDialog</name>
    <message>
        <source>About CSM Workbench</source>
        <translation>CSM Workbench について</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>サードパーティのライセンス</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>バージョン %1（Qt %2）</translation>
    </message>
    <message>
        <source>A desktop workbench for customer success managers: your book of accounts, touches, onboarding roadmaps, renewals and health scores in one local file.</source>
        <translation>カスタマーサクセスマネージャーのためのデスクトップアプリです。担当ブックの顧客、タッチ、オンボーディング・ロードマップ、契約更新、ヘルススコアを1つのローカルファイルで管理します。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 the CSM Workbench authors.&lt;/p&gt;&lt;p&gt;CSM Workbench is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the Licence tab for details.&lt;/p&gt;&lt;p&gt;The Japanese public holiday calendar is based on data from the Cabinet Office (出典：内閣府ホームページ) and holiday-jp; see Third-party licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 the CSM Workbench authors.&lt;/p&gt;&lt;p&gt;CSM Workbench はフリーソフトウェアです。フリーソフトウェア財団が公表した GNU 一般公衆利用許諾書（GNU General Public License）のバージョン3、または（任意で）それ以降のバージョンの条件の下で、再頒布や改変ができます。&lt;/p&gt;&lt;p&gt;本ソフトウェアは有用であることを願って頒布されますが、商品性や特定目的への適合性の黙示的な保証も含め、いかなる保証もありません。詳しくは「ライセンス」タブをご覧ください。&lt;/p&gt;&lt;p&gt;祝日カレンダーは内閣府のデータ（出典：内閣府ホームページ）と holiday-jp を基に作成しています。詳しくは「サードパーティのライセンス」タブをご覧ください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CSM Workbench is built on the following software and data. Thank you to their authors.</source>
        <translation>CSM Workbench は次のソフトウェアとデータを利用しています。作者の皆様に感謝します。</translation>
    </message>
    <message>
        <source>CSM Workbench is licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later):</source>
        <translation>CSM Workbench は GNU 一般公衆利用許諾書 バージョン3以降（GPL-3.0-or-later）の下で提供されています。</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditor</name>
    <message>
        <source>New account</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>Kana, for sorting Japanese names</source>
        <translation>日本語名の並べ替えに使う読み（かな）</translation>
    </message>
    <message>
        <source>The account&apos;s id in your CRM</source>
        <translation>CRMでの顧客ID</translation>
    </message>
    <message>
        <source>By the segmentation rule (ARR)</source>
        <translation>セグメント条件（ARR）による</translation>
    </message>
    <message>
        <source>Why this account is served differently</source>
        <translation>この顧客を別の方法で担当する理由</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>読み(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>外部ID(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当CSM(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>業種(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>プラン(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>席数(&amp;S):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>ライフサイクル段階(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Touch model:</source>
        <translation>タッチモデル(&amp;T):</translation>
    </message>
    <message>
        <source>Reason for the o&amp;verride:</source>
        <translation>個別設定の理由(&amp;V):</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>顧客を編集</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>顧客を編集: %1</translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation>新しい顧客: %1</translation>
    </message>
    <message>
        <source>Licensed users, %1</source>
        <translation>ライセンスのユーザー数（%1）</translation>
    </message>
    <message>
        <source>Enter the number of seats as a whole number, %1.</source>
        <translation>席数は%1の整数で入力してください。</translation>
    </message>
</context>
<context>
    <name>csm::AccountPage</name>
    <message>
        <source>Accounts</source>
        <translation>顧客一覧</translation>
    </message>
    <message>
        <source>Back to the accounts list (Alt+Left)</source>
        <translation>顧客一覧に戻る（Alt+←）</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>解約通知期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>チャンピオン</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>解約通知期間</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Current renewal</source>
        <translation>今回の契約更新</translation>
    </message>
    <message>
        <source>ARR after each ARR event, up to today</source>
        <translation>ARRの推移（変動ごと、今日まで）</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タッチ履歴(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>連絡先(&amp;O)</translation>
    </message>
    <message>
        <source>Contract &amp;&amp; &amp;ARR</source>
        <translation>契約・ARR(&amp;A)</translation>
    </message>
    <message>
        <source>The health score, its factors and its trend will be shown here once the health engine is built.</source>
        <translation>ヘルススコアとその要素、推移は、ヘルススコアの計算機能ができしだいここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>ヘルススコア(&amp;H)</translation>
    </message>
    <message>
        <source>The onboarding roadmap and its milestones will be shown here once roadmaps are built.</source>
        <translation>オンボーディング・ロードマップとそのマイルストーンは、ロードマップ機能ができしだいここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>ロードマップ(&amp;R)</translation>
    </message>
    <message>
        <source>External id %1</source>
        <translation>外部ID %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>set by hand: %1</source>
        <translation>手動設定：%1</translation>
    </message>
    <message>
        <source>ARR of %1 or more</source>
        <translation>ARR %1以上</translation>
    </message>
    <message>
        <source>ARR from %1 to under %2</source>
        <translation>ARR %1以上%2未満</translation>
    </message>
    <message>
        <source>ARR under %1</source>
        <translation>ARR %1未満</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>An override on this account wins over the segmentation rule</source>
        <translation>この顧客個別の設定がセグメント条件より優先されます</translation>
    </message>
    <message>
        <source>Given by the book&apos;s segmentation rule</source>
        <translation>担当ブックのセグメント条件による</translation>
    </message>
    <message>
        <source>No live contract</source>
        <translation>有効な契約なし</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>None named yet</source>
        <translation>まだ指定されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Ends on %1 (no automatic renewal)</source>
        <translation>%1に終了（自動更新なし）</translation>
    </message>
    <message>
        <source>None: nothing renews automatically</source>
        <translation>なし（自動更新しない契約）</translation>
    </message>
    <message>
        <source>Ended on %1 (churn recorded)</source>
        <translation>%1に終了（解約を記録済み）</translation>
    </message>
    <message>
        <source>Ended on %1; no renewal recorded</source>
        <translation>%1に終了。契約更新の記録なし</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 終了</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>%1 終了予定</translation>
    </message>
</context>
<context>
    <name>csm::AccountTabActions</name>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>連絡先を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter)</source>
        <translation>選択した連絡先を変更します（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete contact</source>
        <translation>連絡先を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected contact (Del); Undo brings it back</source>
        <translation>選択した連絡先を削除します（Del）。「元に戻す」で復元できます</translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation>契約を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected contract (Enter)</source>
        <translation>選択した契約を変更します（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete contract</source>
        <translation>契約を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected contract (Del); Undo brings it back</source>
        <translation>選択した契約を削除します（Del）。「元に戻す」で復元できます</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>連絡先を削除: %1</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>契約を削除</translation>
    </message>
</context>
<context>
    <name>csm::AccountsModel</name>
    <message>
        <source>External id: %1</source>
        <translation>外部ID：%1</translation>
    </message>
    <message>
        <source>Set by an override on this account</source>
        <translation>この顧客個別の設定による</translation>
    </message>
    <message>
        <source>Given by the ARR segmentation rule</source>
        <translation>ARRのセグメント条件による</translation>
    </message>
    <message>
        <source>Notice deadline: %1</source>
        <translation>解約通知期限：%1</translation>
    </message>
    <message>
        <source>Health scores arrive with the health engine.</source>
        <translation>ヘルススコアは計算機能の追加後に表示されます。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>解約通知期限</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最終タッチ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Account name; Japanese names sort by their reading</source>
        <translation>顧客名（日本語の名前は読みで並べ替えます）</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>年間経常収益</translation>
    </message>
    <message>
        <source>Days left until the last day the customer can cancel</source>
        <translation>顧客が解約を通知できる最終日までの残り日数</translation>
    </message>
    <message>
        <source>Latest customer touch (internal notes do not count)</source>
        <translation>顧客との最新のタッチ（社内メモは含みません）</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>ライフサイクル段階</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 終了</translation>
    </message>
    <message>
        <source>The contract ended on %1; a churn is recorded.</source>
        <translation>契約は%1に終了し、解約が記録されています。</translation>
    </message>
    <message>
        <source>The contract ended on %1: it does not renew automatically, and no renewal is recorded.</source>
        <translation>契約は%1に終了しました。自動更新しない契約で、契約更新の記録がありません。</translation>
    </message>
    <message>
        <source>The contract ends on %1 unless it is renewed: it does not renew automatically, so there is no notice to give.</source>
        <translation>契約は更新しない限り%1に終了します。自動更新しない契約のため、解約通知は不要です。</translation>
    </message>
</context>
<context>
    <name>csm::AccountsPage</name>
    <message>
        <source>Filter by name, reading, external id or owner (Ctrl+F)</source>
        <translation>名前・読み・外部ID・担当で絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the accounts whose name, reading, external id or owner contain every word you type. Press Enter to go to the list.</source>
        <translation>名前・読み・外部ID・担当に、入力したすべての語を含む顧客を表示します。Enterキーで一覧に移動します。</translation>
    </message>
    <message>
        <source>Show one touch model only</source>
        <translation>1つのタッチモデルだけを表示</translation>
    </message>
    <message>
        <source>Show one owner&apos;s accounts only</source>
        <translation>1人の担当CSMの顧客だけを表示</translation>
    </message>
    <message>
        <source>Show one health band only</source>
        <translation>1つのヘルス区分だけを表示</translation>
    </message>
    <message>
        <source>Show one lifecycle stage only</source>
        <translation>1つのライフサイクル段階だけを表示</translation>
    </message>
    <message>
        <source>All touch models</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>All health bands</source>
        <translation>すべてのヘルス区分</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n社</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%n社中%1社</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ArrChangeDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>記録する(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;without recording</source>
        <translation>記録せずに保存(&amp;W)</translation>
    </message>
    <message>
        <source>Record the ARR change?</source>
        <translation>ARRの変動を記録しますか？</translation>
    </message>
    <message>
        <source>The contract&apos;s ARR changes from %1 to %2.</source>
        <translation>契約のARRが%1から%2に変わります。</translation>
    </message>
    <message>
        <source>Record it as an expansion of the account&apos;s ARR, from %1 to %2?</source>
        <translation>顧客のARRの拡大（%1 → %2）として記録しますか？</translation>
    </message>
    <message>
        <source>Record it as a contraction of the account&apos;s ARR, from %1 to %2?</source>
        <translation>顧客のARRの縮小（%1 → %2）として記録しますか？</translation>
    </message>
    <message>
        <source>Record it as a churn: the account&apos;s ARR goes from %1 to %2?</source>
        <translation>解約として記録しますか？顧客のARRは%1から%2になります。</translation>
    </message>
    <message>
        <source>Without a record the account&apos;s ARR, its touch model and the KPIs stay as they are.</source>
        <translation>記録しない場合、顧客のARR、タッチモデル、KPIは今のままです。</translation>
    </message>
    <message>
        <source>When the account&apos;s ARR changes: today by default, from %1 to a year after today</source>
        <translation>顧客のARRが変わる日です。既定は今日で、%1から今日の1年後まで指定できます</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>変動日(&amp;O):</translation>
    </message>
</context>
<context>
    <name>csm::ArrStepChart</name>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>No ARR history yet</source>
        <translation>ARRの履歴はまだありません</translation>
    </message>
</context>
<context>
    <name>csm::Book</name>
    <message>
        <source>The book is already open in another running CSM Workbench (process %1 on %2).</source>
        <translation>このブックは、実行中の別の CSM Workbench（%2 のプロセス %1）で既に開かれています。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Close the book there first, or open it read-only.</source>
        <translation>先にそちらでブックを閉じるか、読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>The book&apos;s folder is read-only, so the book cannot be opened for writing.</source>
        <translation>ブックのフォルダーが読み取り専用のため、書き込み用に開けません。</translation>
    </message>
    <message>
        <source>Open it read-only, or copy the book to a folder you can write to.</source>
        <translation>読み取り専用で開くか、書き込めるフォルダーにブックをコピーしてください。</translation>
    </message>
    <message>
        <source>The book&apos;s lock file could not be created.</source>
        <translation>ブックのロックファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions and free space.</source>
        <translation>フォルダーのアクセス権と空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The book has no version record.</source>
        <translation>ブックにバージョン情報がありません。</translation>
    </message>
    <message>
        <source>Restore the book from a backup.</source>
        <translation>バックアップからブックを復元してください。</translation>
    </message>
    <message>
        <source>No book file was given.</source>
        <translation>ブックのファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Choose a book file.</source>
        <translation>ブックのファイルを選んでください。</translation>
    </message>
    <message>
        <source>This is a folder, not a book file.</source>
        <translation>これはフォルダーで、ブックのファイルではありません。</translation>
    </message>
    <message>
        <source>Choose a book file (.sqlite) inside it.</source>
        <translation>その中のブックのファイル（.sqlite）を選んでください。</translation>
    </message>
    <message>
        <source>The book file does not exist.</source>
        <translation>ブックのファイルがありません。</translation>
    </message>
    <message>
        <source>Check the file name, or create a new book.</source>
        <translation>ファイル名を確認するか、新しいブックを作成してください。</translation>
    </message>
    <message>
        <source>The folder for the new book does not exist.</source>
        <translation>新しいブックを保存するフォルダーがありません。</translation>
    </message>
    <message>
        <source>Create the folder first, or choose another location.</source>
        <translation>先にフォルダーを作成するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>The folder for the new book is read-only.</source>
        <translation>新しいブックを保存するフォルダーは読み取り専用です。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The book is already open in this window or process.</source>
        <translation>このブックはこのウィンドウまたはプロセスで既に開かれています。</translation>
    </message>
    <message>
        <source>Switch to the window that has it open.</source>
        <translation>開いているウィンドウに切り替えてください。</translation>
    </message>
    <message>
        <source>The book file is read-only.</source>
        <translation>ブックのファイルは読み取り専用です。</translation>
    </message>
    <message>
        <source>Open it read-only, or make the file writable and try again.</source>
        <translation>読み取り専用で開くか、ファイルを書き込み可能にしてからやり直してください。</translation>
    </message>
    <message>
        <source>The book is damaged and cannot be opened safely: %1.</source>
        <translation>ブックが破損しているため、安全に開けません: %1。</translation>
    </message>
    <message>
        <source>Restore the book from a backup; the damaged file was not changed.</source>
        <translation>バックアップからブックを復元してください。破損したファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The book was written by a newer CSM Workbench: it needs a reader of schema version %1, and this version reads up to schema version %2.</source>
        <translation>このブックは新しい CSM Workbench で作成されています。スキーマバージョン %1 以上に対応した版が必要ですが、この版が読めるのはスキーマバージョン %2 までです。</translation>
    </message>
    <message>
        <source>Update CSM Workbench to open this book; it was not changed.</source>
        <translation>このブックを開くには CSM Workbench を更新してください。ブックは変更されていません。</translation>
    </message>
    <message>
        <source>The book has schema version %1, newer than version %2 that this CSM Workbench writes, so it cannot be changed here.</source>
        <translation>このブックのスキーマバージョンは %1 で、この CSM Workbench が書き込むバージョン %2 より新しいため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Open it read-only, or update CSM Workbench.</source>
        <translation>読み取り専用で開くか、CSM Workbench を更新してください。</translation>
    </message>
    <message>
        <source>The book has the older schema version %1 and must be upgraded to version %2 before it can be read.</source>
        <translation>このブックは古いスキーマバージョン %1 のため、読む前にバージョン %2 へ更新する必要があります。</translation>
    </message>
    <message>
        <source>Open it for writing once to upgrade it (a backup is taken first).</source>
        <translation>一度書き込み用に開くと更新されます（先にバックアップを作成します）。</translation>
    </message>
    <message>
        <source>The book could not be opened: %1.</source>
        <translation>ブックを開けませんでした: %1。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>SQLite ドライバーから接続ハンドルを取得できませんでした。</translation>
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of %2.</source>
        <translation>テーブル %1 の行が、存在しない %2 の行を参照しています。</translation>
    </message>
    <message>
        <source>The schema version (%1) disagrees with the file header (%2).</source>
        <translation>スキーマバージョン（%1）がファイルヘッダー（%2）と一致しません。</translation>
    </message>
    <message>
        <source>The schema version is %1; this build expects %2.</source>
        <translation>スキーマバージョンは %1 ですが、この版は %2 を想定しています。</translation>
    </message>
    <message>
        <source>A book cannot be backed up onto itself.</source>
        <translation>ブックを同じファイルにバックアップすることはできません。</translation>
    </message>
    <message>
        <source>Choose another file name for the backup.</source>
        <translation>バックアップには別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Choose a CSM Workbench book (a .sqlite file made by this app).</source>
        <translation>CSM Workbench のブック（このアプリで作成した .sqlite ファイル）を選んでください。</translation>
    </message>
    <message>
        <source>The book cannot be read: %1.</source>
        <translation>ブックを読み込めません: %1。</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>ファイルの読み取り権限を確認してください。</translation>
    </message>
    <message>
        <source>The file is empty, not a CSM Workbench book.</source>
        <translation>ファイルが空です。CSM Workbench のブックではありません。</translation>
    </message>
    <message>
        <source>The file is not a CSM Workbench book (it is not a SQLite database).</source>
        <translation>このファイルは CSM Workbench のブックではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>the file is shorter than a database header</source>
        <translation>ファイルがデータベースのヘッダーより短い</translation>
    </message>
    <message>
        <source>The file is a SQLite database but not a CSM Workbench book.</source>
        <translation>このファイルは SQLite データベースですが、CSM Workbench のブックではありません。</translation>
    </message>
    <message>
        <source>invalid page size</source>
        <translation>ページサイズが不正</translation>
    </message>
    <message>
        <source>the file size is not a whole number of pages (truncated?)</source>
        <translation>ファイルサイズがページサイズの整数倍ではない（途中で切れている可能性）</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>ファイルがヘッダーの示す長さより短い（途中で切れている）</translation>
    </message>
    <message>
        <source>the version table is missing</source>
        <translation>バージョンのテーブルがない</translation>
    </message>
    <message>
        <source>the version record is missing</source>
        <translation>バージョン情報がない</translation>
    </message>
    <message>
        <source>the schema version (%1) disagrees with the file header (%2)</source>
        <translation>スキーマバージョン（%1）がファイルヘッダー（%2）と一致しない</translation>
    </message>
    <message>
        <source>A company holiday has no valid date.</source>
        <translation>会社休日の日付が正しくありません。</translation>
    </message>
    <message>
        <source>The new book could not be put in place.</source>
        <translation>新しいブックを所定の場所に保存できませんでした。</translation>
    </message>
    <message>
        <source>Check that the folder is writable and no file of that name exists.</source>
        <translation>フォルダーに書き込めること、同じ名前のファイルがないことを確認してください。</translation>
    </message>
    <message>
        <source>The backup file already exists.</source>
        <translation>バックアップファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Choose another name, or remove the existing file first.</source>
        <translation>別の名前を選ぶか、先に既存のファイルを削除してください。</translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation>バックアップを保存するフォルダーがありません。</translation>
    </message>
    <message>
        <source>Create the folder first or choose another location.</source>
        <translation>先にフォルダーを作成するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>The backup copy failed its check: %1.</source>
        <translation>バックアップのコピーが検査に合格しませんでした: %1。</translation>
    </message>
    <message>
        <source>Run a full check of the book, then try again.</source>
        <translation>ブックの完全な検査を実行してから、やり直してください。</translation>
    </message>
    <message>
        <source>The backup could not be put in place.</source>
        <translation>バックアップを所定の場所に保存できませんでした。</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>フォルダーに書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>The bulk write is already finished.</source>
        <translation>一括書き込みは既に終了しています。</translation>
    </message>
    <message>
        <source>Nothing was written because a row was refused: %1</source>
        <translation>受け付けられない行があったため、何も書き込みませんでした: %1</translation>
    </message>
    <message>
        <source>The upgrade was cancelled.</source>
        <translation>更新をキャンセルしました。</translation>
    </message>
    <message>
        <source>The book was left unchanged.</source>
        <translation>ブックは変更されていません。</translation>
    </message>
    <message>
        <source>The book was not upgraded because its backup failed: %1</source>
        <translation>バックアップに失敗したため、ブックを更新しませんでした: %1</translation>
    </message>
    <message>
        <source>The book could not be upgraded from version %1 to %2: %3</source>
        <translation>ブックをバージョン %1 から %2 に更新できませんでした: %3</translation>
    </message>
    <message>
        <source>The book was left unchanged; a backup is at %1.</source>
        <translation>ブックは変更されていません。バックアップは %1 にあります。</translation>
    </message>
    <message>
        <source>no upgrade step from version %1</source>
        <translation>バージョン %1 からの更新手順がない</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of %2</source>
        <translation>テーブル %1 の行が、存在しない %2 の行を参照している</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>検索をキャンセルしました。</translation>
    </message>
    <message>
        <source>The record does not exist or was deleted.</source>
        <translation>レコードが存在しないか、削除されています。</translation>
    </message>
    <message>
        <source>Reload the list; someone may have deleted it.</source>
        <translation>一覧を再読み込みしてください。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The record was deleted; restore it before changing it.</source>
        <translation>レコードは削除されています。変更する前に復元してください。</translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation>レコードが存在しません。</translation>
    </message>
    <message>
        <source>The book refused an impossible value: %1.</source>
        <translation>ブックが不正な値を受け付けませんでした: %1。</translation>
    </message>
    <message>
        <source>Check the values entered and try again.</source>
        <translation>入力した値を確認して、やり直してください。</translation>
    </message>
    <message>
        <source>The book is damaged: %1.</source>
        <translation>ブックが破損しています: %1。</translation>
    </message>
    <message>
        <source>The book cannot be written: %1.</source>
        <translation>ブックに書き込めません: %1。</translation>
    </message>
    <message>
        <source>Open the book for writing, or check the file&apos;s permissions.</source>
        <translation>ブックを書き込み用に開くか、ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The book is busy: %1.</source>
        <translation>ブックは使用中です: %1。</translation>
    </message>
    <message>
        <source>Another program is using the book; try again in a moment.</source>
        <translation>別のプログラムがブックを使用しています。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>The book could not be read or written: %1.</source>
        <translation>ブックの読み書きができませんでした: %1。</translation>
    </message>
    <message>
        <source>Check the disk space and the file&apos;s permissions.</source>
        <translation>ディスクの空き容量とファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>A database operation failed: %1.</source>
        <translation>データベースの操作に失敗しました: %1。</translation>
    </message>
    <message>
        <source>The book is open read-only.</source>
        <translation>ブックは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Open the book for writing to change it.</source>
        <translation>変更するには、ブックを書き込み用に開いてください。</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>トランザクションは既に終了しています。</translation>
    </message>
    <message>
        <source>A part of the change failed, so nothing was saved.</source>
        <translation>変更の一部に失敗したため、何も保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>csm::BookWorkspace</name>
    <message>
        <source>No book is open.</source>
        <translation>担当ブックが開かれていません。</translation>
    </message>
</context>
<context>
    <name>csm::BulkAccountActions</name>
    <message>
        <source>Change o&amp;wner…</source>
        <translation>担当CSMを変更(&amp;W)…</translation>
    </message>
    <message>
        <source>Give the selected accounts another owner</source>
        <translation>選択した顧客の担当CSMを変更します</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>ライフサイクル段階を変更(&amp;S)…</translation>
    </message>
    <message>
        <source>Move the selected accounts to another lifecycle stage</source>
        <translation>選択した顧客のライフサイクル段階を変更します</translation>
    </message>
    <message>
        <source>Set &amp;touch model…</source>
        <translation>タッチモデルを設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Override the touch model of the selected accounts, or return them to the ARR rule</source>
        <translation>選択した顧客のタッチモデルを個別に設定するか、ARRのセグメント条件に戻します</translation>
    </message>
    <message numerus="yes">
        <source>No account changed: the %n selected account(s) already had this.</source>
        <translation>
            <numerusform>変更された顧客はありません。選択した%n社はすでにこの設定です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed.</source>
        <translation>
            <numerusform>%n社を変更しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BulkChangeDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>担当CSMを変更</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected account(s) a new owner.</source>
        <translation>
            <numerusform>選択した%n社の担当CSMを変更します。</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>新しい担当CSM(&amp;O):</translation>
    </message>
    <message>
        <source>Change lifecycle stage</source>
        <translation>ライフサイクル段階を変更</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected account(s) to another lifecycle stage.</source>
        <translation>
            <numerusform>選択した%n社のライフサイクル段階を変更します。</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation>新しい段階(&amp;S):</translation>
    </message>
    <message>
        <source>Set touch model</source>
        <translation>タッチモデルを設定</translation>
    </message>
    <message numerus="yes">
        <source>Choose how the %n selected account(s) are served. An override wins over the ARR rule of the book&apos;s segmentation and needs a reason.</source>
        <translation>
            <numerusform>選択した%n社のタッチモデルを選んでください。個別設定は担当ブックのセグメント条件（ARR）より優先され、理由の入力が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>By the ARR rule (clear the override)</source>
        <translation>個別設定を解除（セグメント条件）</translation>
    </message>
    <message>
        <source>Why these accounts are served differently</source>
        <translation>これらの顧客を別の方法で担当する理由</translation>
    </message>
    <message>
        <source>&amp;Touch model:</source>
        <translation>タッチモデル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Reason for the override:</source>
        <translation>個別設定の理由(&amp;R):</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>By the ARR rule</source>
        <translation>セグメント条件どおり</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在:</translation>
    </message>
    <message>
        <source>Mixed: %1</source>
        <translation>混在：%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>The CSM who owns these accounts from now on: type a name or pick one; pick Unassigned to leave them without an owner</source>
        <translation>今後これらの顧客を担当するCSMです。名前を入力するか一覧から選んでください。担当CSMを外すには「未割り当て」を選んでください</translation>
    </message>
    <message>
        <source>Type or pick an owner</source>
        <translation>担当CSMを入力か選択</translation>
    </message>
    <message>
        <source>Mixed: type or pick the new owner</source>
        <translation>混在：担当CSMを入力か選択</translation>
    </message>
    <message>
        <source>Mixed: pick the new stage</source>
        <translation>混在：新しい段階を選んでください</translation>
    </message>
    <message>
        <source>Mixed: pick a touch model</source>
        <translation>混在：タッチモデルを選んでください</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Mixed reasons: type one for all of them</source>
        <translation>理由が顧客ごとに異なります。全件に共通の理由を入力してください</translation>
    </message>
</context>
<context>
    <name>csm::ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連絡先を編集</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>連絡先を編集: %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>新しい連絡先: %1</translation>
    </message>
</context>
<context>
    <name>csm::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
</context>
<context>
    <name>csm::ContractEditor</name>
    <message>
        <source>Renews automatically</source>
        <translation>自動更新する</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新しい契約</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>契約期間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notice period:</source>
        <translation>解約通知期間(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>ARR(&amp;A):</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>契約を編集</translation>
    </message>
    <message>
        <source>First renewal on %1; notice deadline %2.</source>
        <translation>最初の契約更新は%1、解約通知期限は%2です。</translation>
    </message>
    <message>
        <source>From %1 to a year after today</source>
        <translation>%1から今日の1年後まで</translation>
    </message>
    <message>
        <source>From %1 to %2 months</source>
        <translation>%1～%2か月</translation>
    </message>
    <message>
        <source>How many days before the renewal date the customer must give notice to cancel, from 0 to %1</source>
        <translation>解約する場合に、更新日の何日前までに顧客が通知する必要があるか（0～%1日）</translation>
    </message>
    <message>
        <source>Annual recurring revenue of this contract, in %1: %2</source>
        <translation>この契約の年間経常収益（%1）：%2</translation>
    </message>
    <message>
        <source>Ends on %1 unless a renewal is recorded; no notice to give.</source>
        <translation>契約更新を記録しない限り%1に終了します。解約通知は不要です。</translation>
    </message>
</context>
<context>
    <name>csm::ErrorMessages</name>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
</context>
<context>
    <name>csm::FirstRunDialog</name>
    <message>
        <source>Welcome to CSM Workbench</source>
        <translation>CSM Workbench へようこそ</translation>
    </message>
    <message>
        <source>There is no book yet. A book holds your accounts, touches, contracts and renewals in one file on this computer:
%1</source>
        <translation>担当ブックがまだありません。担当ブックは、顧客、タッチ、契約、契約更新をこのコンピューター上の1つのファイルにまとめたものです。
%1</translation>
    </message>
    <message>
        <source>Create a demo book</source>
        <translation>デモ用のブックを作成</translation>
    </message>
    <message>
        <source>200 sample accounts with touches, contracts and renewals, to try things out.</source>
        <translation>お試し用に、タッチ・契約・契約更新のデータを含むサンプル顧客200社を作成します。</translation>
    </message>
    <message>
        <source>Create an empty book</source>
        <translation>空のブックを作成</translation>
    </message>
    <message>
        <source>Start with your own accounts.</source>
        <translation>ご自身の顧客を登録して始めます。</translation>
    </message>
    <message>
        <source>Open a book file…</source>
        <translation>ブックのファイルを開く…</translation>
    </message>
    <message>
        <source>Use a book you already have.</source>
        <translation>お持ちの担当ブックを使います。</translation>
    </message>
</context>
<context>
    <name>csm::LogTouchDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation>フォローアップの期日(&amp;F)</translation>
    </message>
    <message>
        <source>Log a touch</source>
        <translation>タッチを記録</translation>
    </message>
    <message>
        <source>Type an account&apos;s name or reading</source>
        <translation>顧客の名前か読みを入力</translation>
    </message>
    <message>
        <source>Outbound: you reached out. Inbound: the customer did.</source>
        <translation>発信：こちらから連絡。受信：顧客から連絡。</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>何があったかを1～2文で</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>How the customer felt, from -2 (very negative) to +2 (very positive)</source>
        <translation>顧客の感触。-2（とても悪い）から +2（とても良い）まで</translation>
    </message>
    <message>
        <source>What you or the customer will do next</source>
        <translation>自分または顧客が次に行うこと</translation>
    </message>
    <message>
        <source>The account&apos;s contacts who took part</source>
        <translation>参加した顧客の連絡先</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>顧客(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>方向(&amp;I):</translation>
    </message>
    <message>
        <source>Se&amp;ntiment:</source>
        <translation>感触(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;ext step:</source>
        <translation>次のアクション(&amp;E):</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>フォローアップ:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加者(&amp;P):</translation>
    </message>
    <message>
        <source>Save the touch (Ctrl+Enter)</source>
        <translation>タッチを保存します（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter で保存 · Esc でキャンセル</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit touch</source>
        <translation>タッチを編集</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1を記録</translation>
    </message>
    <message>
        <source>1–9, 0 or first letters</source>
        <translation>1～9・0キー、英語名の頭文字</translation>
    </message>
    <message>
        <source>When the touch happened: today by default; earlier dates back to %1 are fine, future ones are not</source>
        <translation>タッチの日付です。既定は今日です。%1以降の過去の日付は指定できますが、未来の日付は指定できません</translation>
    </message>
    <message>
        <source>A follow-up appears on Today&apos;s list from its date until it is done; it can be set up to a year ahead</source>
        <translation>フォローアップは期日から完了するまで「今日のやること」に表示されます。1年先まで指定できます</translation>
    </message>
</context>
<context>
    <name>csm::MainWindow</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Go to a page (Ctrl+1 … Ctrl+6)</source>
        <translation>ページに移動（Ctrl+1～Ctrl+6）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日のやること</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客一覧</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Today&apos;s list will gather what needs you today: follow-ups due and overdue, notice deadlines within 90 days, silent accounts, and later health drops and red accounts renewing soon. It is not built yet.</source>
        <translation>「今日のやること」には、期日が来た・過ぎたフォローアップ、90日以内の解約通知期限、接触が途絶えた顧客、のちにはヘルススコア急落や、まもなく契約更新を迎える危険の顧客など、今日対応すべきことがまとめて表示されます。この機能はまだ作成されていません。</translation>
    </message>
    <message>
        <source>The portfolio will chart the book by touch model, health mix, renewals and ARR at risk, with drill-down to the accounts behind each bar. It is not built yet.</source>
        <translation>ポートフォリオでは、担当ブックをタッチモデル、ヘルススコアの構成、契約更新、リスクのあるARRでグラフにし、各棒の内訳の顧客を確認できます。この機能はまだ作成されていません。</translation>
    </message>
    <message>
        <source>The renewal calendar will list upcoming renewals and notice deadlines with their forecast and ARR. It is not built yet.</source>
        <translation>契約更新カレンダーには、今後の契約更新と解約通知期限が、確度とARRとともに表示されます。この機能はまだ作成されていません。</translation>
    </message>
    <message>
        <source>Onboarding roadmaps will show each account&apos;s milestones, what is on track, behind or stuck. They are not built yet.</source>
        <translation>オンボーディング・ロードマップでは、顧客ごとのマイルストーンと、その状況（順調・遅延・停滞）を表示します。この機能はまだ作成されていません。</translation>
    </message>
    <message>
        <source>Reports will give retention KPIs (GRR, NRR, logo churn, NPS) per period, each with its formula and the accounts behind it. They are not built yet.</source>
        <translation>レポートでは、継続率のKPI（GRR、NRR、顧客解約率、NPS）を期間ごとに、計算式と対象の顧客とともに表示します。この機能はまだ作成されていません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>顧客(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>新しいブック(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty book file</source>
        <translation>新しい空のブックファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a book file</source>
        <translation>ブックのファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったブック(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a checked copy of the open book</source>
        <translation>開いているブックの検査済みのコピーを保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close CSM Workbench</source>
        <translation>CSM Workbench を終了します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>直前の変更を元に戻します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation>元に戻した変更をやり直します（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>&amp;Filter accounts</source>
        <translation>顧客を絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the accounts list and type to filter it</source>
        <translation>顧客一覧に移動して、入力した語で絞り込みます</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>絞り込みを解除(&amp;C)</translation>
    </message>
    <message>
        <source>Show every account again</source>
        <translation>すべての顧客を再表示します</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>ナビゲーションパネル(&amp;N)</translation>
    </message>
    <message>
        <source>Show or hide the list of pages on the left</source>
        <translation>左側のページ一覧の表示・非表示を切り替えます</translation>
    </message>
    <message>
        <source>Re&amp;load accounts</source>
        <translation>顧客一覧を再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Read the accounts list again</source>
        <translation>顧客一覧をもう一度読み込みます</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1に移動</translation>
    </message>
    <message>
        <source>&amp;Back to accounts</source>
        <translation>顧客一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Return to the accounts list</source>
        <translation>顧客一覧に戻ります</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>顧客を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the account selected in the list</source>
        <translation>一覧で選択した顧客を開きます</translation>
    </message>
    <message>
        <source>&amp;About CSM Workbench</source>
        <translation>CSM Workbench について(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and where your book lives</source>
        <translation>バージョン、ライセンス、担当ブックの保存場所</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>使用中の Qt のバージョン</translation>
    </message>
    <message>
        <source>Could not open the book</source>
        <translation>担当ブックを開けませんでした</translation>
    </message>
    <message>
        <source>The book file does not exist.</source>
        <translation>担当ブックのファイルがありません。</translation>
    </message>
    <message>
        <source>File: %1

It may have been moved, renamed or deleted.</source>
        <translation>ファイル: %1

移動、名前の変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Remove from recent books</source>
        <translation>最近使ったブックから削除</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>読み取り専用で開きますか？</translation>
    </message>
    <message>
        <source>%1

Open the book read-only instead? You can look at everything but not change it.</source>
        <translation>%1

代わりに読み取り専用でブックを開きますか？すべて閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <source>Could not create the book</source>
        <translation>ブックを作成できませんでした</translation>
    </message>
    <message>
        <source>CSM Workbench books (*.sqlite *.csmbook);;All files (*)</source>
        <translation>CSM Workbench のブック (*.sqlite *.csmbook);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>新しいブック</translation>
    </message>
    <message>
        <source>/book.sqlite</source>
        <translation>/book.sqlite</translation>
    </message>
    <message>
        <source>A file named %1 already exists. A new book never overwrites a file: choose another name, or use Open… to open it.</source>
        <translation>%1 という名前のファイルはすでにあります。新しいブックで既存のファイルを上書きすることはありません。別の名前を選ぶか、「開く…」で開いてください。</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>ブックを開く</translation>
    </message>
    <message>
        <source>Back up the book</source>
        <translation>ブックをバックアップ</translation>
    </message>
    <message>
        <source>Choose another file than the open book itself.</source>
        <translation>開いているブック以外のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Could not replace %1. Check that it is not open elsewhere.</source>
        <translation>%1 を置き換えられませんでした。ほかのアプリで開かれていないか確認してください。</translation>
    </message>
    <message>
        <source>Backing up the book…</source>
        <translation>ブックをバックアップしています…</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>バックアップできませんでした</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>最近使ったブックはありません</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>ブックが開かれていません</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation>担当ブック: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>すべての変更を保存しました</translation>
    </message>
    <message>
        <source>This book is open read-only: nothing can be changed.</source>
        <translation>このブックは読み取り専用で開かれているため、変更できません。</translation>
    </message>
    <message>
        <source>Every change is written to the book file as soon as you make it.</source>
        <translation>変更はすぐにブックのファイルに書き込まれます。</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>顧客を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n社</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrading the book for this version of CSM Workbench…
A backup copy is made first; if anything fails, the book stays as it was.</source>
        <translation>このバージョンの CSM Workbench 用にブックを更新しています…
最初にバックアップを作成します。途中で失敗した場合、ブックは元のままです。</translation>
    </message>
    <message>
        <source>Could not upgrade the book</source>
        <translation>ブックを更新できませんでした</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>The upgrade was cancelled; the book was not opened and is unchanged.</source>
        <translation>更新をキャンセルしました。ブックは開かれず、変更されていません。</translation>
    </message>
</context>
<context>
    <name>csm::QuickSearchPopup</name>
    <message>
        <source>Search accounts, contacts and touches</source>
        <translation>顧客・連絡先・タッチを検索</translation>
    </message>
    <message>
        <source>Searching contacts and touches…</source>
        <translation>連絡先とタッチを検索しています…</translation>
    </message>
    <message>
        <source>Contacts and touches could not be searched: %1</source>
        <translation>連絡先とタッチを検索できませんでした：%1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>次のアクション：%1</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓で移動 · Enterで開く · Escで閉じる</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
</context>
<context>
    <name>csm::SearchModel</name>
    <message>
        <source>Accounts</source>
        <translation>顧客一覧</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>タッチ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>csm::TimelineModel</name>
    <message>
        <source>Participants: %1</source>
        <translation>参加者：%1</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>記録者：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>フォローアップ完了</translation>
    </message>
    <message>
        <source>Tick when the follow-up is done</source>
        <translation>フォローアップが済んだらチェックしてください</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>感触</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
</context>
<context>
    <name>csm::TodayModel</name>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue (%1)</source>
        <translation>期日が来た・過ぎたフォローアップ（%1）</translation>
    </message>
    <message>
        <source>Notice deadlines within 90 days (%1)</source>
        <translation>90日以内の解約通知期限（%1）</translation>
    </message>
    <message>
        <source>Silent accounts: no customer touch within the cadence (%1)</source>
        <translation>接触が途絶えた顧客：接触頻度の期間内に顧客とのタッチなし（%1）</translation>
    </message>
    <message>
        <source>Health drops and red accounts renewing soon</source>
        <translation>ヘルススコア急落と、まもなく契約更新を迎える危険の顧客</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>期日が来たフォローアップはありません。</translation>
    </message>
    <message>
        <source>No notice deadline in the next 90 days.</source>
        <translation>今後90日以内に解約通知期限はありません。</translation>
    </message>
    <message>
        <source>Every account was touched within its cadence.</source>
        <translation>すべての顧客に、接触頻度の期間内のタッチがあります。</translation>
    </message>
    <message>
        <source>These lines appear here once the health engine is built.</source>
        <translation>ヘルススコアの計算機能ができしだい、ここに表示されます。</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>フォローアップ: %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期日</translation>
    </message>
    <message>
        <source>Notice deadline %1 (renewal %2)</source>
        <translation>解約通知期限 %1（更新日 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Never touched (%1, every %n day(s))</source>
        <translation>
            <numerusform>タッチなし（%1、%n日ごと）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n day(s)</source>
        <translation>
            <numerusform>%n日間接触なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n day(s)</source>
        <translation>
            <numerusform>%1、%n日ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Last touch %1</source>
        <translation>最終タッチ %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Due %1. Touch: %2</source>
        <translation>期日 %1。タッチ: %2</translation>
    </message>
    <message>
        <source>No customer touch within the cadence of the account&apos;s touch model. Internal notes do not count.</source>
        <translation>顧客のタッチモデルの接触頻度の期間内に、顧客とのタッチがありません。社内メモは含みません。</translation>
    </message>
    <message>
        <source>Contracts ended with no renewal recorded (%1)</source>
        <translation>契約更新の記録がないまま終了した契約（%1）</translation>
    </message>
    <message>
        <source>Contract ends %1 (does not renew automatically)</source>
        <translation>契約終了 %1（自動更新なし）</translation>
    </message>
    <message>
        <source>Contract ended on %1 with no renewal recorded</source>
        <translation>契約は%1に終了（契約更新の記録なし）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract does not renew automatically and its term is over. Record the account&apos;s new contract, or the renewal&apos;s outcome, to take this line off.</source>
        <translation>自動更新しない契約の期間が終わっています。顧客の新しい契約か契約更新の結果を記録すると、この行は消えます。</translation>
    </message>
    <message>
        <source>The contract does not renew automatically: there is no notice to give, and it ends on this day unless a renewal is agreed.</source>
        <translation>自動更新しない契約です。解約通知は不要で、契約更新に合意しない限りこの日に終了します。</translation>
    </message>
</context>
<context>
    <name>csm::TodayPage</name>
    <message>
        <source>&amp;Open account</source>
        <translation>顧客を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Open the account of the selected line (Enter)</source>
        <translation>選択した行の顧客を開きます（Enter）</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done (Space)</source>
        <translation>選択したフォローアップを完了にします（Space）</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>延期(&amp;S)</translation>
    </message>
    <message>
        <source>Move the selected follow-up to a later day</source>
        <translation>選択したフォローアップを後日に延期します</translation>
    </message>
    <message>
        <source>By 1 day</source>
        <translation>1日後</translation>
    </message>
    <message>
        <source>By 1 week</source>
        <translation>1週間後</translation>
    </message>
    <message>
        <source>To a day…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日（%1）</translation>
    </message>
    <message>
        <source>Snooze follow-up</source>
        <translation>フォローアップを延期</translation>
    </message>
    <message>
        <source>Show this follow-up again on:</source>
        <translation>このフォローアップを再表示する日:</translation>
    </message>
    <message>
        <source>Loading today&apos;s list…</source>
        <translation>今日のやることを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>csm::TouchKindCombo</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>An internal note is kept on the timeline but does not count as a customer touch</source>
        <translation>社内メモはタイムラインに残りますが、顧客とのタッチには数えません</translation>
    </message>
    <message>
        <source>Press a kind&apos;s number (1–9, 0), or type the start of its name, in English also (c: Call). ↑ ↓ and End work too.</source>
        <translation>種類の番号（1～9、0）を押すと選べます。英語名の頭文字でも選べます（c：電話、e：メール）。↑↓キー、Endキー（社内メモ）も使えます。</translation>
    </message>
</context>
<context>
    <name>csm::WorkspaceActions</name>
    <message>
        <source>&amp;Log a touch…</source>
        <translation>タッチを記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a meeting, call, email or note with an account (Ctrl+L)</source>
        <translation>顧客との打ち合わせ・電話・メール・メモを記録します（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新しい顧客(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an account to the book</source>
        <translation>ブックに顧客を追加します</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>顧客を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the current account&apos;s name, ids, owner, seats, stage and touch model</source>
        <translation>現在の顧客の名前、ID、担当、席数、段階、タッチモデルを変更します</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>新しい連絡先(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a contact to the current account</source>
        <translation>現在の顧客に連絡先を追加します</translation>
    </message>
    <message>
        <source>New c&amp;ontract…</source>
        <translation>新しい契約(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a contract (start, term, notice period, ARR) to the current account</source>
        <translation>現在の顧客に契約（開始日、契約期間、解約通知期間、ARR）を追加します</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Find accounts, contacts and touches (Ctrl+K)</source>
        <translation>顧客・連絡先・タッチを検索します（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Edit touch…</source>
        <translation>タッチを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected touch (Enter)</source>
        <translation>選択したタッチを変更します（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete touch</source>
        <translation>タッチを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected touch (Del); Undo brings it back</source>
        <translation>選択したタッチを削除します（Del）。「元に戻す」で復元できます</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
    </message>
</context>
<context>
    <name>csm::app</name>
    <message>
        <source>Creating the demo book…</source>
        <translation>デモ用のブックを作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Could not create the demo book</source>
        <translation>デモ用のブックを作成できませんでした</translation>
    </message>
    <message>
        <source>Desktop workbench for customer-success managers</source>
        <translation>カスタマーサクセスマネージャーのためのデスクトップアプリ</translation>
    </message>
    <message>
        <source>Open this book file.</source>
        <translation>このブックのファイルを開きます。</translation>
    </message>
</context>
<context>
    <name>csm::app::Cli</name>
    <message>
        <source>Fill a new or empty book with a realistic synthetic customer base</source>
        <translation>新しいブックまたは空のブックに、現実的な合成の顧客データを作成します</translation>
    </message>
    <message>
        <source>Number of accounts, 10 to 100000 (default 1000)</source>
        <translation>顧客数。10～100000（既定 1000）</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same book (default 1)</source>
        <translation>乱数のシード。同じシードからは同じブックができます（既定 1）</translation>
    </message>
    <message>
        <source>The day the history ends (default today)</source>
        <translation>履歴の最終日（既定は今日）</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the book (default JPY)</source>
        <translation>ブックの通貨（ISO 4217、既定 JPY）</translation>
    </message>
    <message>
        <source>Japan Post&apos;s JIGYOSYO.CSV, for real Japanese company names</source>
        <translation>実在の日本企業名に使う日本郵便の JIGYOSYO.CSV</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s quick_check instead of the full integrity_check</source>
        <translation>完全な integrity_check の代わりに SQLite の quick_check を実行します</translation>
    </message>
    <message>
        <source>Write a consistent, checked copy of a book</source>
        <translation>ブックの整合性のとれた検査済みのコピーを書き出します</translation>
    </message>
    <message>
        <source>The copy to write (must not exist yet)</source>
        <translation>書き出すコピー（まだ存在しないファイル）</translation>
    </message>
    <message>
        <source>Usage: csm-workbench [--book FILE] &lt;command&gt; [options]</source>
        <translation>使い方: csm-workbench [--book FILE] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>       csm-workbench [--book FILE]          starts the desktop application</source>
        <translation>        csm-workbench [--book FILE]          デスクトップアプリを起動します</translation>
    </message>
    <message>
        <source>CSM Workbench keeps a customer-success manager&apos;s book of accounts. With a command it runs headless.</source>
        <translation>CSM Workbench は、カスタマーサクセスマネージャーが担当する顧客の担当ブックを管理します。コマンドを指定すると、画面を開かずに実行します。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>共通オプション:</translation>
    </message>
    <message>
        <source>The book to work on (default: %1)</source>
        <translation>対象の担当ブック（既定: %1）</translation>
    </message>
    <message>
        <source>Show this help; with a command, the command&apos;s options</source>
        <translation>このヘルプを表示します。コマンドと一緒に指定すると、そのコマンドのオプションを表示します</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>バージョンを表示します</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;csm-workbench &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>各コマンドのオプションは &apos;csm-workbench &lt;command&gt; --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage.</source>
        <translation>終了コード: 0 成功、1 処理の失敗、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>(see csm-workbench --help)</source>
        <translation>（csm-workbench --help を参照）</translation>
    </message>
    <message>
        <source>--book needs a file name.</source>
        <translation>--book にはファイル名を指定してください。</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>不明なオプション &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>Book schema version %1</source>
        <translation>担当ブックのスキーマバージョン %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: 予期しない引数 &apos;%2&apos; です。</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;--%2&apos;.</source>
        <translation>%1: 不明なオプション &apos;--%2&apos; です。</translation>
    </message>
    <message>
        <source>%1: --%2 needs a value (%3).</source>
        <translation>%1: --%2 には値（%3）を指定してください。</translation>
    </message>
    <message>
        <source>%1: --%2 takes no value.</source>
        <translation>%1: --%2 には値を指定できません。</translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation>担当ブック: %1</translation>
    </message>
    <message>
        <source>There is no book at this path.</source>
        <translation>このパスに担当ブックがありません。</translation>
    </message>
    <message>
        <source>Give an existing book with --book, or create one with generate.</source>
        <translation>既存のブックを --book で指定するか、generate で作成してください。</translation>
    </message>
    <message>
        <source>--accounts needs a whole number from 10 to 100000, not &apos;%1&apos;.</source>
        <translation>--accounts には10～100000の整数を指定してください（指定値: &apos;%1&apos;）。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed には0～18446744073709551615の整数を指定してください（指定値: &apos;%1&apos;）。</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--as-of には日付を YYYY-MM-DD 形式で指定してください（指定値: &apos;%1&apos;）。</translation>
    </message>
    <message>
        <source>--currency needs a three-letter ISO 4217 code such as JPY, not &apos;%1&apos;.</source>
        <translation>--currency には JPY のような3文字の ISO 4217 コードを指定してください（指定値: &apos;%1&apos;）。</translation>
    </message>
    <message>
        <source>The company name list does not exist.</source>
        <translation>会社名リストのファイルがありません。</translation>
    </message>
    <message>
        <source>Give Japan Post&apos;s JIGYOSYO.CSV with --japanese-names.</source>
        <translation>日本郵便の JIGYOSYO.CSV を --japanese-names で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The book already holds %n account(s); generate fills only a new or empty book.</source>
        <translation>
            <numerusform>この担当ブックにはすでに%n社の顧客があります。generate は新しいブックか空のブックにだけデータを作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a new file with --book.</source>
        <translation>--book で新しいファイルを指定してください。</translation>
    </message>
    <message>
        <source>Generating… %1% (%2 rows)</source>
        <translation>生成中… %1%（%2 行）</translation>
    </message>
    <message>
        <source>Generated %1 accounts and %2 rows in all in %3 s.</source>
        <translation>顧客 %1 社、合計 %2 行を %3 秒で生成しました。</translation>
    </message>
    <message>
        <source>Schema version: %1 (this app writes version %2)</source>
        <translation>スキーマバージョン: %1（このアプリが書き込むのはバージョン %2）</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>整合性: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message numerus="yes">
        <source>The book has %n problem(s).</source>
        <translation>
            <numerusform>担当ブックに%n件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE を指定してください。</translation>
    </message>
    <message>
        <source>The backup file already exists.</source>
        <translation>バックアップファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>Choose another name with --out; a backup never overwrites a file.</source>
        <translation>--out で別の名前を指定してください。バックアップは既存のファイルを上書きしません。</translation>
    </message>
    <message>
        <source>--out must name another file than the book.</source>
        <translation>--out には担当ブックとは別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>バックアップを書き出し、検査しました: %1</translation>
    </message>
    <message>
        <source>Records outside the ranges:</source>
        <translation>範囲外の値を持つレコード:</translation>
    </message>
    <message numerus="yes">
        <source>The book has %n record(s) outside the ranges.</source>
        <translation>
            <numerusform>担当ブックに範囲外の値を持つレコードが%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the app; the ranges are in docs/decisions.md.</source>
        <translation>アプリで修正してください。範囲は docs/decisions.md に記載しています。</translation>
    </message>
    <message>
        <source>Check a book&apos;s integrity, schema version, row counts and values out of range</source>
        <translation>ブックの整合性、スキーマバージョン、行数、範囲外の値を確認します</translation>
    </message>
</context>
<context>
    <name>csm::app::Localization</name>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
</context>
<context>
    <name>csm::dates::HolidayCalendar</name>
    <message>
        <source>A line of the holiday list is not &quot;YYYY-MM-DD,name&quot;.</source>
        <translation>祝日リストに「YYYY-MM-DD,名称」の形式でない行があります。</translation>
    </message>
</context>
<context>
    <name>csm::io::Generator</name>
    <message>
        <source>Cannot read the company name list.</source>
        <translation>会社名リストを読み込めません。</translation>
    </message>
    <message>
        <source>The company name list is not readable as CP932 (Shift_JIS).</source>
        <translation>会社名リストを CP932（Shift_JIS）として読み込めません。</translation>
    </message>
    <message>
        <source>The company name list holds no company names.</source>
        <translation>会社名リストに会社名がありません。</translation>
    </message>
    <message>
        <source>Use Japan Post&apos;s JIGYOSYO.CSV as published.</source>
        <translation>日本郵便が公開している JIGYOSYO.CSV をそのまま使ってください。</translation>
    </message>
    <message>
        <source>Generation cancelled; the book is unchanged.</source>
        <translation>生成を中止しました。担当ブックは変更されていません。</translation>
    </message>
    <message>
        <source>The number of accounts must be between 10 and 100,000.</source>
        <translation>顧客数は10～100,000の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The book is open read-only.</source>
        <translation>担当ブックは読み取り専用で開かれています。</translation>
    </message>
</context>
</TS>
