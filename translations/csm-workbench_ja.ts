<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder cannot be created or written.</source>
        <translation>バックアップ用フォルダーを作成できないか、書き込めません。</translation>
    </message>
    <message>
        <source>Connect the drive it is on, or choose another backup folder in Preferences.</source>
        <translation>フォルダーのあるドライブを接続するか、環境設定で別のバックアップ用フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The book is open in another running CSM Workbench.</source>
        <translation>ブックは実行中の別の CSM Workbench で開かれています。</translation>
    </message>
    <message>
        <source>Close it there, then restore the backup again.</source>
        <translation>そちらでブックを閉じてから、もう一度バックアップを復元してください。</translation>
    </message>
    <message>
        <source>The book could not be kept as a backup, so it was not replaced.</source>
        <translation>現在のブックをバックアップとして残せなかったため、置き換えませんでした。</translation>
    </message>
    <message>
        <source>Check the free space and permissions of the backup folder.</source>
        <translation>バックアップ用フォルダーの空き容量とアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The book is in use by another program, so it was not replaced.</source>
        <translation>ブックは別のプログラムで使用中のため、置き換えませんでした。</translation>
    </message>
    <message>
        <source>Close the other program, then restore the backup again.</source>
        <translation>別のプログラムを終了してから、もう一度バックアップを復元してください。</translation>
    </message>
</context>
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
    <name>CalendarExport</name>
    <message>
        <source>Notice deadline: %1</source>
        <translation>解約通知期限：%1</translation>
    </message>
    <message>
        <source>Last day to give notice before the renewal on %1 (ARR %2).</source>
        <translation>%1の契約更新に向けて解約を通知できる最終日です（ARR %2）。</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>解約通知期限</translation>
    </message>
    <message>
        <source>Renewal: %1</source>
        <translation>契約更新：%1</translation>
    </message>
    <message>
        <source>The contract renews (ARR %1).</source>
        <translation>契約が更新されます（ARR %1）。</translation>
    </message>
    <message>
        <source>The contract&apos;s term ends; it does not renew by itself (ARR %1).</source>
        <translation>契約期間が満了します。自動更新はありません（ARR %1）。</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>フォローアップ：%1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Milestone: %1 (%2)</source>
        <translation>マイルストーン：%1（%2）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>CSM Workbench: %1</source>
        <translation>CSM Workbench：%1</translation>
    </message>
</context>
<context>
    <name>ChartNames</name>
    <message>
        <source>Whole book</source>
        <translation>ブック全体</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>当社</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>CompanyHolidays</name>
    <message>
        <source>The holiday needs a valid date.</source>
        <translation>休日には正しい日付が必要です。</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>%1 is already a company holiday (%2).</source>
        <translation>%1 はすでに会社休日です（%2）。</translation>
    </message>
    <message>
        <source>Edit that holiday instead.</source>
        <translation>その休日を編集してください。</translation>
    </message>
    <message>
        <source>There is no such company holiday.</source>
        <translation>該当する会社休日がありません。</translation>
    </message>
</context>
<context>
    <name>ContractSchedule</name>
    <message>
        <source>Enter the start date of the contract.</source>
        <translation>契約の開始日を入力してください。</translation>
    </message>
    <message>
        <source>Leave it empty when renewals run as long as the first term.</source>
        <translation>初回と同じ期間で更新する場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>With this notice rule the first notice deadline (%1) falls before the contract starts (%2).</source>
        <translation>このルールでは最初の解約通知期限（%1）が契約開始日（%2）より前になります。</translation>
    </message>
    <message>
        <source>Choose a shorter notice period or a longer first term.</source>
        <translation>解約通知期間を短くするか、初回の契約期間を長くしてください。</translation>
    </message>
    <message>
        <source>The notice period must be between 0 and %1 days.</source>
        <translation>解約通知期間は0〜%1日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The notice period must be between 1 and %1 months.</source>
        <translation>解約通知期間は1〜%1か月の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The term must be between %1 and %2 months.</source>
        <translation>契約期間は%1〜%2か月の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The renewal term must be between %1 and %2 months.</source>
        <translation>更新後の契約期間は%1〜%2か月の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2列目</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1行目、%2列目：%3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>This row is longer than %1 MB: a quote that opens a field is probably never closed.</source>
        <translation>この行は%1 MBを超えています。項目を開く引用符（&quot;）が閉じられていない可能性があります。</translation>
    </message>
    <message>
        <source>Look for an unclosed quote at the start of this row.</source>
        <translation>この行の先頭付近で、閉じられていない引用符を探してください。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The quote that opens this field is never closed: the rest of the file would be one value.</source>
        <translation>この項目を開く引用符（&quot;）が閉じられていません。このままではファイルの残りがすべて1つの値になります。</translation>
    </message>
    <message>
        <source>Close the quote, or double a quote that is part of the text (&quot;&quot;).</source>
        <translation>引用符を閉じるか、文字として使う引用符を2つ重ねて（&quot;&quot;）ください。</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one.</source>
        <translation>引用符で始まらない項目の途中に引用符（&quot;）があります。</translation>
    </message>
    <message>
        <source>Put the whole field in quotes and write the quote twice: &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>項目全体を引用符で囲み、中の引用符は2つ重ねてください（&quot;12&quot;&quot; pipe&quot;）。</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field.</source>
        <translation>項目を閉じる引用符の後ろに文字があります。</translation>
    </message>
    <message>
        <source>Put the whole field in quotes and write a quote inside it twice (&quot;&quot;).</source>
        <translation>項目全体を引用符で囲み、中の引用符は2つ重ねて（&quot;&quot;）ください。</translation>
    </message>
    <message>
        <source>A NUL character, or bytes that are not valid %1.</source>
        <translation>NUL文字、または%1として正しくないバイトがあります。</translation>
    </message>
    <message>
        <source>A NUL character, which text files do not have.</source>
        <translation>テキストファイルにはないNUL文字があります。</translation>
    </message>
    <message>
        <source>Check that this is the file you meant: it may be damaged.</source>
        <translation>目的のファイルか確認してください。ファイルが壊れている可能性があります。</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>%1列目に見出しがありません。</translation>
    </message>
    <message>
        <source>Its values can still be imported; give it a name in the file to map it the same way next time.</source>
        <translation>値はインポートできます。次回も同じ対応付けにするには、ファイルで見出しを付けてください。</translation>
    </message>
    <message>
        <source>Column %1 has the same name as column %2 (&quot;%3&quot;).</source>
        <translation>%1列目の見出しが%2列目と同じです（「%3」）。</translation>
    </message>
    <message>
        <source>Rename one of them in the file, or map them by hand.</source>
        <translation>ファイルでどちらかの見出しを変えるか、手動で対応付けてください。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>ファイルを開けません。</translation>
    </message>
    <message>
        <source>This build cannot read %1 files.</source>
        <translation>このビルドでは%1のファイルを読み込めません。</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 and import it again.</source>
        <translation>ファイルをUTF-8で保存して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Choose a file with a header row and rows of data.</source>
        <translation>見出し行とデータ行のあるファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file has a header row but no rows of data.</source>
        <translation>見出し行はありますが、データ行がありません。</translation>
    </message>
    <message>
        <source>Choose the file with the data, or check that it was saved completely.</source>
        <translation>データの入ったファイルを選ぶか、最後まで保存されているか確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>この行の項目数は%n個ですが、見出し行は%1個です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s); the first row has %1.</source>
        <translation>
            <numerusform>この行の項目数は%n個ですが、1行目は%1個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for a missing or extra delimiter, or a value with a delimiter that is not in quotes.</source>
        <translation>区切り文字の不足や余分、または区切り文字を含むのに引用符で囲まれていない値がないか確認してください。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Writing the file failed.</source>
        <translation>ファイルの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>%1. Check the free space on the drive.</source>
        <translation>%1。ドライブの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>CSV files are written as UTF-8 or CP932.</source>
        <translation>CSVファイルはUTF-8またはCP932で書き出します。</translation>
    </message>
    <message>
        <source>This build cannot write CP932 files.</source>
        <translation>このビルドではCP932のファイルを書き出せません。</translation>
    </message>
    <message>
        <source>Export as UTF-8.</source>
        <translation>UTF-8でエクスポートしてください。</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>ファイルに書き込めません。</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>ファイルを保存できませんでした。</translation>
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
    <name>DocumentLanguage</name>
    <message>
        <source>The Japanese translation of the document is missing.</source>
        <translation>文書の日本語訳が見つかりません。</translation>
    </message>
    <message>
        <source>Reinstall CSM Workbench, or print the document in English.</source>
        <translation>CSM Workbench を再インストールするか、英語で印刷してください。</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>The model version must be 1 or more.</source>
        <translation>ヘルスモデルのバージョンは1以上にしてください。</translation>
    </message>
    <message>
        <source>A weight must be between 0 and 1000.</source>
        <translation>重みは0から1000の間で指定してください。</translation>
    </message>
    <message>
        <source>Give at least one factor a weight above 0.</source>
        <translation>少なくとも1つの要素に0より大きい重みを付けてください。</translation>
    </message>
    <message>
        <source>A cadence must be between 1 and 3650 days.</source>
        <translation>接触頻度は1日から3650日の間で指定してください。</translation>
    </message>
    <message>
        <source>The yellow threshold must be between 0 and 100.</source>
        <translation>注意（黄）の下限は0から100の間で指定してください。</translation>
    </message>
    <message>
        <source>The green threshold must be between 0 and 100.</source>
        <translation>良好（緑）の下限は0から100の間で指定してください。</translation>
    </message>
    <message>
        <source>The green threshold (%1) must be above the yellow threshold (%2).</source>
        <translation>良好（緑）の下限（%1）は注意（黄）の下限（%2）より大きくしてください。</translation>
    </message>
    <message>
        <source>The drop threshold must be between 0.1 and 100 points.</source>
        <translation>ヘルススコア急落のしきい値は0.1から100ポイントの間で指定してください。</translation>
    </message>
</context>
<context>
    <name>HealthSentences</name>
    <message>
        <source>Adoption</source>
        <translation>利用定着度</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>利用傾向</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>感触</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>%1 %2 of 100</source>
        <translation>%1 100点中%2点</translation>
    </message>
    <message numerus="yes">
        <source>%1 active users a day on average over the last 30 days, for %n seat(s) (%2 %)</source>
        <translation>
            <numerusform>直近30日の1日平均アクティブユーザー%1人、契約シート数%n（%2 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active users a day over the last 30 days against %2 over the 30 days before (%3 %)</source>
        <translation>直近30日の1日平均アクティブユーザー%1人、その前の30日は%2人（%3 %）</translation>
    </message>
    <message numerus="yes">
        <source>last customer touch %n day(s) ago; the %1 cadence is %2 days</source>
        <translation>
            <numerusform>最後の顧客接点は%n日前。%1の接触頻度は%2日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean sentiment %1 over the latest %n customer touch(es) with one in the last 180 days</source>
        <translation>
            <numerusform>直近180日で感触の記録がある最新%n件の顧客接点の平均感触は%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>account NPS %1 from %n response(s) in the last 365 days</source>
        <translation>
            <numerusform>直近365日の回答%n件による顧客NPSは%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 promoters, %2 detractors)</source>
        <translation>（推奨者%1人、批判者%2人）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due milestone(s) done on time or skipped</source>
        <translation>
            <numerusform>期日を迎えたマイルストーン%n件のうち%1件が期日内に完了またはスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Weight %1, %2 % of the score: %3 points.</source>
        <translation>重み%1、スコアの%2 %：寄与%3点。</translation>
    </message>
    <message>
        <source>the account has no seats</source>
        <translation>顧客の契約シート数が0</translation>
    </message>
    <message>
        <source>no active-user values in the last 30 days</source>
        <translation>直近30日のアクティブユーザーの値がない</translation>
    </message>
    <message>
        <source>it needs active-user values in both 30-day windows and a prior mean above zero</source>
        <translation>直近30日とその前の30日の両方にアクティブユーザーの値があり、前の期間の平均が0より大きい必要がある</translation>
    </message>
    <message>
        <source>no customer touch yet</source>
        <translation>顧客接点がまだない</translation>
    </message>
    <message>
        <source>no customer touch with a sentiment in the last 180 days</source>
        <translation>直近180日に感触の記録がある顧客接点がない</translation>
    </message>
    <message>
        <source>no NPS response in the last 365 days</source>
        <translation>直近365日にNPSの回答がない</translation>
    </message>
    <message>
        <source>no milestone of an active roadmap is due yet</source>
        <translation>有効なロードマップで期日を迎えたマイルストーンがまだない</translation>
    </message>
    <message>
        <source>%1: no data (%2). Left out; the other factors&apos; weights count for more.</source>
        <translation>%1：データなし（%2）。除外し、ほかの要素の重みで配分し直しています。</translation>
    </message>
</context>
<context>
    <name>HolidayFileReader</name>
    <message>
        <source>The holiday file is neither UTF-8 nor Shift_JIS text.</source>
        <translation>休日ファイルが UTF-8 でも Shift_JIS でもありません。</translation>
    </message>
    <message>
        <source>Save it as CSV (UTF-8) and import it again.</source>
        <translation>CSV（UTF-8）で保存してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Line %1 is not a date and a holiday name: &quot;%2&quot;.</source>
        <translation>%1 行目が日付と休日名になっていません：「%2」。</translation>
    </message>
    <message numerus="yes">
        <source>Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name; %n line(s) in all are not like that. Nothing was imported.</source>
        <translation>
            <numerusform>各行は YYYY/M/D または YYYY-MM-DD の日付、カンマ、名称の順に書いてください。この形式でない行が全部で %n 行あります。何もインポートしていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file lists no holidays.</source>
        <translation>ファイルに休日がありません。</translation>
    </message>
    <message>
        <source>Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name.</source>
        <translation>各行は YYYY/M/D または YYYY-MM-DD の日付、カンマ、名称の順に書いてください。</translation>
    </message>
    <message>
        <source>The holiday file cannot be opened.</source>
        <translation>休日ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>ファイルがあり、読み取り権限があるか確認してください。</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>The calendar has no time it was made.</source>
        <translation>カレンダーの作成日時がありません。</translation>
    </message>
    <message>
        <source>A calendar entry has no identifier or no valid date.</source>
        <translation>カレンダーの予定に識別子または正しい日付がありません。</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1.</source>
        <translation>カレンダーファイルを書き込めませんでした: %1。</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>フォルダーが存在し、書き込み権限があるか確認してください。</translation>
    </message>
</context>
<context>
    <name>ImportPreset</name>
    <message>
        <source>column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>Choose the column for %1.</source>
        <translation>「%1」の列を選んでください。</translation>
    </message>
    <message>
        <source>Choose the column that names the account (its id, external id or name).</source>
        <translation>顧客を示す列（ID、外部ID、または名前）を選んでください。</translation>
    </message>
    <message>
        <source>%1 goes to &quot;%2&quot;, which is not a field of %3.</source>
        <translation>%1の取り込み先「%2」は、%3の項目ではありません。</translation>
    </message>
    <message>
        <source>Name the metric that %1 holds.</source>
        <translation>%1に入っている指標の名前を付けてください。</translation>
    </message>
    <message>
        <source>Two columns hold the metric %1: %2 and %3.</source>
        <translation>指標「%1」が2つの列（%2と%3）にあります。</translation>
    </message>
    <message>
        <source>%1 is chosen for two columns: %2 and %3.</source>
        <translation>「%1」が2つの列（%2と%3）に選ばれています。</translation>
    </message>
    <message>
        <source>Choose at least one column of metric values.</source>
        <translation>指標の値の列を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>This is not an import preset.</source>
        <translation>インポート設定のファイルではありません。</translation>
    </message>
    <message>
        <source>This preset was saved by a newer version of the app.</source>
        <translation>このインポート設定は、より新しいバージョンのアプリで保存されています。</translation>
    </message>
    <message>
        <source>Update the app to use it.</source>
        <translation>使うにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>The preset is for imports of &quot;%1&quot;, which this app does not know.</source>
        <translation>このインポート設定は「%1」のインポート用ですが、このアプリにはその種類がありません。</translation>
    </message>
    <message>
        <source>A column of the preset has no header.</source>
        <translation>インポート設定に見出しのない列があります。</translation>
    </message>
    <message>
        <source>The preset puts %1 into &quot;%2&quot;, which is not a field of %3.</source>
        <translation>インポート設定で%1の取り込み先になっている「%2」は、%3の項目ではありません。</translation>
    </message>
    <message>
        <source>The preset&apos;s encoding &quot;%1&quot; is not one this app reads.</source>
        <translation>インポート設定の文字コード「%1」は、このアプリでは読み込めません。</translation>
    </message>
    <message>
        <source>The preset&apos;s delimiter &quot;%1&quot; is not a comma, semicolon, tab or bar.</source>
        <translation>インポート設定の区切り文字「%1」は、カンマ・セミコロン・タブ・縦棒のいずれでもありません。</translation>
    </message>
    <message>
        <source>The preset cannot be read.</source>
        <translation>インポート設定を読み込めません。</translation>
    </message>
    <message>
        <source>The preset is not valid JSON: %1.</source>
        <translation>インポート設定が正しいJSONではありません：%1。</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1、%2バイト目</translation>
    </message>
    <message>
        <source>The preset could not be saved.</source>
        <translation>インポート設定を保存できませんでした。</translation>
    </message>
    <message>
        <source>The preset needs a name.</source>
        <translation>インポート設定の名前を入力してください。</translation>
    </message>
    <message>
        <source>A preset that ships with the app is named &quot;%1&quot;.</source>
        <translation>アプリに付属のインポート設定に「%1」という名前があります。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>別の名前にしてください。</translation>
    </message>
    <message>
        <source>There is no preset file or preset named &quot;%1&quot;.</source>
        <translation>「%1」というインポート設定のファイルもインポート設定もありません。</translation>
    </message>
    <message>
        <source>Presets of this book and of the app: %1.</source>
        <translation>このブックとアプリのインポート設定：%1。</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>GRR</source>
        <translation>GRR（売上総維持率）</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR（売上純維持率）</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>顧客解約率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>顧客継続率</translation>
    </message>
    <message>
        <source>Expansion rate</source>
        <translation>拡大率</translation>
    </message>
    <message>
        <source>Expansion ARR</source>
        <translation>拡大ARR</translation>
    </message>
    <message>
        <source>Contraction ARR</source>
        <translation>縮小ARR</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約ARR</translation>
    </message>
    <message>
        <source>New ARR</source>
        <translation>新規ARR</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV（顧客生涯価値）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Σ min(end ARR, start ARR) ÷ Σ start ARR, over the accounts active the day before the period</source>
        <translation>Σ min(期末ARR, 期首ARR) ÷ Σ 期首ARR（期間開始の前日にアクティブな顧客が対象）</translation>
    </message>
    <message>
        <source>Σ end ARR ÷ Σ start ARR, over the accounts active the day before the period</source>
        <translation>Σ 期末ARR ÷ Σ 期首ARR（期間開始の前日にアクティブな顧客が対象）</translation>
    </message>
    <message>
        <source>Accounts of the start cohort with no ARR at the end ÷ accounts in the start cohort</source>
        <translation>期首コホートのうち期末のARRがゼロの顧客数 ÷ 期首コホートの顧客数</translation>
    </message>
    <message>
        <source>1 − logo churn</source>
        <translation>1 − 顧客解約率</translation>
    </message>
    <message>
        <source>Accounts of the start cohort whose ARR grew ÷ accounts in the start cohort</source>
        <translation>期首コホートのうちARRが増えた顧客数 ÷ 期首コホートの顧客数</translation>
    </message>
    <message>
        <source>Σ (end ARR − start ARR) over the accounts of the start cohort whose ARR grew</source>
        <translation>期首コホートのうちARRが増えた顧客の Σ (期末ARR − 期首ARR)</translation>
    </message>
    <message>
        <source>Σ (start ARR − end ARR) over the accounts of the start cohort whose ARR shrank but did not reach zero</source>
        <translation>期首コホートのうちARRが減った（ゼロになった顧客を除く）顧客の Σ (期首ARR − 期末ARR)</translation>
    </message>
    <message>
        <source>Σ start ARR over the accounts of the start cohort with no ARR at the end</source>
        <translation>期首コホートのうち期末のARRがゼロの顧客の Σ 期首ARR</translation>
    </message>
    <message>
        <source>Σ ARR at the end over the accounts not active the day before the period (new and reactivated)</source>
        <translation>期間開始の前日にアクティブでなかった顧客（新規・再開）の Σ 期末ARR</translation>
    </message>
    <message>
        <source>(Σ start ARR ÷ accounts in the start cohort) × gross margin ÷ annualised logo churn, where annualised churn = 1 − (1 − logo churn)^(365 ÷ days in the period)</source>
        <translation>(Σ 期首ARR ÷ 期首コホートの顧客数) × 粗利率 ÷ 年換算の顧客解約率（年換算 = 1 − (1 − 顧客解約率)^(365 ÷ 期間の日数)）</translation>
    </message>
    <message>
        <source>% promoters (9–10) − % detractors (0–6) over the responses dated in the period</source>
        <translation>期間内の回答に占める推奨者（9〜10）の割合(%) − 批判者（0〜6）の割合(%)</translation>
    </message>
    <message>
        <source>A target amount goes from 0 to %1.</source>
        <translation>目標額は0から%1までです。</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 1,000 with at most two decimals, for example 92.5.</source>
        <translation>0から1,000までのパーセントを小数点以下2桁以内で入力してください（例：92.5）。</translation>
    </message>
    <message>
        <source>Type an NPS from -100 to 100 with at most two decimals.</source>
        <translation>-100から100までのNPSを小数点以下2桁以内で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target for %2.</source>
        <translation>「%1」は%2の目標として読み取れません。</translation>
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
    <name>NoticeRule</name>
    <message>
        <source>The notice period must be between 0 and %1 days.</source>
        <translation>解約通知期間は0〜%1日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The notice period must be between 1 and %1 months.</source>
        <translation>解約通知期間は1〜%1か月の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31.</source>
        <translation>日付は1〜31の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Write days:N, months:N, day-of-month:D:M or end-of-month:M, and add :bd to move the deadline to the business day before (for example day-of-month:20:1:bd).</source>
        <translation>days:N、months:N、day-of-month:D:M、end-of-month:M のいずれかで指定してください。期限が営業日でないときに前の営業日へ移すには末尾に :bd を付けます（例: day-of-month:20:1:bd）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notice rule.</source>
        <translation>「%1」は解約通知期限のルールとして読み取れません。</translation>
    </message>
    <message>
        <source>By the renewal date.</source>
        <translation>更新日まで。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n day(s) before the renewal date.</source>
        <translation>
            <numerusform>更新日の%n日前まで。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>In a shorter month, its last day.</source>
        <translation>その日がない月は末日。</translation>
    </message>
    <message>
        <source>If that day is not a business day, the business day before.</source>
        <translation>営業日でない場合はその前の営業日。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n month(s) before the renewal date.</source>
        <translation>
            <numerusform>更新日の%nか月前まで。</numerusform>
        </translation>
    </message>
    <message>
        <source>By day %1 of the month before the renewal date.</source>
        <translation>更新日の前月%1日まで。</translation>
    </message>
    <message numerus="yes">
        <source>By day %1 of the month %n month(s) before the renewal date.</source>
        <translation>
            <numerusform>更新日の%nか月前の月の%1日まで。</numerusform>
        </translation>
    </message>
    <message>
        <source>By the last day of the month before the renewal date.</source>
        <translation>更新日の前月末日まで。</translation>
    </message>
    <message numerus="yes">
        <source>By the last day of the month %n month(s) before the renewal date.</source>
        <translation>
            <numerusform>更新日の%nか月前の月の末日まで。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Could not write the PDF: %1.</source>
        <translation>PDFを書き込めませんでした：%1。</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>PDFの作成を開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>PDFを完成できませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check that the disk is not full.</source>
        <translation>書き込みできるフォルダーを選び、ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Could not save the PDF: %1.</source>
        <translation>PDFを保存できませんでした：%1。</translation>
    </message>
</context>
<context>
    <name>RenewalOutcomes</name>
    <message>
        <source>Choose how the renewal ended: renewed, expanded, contracted or churned.</source>
        <translation>契約更新の結果（更新・拡大・縮小・解約）を選んでください。</translation>
    </message>
    <message>
        <source>Enter the day the outcome takes effect.</source>
        <translation>結果が発効する日を入力してください。</translation>
    </message>
    <message>
        <source>The outcome cannot take effect before the contract started (%1).</source>
        <translation>契約開始日（%1）より前に結果を発効させることはできません。</translation>
    </message>
    <message>
        <source>The ARR cannot be negative.</source>
        <translation>ARRを負の値にはできません。</translation>
    </message>
    <message>
        <source>An expansion needs an ARR above the current one.</source>
        <translation>拡大（アップセル）には現在より大きいARRが必要です。</translation>
    </message>
    <message>
        <source>A contraction needs an ARR below the current one and above 0 (0 is a churn).</source>
        <translation>縮小（ダウンセル）には現在より小さく0より大きいARRが必要です（0は解約です）。</translation>
    </message>
    <message>
        <source>A churned renewal leaves an ARR of 0.</source>
        <translation>解約となった契約更新ではARRが0になります。</translation>
    </message>
    <message>
        <source>A renewal at another ARR is an expansion or a contraction.</source>
        <translation>ARRが変わる更新は拡大か縮小として記録してください。</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>拡大（アップセル）</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>縮小（ダウンセル）</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未決定</translation>
    </message>
</context>
<context>
    <name>RenewalStages</name>
    <message>
        <source>Later</source>
        <translation>180日超</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>T-%1</source>
        <comment>renewal stage: days before the notice deadline</comment>
        <translation>T-%1</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a period.</source>
        <translation>「%1」は期間として読み取れません。</translation>
    </message>
    <message>
        <source>Write a fiscal year (FY2025), a fiscal quarter (FY2025-Q1), a calendar year (2025), a quarter (2025-Q2), a month (2025-06) or two dates (2025-04-01..2025-06-30).</source>
        <translation>会計年度（FY2025）、会計四半期（FY2025-Q1）、暦年（2025）、四半期（2025-Q2）、月（2025-06）、または2つの日付（2025-04-01..2025-06-30）で指定してください。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; names a date, month or quarter that does not exist.</source>
        <translation>期間「%1」に存在しない日付・月・四半期が含まれています。</translation>
    </message>
    <message>
        <source>Months run from 01 to 12 and quarters from Q1 to Q4; check the days of the dates.</source>
        <translation>月は01〜12、四半期はQ1〜Q4です。日付の日も確認してください。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; ends before it starts.</source>
        <translation>期間「%1」は終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Write the earlier date first.</source>
        <translation>早い日付を先に書いてください。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; lies outside the years the calendar covers (1400 to 9999).</source>
        <translation>期間「%1」は扱える年（1400〜9999年）の範囲外です。</translation>
    </message>
    <message>
        <source>FY%1</source>
        <comment>fiscal year</comment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>FY%1 Q%2</source>
        <comment>fiscal quarter</comment>
        <translation>%1年度 第%2四半期</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>calendar year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>calendar quarter</comment>
        <translation>%1年 第%2四半期</translation>
    </message>
    <message>
        <source>%2 %1</source>
        <comment>month: year, then the month&apos;s name</comment>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period between two dates</comment>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>RetentionKpis</name>
    <message>
        <source>The KPIs need a period whose end is not before its start.</source>
        <translation>KPIの期間は、終了日が開始日より前にならないように指定してください。</translation>
    </message>
    <message>
        <source>The gross margin must be between 0 % and 100 %.</source>
        <translation>粗利率は0%〜100%の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The split of the KPIs does not name a group for every account.</source>
        <translation>KPIの内訳で、グループが割り当てられていない顧客があります。</translation>
    </message>
    <message>
        <source>The split of the KPIs names a group it does not have.</source>
        <translation>KPIの内訳に存在しないグループが指定されています。</translation>
    </message>
    <message>
        <source>The ARR sums of the period are too large to add up.</source>
        <translation>期間のARRの合計が大きすぎて計算できません。</translation>
    </message>
    <message>
        <source>Check the ARR events for amounts entered in error.</source>
        <translation>誤って入力された金額のARRイベントがないか確認してください。</translation>
    </message>
</context>
<context>
    <name>RetentionLedger</name>
    <message>
        <source>An ARR event needs an account to belong to.</source>
        <translation>ARRイベントの対象となる顧客がありません。</translation>
    </message>
    <message>
        <source>An ARR event has no valid effective date.</source>
        <translation>ARRイベントの発効日が正しくありません。</translation>
    </message>
    <message>
        <source>ARR cannot be negative (%1 on %2).</source>
        <translation>ARRをマイナスにはできません（%2 の %1）。</translation>
    </message>
    <message>
        <source>An NPS response belongs to an account that is not in the ledger.</source>
        <translation>NPS回答の顧客が見つかりません。</translation>
    </message>
    <message>
        <source>An NPS response has no valid date.</source>
        <translation>NPS回答の日付が正しくありません。</translation>
    </message>
    <message>
        <source>An NPS score must be between 0 and 10 (not %1).</source>
        <translation>NPSのスコアは0〜10で指定してください（%1 は範囲外です）。</translation>
    </message>
</context>
<context>
    <name>RoadmapLabels</name>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>当社</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
</context>
<context>
    <name>RoadmapSchedule</name>
    <message>
        <source>The kickoff %1 falls on a weekend: day 0 of the plan is %2.</source>
        <translation>キックオフ %1 は週末のため、計画の起点（0日目）は %2 です。</translation>
    </message>
    <message>
        <source>The kickoff %1 is a holiday (%2): day 0 of the plan is %3.</source>
        <translation>キックオフ %1 は休日（%2）のため、計画の起点（0日目）は %3 です。</translation>
    </message>
    <message numerus="yes">
        <source>The holiday calendar covers %1 to %2 only; %n due date(s) outside it count weekends and company holidays only.</source>
        <translation>
            <numerusform>休日カレンダーは %1年から %2年までです。範囲外の期日 %n 件は、週末と会社休日だけを除いて数えています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kickoff date is not a valid date.</source>
        <translation>キックオフの日付が正しくありません。</translation>
    </message>
    <message>
        <source>Enter the kickoff as YYYY-MM-DD.</source>
        <translation>キックオフは YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>A due date falls outside the dates the app can count.</source>
        <translation>期日がアプリで扱える日付の範囲を超えています。</translation>
    </message>
    <message>
        <source>Choose an earlier kickoff or a smaller offset.</source>
        <translation>キックオフを早めるか、オフセットを小さくしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was completed on %2, before the new kickoff.</source>
        <translation>「%1」は新しいキックオフより前の %2 に完了しています。</translation>
    </message>
    <message>
        <source>Choose a kickoff on or before %1, or reopen the milestone first.</source>
        <translation>キックオフを %1 以前にするか、先にマイルストーンを再開してください。</translation>
    </message>
    <message>
        <source>Choose an earlier kickoff.</source>
        <translation>キックオフを早めてください。</translation>
    </message>
    <message>
        <source>There is no such milestone.</source>
        <translation>該当するマイルストーンがありません。</translation>
    </message>
    <message>
        <source>A done or skipped milestone keeps its due date.</source>
        <translation>完了またはスキップしたマイルストーンの期日は変更できません。</translation>
    </message>
    <message>
        <source>Reopen the milestone to move it.</source>
        <translation>期日を変えるには、マイルストーンを再開してください。</translation>
    </message>
    <message>
        <source>A milestone cannot be due before the kickoff (%1).</source>
        <translation>マイルストーンの期日をキックオフ（%1）より前にはできません。</translation>
    </message>
    <message>
        <source>Only a planned milestone can be started.</source>
        <translation>開始できるのは予定中のマイルストーンだけです。</translation>
    </message>
    <message>
        <source>The milestone is already done or skipped.</source>
        <translation>このマイルストーンはすでに完了またはスキップしています。</translation>
    </message>
    <message>
        <source>Only a planned or started milestone can be blocked.</source>
        <translation>ブロック中にできるのは、予定中または進行中のマイルストーンだけです。</translation>
    </message>
    <message>
        <source>The milestone is not blocked.</source>
        <translation>このマイルストーンはブロック中ではありません。</translation>
    </message>
    <message>
        <source>Only a done or skipped milestone can be reopened.</source>
        <translation>再開できるのは、完了またはスキップしたマイルストーンだけです。</translation>
    </message>
    <message>
        <source>A milestone cannot start after today (%1).</source>
        <translation>マイルストーンの開始日を今日（%1）より後にはできません。</translation>
    </message>
    <message>
        <source>A milestone cannot be completed after today (%1).</source>
        <translation>マイルストーンの完了日を今日（%1）より後にはできません。</translation>
    </message>
    <message>
        <source>A milestone cannot be completed before the kickoff (%1).</source>
        <translation>マイルストーンの完了日をキックオフ（%1）より前にはできません。</translation>
    </message>
    <message>
        <source>Correct the completion date, or move the kickoff first.</source>
        <translation>完了日を直すか、先にキックオフを変更してください。</translation>
    </message>
    <message>
        <source>A milestone cannot be completed before it started (%1).</source>
        <translation>マイルストーンの完了日を開始日（%1）より前にはできません。</translation>
    </message>
    <message>
        <source>Say what blocks the milestone.</source>
        <translation>マイルストーンが進められない理由を入力してください。</translation>
    </message>
    <message>
        <source>The reason is shown on the plan.</source>
        <translation>理由は計画に表示されます。</translation>
    </message>
</context>
<context>
    <name>RoadmapTemplates</name>
    <message>
        <source>The template needs a name.</source>
        <translation>テンプレートには名前が必要です。</translation>
    </message>
    <message>
        <source>Milestone %1 needs a title.</source>
        <translation>マイルストーン %1 には名前が必要です。</translation>
    </message>
    <message>
        <source>Milestone %1 is due before the kickoff: an offset counts business days from the kickoff, 0 or more.</source>
        <translation>マイルストーン %1 の期日がキックオフより前になっています。オフセットはキックオフからの営業日数で、0 以上です。</translation>
    </message>
    <message>
        <source>Milestone %1 is due %2 business days after the kickoff; at most %3 are allowed (about five years).</source>
        <translation>マイルストーン %1 の期日がキックオフの %2 営業日後になっています。指定できるのは %3 営業日（約5年）までです。</translation>
    </message>
    <message>
        <source>Only one milestone can mark the first value; milestone %1 is the second.</source>
        <translation>ファーストバリューに指定できるマイルストーンは1つだけです。マイルストーン %1 が2つ目です。</translation>
    </message>
    <message>
        <source>Correct the template first.</source>
        <translation>先にテンプレートを修正してください。</translation>
    </message>
    <message>
        <source>The template is retired.</source>
        <translation>このテンプレートは使用を終了しています。</translation>
    </message>
    <message>
        <source>Choose another template, or bring this one back into use first.</source>
        <translation>別のテンプレートを選ぶか、先にこのテンプレートの使用を再開してください。</translation>
    </message>
    <message>
        <source>The template has no milestones.</source>
        <translation>テンプレートにマイルストーンがありません。</translation>
    </message>
    <message>
        <source>Add at least one milestone to the template, then apply it.</source>
        <translation>テンプレートにマイルストーンを1つ以上追加してから適用してください。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
</context>
<context>
    <name>SegmentationRules</name>
    <message>
        <source>Rule %1: the ARR threshold cannot be negative.</source>
        <translation>条件 %1：ARR のしきい値に負の値は指定できません。</translation>
    </message>
    <message>
        <source>Rule %1: a plan name is empty.</source>
        <translation>条件 %1：プラン名が空です。</translation>
    </message>
    <message>
        <source>Rule %1: an industry name is empty.</source>
        <translation>条件 %1：業種名が空です。</translation>
    </message>
    <message>
        <source>Rule %1 never applies: rule %2 above it already takes every account it would.</source>
        <translation>条件 %1 は適用されることがありません。上にある条件 %2 が、該当する顧客をすべて先に振り分けます。</translation>
    </message>
    <message>
        <source>Rule %1 gives smaller accounts a heavier touch model than rule %2 gives larger ones; put the higher threshold first.</source>
        <translation>条件 %1 は、条件 %2 より ARR の小さい顧客に手厚いタッチモデルを割り当てています。しきい値の高い条件を先にしてください。</translation>
    </message>
    <message>
        <source>The segmentation rules cannot be read.</source>
        <translation>セグメント条件を読み込めませんでした。</translation>
    </message>
    <message>
        <source>segmentation rules, %1</source>
        <translation>セグメント条件、%1</translation>
    </message>
    <message>
        <source>Set the rules again in the settings; until then the ARR thresholds apply.</source>
        <translation>設定でセグメント条件を設定し直してください。それまでは ARR のしきい値で振り分けます。</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>The segmentation rules were written by a newer version.</source>
        <translation>セグメント条件は新しいバージョンで保存されています。</translation>
    </message>
    <message>
        <source>segmentation rules, version %1</source>
        <translation>セグメント条件、バージョン %1</translation>
    </message>
    <message>
        <source>Update CSM Workbench to use them; until then the ARR thresholds apply.</source>
        <translation>使うには CSM Workbench を更新してください。それまでは ARR のしきい値で振り分けます。</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>条件 %1</translation>
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
        <source>A touch&apos;s date goes from %1 to a year after today (%2).</source>
        <translation>タッチの日付は%1から今日の1年後（%2）までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>A touch&apos;s date goes from %1 to today.</source>
        <translation>タッチの日付は%1から今日までの範囲で指定してください。</translation>
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
    <message>
        <source>Ctrl+Tab or Ctrl+Page Down: next tab</source>
        <translation>Ctrl+Tab または Ctrl+Page Down：次のタブ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
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
        <source>Health</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(30 days earlier %1)</source>
        <translation>（30日前 %1）</translation>
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
        <translation>選択したタッチを削除します（Del）。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>Touch changed for %1</source>
        <translation>%1のタッチを変更しました</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>%1 of %2 deleted from %3</source>
        <translation>%3の%2の%1を削除しました</translation>
    </message>
    <message>
        <source>Contact %1 changed</source>
        <translation>連絡先「%1」を変更しました</translation>
    </message>
    <message>
        <source>Contact %1 deleted from %2</source>
        <translation>%2の連絡先「%1」を削除しました</translation>
    </message>
    <message>
        <source>Contract changed for %1</source>
        <translation>%1の契約を変更しました</translation>
    </message>
    <message>
        <source>Contract deleted from %1</source>
        <translation>%1の契約を削除しました</translation>
    </message>
    <message>
        <source>&amp;Correct outcome…</source>
        <translation>結果を訂正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct the selected renewal outcome (Enter); the ARR history follows</source>
        <translation>選択した契約更新の結果を訂正します（Enter）。ARRの履歴も合わせて変わります</translation>
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
    <message>
        <source>No health score: none of its factors has data.</source>
        <translation>ヘルススコアなし：どの要素にもデータがありません。</translation>
    </message>
    <message>
        <source>No score 30 days earlier</source>
        <translation>30日前のスコアはありません</translation>
    </message>
    <message>
        <source>30 days earlier: %1 (%2 points)</source>
        <translation>30日前：%1（%2点）</translation>
    </message>
    <message>
        <source>Next contract signed, from %1</source>
        <translation>次の契約を締結済み（%1から）</translation>
    </message>
</context>
<context>
    <name>csm::AccountsPage</name>
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
    <message>
        <source>This book has no accounts yet</source>
        <translation>この担当ブックにはまだ顧客がありません</translation>
    </message>
    <message>
        <source>Add your first account, or import your accounts from a file. To look around first, open the demo book: 200 sample accounts with touches, contracts and renewals.</source>
        <translation>最初の顧客を追加するか、ファイルから顧客をインポートしてください。まず操作を試したい場合は、デモ用のブック（タッチ・契約・契約更新のデータを含むサンプル顧客200社）を開いてください。</translation>
    </message>
    <message>
        <source>Filter by name, reading, id or owner (Ctrl+F)</source>
        <translation>名前・読み・外部ID・担当で絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客一覧</translation>
    </message>
    <message>
        <source>&amp;Filter accounts</source>
        <translation>顧客を絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the accounts list and type to filter it</source>
        <translation>顧客一覧に移動し、入力して絞り込みます</translation>
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
        <source>&amp;Open account</source>
        <translation>顧客を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the account selected in the list</source>
        <translation>一覧で選択した顧客を開きます</translation>
    </message>
    <message>
        <source>&amp;Back to the portfolio</source>
        <translation>ポートフォリオに戻る(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n account(s) behind the portfolio&apos;s %1.</source>
        <translation>
            <numerusform>ポートフォリオの「%1」に該当する%n件の顧客のみを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w all accounts</source>
        <translation>すべての顧客を表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>csm::ApplyRoadmapDialog</name>
    <message>
        <source>Start a roadmap</source>
        <translation>ロードマップを開始</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n milestone(s))</source>
        <translation>
            <numerusform>%1（マイルストーン%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kickoff:</source>
        <translation>キックオフ(&amp;K):</translation>
    </message>
    <message>
        <source>Start roadmap</source>
        <translation>ロードマップを開始</translation>
    </message>
    <message>
        <source>No template can be applied: add milestones to a template, or un-retire one, in the template editor (Roadmaps page).</source>
        <translation>適用できるテンプレートがありません。テンプレートの編集（ロードマップ画面）で、テンプレートにマイルストーンを追加するか、廃止したテンプレートを戻してください。</translation>
    </message>
    <message>
        <source>The last milestone is due %1.</source>
        <translation>最後のマイルストーンの期日は%1です。</translation>
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
    <name>csm::ArrHealthScatter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ARR (log scale)</source>
        <translation>ARR（対数目盛）</translation>
    </message>
    <message numerus="yes">
        <source>Health score (%n account(s) without a score not shown)</source>
        <translation>
            <numerusform>ヘルススコア（スコアのない%n顧客は表示していません）</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>No accounts with ARR and a health score</source>
        <translation>ARRとヘルススコアのある顧客はありません</translation>
    </message>
    <message>
        <source>ARR %1 · health %2</source>
        <translation>ARR %1・ヘルススコア %2</translation>
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
    <message>
        <source>From %1: %2</source>
        <translation>%1から：%2</translation>
    </message>
</context>
<context>
    <name>csm::BacktestChart</name>
    <message>
        <source>Health score before the renewal</source>
        <translation>更新前のヘルススコア</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message numerus="yes">
        <source>Churned, %n day(s) before</source>
        <translation>
            <numerusform>解約・更新日の%n日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewed, %n day(s) before</source>
        <translation>
            <numerusform>継続・更新日の%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Churned (%1 d)</source>
        <translation>解約（%1日前）</translation>
    </message>
    <message>
        <source>Renewed (%1 d)</source>
        <translation>継続（%1日前）</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Renewed, expanded or contracted</source>
        <translation>更新・拡大・縮小</translation>
    </message>
    <message>
        <source>Not enough decided renewals for a back-test yet</source>
        <translation>過去データでの検証に必要な、結果の出た契約更新がまだ足りません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n renewal(s), median %2</source>
        <translation>
            <numerusform>%1：契約更新%n件、中央値 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BackupController</name>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>バックアップから復元(&amp;K)…</translation>
    </message>
    <message>
        <source>Replace the open book with one of its backups</source>
        <translation>開いているブックをそのバックアップのひとつで置き換えます</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace the book %1 with this backup?</source>
        <translation>ブック %1 をこのバックアップで置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %n account(s); its last change was %1.

The book as it is now is kept in %2.</source>
        <translation>
            <numerusform>このバックアップには %n 件のアカウントがあり、最終変更は %1 です。

現在のブックは %2 に残します。</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>バックアップは復元されませんでした</translation>
    </message>
    <message>
        <source>Restored %1 from the backup; the book as it was is kept as %2</source>
        <translation>%1 をバックアップから復元しました。復元前のブックは %2 として残してあります</translation>
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
        <source>The file is empty, not a CSM Workbench book.</source>
        <translation>ファイルが空です。CSM Workbench のブックではありません。</translation>
    </message>
    <message>
        <source>The file is not a CSM Workbench book (it is not a SQLite database).</source>
        <translation>このファイルは CSM Workbench のブックではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>The file is a SQLite database but not a CSM Workbench book.</source>
        <translation>このファイルは SQLite データベースですが、CSM Workbench のブックではありません。</translation>
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
    <message>
        <source>Close the book first.</source>
        <translation>先にブックを閉じてください。</translation>
    </message>
    <message>
        <source>The backup copy could not be written to disk.</source>
        <translation>バックアップのコピーをディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Check the disk space and the folder&apos;s permissions.</source>
        <translation>ディスクの空き容量とフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The book is in use by another program, so it was left in place.</source>
        <translation>ブックが別のプログラムで使用中のため、削除せずに残しました。</translation>
    </message>
    <message>
        <source>Close the other program, then remove the file.</source>
        <translation>そのプログラムを終了してから、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>The book could not be removed.</source>
        <translation>ブックを削除できませんでした。</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Reading the portfolio was cancelled.</source>
        <translation>ポートフォリオの読み込みを中止しました。</translation>
    </message>
    <message>
        <source>The book is kept in %1, the team view in %2.</source>
        <translation>このブックの通貨は%1で、チームビューの通貨は%2です。</translation>
    </message>
    <message>
        <source>None of the books could be read.</source>
        <translation>読み込めるブックがありませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>A row the import wrote has been edited since (%1 %2).</source>
        <translation>インポートで書き込まれた行が、その後編集されています（%1 %2）。</translation>
    </message>
    <message>
        <source>The import can no longer be undone as a whole; change the rows by hand.</source>
        <translation>このインポートはまとめて元に戻せなくなりました。該当する行を手動で変更してください。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>元に戻せるインポートがありません。</translation>
    </message>
    <message>
        <source>The record %1 was deleted in this book.</source>
        <translation>レコード %1 はこのブックで削除されています。</translation>
    </message>
    <message>
        <source>Restore it first, or leave out its id to add it again.</source>
        <translation>先に復元するか、IDを空欄にして新たに追加してください。</translation>
    </message>
    <message>
        <source>It has a value that another row of the book already has in a column whose values must differ (%1).</source>
        <translation>重複できない列（%1）に、ブック内の別の行と同じ値があります。</translation>
    </message>
    <message>
        <source>The file has a table &quot;%1&quot; that this book does not have.</source>
        <translation>ファイルに、このブックにないテーブル「%1」があります。</translation>
    </message>
    <message>
        <source>It may come from a newer version of the app.</source>
        <translation>より新しいバージョンのアプリで作成された可能性があります。</translation>
    </message>
    <message>
        <source>The file&apos;s table &quot;%1&quot; has a column &quot;%2&quot; that this book does not have.</source>
        <translation>ファイルのテーブル「%1」に、このブックにない列「%2」があります。</translation>
    </message>
    <message>
        <source>The file&apos;s table &quot;%1&quot; has the column &quot;%2&quot; twice.</source>
        <translation>ファイルのテーブル「%1」に列「%2」が2つあります。</translation>
    </message>
    <message>
        <source>The file&apos;s table &quot;%1&quot; lacks the column &quot;%2&quot;, which identifies its rows.</source>
        <translation>ファイルのテーブル「%1」に、行を識別する列「%2」がありません。</translation>
    </message>
    <message>
        <source>The file&apos;s amounts are in %1 and this book&apos;s in %2.</source>
        <translation>ファイルの金額の通貨は%1、このブックの通貨は%2です。</translation>
    </message>
    <message>
        <source>Import it into a new, empty book.</source>
        <translation>新しい空のブックにインポートしてください。</translation>
    </message>
    <message>
        <source>The import is already finished.</source>
        <translation>このインポートはすでに完了しています。</translation>
    </message>
    <message>
        <source>The gross margin setting &apos;%1&apos; is not a percentage from 0 to 100.</source>
        <translation>粗利率の設定「%1」が0〜100のパーセントではありません。</translation>
    </message>
    <message>
        <source>Set gross_margin_percent to a number from 0 to 100 (100 when unsure).</source>
        <translation>gross_margin_percent を0〜100の数値にしてください（不明なら100）。</translation>
    </message>
    <message>
        <source>The renewal is no longer in the book.</source>
        <translation>この契約更新はブックにもうありません。</translation>
    </message>
    <message>
        <source>The contract of this renewal is no longer in the book.</source>
        <translation>この契約更新の契約はブックにもうありません。</translation>
    </message>
    <message>
        <source>The record of an import holds a value it cannot read.</source>
        <translation>インポートの記録に読み取れない値が含まれています。</translation>
    </message>
    <message>
        <source>The record of the last import cannot be read.</source>
        <translation>前回のインポートの記録を読み込めません。</translation>
    </message>
    <message>
        <source>The book has no table %1.</source>
        <translation>ブックにテーブル %1 がありません。</translation>
    </message>
    <message>
        <source>The health recompute was cancelled; nothing was changed.</source>
        <translation>ヘルススコアの再計算をキャンセルしました。何も変更していません。</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>その顧客は存在しません。</translation>
    </message>
    <message>
        <source>The book keeps no health model of that version.</source>
        <translation>このブックにはそのバージョンのヘルスモデルがありません。</translation>
    </message>
    <message>
        <source>The book file was deleted, moved or replaced while it was open, so nothing more is written to it.</source>
        <translation>開いている間にブックのファイルが削除・移動・置き換えされたため、これ以上書き込みません。</translation>
    </message>
    <message>
        <source>Save what is open with File ▸ Backup…, then open the book again or open the backup.</source>
        <translation>［ファイル］▸［バックアップ…］で開いている内容を保存してから、ブックかそのバックアップを開き直してください。</translation>
    </message>
    <message>
        <source>Correct the template, then save it again.</source>
        <translation>テンプレートを修正してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>There is no saved preset named &quot;%1&quot;.</source>
        <translation>「%1」という名前で保存されたインポート設定はありません。</translation>
    </message>
    <message>
        <source>A health snapshot is out of the range the book allows.</source>
        <translation>ヘルススコアのスナップショットがブックで許される範囲を外れています。</translation>
    </message>
    <message>
        <source>The read was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>A file of this name exists already.</source>
        <translation>この名前のファイルがすでにあります。</translation>
    </message>
    <message>
        <source>A new book never replaces a file: choose another name.</source>
        <translation>新しいブックが既存のファイルを置き換えることはありません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The new book could not be written to disk.</source>
        <translation>新しいブックをディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>The book&apos;s table &quot;%1&quot; is referred to without a key of one column.</source>
        <translation>ブックのテーブル「%1」が、1 列のキーではない列で参照されています。</translation>
    </message>
    <message>
        <source>The portfolio trend kept for %1 disagrees with that day&apos;s health scores (a copy kept for speed: the book&apos;s own data is not affected).</source>
        <translation>%1 のポートフォリオ推移として保持している値が、その日のヘルススコアと一致しません（表示を速くするための写しで、ブックのデータそのものには影響しません）。</translation>
    </message>
    <message>
        <source>It refers to a row of table %1 that the book does not have.</source>
        <translation>ブックにないテーブル %1 の行を参照しています。</translation>
    </message>
    <message>
        <source>Import the rows it refers to first, or correct the reference.</source>
        <translation>参照先の行を先に取り込むか、参照を修正してください。</translation>
    </message>
</context>
<context>
    <name>csm::BookImportDialog</name>
    <message>
        <source>Import book</source>
        <translation>ブックのインポート</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rows are matched by their id: rows the book has are updated, the others added. File ▸ Undo last import takes the import back.</source>
        <translation>行はIDで照合します。ブックにある行は更新し、ない行は追加します。「ファイル ▸ 前回のインポートを元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Reading the book&apos;s export…</source>
        <translation>ブックのエクスポートを読み込んでいます…</translation>
    </message>
    <message>
        <source>The file cannot be imported; the book is unchanged.</source>
        <translation>このファイルはインポートできません。ブックは変更されていません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation>%1行：新規 %2、変更 %3、変更なし %4、除外 %5。</translation>
    </message>
    <message>
        <source>Rows were rejected, so nothing can be imported; the first:</source>
        <translation>除外された行があるため、インポートできません。最初の行：</translation>
    </message>
    <message>
        <source>The book has all of it already.</source>
        <translation>ブックにはすべて登録済みです。</translation>
    </message>
    <message>
        <source>Importing the book…</source>
        <translation>ブックをインポートしています…</translation>
    </message>
    <message>
        <source>Book settings</source>
        <translation>ブックの設定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客</translation>
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
        <source>Touch participants</source>
        <translation>タッチの参加者</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>ARRの変動</translation>
    </message>
    <message>
        <source>Product usage</source>
        <translation>製品の利用状況</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS回答</translation>
    </message>
    <message>
        <source>Roadmap templates</source>
        <translation>ロードマップのテンプレート</translation>
    </message>
    <message>
        <source>Template milestones</source>
        <translation>テンプレートのマイルストーン</translation>
    </message>
    <message>
        <source>Onboarding roadmaps</source>
        <translation>オンボーディング・ロードマップ</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Company holidays</source>
        <translation>会社休日</translation>
    </message>
    <message>
        <source>Health models</source>
        <translation>ヘルスモデル</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI目標</translation>
    </message>
    <message>
        <source>Calendar export entries</source>
        <translation>カレンダー書き出しの項目</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>インポート設定</translation>
    </message>
</context>
<context>
    <name>csm::BookWorkspace</name>
    <message>
        <source>No book is open.</source>
        <translation>担当ブックが開かれていません。</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>処理はキャンセルされました。</translation>
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
    <name>csm::ContactsTab</name>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
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
        <translation>か月</translation>
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
        <source>&amp;ARR:</source>
        <translation>ARR(&amp;A):</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>契約を編集</translation>
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
        <source>Annual recurring revenue of this contract, in %1: %2</source>
        <translation>この契約の年間経常収益（%1）：%2</translation>
    </message>
    <message>
        <source>Ends on %1 unless a renewal is recorded; no notice to give.</source>
        <translation>契約更新を記録しない限り%1に終了します。解約通知は不要です。</translation>
    </message>
    <message>
        <source>As long as the first term</source>
        <translation>初回の契約期間と同じ</translation>
    </message>
    <message>
        <source>How long each renewal runs when it differs from the first term, from %1 to %2 months</source>
        <translation>更新後の契約期間が初回と異なる場合の長さ（%1〜%2か月）</translation>
    </message>
    <message>
        <source>&amp;Renewal term:</source>
        <translation>更新後の契約期間(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>解約通知期限(&amp;N):</translation>
    </message>
    <message>
        <source>First renewal on %1; notice deadline %2 (%3).</source>
        <translation>初回の更新日は%1、解約通知期限は%2（%3）です。</translation>
    </message>
</context>
<context>
    <name>csm::ContractTab</name>
    <message>
        <source>Contract &amp; ARR</source>
        <translation>契約・ARR</translation>
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
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Current renewal</source>
        <translation>今回の契約更新</translation>
    </message>
    <message>
        <source>ARR after each ARR event, up to today</source>
        <translation>ARRイベントごとのARR（今日まで）</translation>
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
        <source>Ended %1</source>
        <translation>%1 終了</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>%1 終了予定</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>記録日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Renewal outcomes recorded for this account; Enter corrects the selected one</source>
        <translation>この顧客について記録した契約更新の結果。Enterで選択した結果を訂正します</translation>
    </message>
    <message numerus="yes">
        <source>Day %1, %n month(s) before</source>
        <translation>
            <numerusform>%nか月前の月の%1日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month end, %n month(s) before</source>
        <translation>
            <numerusform>%nか月前の月末</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, business day</source>
        <translation>%1（営業日）</translation>
    </message>
</context>
<context>
    <name>csm::CsmPlot</name>
    <message>
        <source>Save chart as…</source>
        <translation>グラフを保存…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG画像 (*.png);;PDFドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>グラフを%1に保存できませんでした。フォルダーが存在し、書き込みできるか確認してください。</translation>
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
    <name>csm::HealthCatchUp</name>
    <message>
        <source>Bringing health scores up to date…</source>
        <translation>ヘルススコアを更新しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>ヘルススコア</translation>
    </message>
</context>
<context>
    <name>csm::HealthMixChart</name>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Share of accounts</source>
        <translation>顧客の割合</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>顧客はまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n顧客</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthModelActions</name>
    <message>
        <source>&amp;Health model…</source>
        <translation>ヘルスモデル(&amp;H)…</translation>
    </message>
    <message>
        <source>Weights, cadences, band thresholds and the drop threshold of this book&apos;s health scores, with a preview before saving</source>
        <translation>このブックのヘルススコアの重み・接触頻度・区分のしきい値・急落のしきい値（保存前にプレビュー）</translation>
    </message>
    <message>
        <source>Health model version %1 saved: every score and the year of weekly history were recomputed.</source>
        <translation>ヘルスモデルのバージョン %1 を保存しました。すべてのスコアと1年分の週次履歴を再計算しました。</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelDialog</name>
    <message>
        <source>&amp;Adoption:</source>
        <translation>利用定着度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Usage trend:</source>
        <translation>利用傾向(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>エンゲージメント(&amp;E)：</translation>
    </message>
    <message>
        <source>Sent&amp;iment:</source>
        <translation>感触(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation>NPS(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Onboarding:</source>
        <translation>オンボーディング(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;High touch:</source>
        <translation>ハイタッチ(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Low touch:</source>
        <translation>ロータッチ(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Tech touch:</source>
        <translation>テックタッチ(&amp;T)：</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Health model</source>
        <translation>ヘルスモデル</translation>
    </message>
    <message>
        <source>Save the model as the next version and recompute every score and the year of weekly history</source>
        <translation>モデルを次のバージョンとして保存し、すべてのスコアと1年分の週次履歴を再計算します</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>初期値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>The weights, cadences and thresholds CSM Workbench starts a book with</source>
        <translation>CSM Workbench が新しいブックで使う重み・接触頻度・しきい値</translation>
    </message>
    <message>
        <source>The book is open read-only: the model can be tried out but not saved.</source>
        <translation>ブックは読み取り専用で開いています。モデルを試すことはできますが、保存はできません。</translation>
    </message>
    <message>
        <source>Reading the book…</source>
        <translation>ブックを読み込んでいます…</translation>
    </message>
    <message>
        <source>The preview could not be computed: %1</source>
        <translation>プレビューを計算できませんでした：%1</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Relative: a factor counts its weight&apos;s share of the factors that have data.</source>
        <translation>相対値です。各要素は、データのある要素の重みの合計に対する自分の重みの割合で数えられます。</translation>
    </message>
    <message>
        <source>Cadences</source>
        <translation>接触頻度</translation>
    </message>
    <message>
        <source>The longest gap between customer touches each touch model allows.</source>
        <translation>タッチモデルごとに許される、顧客とのタッチの最大の間隔です。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Bands and signals</source>
        <translation>区分とシグナル</translation>
    </message>
    <message>
        <source>A score at or above this is green</source>
        <translation>この値以上のスコアは「良好」</translation>
    </message>
    <message>
        <source>A score at or above this and below green is yellow; below it, red</source>
        <translation>この値以上で「良好」未満は「注意」、この値未満は「危険」</translation>
    </message>
    <message>
        <source> points</source>
        <translation> ポイント</translation>
    </message>
    <message>
        <source>A score that fell this much or more against 30 days earlier is a health drop</source>
        <translation>30日前よりこの値以上下がったスコアはヘルススコア急落</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>良好の下限(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Yellow from:</source>
        <translation>注意の下限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Health &amp;drop:</source>
        <translation>ヘルススコア急落(&amp;D)：</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>保存する前に</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Edited model</source>
        <translation>編集後のモデル</translation>
    </message>
    <message>
        <source>Back-test on this book&apos;s renewals</source>
        <translation>このブックの契約更新での過去データでの検証</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>現在のモデル</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to see what the edited model changes.</source>
        <translation>赤で示した項目を直すと、編集後のモデルで何が変わるかを表示します。</translation>
    </message>
    <message>
        <source>These are the book&apos;s rules (version %1): saving changes nothing.</source>
        <translation>ブックの現在のルール（バージョン %1）と同じです。保存しても何も変わりません。</translation>
    </message>
    <message>
        <source>No account would change band. Saving still recomputes every score and the year of weekly history as version %1.</source>
        <translation>区分が変わる顧客はありません。保存すると、バージョン %1 としてすべてのスコアと1年分の週次履歴を再計算します。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change band. Saving recomputes every score and the year of weekly history as version %1.</source>
        <translation>
            <numerusform>%n 件の顧客の区分が変わります。保存すると、バージョン %1 としてすべてのスコアと1年分の週次履歴を再計算します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough history to compare: %n decided renewal(s) in this book; the back-test needs at least %1.</source>
        <translation>
            <numerusform>比較するには履歴が足りません。このブックで結果の出た契約更新は %n 件で、検証には %1 件以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Current (version %1)</source>
        <translation>現在（バージョン %1）</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集後</translation>
    </message>
    <message numerus="yes">
        <source>AUC, %n day(s) before</source>
        <translation>
            <numerusform>AUC（%n 日前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median churned / retained, %n day(s) before</source>
        <translation>
            <numerusform>中央値 解約／継続（%n 日前）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Churned accounts not green 60-90 days before</source>
        <translation>60〜90日前に「良好」でなかった解約顧客</translation>
    </message>
    <message>
        <source>Green now</source>
        <translation>現在「良好」</translation>
    </message>
    <message>
        <source>Saving the model and recomputing every score…</source>
        <translation>モデルを保存し、すべてのスコアを再計算しています…</translation>
    </message>
    <message>
        <source>Recomputing health scores and the year of weekly history…</source>
        <translation>ヘルススコアと1年分の週次履歴を再計算しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled: the book keeps model version %1 and its scores.</source>
        <translation>キャンセルしました。ブックはモデルのバージョン %1 とそのスコアのままです。</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>モデルは保存されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelPage</name>
    <message>
        <source>Health model</source>
        <translation>ヘルスモデル</translation>
    </message>
    <message>
        <source>Back-test on this book&apos;s renewals</source>
        <translation>このブックの契約更新での過去データでの検証</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Version %1. Weights: %2.</source>
        <translation>バージョン%1。重み：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cadences: %1 %2 days, %3 %4 days, %5 %6 days.</source>
        <translation>接触頻度：%1 %2日、%3 %4日、%5 %6日。</translation>
    </message>
    <message>
        <source>Bands: %1 from %2, %3 from %4, %5 below. A drop of %6 points or more against 30 days earlier is a health drop.</source>
        <translation>区分：%1は%2以上、%3は%4以上、それ未満は%5。30日前から%6点以上下がるとヘルススコア急落です。</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history: %n decided renewal(s) in this book; the back-test needs at least %1.</source>
        <translation>
            <numerusform>履歴が足りません：このブックの確定済みの契約更新は%n件です。過去データでの検証には%1件以上必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided renewal(s): %1 churned, %2 renewed, expanded or contracted. Each account is scored by the current model as of 90 and 60 days before its renewal date.</source>
        <translation>
            <numerusform>確定済みの契約更新%n件：解約%1件、更新・拡大・縮小%2件。各顧客を現在のモデルで更新日の90日前と60日前の時点で採点しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Churned accounts that were not green 60-90 days before: %1. Green now: %2 of the book.</source>
        <translation>60〜90日前に良好でなかった解約顧客：%1。現在良好：ブックの%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Median score, churned</source>
        <translation>スコアの中央値（解約）</translation>
    </message>
    <message>
        <source>Median score, retained</source>
        <translation>スコアの中央値（継続）</translation>
    </message>
    <message>
        <source>AUC (churned scored lower)</source>
        <translation>AUC（解約顧客のほうが低いスコア）</translation>
    </message>
    <message>
        <source>Churn rate, whole book</source>
        <translation>解約率（ブック全体）</translation>
    </message>
    <message>
        <source>Churn rate, %1 (lift)</source>
        <translation>解約率：%1（リフト）</translation>
    </message>
    <message>
        <source>&amp;Change the model…</source>
        <translation>モデルを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Change the weights, cadences and thresholds, with a preview before saving</source>
        <translation>重み・接触頻度・しきい値を変更します（保存前にプレビュー）</translation>
    </message>
</context>
<context>
    <name>csm::HealthTab</name>
    <message>
        <source>Why this score</source>
        <translation>このスコアの理由</translation>
    </message>
    <message>
        <source>What the factors are computed from</source>
        <translation>各要素の元データ</translation>
    </message>
    <message>
        <source>Customer touches (engagement, sentiment)</source>
        <translation>顧客接点（エンゲージメント・感触）</translation>
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
        <source>Sentiment</source>
        <translation>感触</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Active users (adoption, usage trend)</source>
        <translation>アクティブユーザー（利用定着度・利用傾向）</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPSの回答</translation>
    </message>
    <message>
        <source>Milestones (onboarding)</source>
        <translation>マイルストーン（オンボーディング）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No health score: none of its factors has data</source>
        <translation>ヘルススコアなし：どの要素にもデータがありません</translation>
    </message>
    <message>
        <source>%1 %2 points against 30 days earlier (%3)</source>
        <translation>30日前（%3）から%1 %2点</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s); %1 days with a value in the last 30 days, %2 in the 30 days before.</source>
        <translation>
            <numerusform>契約シート数%n。値のある日は直近30日で%1日、その前の30日で%2日。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No answer in the last 365 days.</source>
        <translation>直近365日に回答はありません。</translation>
    </message>
    <message>
        <source>No milestone of an active roadmap is due yet.</source>
        <translation>有効なロードマップで期日を迎えたマイルストーンはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due, %1 done on time or skipped.</source>
        <translation>
            <numerusform>期日を迎えたマイルストーン%n件、うち%1件が期日内に完了またはスキップ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
</context>
<context>
    <name>csm::HealthTrendChart</name>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>a chart&apos;s range in months (3M, 6M, 12M)</comment>
        <translation>%1か月</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n month(s)</source>
        <translation>
            <numerusform>過去%nか月を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>No health scores yet</source>
        <translation>ヘルススコアはまだありません</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：データなし</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>csm::HolidayCalendarDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>ファイルからインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>休日カレンダー</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Founding day, year-end break</source>
        <translation>例：創立記念日、年末年始休業</translation>
    </message>
    <message>
        <source>A CSV of dates and names, such as the Cabinet Office&apos;s syukujitsu.csv (Shift_JIS or UTF-8)</source>
        <translation>日付と名称のCSV（内閣府のsyukujitsu.csvなど。Shift_JISまたはUTF-8）</translation>
    </message>
    <message>
        <source>Company holidays</source>
        <translation>会社休日</translation>
    </message>
    <message>
        <source>Days the company is closed, on top of weekends and public holidays. Milestone due dates and notice deadlines skip them.</source>
        <translation>土日・祝日のほかに会社が休みの日です。マイルストーンの期日と解約通知期限の計算では、これらの日を営業日に数えません。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Public holidays: Japan, the Cabinet Office list (%1 to %2). Past %2 only weekends and company holidays are days off, and plans say so.</source>
        <translation>祝日：日本（内閣府の一覧、%1年～%2年）。%2年より後は土日と会社休日だけを休日として計算し、計画にその旨を表示します。</translation>
    </message>
    <message>
        <source>Public holidays: none. Only weekends and company holidays are days off.</source>
        <translation>祝日：なし。土日と会社休日だけを休日として計算します。</translation>
    </message>
    <message>
        <source>Add company holiday</source>
        <translation>会社休日を追加</translation>
    </message>
    <message>
        <source>%1 added as a company holiday.</source>
        <translation>%1を会社休日に追加しました。</translation>
    </message>
    <message>
        <source>Company holiday %1 added</source>
        <translation>会社休日 %1 を追加しました</translation>
    </message>
    <message numerus="yes">
        <source>%n company holiday(s) removed</source>
        <translation>
            <numerusform>会社休日を%n件削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove company holidays</source>
        <translation>会社休日を削除</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>休日をインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n public holiday(s)</source>
        <translation>
            <numerusform>祝日%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing company holiday(s)</source>
        <translation>
            <numerusform>登録済みの会社休日%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) listed twice (the first line kept)</source>
        <translation>
            <numerusform>重複した日付%n件（最初の行を採用）</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>スキップ：%1。</translation>
    </message>
    <message>
        <source>%1 has no new holidays.</source>
        <translation>%1に新しい休日はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n company holiday(s) from %1?</source>
        <translation>
            <numerusform>%1から会社休日を%n件追加しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message numerus="yes">
        <source>%n company holiday(s) imported from %1</source>
        <translation>
            <numerusform>%1から会社休日を%n件インポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>This book is open read-only: the calendar can be looked at, not changed.</source>
        <translation>このブックは読み取り専用で開いています。カレンダーは表示のみで、変更できません。</translation>
    </message>
</context>
<context>
    <name>csm::ImportWizard</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The import was cancelled; the book is unchanged.</source>
        <translation>インポートをキャンセルしました。ブックは変更されていません。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet or a CRM, or a book&apos;s JSON export.</source>
        <translation>表計算ソフトやCRMのCSVファイル、またはブックをエクスポートしたJSONファイルです。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>内容(&amp;W):</translation>
    </message>
    <message>
        <source>Rows are matched to what the book has (external id, 法人番号, then the company name), so that importing a file again updates instead of duplicating.</source>
        <translation>各行はブックの既存データと照合されます（外部ID、法人番号、会社名の順）。そのため、同じファイルを再度インポートしても重複せず、更新されます。</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>ファイルの読み込み方法</translation>
    </message>
    <message>
        <source>Recognised from the file; change them if the preview looks wrong.</source>
        <translation>ファイルから自動判定しました。プレビューが正しくない場合は変更してください。</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>縦棒</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>The first row is a header</source>
        <translation>1行目は見出し</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>見出し行なし</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>見出し行(&amp;H):</translation>
    </message>
    <message>
        <source>Only unambiguous dates</source>
        <translation>解釈が一意な日付のみ</translation>
    </message>
    <message>
        <source>Month first (04/01/2025 is April 1)</source>
        <translation>月が先（04/01/2025は4月1日）</translation>
    </message>
    <message>
        <source>Day first (01/04/2025 is April 1)</source>
        <translation>日が先（01/04/2025は4月1日）</translation>
    </message>
    <message>
        <source>Dates like 04/01/2025:</source>
        <translation>04/01/2025 のような日付:</translation>
    </message>
    <message>
        <source>Which column goes where</source>
        <translation>列の割り当て</translation>
    </message>
    <message>
        <source>Suggested from the headers. Columns set to “Not imported” are left out.</source>
        <translation>見出しから割り当てを提案しています。「インポートしない」に設定した列は取り込まれません。</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>インポート設定(&amp;P):</translation>
    </message>
    <message>
        <source>Suggested from the headers</source>
        <translation>見出しからの提案</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>インポート設定として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>インポートの内容</translation>
    </message>
    <message>
        <source>A dry run: every row was read, checked and matched; nothing has changed yet.</source>
        <translation>試行：全行を読み込んで照合しました。まだ何も変更していません。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Import the other rows and leave the rejected ones out</source>
        <translation>除外された行を除いて、ほかの行をインポートする</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>除外された行を保存(&amp;R)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Read as %1, %2 columns, %3.</source>
        <translation>%1、%2列、%3として読み込みました。</translation>
    </message>
    <message>
        <source>first row as header</source>
        <translation>1行目は見出し</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>見出し行なし</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the first rows (marked).</source>
        <translation>
            <numerusform>先頭の行に%n件の問題があります（マーク付き）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Field of the book</source>
        <translation>ブックの項目</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>インポートしない</translation>
    </message>
    <message>
        <source>A guess from the header: please confirm.</source>
        <translation>見出しからの推定です。確認してください。</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>インポート設定として保存</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>すべての行をチェックしています…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1行：新規 %2、更新 %3、変更なし %4、除外 %5。</translation>
    </message>
    <message>
        <source>A file with rejected rows imports nothing unless you choose to leave them out.</source>
        <translation>除外された行があるファイルは、それらの行を除くよう選択しない限り、何もインポートされません。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>除外された行を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Choose an existing file.</source>
        <translation>既存のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Fix the rejected rows and run the import again, or choose to leave them out.</source>
        <translation>除外された行を修正してもう一度インポートするか、それらの行を除くよう選択してください。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>1,200.50 (comma for thousands)</source>
        <translation>1,200.50（桁区切りはカンマ）</translation>
    </message>
    <message>
        <source>1.200,50 (point for thousands)</source>
        <translation>1.200,50（桁区切りはピリオド）</translation>
    </message>
    <message>
        <source>1 200,50 (space for thousands)</source>
        <translation>1 200,50（桁区切りは空白）</translation>
    </message>
    <message>
        <source>Nu&amp;mbers like:</source>
        <translation>数値の書き方(&amp;M):</translation>
    </message>
    <message>
        <source>Keep this mapping and the reading options in the book, for the next file like this</source>
        <translation>この列の対応と読み込み方をブックに保存し、次に同じ形式のファイルで使います</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>インポート設定を削除(&amp;D)</translation>
    </message>
    <message>
        <source>These rows match more than one record of the book. Choose what each goes to; a row left undecided is rejected.</source>
        <translation>次の行はブックの複数のレコードに該当します。それぞれの取り込み先を選んでください。未決定の行は除外されます。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>C&amp;heck again with these choices</source>
        <translation>この選択で再確認(&amp;H)</translation>
    </message>
    <message>
        <source>The file&apos;s header fits the saved preset “%1”: its columns and reading options are chosen.</source>
        <translation>ファイルの見出しが保存済みのインポート設定「%1」に一致したため、その列の対応と読み込み方を選びました。</translation>
    </message>
    <message>
        <source>%1 (saved in this book)</source>
        <translation>%1（このブックに保存）</translation>
    </message>
    <message>
        <source>Name of the preset (the next file with these headers gets it by itself):</source>
        <translation>インポート設定の名前（同じ見出しのファイルには次回から自動で使われます）:</translation>
    </message>
    <message>
        <source>The book has a preset named “%1”. Replace it?</source>
        <translation>ブックには「%1」という名前のインポート設定があります。置き換えますか？</translation>
    </message>
    <message>
        <source>Saved as the preset “%1”.</source>
        <translation>インポート設定「%1」として保存しました。</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>インポート設定の削除</translation>
    </message>
    <message>
        <source>Delete the preset “%1” from this book? The mapping on screen stays as it is.</source>
        <translation>インポート設定「%1」をこのブックから削除しますか？画面上の列の対応はそのままです。</translation>
    </message>
    <message>
        <source>The preset “%1” was deleted.</source>
        <translation>インポート設定「%1」を削除しました。</translation>
    </message>
    <message>
        <source>The whole row</source>
        <translation>行全体</translation>
    </message>
    <message>
        <source>Undecided (the row is rejected)</source>
        <translation>未決定（この行は除外）</translation>
    </message>
    <message>
        <source>A new record</source>
        <translation>新しいレコード</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>Leave the row out</source>
        <translation>この行を取り込まない</translation>
    </message>
    <message>
        <source>%1 (as the preset reads them: %2)</source>
        <translation>%1（プリセットの読み方：%2）</translation>
    </message>
</context>
<context>
    <name>csm::KpiTargetDialog</name>
    <message>
        <source>KPI target</source>
        <translation>KPIの目標</translation>
    </message>
    <message>
        <source>%1 for %2 (%3 to %4)</source>
        <translation>%2の%1（%3〜%4）</translation>
    </message>
    <message>
        <source>Met when the KPI is at or above the target.</source>
        <translation>KPIが目標以上なら達成です。</translation>
    </message>
    <message>
        <source>Met when the KPI is at or below the target: it is a ceiling.</source>
        <translation>KPIが目標以下なら達成です（上限の目標）。</translation>
    </message>
    <message>
        <source>Percent, for example %1</source>
        <translation>パーセント（例：%1）</translation>
    </message>
    <message>
        <source>NPS points, for example %1</source>
        <translation>NPSのポイント（例：%1）</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>%1での金額</translation>
    </message>
    <message>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>&amp;Target (%1):</source>
        <translation>目標（%1）(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;lear target</source>
        <translation>目標を削除(&amp;L)</translation>
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
        <translation>1～9・0キー、名前の読み（かな・ローマ字）</translation>
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
    <message>
        <source>No book is open</source>
        <translation>担当ブックが開かれていません</translation>
    </message>
    <message>
        <source>A book is one file on this computer that holds your accounts, touches, contracts and renewals. Try the demo book, start a new one, or open one you have.</source>
        <translation>担当ブックは、顧客・タッチ・契約・契約更新をこのコンピューター上の1つのファイルにまとめたものです。デモ用のブックで試すか、新しいブックを作成するか、お持ちのブックを開いてください。</translation>
    </message>
    <message>
        <source>New &amp;demo book…</source>
        <translation>デモ用のブックを作成(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a book with 200 sample accounts, to try things out</source>
        <translation>お試し用に、サンプル顧客200社のブックを作成します</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back to %1</source>
        <translation>%1に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+Left)</source>
        <translation>%1に戻る（Alt+←）</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>戻る（Alt+←）</translation>
    </message>
    <message>
        <source>The language changes the next time you start CSM Workbench.</source>
        <translation>表示言語は、次回 CSM Workbench を起動したときに切り替わります。</translation>
    </message>
    <message>
        <source>You can open the book read-only: you see everything but cannot change it.

File: %1</source>
        <translation>担当ブックを読み取り専用で開くことができます。内容はすべて表示されますが、変更はできません。

ファイル: %1</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>All files (*);;CSM Workbench books (*.sqlite *.csmbook)</source>
        <translation>すべてのファイル (*);;CSM Workbench の担当ブック (*.sqlite *.csmbook)</translation>
    </message>
    <message>
        <source>book.sqlite</source>
        <translation>book.sqlite</translation>
    </message>
    <message>
        <source>New demo book</source>
        <translation>デモ用のブックを作成</translation>
    </message>
    <message>
        <source>demo.sqlite</source>
        <translation>demo.sqlite</translation>
    </message>
    <message>
        <source>Choose the language of CSM Workbench and the folder of its backups</source>
        <translation>CSM Workbench の表示言語とバックアップ用フォルダーを選びます</translation>
    </message>
</context>
<context>
    <name>csm::MilestoneStepDialog</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>「%1」を完了</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完了日(&amp;D):</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot;</source>
        <translation>「%1」をブロック中にする</translation>
    </message>
    <message>
        <source>What it waits for, e.g. the customer&apos;s IT approval</source>
        <translation>何を待っているか（例：顧客の情報システム部門の承認）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック中にする</translation>
    </message>
    <message>
        <source>Say why the milestone is blocked.</source>
        <translation>マイルストーンが進まない理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>csm::MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>成功基準</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Due %1: %n business day(s) after the kickoff in the template</source>
        <translation>
            <numerusform>期日 %1：テンプレートではキックオフから%n営業日後</numerusform>
        </translation>
    </message>
    <message>
        <source>The due date was moved by hand; changing the kickoff leaves it.</source>
        <translation>期日は手動で変更されています。キックオフを変更してもこの期日は変わりません。</translation>
    </message>
    <message>
        <source>★ Reaching this milestone is the customer&apos;s first value.</source>
        <translation>★ このマイルストーンの達成が顧客のファーストバリュー（初回価値実感）です。</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>ブロック中：%1</translation>
    </message>
    <message>
        <source>Overdue since %1.</source>
        <translation>%1から期日超過。</translation>
    </message>
    <message>
        <source>Success criterion: %1</source>
        <translation>成功基準：%1</translation>
    </message>
</context>
<context>
    <name>csm::NoticeRuleEdit</name>
    <message>
        <source>Days before the renewal date</source>
        <translation>更新日の何日前か</translation>
    </message>
    <message>
        <source>Months before the renewal date</source>
        <translation>更新日の何か月前か</translation>
    </message>
    <message>
        <source>A day of a month before the renewal date</source>
        <translation>更新日より前の月の指定日</translation>
    </message>
    <message>
        <source>The end of a month before the renewal date</source>
        <translation>更新日より前の月の月末</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>日:</translation>
    </message>
    <message>
        <source>From 1 to 31; in a shorter month, its last day</source>
        <translation>1〜31。その日がない月は月末</translation>
    </message>
    <message>
        <source>If that day is not a &amp;business day, the business day before</source>
        <translation>その日が営業日でない場合は前の営業日(&amp;B)</translation>
    </message>
    <message>
        <source>How many days before the renewal date the customer must give notice to cancel, from 0 to %1</source>
        <translation>解約する場合に、更新日の何日前までに顧客が通知する必要があるか（0～%1日）</translation>
    </message>
    <message>
        <source>How many months before the renewal date, from 1 to %1</source>
        <translation>更新日の何か月前か（1〜%1か月）</translation>
    </message>
    <message numerus="yes">
        <source> day(s) before</source>
        <translation>
            <numerusform>日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s) before</source>
        <translation>
            <numerusform>か月前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::OnboardingFunnelChart</name>
    <message>
        <source>Accounts that reached the milestone</source>
        <translation>マイルストーンに到達した顧客数</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>First value milestone</source>
        <translation>ファーストバリューのマイルストーン</translation>
    </message>
    <message>
        <source>No account has a roadmap from this template yet</source>
        <translation>このテンプレートのロードマップがある顧客はまだありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) reached it</source>
        <translation>
            <numerusform>%n顧客中 %1 が到達</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::PageFrame</name>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2ページ</translation>
    </message>
</context>
<context>
    <name>csm::PageStack</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>csm::PlaceholderPage</name>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>The portfolio will chart the book by touch model, health mix, renewals and ARR at risk, with drill-down to the accounts behind each bar. It is not built yet.</source>
        <translation>ポートフォリオでは、担当ブックをタッチモデル・ヘルススコアの内訳・契約更新・リスクのあるARRごとにグラフで示し、各棒から対象の顧客を確認できるようになります。まだ実装されていません。</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>The renewal calendar will list upcoming renewals and notice deadlines with their forecast and ARR. It is not built yet.</source>
        <translation>契約更新カレンダーでは、今後の契約更新と解約通知期限を、確度とARRとともに一覧表示します。まだ実装されていません。</translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Onboarding roadmaps will show each account&apos;s milestones, what is on track, behind or stuck. They are not built yet.</source>
        <translation>オンボーディング・ロードマップでは、顧客ごとのマイルストーンと、順調・遅延・停滞の状況を表示します。まだ実装されていません。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Reports will give retention KPIs (GRR, NRR, logo churn, NPS) per period, each with its formula and the accounts behind it. They are not built yet.</source>
        <translation>レポートでは、期間ごとの継続率のKPI（GRR・NRR・顧客解約率・NPS）を、計算式と対象の顧客とともに示します。まだ実装されていません。</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioFiguresTable</name>
    <message>
        <source>Whole book</source>
        <translation>ブック全体</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment: figure</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Share of ARR</source>
        <translation>ARR構成比</translation>
    </message>
    <message>
        <source>Health, mean</source>
        <translation>ヘルススコア（平均）</translation>
    </message>
    <message>
        <source>Health, median</source>
        <translation>ヘルススコア（中央値）</translation>
    </message>
    <message>
        <source>Touched within cadence</source>
        <translation>接触頻度内にタッチ済み</translation>
    </message>
    <message>
        <source>Renewals in 90 days</source>
        <translation>90日以内の契約更新</translation>
    </message>
    <message>
        <source>ARR renewing in 90 days</source>
        <translation>90日以内に更新を迎えるARR</translation>
    </message>
    <message>
        <source>ARR at risk (90 days)</source>
        <translation>リスクのあるARR（90日以内）</translation>
    </message>
    <message>
        <source>ARR at risk (180 days)</source>
        <translation>リスクのあるARR（180日以内）</translation>
    </message>
    <message>
        <source>Open onboardings</source>
        <translation>進行中のオンボーディング</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR（売上総維持率、12か月）</translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation>NRR（売上純維持率、12か月）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Click to list these accounts</source>
        <translation>クリックすると該当する顧客を一覧表示します</translation>
    </message>
    <message>
        <source>Over %1 – %2, each account in the segment it had at the start</source>
        <translation>%1～%2の期間。各顧客は期首時点のセグメントで集計</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioPage</name>
    <message>
        <source>Whole book</source>
        <translation>ブック全体</translation>
    </message>
    <message>
        <source>%1: ARR</source>
        <comment>segment: chart</comment>
        <translation>%1：ARR</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment: health band</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: renewals in %2</source>
        <comment>segment: renewals in month</comment>
        <translation>%1：%2の契約更新</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当CSM(&amp;O)：</translation>
    </message>
    <message>
        <source>Show one owner&apos;s accounts only</source>
        <translation>一人の担当CSMの顧客だけを表示します</translation>
    </message>
    <message>
        <source>ARR by touch model</source>
        <translation>タッチモデル別ARR</translation>
    </message>
    <message>
        <source>Health mix by touch model</source>
        <translation>タッチモデル別ヘルススコア構成</translation>
    </message>
    <message>
        <source>Mean health by touch model, last 12 months</source>
        <translation>タッチモデル別平均ヘルススコア（過去12か月）</translation>
    </message>
    <message>
        <source>Renewals per month by touch model</source>
        <translation>タッチモデル別・月別の契約更新</translation>
    </message>
    <message>
        <source>ARR against health, one point per account</source>
        <translation>ARRとヘルススコア（1点が1顧客）</translation>
    </message>
    <message>
        <source>Portfolio as of %1</source>
        <translation>ポートフォリオ（%1時点）</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>Computing the portfolio…</source>
        <translation>ポートフォリオを集計しています…</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（担当CSMなし）</translation>
    </message>
    <message>
        <source>Portfolio &amp;report (PDF)…</source>
        <translation>ポートフォリオレポート（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the portfolio report for a team meeting as a PDF: the figures per touch model, the charts and the twenty largest risks</source>
        <translation>チーム会議用のポートフォリオレポートをPDFで保存します：タッチモデル別の指標、グラフ、上位20件のリスク</translation>
    </message>
    <message>
        <source>portfolio-%1.pdf</source>
        <translation>ポートフォリオ-%1.pdf</translation>
    </message>
    <message>
        <source>Save the portfolio report</source>
        <translation>ポートフォリオレポートの保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>ポートフォリオレポートを保存しました：%1（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio is not computed yet.</source>
        <translation>ポートフォリオはまだ集計されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Segmentation rules saved: %n account(s) changed touch model</source>
        <translation>
            <numerusform>セグメント分けのルールを保存しました：%n件の顧客のタッチモデルが変わりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account first, or several in the accounts list.</source>
        <translation>先に顧客を選んでください（顧客一覧では複数選択できます）。</translation>
    </message>
    <message>
        <source>qbr-%1.pdf</source>
        <translation>QBR-%1.pdf</translation>
    </message>
    <message>
        <source>Save the QBR sheets</source>
        <translation>QBRシートの保存</translation>
    </message>
    <message numerus="yes">
        <source>QBR sheets saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>QBRシートを保存しました：%1（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the rules that give each account its touch model</source>
        <translation>各顧客のタッチモデルを決めるルールを編集します</translation>
    </message>
    <message>
        <source>&amp;QBR sheet (PDF)…</source>
        <translation>QBRシート（PDF）(&amp;Q)…</translation>
    </message>
    <message>
        <source>Save a one-page QBR sheet of the account, or of each selected account</source>
        <translation>顧客（または選択した各顧客）の1ページのQBRシートを保存します</translation>
    </message>
    <message>
        <source>Se&amp;gmentation rules…</source>
        <translation>セグメント分けのルール(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioReport</name>
    <message>
        <source>Portfolio report</source>
        <translation>ポートフォリオレポート</translation>
    </message>
    <message>
        <source>Health score red</source>
        <translation>ヘルススコアが危険</translation>
    </message>
    <message>
        <source>Health score yellow</source>
        <translation>ヘルススコアが注意</translation>
    </message>
    <message>
        <source>Health score fell %1 points in 30 days</source>
        <translation>ヘルススコアが30日で%1ポイント低下</translation>
    </message>
    <message>
        <source>Renewal forecast at risk</source>
        <translation>更新の確度がリスクあり</translation>
    </message>
    <message>
        <source>Renewal forecast lost</source>
        <translation>更新の確度が失注</translation>
    </message>
    <message numerus="yes">
        <source>No customer touch for %n day(s)</source>
        <translation>
            <numerusform>顧客とのタッチが%n日ありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice deadline %1</source>
        <translation>解約通知期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>Onboarding stuck, %n business day(s) behind</source>
        <translation>
            <numerusform>オンボーディングが停滞（%n営業日の遅れ）</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message numerus="yes">
        <source>Team view of %n owner(s)</source>
        <translation>
            <numerusform>チームビュー（担当CSM %n名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Mean health score</source>
        <translation>ヘルススコア平均</translation>
    </message>
    <message>
        <source>ARR at risk (90 days)</source>
        <translation>リスクのあるARR（90日以内）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln社</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals in 90 days</source>
        <translation>90日以内の契約更新</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Cadence coverage</source>
        <translation>接触頻度の達成率</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%Ln社中%1社</numerusform>
        </translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>担当CSM：%1</translation>
    </message>
    <message>
        <source>Key figures by segment</source>
        <translation>セグメント別の主要指標</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Share of ARR</source>
        <translation>ARR構成比</translation>
    </message>
    <message>
        <source>Health score, mean</source>
        <translation>ヘルススコア（平均）</translation>
    </message>
    <message>
        <source>Health score, median</source>
        <translation>ヘルススコア（中央値）</translation>
    </message>
    <message>
        <source>ARR renewing in 90 days</source>
        <translation>90日以内に更新を迎えるARR</translation>
    </message>
    <message>
        <source>Open onboardings</source>
        <translation>進行中のオンボーディング</translation>
    </message>
    <message>
        <source>Cadence coverage: the share of accounts whose latest customer touch lies within their touch model&apos;s cadence. ARR at risk: ARR of accounts renewing within 90 days that are red or yellow or whose renewal is forecast at risk or lost. GRR = retained ARR ÷ ARR at the period&apos;s start; NRR = ARR at the period&apos;s end ÷ ARR at its start, over the accounts that were customers when the period began.</source>
        <translation>接触頻度の達成率：最新の顧客タッチがタッチモデルの接触頻度の範囲内にある顧客の割合。リスクのあるARR：90日以内に契約更新を迎え、ヘルススコアが危険か注意、または更新の確度がリスクありか失注の顧客のARR。GRR＝維持されたARR ÷ 期首のARR、NRR＝期末のARR ÷ 期首のARR（期首に顧客だったアカウントが対象）。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>ARR by segment</source>
        <translation>セグメント別ARR</translation>
    </message>
    <message>
        <source>Health mix by segment</source>
        <translation>セグメント別ヘルススコア構成</translation>
    </message>
    <message>
        <source>Health score trend, last 12 months</source>
        <translation>ヘルススコアの推移（過去12か月）</translation>
    </message>
    <message>
        <source>Renewals per month</source>
        <translation>月別の契約更新</translation>
    </message>
    <message>
        <source>ARR against health score</source>
        <translation>ARRとヘルススコア</translation>
    </message>
    <message>
        <source>One point per account; ARR on a log scale.</source>
        <translation>1点が1顧客。ARRは対数目盛。</translation>
    </message>
    <message>
        <source>The twenty largest risks</source>
        <translation>リスクの大きい上位20社</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No account is at risk.</source>
        <translation>リスクのある顧客はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %Ln more account(s) at risk.</source>
        <translation>
            <numerusform>一覧にないリスクのある顧客：ほか%Ln社</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language applies the next time you start CSM Workbench. Dates, numbers and amounts follow the language.</source>
        <translation>新しい表示言語は、次回 CSM Workbench を起動したときに反映されます。日付・数値・金額の表記も表示言語に合わせて変わります。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Every day the open book is copied there and checked; the last 7 days and 4 weeks are kept. File ▸ Restore from backup… puts one back.</source>
        <translation>開いているブックを毎日このフォルダーにコピーして検査します。直近 7 日分と 4 週分を残します。［ファイル］▸［バックアップから復元…］で戻せます。</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>バックアップ用フォルダー(&amp;B):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップ用フォルダー</translation>
    </message>
</context>
<context>
    <name>csm::PrintLabels</name>
    <message>
        <source>All accounts</source>
        <translation>全顧客</translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>milestone owner side</comment>
        <translation>当社</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>milestone owner side</comment>
        <translation>お客様</translation>
    </message>
    <message>
        <source>today</source>
        <translation>本日</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>あと%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>health band, then its score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>milestone status</comment>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>milestone status</comment>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>milestone status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>milestone status</comment>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>milestone status</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>roadmap status</comment>
        <translation>順調</translation>
    </message>
    <message>
        <source>Behind</source>
        <comment>roadmap status</comment>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Stuck</source>
        <comment>roadmap status</comment>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>roadmap status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Commit</source>
        <comment>renewal forecast</comment>
        <translation>確定</translation>
    </message>
    <message>
        <source>Likely</source>
        <comment>renewal forecast</comment>
        <translation>見込み高</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>renewal forecast</comment>
        <translation>リスクあり</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>renewal forecast</comment>
        <translation>失注</translation>
    </message>
</context>
<context>
    <name>csm::QbrSheet</name>
    <message>
        <source>Quarterly business review</source>
        <translation>QBR（四半期ビジネスレビュー）</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>health score change since the quarter&apos;s start</comment>
        <translation>%2から%1</translation>
    </message>
    <message>
        <source>%1 active users a day over the last 30 days</source>
        <translation>過去30日の1日あたりアクティブユーザー %1人</translation>
    </message>
    <message numerus="yes">
        <source>%1 active users a day of %n seat(s) (%2) over the last 30 days</source>
        <translation>
            <numerusform>過去30日の1日あたりアクティブユーザー %1人／%n席（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Touches this quarter (%1)</source>
        <translation>今四半期のタッチ（%1件）</translation>
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
        <translation>内容</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>感触</translation>
    </message>
    <message>
        <source>No customer touch this quarter.</source>
        <translation>今四半期の顧客タッチはありません。</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier touch(es) this quarter</source>
        <translation>
            <numerusform>ほかに今四半期のタッチが%n件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Onboarding roadmap</source>
        <translation>オンボーディング・ロードマップ</translation>
    </message>
    <message>
        <source>No active roadmap.</source>
        <translation>進行中のロードマップはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) complete</source>
        <translation>
            <numerusform>マイルストーン%n件中%1件完了</numerusform>
        </translation>
    </message>
    <message>
        <source>next: %1, due %2</source>
        <translation>次：%1（期日 %2）</translation>
    </message>
    <message numerus="yes">
        <source>first value after %n business day(s)</source>
        <translation>
            <numerusform>ファーストバリューまで%n営業日</numerusform>
        </translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>未完了のフォローアップ（%1件）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No open follow-up.</source>
        <translation>未完了のフォローアップはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n later follow-up(s)</source>
        <translation>
            <numerusform>ほかにフォローアップが%n件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>page header: the document, then the account</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n席</numerusform>
        </translation>
    </message>
    <message>
        <source>owner %1</source>
        <comment>the account&apos;s CSM</comment>
        <translation>担当 %1</translation>
    </message>
    <message>
        <source>%1, forecast %2</source>
        <comment>renewal: when, then the forecast</comment>
        <translation>%1、確度：%2</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health score</source>
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
        <source>Health score trend</source>
        <translation>ヘルススコアの推移</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>利用状況</translation>
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
    <name>csm::RecordOutcomeDialog</name>
    <message>
        <source>Record renewal outcome</source>
        <translation>契約更新の結果を記録</translation>
    </message>
    <message>
        <source>%1: renewal on %2, ARR now %3</source>
        <translation>%1：%2の契約更新、現在のARR %3</translation>
    </message>
    <message>
        <source>The account&apos;s ARR from the effective date on</source>
        <translation>発効日以降の顧客のARR</translation>
    </message>
    <message>
        <source>The day the new ARR applies: the renewal date unless agreed otherwise</source>
        <translation>新しいARRが適用される日（別途合意がなければ更新日）</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>New &amp;ARR:</source>
        <translation>新しいARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>発効日(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>ARR %1 → %2</source>
        <translation>ARR %1 → %2</translation>
    </message>
</context>
<context>
    <name>csm::RenewalForecastChart</name>
    <message>
        <source>Renewal month</source>
        <translation>更新月</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>見込み高</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Not forecast yet</source>
        <translation>確度未設定</translation>
    </message>
    <message>
        <source>ARR renewing</source>
        <translation>更新対象のARR</translation>
    </message>
    <message>
        <source>No renewals in the next 12 months</source>
        <translation>今後12か月に契約更新はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>契約更新%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RenewalsBySegmentChart</name>
    <message>
        <source>Renewal month</source>
        <translation>更新月</translation>
    </message>
    <message>
        <source>ARR renewing</source>
        <translation>更新対象のARR</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>契約更新数</translation>
    </message>
    <message>
        <source>No renewals in the next 12 months</source>
        <translation>今後12か月に契約更新はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>契約更新%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RenewalsModel</name>
    <message>
        <source>Not forecast yet</source>
        <translation>確度未設定</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>見込み高</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>The contract does not renew by itself: a new term has to be agreed by the renewal date.</source>
        <translation>自動更新のない契約です。更新日までに次の契約期間を合意する必要があります。</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the forecast</source>
        <translation>ダブルクリックまたはF2で確度を変更</translation>
    </message>
    <message>
        <source>none (ends %1)</source>
        <translation>なし（%1に満了）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>T-180 … T-30: days left to the notice deadline; past deadline: until the renewal date</source>
        <translation>T-180〜T-30：解約通知期限までの残り日数。期限超過：更新日まで</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>解約通知期限</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
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
        <source>Forecast</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最終タッチ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当CSM</translation>
    </message>
</context>
<context>
    <name>csm::RenewalsPage</name>
    <message>
        <source>Renewals</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>Loading the renewals…</source>
        <translation>契約更新を読み込んでいます…</translation>
    </message>
    <message>
        <source>Show &amp;all months</source>
        <translation>すべての月を表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>顧客を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Record o&amp;utcome…</source>
        <translation>結果を記録(&amp;U)…</translation>
    </message>
    <message>
        <source>ARR renewing in the next 90 and 180 days on red or yellow accounts or forecast at risk</source>
        <translation>今後90日・180日以内に更新を迎えるARRのうち、ヘルススコアが危険・注意の顧客、または確度がリスクありのもの</translation>
    </message>
    <message>
        <source>All touch models</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>All forecasts</source>
        <translation>すべての確度</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F)：</translation>
    </message>
    <message>
        <source>Record how the selected renewal ended: renewed, expanded, contracted or churned</source>
        <translation>選択した契約更新の結果（更新・拡大・縮小・解約）を記録</translation>
    </message>
    <message>
        <source>Open the account of the selected renewal (Enter)</source>
        <translation>選択した契約更新の顧客を開く（Enter）</translation>
    </message>
    <message>
        <source>ARR at risk: %1 renewing within 90 days (%2), %3 within 180 days (%4)</source>
        <translation>リスクのあるARR：90日以内の更新 %1（%2）、180日以内 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n社</numerusform>
        </translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（担当なし）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n renewal(s)</source>
        <translation>
            <numerusform>%1・%2：%n件の契約更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast for %1 set to %2</source>
        <translation>%1の確度を「%2」にしました</translation>
    </message>
    <message>
        <source>Renewal of %1 recorded as %2</source>
        <translation>%1の契約更新を「%2」として記録しました</translation>
    </message>
    <message>
        <source>Renewal of %1 on %2 corrected to %3</source>
        <translation>%1の%2の契約更新を「%3」に訂正しました</translation>
    </message>
</context>
<context>
    <name>csm::ReportsPage</name>
    <message>
        <source>undefined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>Σ min(E, S) %1 ÷ Σ S %2</source>
        <translation>Σ min(E, S) %1 ÷ Σ S %2</translation>
    </message>
    <message>
        <source>Σ E %1 ÷ Σ S %2</source>
        <translation>Σ E %1 ÷ Σ S %2</translation>
    </message>
    <message>
        <source>%1 churned ÷ %2 in the cohort</source>
        <translation>解約 %1社 ÷ 期首顧客 %2社</translation>
    </message>
    <message>
        <source>1 - %1 ÷ %2</source>
        <translation>1 − %1 ÷ %2</translation>
    </message>
    <message>
        <source>%1 grew ÷ %2 in the cohort</source>
        <translation>ARR増加 %1社 ÷ 期首顧客 %2社</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) grew</source>
        <translation>
            <numerusform>ARRが増えた顧客 %n社</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) shrank</source>
        <translation>
            <numerusform>ARRが減った顧客 %n社</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) churned</source>
        <translation>
            <numerusform>解約した顧客 %n社</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new accounts, of which %2 reactivated (%3)</source>
        <translation>新規顧客 %1社（うち再契約 %2社、%3）</translation>
    </message>
    <message>
        <source>Σ S %1 ÷ %2 × margin %3 ÷ annualised churn %4</source>
        <translation>Σ S %1 ÷ %2社 × 粗利率 %3 ÷ 年換算の顧客解約率 %4</translation>
    </message>
    <message>
        <source>%1 promoters, %2 detractors of %3 responses</source>
        <translation>回答 %3件のうち推奨者 %1件、批判者 %2件</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>拡大（アップセル）</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>縮小（ダウンセル）</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>再契約</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>FY2025, FY2025-Q1, 2025, 2025-Q2, 2025-06 or 2025-04-01..2025-06-30; Enter shows it</source>
        <translation>FY2025、FY2025-Q1、2025、2025-Q2、2025-06、2025-04-01..2025-06-30 のいずれか。Enterで表示</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>ブック全体</translation>
    </message>
    <message>
        <source>By touch model</source>
        <translation>タッチモデル別</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>担当CSM別</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>ARRの変化</translation>
    </message>
    <message>
        <source>ARR at start</source>
        <translation>期首ARR</translation>
    </message>
    <message>
        <source>ARR at end</source>
        <translation>期末ARR</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>内訳(&amp;S)：</translation>
    </message>
    <message>
        <source>Computing the KPIs of %1…</source>
        <translation>%1のKPIを計算しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 to %3): %n account(s) active at the start</source>
        <translation>
            <numerusform>%1（%2〜%3）：期首の有効顧客 %n社</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（担当CSMなし）</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>内訳の数値</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source> ✓ met</source>
        <translation> ✓ 達成</translation>
    </message>
    <message>
        <source> ✗ missed</source>
        <translation> ✗ 未達</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Q%1 FY%2</source>
        <translation>%2年度Q%1</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>目標を設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Set the target of the selected KPI for the fiscal year or quarter shown</source>
        <translation>表示中の年度・四半期について、選択したKPIの目標を設定します</translation>
    </message>
    <message>
        <source>Target of %1 for %2 set to %3</source>
        <translation>%2の%1の目標を%3に設定しました</translation>
    </message>
    <message>
        <source>Target of %1 for %2 cleared</source>
        <translation>%2の%1の目標を削除しました</translation>
    </message>
</context>
<context>
    <name>csm::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation>%2 にある %1 のバックアップ:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>The book as it is now is kept in the backup folder before the backup replaces it.</source>
        <translation>バックアップで置き換える前に、現在のブックをバックアップ用フォルダーに残します。</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>別のファイル(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Book before a restore</source>
        <translation>復元前のブック</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>選んだファイル</translation>
    </message>
    <message>
        <source>There are no backups of this book in the backup folder yet. Choose Other file… to restore from a backup elsewhere.</source>
        <translation>バックアップ用フォルダーにはこのブックのバックアップがまだありません。別の場所のバックアップから復元するには［別のファイル…］を選んでください。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>このバックアップは復元できません: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1
Accounts: %2
Last change: %3</source>
        <translation>%1
アカウント数: %2
最終変更: %3</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.db);;All files (*)</source>
        <translation>ブック (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>csm::RetentionTrendChart</name>
    <message>
        <source>GRR target</source>
        <translation>GRR目標</translation>
    </message>
    <message>
        <source>NRR target</source>
        <translation>NRR目標</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>維持率</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>No retention figures for these quarters</source>
        <translation>この期間の四半期には維持率の数値がありません</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>算出不可</translation>
    </message>
    <message>
        <source>GRR %1 · NRR %2</source>
        <translation>GRR %1・NRR %2</translation>
    </message>
    <message>
        <source>Targets: GRR %1 · NRR %2</source>
        <translation>目標：GRR %1・NRR %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>csm::RoadmapGanttChart</name>
    <message>
        <source>Non-business day</source>
        <translation>非営業日</translation>
    </message>
    <message>
        <source>Planned (vendor)</source>
        <translation>予定（当社）</translation>
    </message>
    <message>
        <source>Planned (customer)</source>
        <translation>予定（顧客）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ファーストバリュー</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>This roadmap has no milestones</source>
        <translation>このロードマップにはマイルストーンがありません</translation>
    </message>
    <message>
        <source>Planned: %1 – %2</source>
        <translation>予定：%1～%2</translation>
    </message>
    <message>
        <source>Actual: %1 – %2</source>
        <translation>実績：%1～%2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>open</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>First value milestone</source>
        <translation>ファーストバリューのマイルストーン</translation>
    </message>
</context>
<context>
    <name>csm::RoadmapPlan</name>
    <message>
        <source>Onboarding plan</source>
        <translation>オンボーディング計画</translation>
    </message>
    <message numerus="yes">
        <source>Reached after %n business day(s)</source>
        <translation>
            <numerusform>%n営業日で到達</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n calendar day(s))</source>
        <translation>
            <numerusform>（暦日で%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n business day(s) after kickoff</source>
        <translation>
            <numerusform>キックオフから%n営業日後の予定</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestone marks it</source>
        <translation>対象のマイルストーンがありません</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>done on a day</comment>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>page header: the roadmap, then the account</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) behind</source>
        <translation>
            <numerusform>%n営業日の遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期日 %1</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>キックオフ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ファーストバリュー</translation>
    </message>
    <message>
        <source>%1 lead</source>
        <comment>the lead of one side: the company, then lead</comment>
        <translation>%1の担当者</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>次のマイルストーン</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>進捗</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) complete</source>
        <translation>
            <numerusform>マイルストーン%n件中%1件完了</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Milestone and success criterion</source>
        <translation>マイルストーンと達成基準</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>This roadmap has no milestones yet.</source>
        <translation>このロードマップにはまだマイルストーンがありません。</translation>
    </message>
    <message>
        <source>★ First value: the milestone at which the product first delivers the result it was bought for.</source>
        <translation>★ ファーストバリュー（初回価値実感）：導入の目的である成果を初めて実感するマイルストーンです。</translation>
    </message>
    <message>
        <source>Due dates count business days from the kickoff: weekends and public holidays are not counted.</source>
        <translation>期日はキックオフからの営業日で数えています（土日・祝日は数えません）。</translation>
    </message>
</context>
<context>
    <name>csm::RoadmapTab</name>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Start a roadmap…</source>
        <translation>ロードマップを開始…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完了…</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>ブロック中にする…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Close roadmap…</source>
        <translation>ロードマップを終了…</translation>
    </message>
    <message>
        <source>The account&apos;s roadmaps, latest kickoff first</source>
        <translation>この顧客のロードマップ（キックオフの新しい順）</translation>
    </message>
    <message>
        <source>Changing the kickoff re-plans the open milestones; done ones and dates moved by hand stay.</source>
        <translation>キックオフを変更すると未完了のマイルストーンを再計画します。完了済みと手動で変更した期日はそのままです。</translation>
    </message>
    <message>
        <source>Plan PDF…</source>
        <translation>計画書PDF…</translation>
    </message>
    <message>
        <source>The roadmap as a one-page plan to share with the customer</source>
        <translation>顧客と共有する1ページの計画書としてロードマップを出力します</translation>
    </message>
    <message>
        <source>In English…</source>
        <translation>英語で…</translation>
    </message>
    <message>
        <source>In Japanese…</source>
        <translation>日本語で…</translation>
    </message>
    <message>
        <source>Roadmap:</source>
        <translation>ロードマップ:</translation>
    </message>
    <message>
        <source>Kickoff:</source>
        <translation>キックオフ:</translation>
    </message>
    <message>
        <source>%1, kickoff %2</source>
        <translation>%1（キックオフ %2）</translation>
    </message>
    <message>
        <source>%1, kickoff %2 (closed)</source>
        <translation>%1（キックオフ %2、終了）</translation>
    </message>
    <message>
        <source>No roadmap yet</source>
        <translation>ロードマップはまだありません</translation>
    </message>
    <message>
        <source>No roadmap yet. Start one from a template with the kickoff date: due dates follow the book&apos;s business days.</source>
        <translation>ロードマップはまだありません。テンプレートとキックオフ日を選んで開始してください。期日はブックの営業日で計算します。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1%完了</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) behind</source>
        <translation>
            <numerusform>%n営業日遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first value after %n business day(s)</source>
        <translation>
            <numerusform>%n営業日でファーストバリュー達成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n calendar day(s))</source>
        <translation>
            <numerusform>（暦日で%n日）</numerusform>
        </translation>
    </message>
    <message>
        <source>first value not reached yet</source>
        <translation>ファーストバリュー未達成</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>ブロック解除</translation>
    </message>
    <message>
        <source>Reopen roadmap</source>
        <translation>ロードマップを再開</translation>
    </message>
    <message>
        <source>Brings the roadmap back to Today, the Roadmaps view and the health score</source>
        <translation>ロードマップを「今日のやること」、ロードマップ画面、ヘルススコアの対象に戻します</translation>
    </message>
    <message>
        <source>Ends the roadmap: it leaves Today, the Roadmaps view and the health score; its milestones stay as they are</source>
        <translation>ロードマップを終了します。「今日のやること」、ロードマップ画面、ヘルススコアの対象から外れます。マイルストーンはそのまま残ります</translation>
    </message>
    <message>
        <source>Re-own milestone</source>
        <translation>マイルストーンの担当を変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now owned by %2</source>
        <translation>「%1」の担当を%2に変更しました</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>マイルストーンの期日を変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; moved to %2</source>
        <translation>「%1」の期日を%2に変更しました</translation>
    </message>
    <message>
        <source>A milestone is done between the kickoff and today.</source>
        <translation>マイルストーンの完了日はキックオフから今日までの日付にしてください。</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>マイルストーンを編集</translation>
    </message>
    <message>
        <source>Milestone &quot;%1&quot; changed</source>
        <translation>マイルストーン「%1」を変更しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; started</source>
        <translation>「%1」を開始しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; done on %2</source>
        <translation>「%1」を%2に完了しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; blocked: %2</source>
        <translation>「%1」をブロック中にしました：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; unblocked</source>
        <translation>「%1」のブロックを解除しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; skipped</source>
        <translation>「%1」をスキップしました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reopened</source>
        <translation>「%1」を再開しました</translation>
    </message>
    <message>
        <source>Change milestone status</source>
        <translation>マイルストーンの状態を変更</translation>
    </message>
    <message numerus="yes">
        <source>Kickoff moved to %1: %n milestone(s) re-planned</source>
        <translation>
            <numerusform>キックオフを%1に変更し、マイルストーン%n件を再計画しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-plan roadmap</source>
        <translation>ロードマップを再計画</translation>
    </message>
    <message>
        <source>Close roadmap</source>
        <translation>ロードマップを終了</translation>
    </message>
    <message>
        <source>Close the roadmap &quot;%1&quot;?</source>
        <translation>ロードマップ「%1」を終了しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) are still open. They stay as they are, but leave Today, the Roadmaps view and the health score. You can reopen the roadmap later.</source>
        <translation>
            <numerusform>未完了のマイルストーンが%n件あります。マイルストーンはそのまま残りますが、「今日のやること」、ロードマップ画面、ヘルススコアの対象から外れます。ロードマップは後で再開できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap &quot;%1&quot; closed</source>
        <translation>ロードマップ「%1」を終了しました</translation>
    </message>
    <message>
        <source>Roadmap &quot;%1&quot; reopened</source>
        <translation>ロードマップ「%1」を再開しました</translation>
    </message>
    <message>
        <source>Roadmap &quot;%1&quot; started for %2</source>
        <translation>%2のロードマップ「%1」を開始しました</translation>
    </message>
    <message>
        <source>Start roadmap</source>
        <translation>ロードマップを開始</translation>
    </message>
    <message>
        <source>%1 onboarding plan.pdf</source>
        <translation>%1 オンボーディング計画書.pdf</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>計画書をPDFで保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plan saved to %1</source>
        <translation>計画書を%1に保存しました</translation>
    </message>
    <message>
        <source>The account has no roadmap to print.</source>
        <translation>この顧客には印刷できるロードマップがありません。</translation>
    </message>
</context>
<context>
    <name>csm::RoadmapsModel</name>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>次のマイルストーン</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Days behind</source>
        <translation>遅れ日数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了率</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ファーストバリュー</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>キックオフ</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n営業日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) past the due date of the most overdue milestone</source>
        <translation>
            <numerusform>最も遅れているマイルストーンの期日から%n営業日経過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First value reached on %1: %n calendar day(s) after the kickoff</source>
        <translation>
            <numerusform>%1にファーストバリュー達成（キックオフから暦日で%n日）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RoadmapsPage</name>
    <message>
        <source>Filter by account, template, milestone or CSM</source>
        <translation>顧客・テンプレート・マイルストーン・担当CSMで絞り込み</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Behind or stuck</source>
        <translation>遅延または停滞</translation>
    </message>
    <message>
        <source>Either side</source>
        <translation>当社・顧客とも</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>テンプレート…</translation>
    </message>
    <message>
        <source>Create, edit, duplicate and retire roadmap templates</source>
        <translation>ロードマップのテンプレートを作成・編集・複製・廃止します</translation>
    </message>
    <message>
        <source>Holidays…</source>
        <translation>休日カレンダー…</translation>
    </message>
    <message>
        <source>The holiday calendar due dates follow: public holidays and company holidays</source>
        <translation>期日の計算に使う休日カレンダー（祝日と会社休日）</translation>
    </message>
    <message>
        <source>Onboarding funnel</source>
        <translation>オンボーディングの進捗ファネル</translation>
    </message>
    <message>
        <source>Median time to first value</source>
        <translation>初回価値実感までの期間（TTFV）の中央値</translation>
    </message>
    <message numerus="yes">
        <source>%n roadmap(s) shown</source>
        <translation>
            <numerusform>%n件のロードマップを表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> of %n active</source>
        <translation>
            <numerusform>（進行中 %n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every template</source>
        <translation>すべてのテンプレート</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
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
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 business days (%3 calendar days), %n roadmap(s)</source>
        <translation>
            <numerusform>%1：%2営業日（暦日で%3日）、ロードマップ%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no roadmap has reached first value</source>
        <translation>%1：ファーストバリューに達したロードマップはまだありません</translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Roadmap &amp;templates…</source>
        <translation>ロードマップのテンプレート(&amp;T)…</translation>
    </message>
    <message>
        <source>Public holidays covered and the book&apos;s company holidays: added, removed, imported</source>
        <translation>収録されている祝日の年と、ブックの会社休日（追加・削除・インポート）</translation>
    </message>
    <message>
        <source>Holida&amp;y calendar…</source>
        <translation>休日カレンダー(&amp;Y)…</translation>
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
    <name>csm::SegmentArrChart</name>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>No ARR in the book yet</source>
        <translation>ブックにはまだARRがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of the book&apos;s ARR)</source>
        <translation>（ブック全体のARRの%1）</translation>
    </message>
</context>
<context>
    <name>csm::SegmentHealthTrendChart</name>
    <message>
        <source>Mean health score</source>
        <translation>ヘルススコア平均</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>No health history yet</source>
        <translation>ヘルススコアの履歴はまだありません</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1（%n顧客）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesDialog</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>Segmentation rules</source>
        <translation>セグメント分けのルール</translation>
    </message>
    <message>
        <source>The first rule an account meets gives its touch model; an account that meets none is tech touch, and an account&apos;s own touch model (its override) wins over every rule.</source>
        <translation>顧客が最初に当てはまるルールでタッチモデルが決まります。どのルールにも当てはまらない顧客はテックタッチです。顧客ごとに指定したタッチモデル（個別設定）はすべてのルールより優先されます。</translation>
    </message>
    <message>
        <source>Any ARR</source>
        <translation>ARRの条件なし</translation>
    </message>
    <message>
        <source>Any plan; several separated by commas</source>
        <translation>プランの条件なし（複数はカンマ区切り）</translation>
    </message>
    <message>
        <source>Any industry; several separated by commas</source>
        <translation>業種の条件なし（複数はカンマ区切り）</translation>
    </message>
    <message>
        <source>&amp;Touch model:</source>
        <translation>タッチモデル(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Minimum ARR (%1):</source>
        <translation>最低ARR（%1）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>プラン(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>業種(&amp;I)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Before saving</source>
        <translation>保存前の確認</translation>
    </message>
    <message>
        <source>ARR ≥ %1</source>
        <translation>ARR %1以上</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>プラン %1</translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation>業種 %1</translation>
    </message>
    <message>
        <source>every account</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source> and </source>
        <translation>かつ</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>ルール%1：%2</translation>
    </message>
    <message>
        <source>No account would change its touch model.</source>
        <translation>タッチモデルが変わる顧客はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n account(s), %3</source>
        <translation>
            <numerusform>%1 → %2：%n社、%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with %1 of ARR would change their touch model.</source>
        <translation>
            <numerusform>%n件の顧客（ARR合計%1）のタッチモデルが変わります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) keep their touch model by their override.</source>
        <translation>
            <numerusform>%n件の顧客は個別設定によりタッチモデルが変わりません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::SnoozeDialog</name>
    <message>
        <source>Snooze follow-up</source>
        <translation>フォローアップを延期</translation>
    </message>
    <message>
        <source>Show this follow-up again &amp;on:</source>
        <translation>このフォローアップを再表示する日(&amp;O):</translation>
    </message>
</context>
<context>
    <name>csm::StackedBarChart</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3中 %2）</translation>
    </message>
</context>
<context>
    <name>csm::StatusNotice</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Take this change back (Ctrl+Z)</source>
        <translation>この変更を取り消します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>取り消しました: %1</translation>
    </message>
</context>
<context>
    <name>csm::TeamViewWindow</name>
    <message>
        <source>Whole book</source>
        <translation>ブック全体</translation>
    </message>
    <message>
        <source>Team view (read-only) – CSM Workbench</source>
        <translation>チームビュー（読み取り専用） – CSM Workbench</translation>
    </message>
    <message>
        <source>Reading the books…</source>
        <translation>ブックを読み込んでいます…</translation>
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
        <source>Book</source>
        <translation>ブック</translation>
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
        <source>&amp;Owner:</source>
        <translation>担当CSM(&amp;O)：</translation>
    </message>
    <message>
        <source>ARR by touch model</source>
        <translation>タッチモデル別ARR</translation>
    </message>
    <message>
        <source>Health mix by touch model</source>
        <translation>タッチモデル別ヘルススコア構成</translation>
    </message>
    <message>
        <source>Mean health by touch model, last 12 months</source>
        <translation>タッチモデル別平均ヘルススコア（過去12か月）</translation>
    </message>
    <message>
        <source>Renewals per month by touch model</source>
        <translation>タッチモデル別・月別の契約更新</translation>
    </message>
    <message>
        <source>ARR against health, one point per account</source>
        <translation>ARRとヘルススコア（1点が1顧客）</translation>
    </message>
    <message>
        <source>%1: ARR</source>
        <comment>segment: chart</comment>
        <translation>%1：ARR</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment: health band</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: renewals in %2</source>
        <comment>segment: renewals in month</comment>
        <translation>%1：%2の契約更新</translation>
    </message>
    <message>
        <source>one account</source>
        <translation>1件の顧客</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message numerus="yes">
        <source>Team view of %n book(s) (read-only) – CSM Workbench</source>
        <translation>
            <numerusform>%n件のブックのチームビュー（読み取り専用） – CSM Workbench</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only team view of %n book(s): %1.</source>
        <translation>
            <numerusform>%n件のブックの読み取り専用チームビュー：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found in more than one book are counted once (the copy updated last).</source>
        <translation>
            <numerusform>複数のブックにある%n件の顧客は、最後に更新されたものを1件として数えています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップしました：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) behind %1</source>
        <translation>
            <numerusform>「%1」に該当する顧客%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;team view…</source>
        <translation>チームビューを開く(&amp;T)…</translation>
    </message>
    <message>
        <source>Read several books, or every book in a folder, as one portfolio (read-only)</source>
        <translation>複数のブック（またはフォルダー内のすべてのブック）を一つのポートフォリオとして読み取り専用で開きます</translation>
    </message>
    <message>
        <source>Books of the team</source>
        <translation>チームのブック</translation>
    </message>
    <message>
        <source>Books (*.sqlite)</source>
        <translation>ブック (*.sqlite)</translation>
    </message>
    <message>
        <source>Open team view of a &amp;folder…</source>
        <translation>フォルダーからチームビューを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Folder of the team&apos;s books</source>
        <translation>チームのブックがあるフォルダー</translation>
    </message>
</context>
<context>
    <name>csm::TemplateEditor</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>廃止(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>マイルストーンを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve milestone</source>
        <translation>マイルストーンを削除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Roadmap templates</source>
        <translation>ロードマップのテンプレート</translation>
    </message>
    <message>
        <source>Any touch model</source>
        <translation>タッチモデル指定なし</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Business days after kickoff</source>
        <translation>キックオフからの営業日数</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>成功基準</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ファーストバリュー</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Touch model:</source>
        <translation>タッチモデル(&amp;T):</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
    <message>
        <source>Un&amp;retire</source>
        <translation>廃止を取り消す(&amp;R)</translation>
    </message>
    <message>
        <source>Retired: kept for the roadmaps made from it, no longer offered for new ones.</source>
        <translation>廃止済み：作成済みのロードマップのために残していますが、新しいロードマップには使えません。</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <translation>マイルストーン%1：%2</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>テンプレートを編集</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved. Roadmaps already started from it keep their milestones.</source>
        <translation>テンプレート「%1」を保存しました。このテンプレートから開始済みのロードマップのマイルストーンは変わりません。</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>キックオフ</translation>
    </message>
    <message>
        <source>Give the template its milestones, then save it.</source>
        <translation>マイルストーンを入力してから保存してください。</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>テンプレートを複製</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;.</source>
        <translation>「%1」として複製しました。</translation>
    </message>
    <message>
        <source>Retire template</source>
        <translation>テンプレートを廃止</translation>
    </message>
    <message>
        <source>Un-retire template</source>
        <translation>テンプレートの廃止を取り消す</translation>
    </message>
    <message>
        <source>This book is open read-only: templates can be looked at, not changed.</source>
        <translation>このブックは読み取り専用で開いています。テンプレートは表示のみで、変更できません。</translation>
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
    <name>csm::TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>タッチ履歴</translation>
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
        <translation>期限</translation>
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
    <message>
        <source>Health drops and red accounts renewing within 120 days (%1)</source>
        <translation>ヘルススコア急落と120日以内に更新を迎える危険顧客（%1）</translation>
    </message>
    <message>
        <source>No health score dropped and no red account renews soon.</source>
        <translation>ヘルススコアの急落はなく、まもなく更新を迎える危険顧客もありません。</translation>
    </message>
    <message>
        <source>Health dropped from %1 to %2</source>
        <translation>ヘルススコアが%1から%2に急落</translation>
    </message>
    <message>
        <source>Red (%1), renewal %2</source>
        <translation>危険（%1）、更新日 %2</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>直近30日</translation>
    </message>
    <message>
        <source>The health score fell by the drop threshold or more against 30 days earlier.</source>
        <translation>ヘルススコアが30日前から急落のしきい値以上下がりました。</translation>
    </message>
    <message>
        <source>The health score is red and the renewal is within 120 days.</source>
        <translation>ヘルススコアが危険で、更新日まで120日以内です。</translation>
    </message>
    <message>
        <source>Roadmaps behind: overdue milestones (%1)</source>
        <translation>遅れているロードマップ：期日超過のマイルストーン（%1）</translation>
    </message>
    <message>
        <source>No milestone is overdue.</source>
        <translation>期日を過ぎたマイルストーンはありません。</translation>
    </message>
    <message>
        <source>%1 (customer)</source>
        <translation>%1（顧客）</translation>
    </message>
    <message>
        <source>%1 (us)</source>
        <translation>%1（当社）</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>ブロック中：%1</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>停滞</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue</source>
        <translation>
            <numerusform>ほかに%n件が期日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) late</source>
        <translation>
            <numerusform>%n営業日遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestone &quot;%1&quot; was due %2: %n calendar day(s) ago.</source>
        <translation>
            <numerusform>マイルストーン「%1」の期日は%2でした（%n日前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals entering a stage (%1)</source>
        <translation>段階が進んだ契約更新（%1）</translation>
    </message>
    <message>
        <source>Past its end date %1</source>
        <translation>契約終了日 %1 を経過</translation>
    </message>
    <message>
        <source>Past the notice deadline %1 (renewal %2)</source>
        <translation>解約通知期限 %1 を経過（更新日 %2）</translation>
    </message>
    <message>
        <source>%1: contract ends %2</source>
        <translation>%1：契約終了 %2</translation>
    </message>
    <message>
        <source>%1: notice deadline %2 (renewal %3)</source>
        <translation>%1：解約通知期限 %2（更新日 %3）</translation>
    </message>
    <message>
        <source>Entered %1 on %2. Stages count down to the notice deadline: 180, 120, 90, 60 and 30 days before it, then past it until the renewal date.</source>
        <translation>%2に%1に入りました。段階は解約通知期限までの残り日数で決まります（180・120・90・60・30日前、期限後は更新日まで期限超過）。</translation>
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
        <source>Loading today&apos;s list…</source>
        <translation>今日のやることを読み込んでいます…</translation>
    </message>
    <message>
        <source>Follow-up done for %1</source>
        <translation>%1のフォローアップを完了にしました</translation>
    </message>
    <message>
        <source>Follow-up for %1 moved to %2</source>
        <translation>%1のフォローアップを%2に延期しました</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日のやること</translation>
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
        <translation>種類の番号（1～9・0）を押すか、名前の読みの先頭をかなまたはローマ字で入力します（でんわ／denwa：電話）。英語名の頭文字も使えます（c：Call）。↑ ↓ と End キーも使えます。</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>うちあわせ uchiawase みーてぃんぐ meeting</translation>
    </message>
    <message>
        <source>call phone</source>
        <translation>でんわ denwa</translation>
    </message>
    <message>
        <source>email</source>
        <translation>めーる meeru meru</translation>
    </message>
    <message>
        <source>qbr quarterly</source>
        <translation>しはんき shihanki びじねすれびゅー</translation>
    </message>
    <message>
        <source>ebr</source>
        <translation>えぐぜくてぃぶ egzekutibu</translation>
    </message>
    <message>
        <source>training</source>
        <translation>とれーにんぐ toreeningu toreningu けんしゅう kenshuu</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>おんぼーでぃんぐ onboodingu onbodingu しえん shien</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>うぇびなー webinaa webina</translation>
    </message>
    <message>
        <source>in-app message</source>
        <translation>あぷりない apurinai めっせーじ messeeji</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>えすかれーしょん esukareeshon</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>社内メモ しゃないめも shanaimemo めも memo</translation>
    </message>
</context>
<context>
    <name>csm::TransferActions</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import accounts, contacts, contracts, ARR, touches, usage, NPS or holidays from a CSV file</source>
        <translation>CSVファイルから顧客・連絡先・契約・ARR・タッチ・利用状況・NPS・休日をインポートします</translation>
    </message>
    <message>
        <source>&amp;Export book…</source>
        <translation>ブックをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the whole book as one JSON file, or as one CSV file per table</source>
        <translation>ブック全体を1つのJSONファイル、またはテーブルごとのCSVファイルとして書き出します</translation>
    </message>
    <message>
        <source>Undo last i&amp;mport</source>
        <translation>前回のインポートを元に戻す(&amp;M)</translation>
    </message>
    <message>
        <source>Remove what the last import added and restore what it changed</source>
        <translation>前回のインポートで追加された内容を削除し、変更された内容を元に戻します</translation>
    </message>
    <message>
        <source>File ▸ Undo last import takes it back.</source>
        <translation>「ファイル ▸ 前回のインポートを元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Whole book as JSON (*.json)</source>
        <translation>ブック全体をJSONで (*.json)</translation>
    </message>
    <message>
        <source>One CSV file per table, UTF-8 (folder)</source>
        <translation>テーブルごとのCSVファイル、UTF-8（フォルダー）</translation>
    </message>
    <message>
        <source>One CSV file per table, CP932 for Japanese Excel (folder)</source>
        <translation>テーブルごとのCSVファイル、日本語版Excel向けCP932（フォルダー）</translation>
    </message>
    <message>
        <source>Export book</source>
        <translation>ブックのエクスポート</translation>
    </message>
    <message>
        <source>Exporting the book…</source>
        <translation>ブックをエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 tables to %3.</source>
        <translation>%2個のテーブルの%1行を %3 にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were written as ?.</source>
        <translation>
            <numerusform>CP932で表せない%n文字を ? として書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>前回のインポートを元に戻しています…</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>前回のインポートを元に戻す</translation>
    </message>
    <message>
        <source>Undid the import of %1: %2 rows removed, %3 restored.</source>
        <translation>%1のインポートを元に戻しました：%2行を削除、%3行を復元。</translation>
    </message>
    <message>
        <source>Export &amp;view…</source>
        <translation>表示中の一覧をエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Write the rows and columns the list on screen shows as a CSV file</source>
        <translation>画面の一覧に表示中の行と列をCSVファイルに書き出します</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>カレンダーをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Write notice deadlines, renewal dates, open follow-ups and milestones as an iCalendar (.ics) file for Outlook or Google Calendar</source>
        <translation>解約通知期限・更新日・未完了のフォローアップ・マイルストーンを、OutlookやGoogleカレンダー用のiCalendar（.ics）ファイルに書き出します</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>カレンダーのエクスポート</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendarファイル (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>カレンダーをエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n件の予定を%1にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 notice deadlines, %2 renewal dates, %3 follow-ups, %4 milestones; %5 new or changed.</source>
        <translation>解約通知期限%1件、更新日%2件、フォローアップ%3件、マイルストーン%4件（新規・変更%5件）。</translation>
    </message>
    <message>
        <source>Add or update rows from a book&apos;s JSON export (File ▸ Export book…)</source>
        <translation>ブックのJSONエクスポート（「ファイル ▸ ブックをエクスポート」）から行を追加・更新します</translation>
    </message>
    <message>
        <source>Import book</source>
        <translation>ブックのインポート</translation>
    </message>
    <message>
        <source>Book export (*.json);;All files (*)</source>
        <translation>ブックのエクスポート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Im&amp;port book…</source>
        <translation>ブックをインポート(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>csm::UsageSparkline</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Prior 30 days: %1</source>
        <translation>前の30日：%1</translation>
    </message>
    <message>
        <source>Last 30 days: %1</source>
        <translation>直近30日：%1</translation>
    </message>
    <message>
        <source>No usage data</source>
        <translation>利用データなし</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active user(s)</source>
        <translation>
            <numerusform>%1：アクティブユーザー%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：データなし</translation>
    </message>
    <message>
        <source>Last 30 days, mean %1</source>
        <translation>直近30日・平均 %1</translation>
    </message>
    <message>
        <source>Prior 30 days (60 to 31 days ago), mean %1</source>
        <translation>前の30日（60～31日前）・平均 %1</translation>
    </message>
</context>
<context>
    <name>csm::ViewExport</name>
    <message>
        <source>Export view</source>
        <translation>表示中の一覧をエクスポート</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, CP932 for Japanese Excel (*.csv)</source>
        <translation>CSV、日本語版Excel用CP932 (*.csv)</translation>
    </message>
    <message>
        <source>Reading the rows shown…</source>
        <translation>表示中の行を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The list changed while it was being exported, so nothing was written. Export it again.</source>
        <translation>エクスポート中に一覧が変わったため、何も書き出していません。もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1に書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n行を%1にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that CP932 cannot hold were written as &apos;?&apos;.</source>
        <translation>
            <numerusform>CP932で表せない%n文字を「?」として書き出しました。</numerusform>
        </translation>
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
        <source>&amp;Delete account</source>
        <translation>顧客を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current account; Undo brings it back</source>
        <translation>現在の顧客を削除します。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>New cont&amp;ract…</source>
        <translation>新しい契約(&amp;R)…</translation>
    </message>
    <message>
        <source>Touch logged for %1</source>
        <translation>%1のタッチを記録しました</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>顧客「%1」を作成しました</translation>
    </message>
    <message>
        <source>Account %1 changed</source>
        <translation>顧客「%1」を変更しました</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>顧客「%1」を削除</translation>
    </message>
    <message>
        <source>Account %1 deleted</source>
        <translation>顧客「%1」を削除しました</translation>
    </message>
    <message>
        <source>Contact %1 added to %2</source>
        <translation>%2に連絡先「%1」を追加しました</translation>
    </message>
    <message>
        <source>Contract added to %1</source>
        <translation>%1に契約を追加しました</translation>
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
        <source>Print a report of the book as a table, CSV or JSON</source>
        <translation>ブックのレポートを表・CSV・JSONで出力します</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Run &apos;csm-workbench %1 &lt;name&gt; --help&apos; for the options of one.</source>
        <translation>それぞれのオプションは &apos;csm-workbench %1 &lt;name&gt; --help&apos; で表示します。</translation>
    </message>
    <message>
        <source>%1: which one? %2.</source>
        <translation>%1: 種類を指定してください（%2）。</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;.</source>
        <translation>%1 &apos;%2&apos; はありません。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>cadence %1 days (%2)</source>
        <translation>接触頻度 %1日（%2）</translation>
    </message>
    <message>
        <source>The day the report is computed as of (default today)</source>
        <translation>レポートの時点とする日（省略時は今日）</translation>
    </message>
    <message>
        <source>Output format (default table); the JSON is documented in docs/cli.md</source>
        <translation>出力形式（省略時は table）。JSON の形式は docs/cli.md を参照</translation>
    </message>
    <message>
        <source>--format needs table, csv or json, not &apos;%1&apos;.</source>
        <translation>--format には table・csv・json のいずれかを指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>構成比 %</translation>
    </message>
    <message>
        <source>Health mean</source>
        <translation>ヘルス平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>グリーン</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>イエロー</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>レッド</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Cadence %</source>
        <translation>接触頻度内 %</translation>
    </message>
    <message>
        <source>Renewals 90d</source>
        <translation>90日内更新</translation>
    </message>
    <message>
        <source>Renewal ARR</source>
        <translation>更新ARR</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>リスクのあるARR</translation>
    </message>
    <message>
        <source>GRR %</source>
        <translation>GRR %</translation>
    </message>
    <message>
        <source>NRR %</source>
        <translation>NRR %</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップしました：%2</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全体）</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found in more than one book; each is counted once.</source>
        <translation>
            <numerusform>%n件の顧客が複数のブックにありました。それぞれ1件として数えています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio by touch model: accounts, ARR, health mix, cadence coverage, renewals and ARR at risk per segment; several books as one team view with --books</source>
        <translation>タッチモデル別のポートフォリオ：セグメントごとの顧客数、ARR、ヘルススコア構成、接触頻度内の割合、契約更新、リスクのあるARR。--books で複数のブックを一つのチームビューとして集計</translation>
    </message>
    <message>
        <source>Read these books (or every book in these folders) read-only as one team view instead of --book</source>
        <translation>--book の代わりに、これらのブック（またはフォルダー内のすべてのブック）を読み取り専用で一つのチームビューとして読み込む</translation>
    </message>
    <message>
        <source>Only this owner&apos;s accounts</source>
        <translation>この担当CSMの顧客のみ</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio report written: %1 (%n page(s))</source>
        <translation>
            <numerusform>ポートフォリオレポートを書き出しました：%1（%nページ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team of %n book(s)</source>
        <translation>
            <numerusform>%n件のブックのチーム</numerusform>
        </translation>
    </message>
    <message>
        <source>--language needs en or ja, not &apos;%1&apos;.</source>
        <translation>--language には en または ja を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--account needs an account id.</source>
        <translation>--account には顧客IDを指定してください。</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out にはファイル名を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>QBR sheets written: %1 (%n page(s))</source>
        <translation>
            <numerusform>QBRシートを書き出しました：%1（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the printable portfolio report (PDF) to FILE instead of the figures</source>
        <translation>指標の代わりに、印刷用のポートフォリオレポート（PDF）をFILEに書き出す</translation>
    </message>
    <message>
        <source>The PDF&apos;s language (default: the user&apos;s language)</source>
        <translation>PDFの言語（既定はユーザーの言語）</translation>
    </message>
    <message>
        <source>One-page QBR sheets (PDF): health and its trend, usage, the quarter&apos;s touches, roadmap progress, renewal and notice deadline, open follow-ups</source>
        <translation>1ページのQBRシート（PDF）：ヘルススコアと推移、利用状況、四半期のタッチ、ロードマップの進捗、契約更新日と解約通知期限、未完了のフォローアップ</translation>
    </message>
    <message>
        <source>The account (several: one page each)</source>
        <translation>顧客（複数指定で1件1ページ）</translation>
    </message>
    <message>
        <source>The PDF to write</source>
        <translation>書き出すPDF</translation>
    </message>
    <message>
        <source>Check a book&apos;s integrity, schema version, row counts and values out of range</source>
        <translation>ブックの整合性、スキーマバージョン、行数、範囲外の値を確認します</translation>
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
        <source>Import a CSV file, or a book&apos;s JSON export (the book is created when missing)</source>
        <translation>CSVファイル、またはブックのJSONエクスポートをインポートします（ブックがない場合は作成します）</translation>
    </message>
    <message>
        <source>accounts, contacts, contracts, arr, touches, usage, usage-wide, nps or holidays (not needed for a book&apos;s JSON export)</source>
        <translation>accounts（顧客）、contacts（連絡先）、contracts（契約）、arr、touches（タッチ）、usage（利用状況）、usage-wide、nps、holidays（休日）のいずれか（ブックのJSONエクスポートでは不要）</translation>
    </message>
    <message>
        <source>A preset file, or the name of a saved or shipped preset (default: suggested from the headers)</source>
        <translation>インポート設定ファイル、または保存済み・アプリ付属のインポート設定の名前（既定：見出しから提案）</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be or cp932 (default: recognised)</source>
        <translation>utf-8、utf-16le、utf-16be、cp932 のいずれか（既定：自動判定）</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or bar (default: recognised)</source>
        <translation>comma、semicolon、tab、bar のいずれか（既定：自動判定）</translation>
    </message>
    <message>
        <source>month-first or day-first, for dates such as 04/01/2025</source>
        <translation>04/01/2025 のような日付の解釈：month-first または day-first</translation>
    </message>
    <message>
        <source>How numbers are written, e.g. de_DE for 1.200,50</source>
        <translation>数値の書式（例：1.200,50 なら de_DE）</translation>
    </message>
    <message>
        <source>Say what would be added, updated and rejected; change nothing</source>
        <translation>追加・更新・除外される内容を表示します。何も変更しません</translation>
    </message>
    <message>
        <source>Import the rows that read well even when others are rejected (default: nothing is imported then)</source>
        <translation>除外された行があっても、正しく読み込めた行をインポートします（既定：その場合は何もインポートしません）</translation>
    </message>
    <message>
        <source>Write the rejected rows there, with a reason column</source>
        <translation>除外された行を、理由の列を付けて指定先に書き出します</translation>
    </message>
    <message>
        <source>How the summary is printed (default text)</source>
        <translation>結果の概要の出力形式（既定：text）</translation>
    </message>
    <message>
        <source>Undo the last import: remove what it added, restore what it changed</source>
        <translation>前回のインポートを元に戻します：追加された内容を削除し、変更された内容を復元します</translation>
    </message>
    <message>
        <source>Export the whole book as one JSON file or one CSV file per table, or its calendar (notice deadlines, renewals, follow-ups, milestones) as an iCalendar file</source>
        <translation>ブック全体を1つのJSONファイルまたはテーブルごとのCSVファイルとして、あるいはカレンダー（解約通知期限、更新日、フォローアップ、マイルストーン）をiCalendarファイルとしてエクスポートします</translation>
    </message>
    <message>
        <source>The format (default json)</source>
        <translation>形式（既定：json）</translation>
    </message>
    <message>
        <source>The file (json, ics) or folder (csv) to write</source>
        <translation>書き出すファイル（json、ics）またはフォルダー（csv）</translation>
    </message>
    <message>
        <source>CSV only: UTF-8 with BOM (default) or CP932</source>
        <translation>CSVのみ：BOM付きUTF-8（既定）またはCP932</translation>
    </message>
    <message>
        <source>ics only: the day the calendar starts from (default today)</source>
        <translation>icsのみ：カレンダーの開始日（既定は今日）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…ほかに%n件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>除外された行を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>give the file to import.</source>
        <translation>インポートするファイルを指定してください。</translation>
    </message>
    <message>
        <source>--format needs text or json, not &apos;%1&apos;.</source>
        <translation>--format には「%1」ではなく text または json を指定してください。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>--type needs accounts, contacts, contracts, arr, touches, usage, usage-wide, nps or holidays, not &apos;%1&apos;.</source>
        <translation>--type には「%1」ではなく accounts（顧客）、contacts（連絡先）、contracts（契約）、arr、touches（タッチ）、usage（利用状況）、usage-wide、nps、holidays（休日）のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--type is needed for a CSV file.</source>
        <translation>CSVファイルには --type の指定が必要です。</translation>
    </message>
    <message>
        <source>--encoding needs utf-8, utf-16le, utf-16be or cp932, not &apos;%1&apos;.</source>
        <translation>--encoding には「%1」ではなく utf-8、utf-16le、utf-16be、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--delimiter needs comma, semicolon, tab or bar, not &apos;%1&apos;.</source>
        <translation>--delimiter には「%1」ではなく comma、semicolon、tab、bar のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--day-order needs month-first or day-first, not &apos;%1&apos;.</source>
        <translation>--day-order には「%1」ではなく month-first または day-first を指定してください。</translation>
    </message>
    <message>
        <source>Undid the import of %1: %2 row(s) removed, %3 restored.</source>
        <translation>%1のインポートを元に戻しました：%2行を削除、%3行を復元。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: give json, csv or ics.</source>
        <translation>不明な形式「%1」：json、csv、ics のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--out PATH is required.</source>
        <translation>--out PATH の指定が必要です。</translation>
    </message>
    <message>
        <source>--encoding needs utf-8 or cp932, not &apos;%1&apos;.</source>
        <translation>--encoding には「%1」ではなく utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 tables to %3.</source>
        <translation>%2個のテーブルの%1行を %3 にエクスポートしました。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4 is not in CP932 and was written as ?.</source>
        <translation>%1、%2行目、列 %3：%4 はCP932にないため ? として書き出しました。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>%1に%n件の予定を書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>  notice deadlines %1, renewal dates %2, follow-ups %3, milestones %4; %5 new or changed since the last export</source>
        <translation>  解約通知期限 %1、更新日 %2、フォローアップ %3、マイルストーン %4。前回の書き出しから新規・変更 %5 件</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>--period is required (FY2025, FY2025-Q1, 2025-06, 2025-Q2 or FROM..TO).</source>
        <translation>--period を指定してください（FY2025、FY2025-Q1、2025-06、2025-Q2 または 開始..終了）。</translation>
    </message>
    <message>
        <source>--by needs touch-model or owner, not &apos;%1&apos;.</source>
        <translation>--by には touch-model（タッチモデル別）か owner（担当CSM別）を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（担当なし）</translation>
    </message>
    <message>
        <source>--within needs a number of days from 0 to 3660, not &apos;%1&apos;.</source>
        <translation>--within には0〜3660の日数を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>解約通知期限</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Upcoming renewals ordered by notice deadline, with stage, ARR and forecast</source>
        <translation>今後の契約更新を解約通知期限順に、段階・ARR・確度とともに一覧</translation>
    </message>
    <message>
        <source>Only renewals whose notice deadline is at most DAYS days away (default 365)</source>
        <translation>解約通知期限がDAYS日以内の契約更新だけ（既定は365）</translation>
    </message>
    <message>
        <source>Retention KPIs (GRR, NRR, logo churn, LTV, NPS ...) over a period</source>
        <translation>期間の継続KPI（GRR、NRR、顧客解約率、LTV、NPS など）</translation>
    </message>
    <message>
        <source>The period (required): fiscal or calendar year, quarter or month, or two dates</source>
        <translation>期間（必須）：会計年度・暦年、四半期、月、または2つの日付</translation>
    </message>
    <message>
        <source>Also the KPIs of each touch model or owner (groups)</source>
        <translation>タッチモデル別または担当CSM別のKPIも出す（groups）</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history: %n decided renewal(s); the back-test needs at least %1.</source>
        <translation>
            <numerusform>履歴が足りません：確定済みの契約更新は%n件です。過去データでの検証には%1件以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>90 days before</source>
        <translation>90日前</translation>
    </message>
    <message>
        <source>60 days before</source>
        <translation>60日前</translation>
    </message>
    <message>
        <source>Churned renewals scored</source>
        <translation>スコアのある解約（更新時）</translation>
    </message>
    <message>
        <source>Retained renewals scored</source>
        <translation>スコアのある継続（更新時）</translation>
    </message>
    <message>
        <source>Median score, churned</source>
        <translation>スコアの中央値（解約）</translation>
    </message>
    <message>
        <source>Median score, retained</source>
        <translation>スコアの中央値（継続）</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Base churn rate</source>
        <translation>全体の解約率</translation>
    </message>
    <message>
        <source>Churn rate %1</source>
        <translation>解約率 %1</translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation>リフト %1</translation>
    </message>
    <message>
        <source>Churned accounts not green 60-90 days before: %1; green now: %2.</source>
        <translation>60〜90日前に良好でなかった解約顧客の割合：%1、現在良好の割合：%2。</translation>
    </message>
    <message>
        <source>No live account has the id %1.</source>
        <translation>ID %1 の顧客はありません。</translation>
    </message>
    <message>
        <source>Run report health without --account to list the ids.</source>
        <translation>--account を付けずに report health を実行するとIDの一覧が出ます。</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>30 days before</source>
        <translation>30日前</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Dropped factors</source>
        <translation>除外した要素</translation>
    </message>
    <message>
        <source>Health scores with their explanation and signals (DESIGN §5), computed as of the day</source>
        <translation>ヘルススコアとその説明・シグナル（DESIGN §5）。指定日時点で計算</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>この顧客のみ</translation>
    </message>
    <message>
        <source>The health model&apos;s back-test on the book&apos;s decided renewals (AUC, medians, churn by band)</source>
        <translation>ブックの確定済み契約更新でのヘルスモデルの過去データでの検証（AUC、中央値、区分別の解約率）</translation>
    </message>
    <message>
        <source>score %1, %2 30 days before</source>
        <translation>スコア %1、30日前は %2</translation>
    </message>
    <message>
        <source>red, score %1; renews within %2 days</source>
        <translation>危険、スコア %1。%2日以内に更新</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 business days late)</source>
        <translation>%1（%2、%3、%4営業日遅れ）</translation>
    </message>
    <message>
        <source>Today&apos;s list: follow-ups due, overdue milestones, notice deadlines within 90 days, silent accounts, health drops and red accounts renewing within 120 days</source>
        <translation>今日のやること：期日の来たフォローアップ、期日超過のマイルストーン、90日以内の解約通知期限、接触が途絶えた顧客、ヘルススコア急落、120日以内に更新を迎える「危険」の顧客</translation>
    </message>
    <message>
        <source>Active onboarding roadmaps: status, completion, next milestone, days behind, time to first value, and every milestone&apos;s due date</source>
        <translation>進行中のオンボーディング・ロードマップ：状態、完了率、次のマイルストーン、遅れ日数、初回価値実感までの期間、各マイルストーンの期日</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>キックオフ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完了率</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>次のマイルストーン</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Days behind</source>
        <translation>遅れ日数</translation>
    </message>
    <message>
        <source>First value (business days)</source>
        <translation>ファーストバリュー（営業日）</translation>
    </message>
    <message>
        <source>ended without a renewal or churn recorded</source>
        <translation>終了済み（更新も解約も未記録）</translation>
    </message>
    <message>
        <source>%1 since %2; ends %3</source>
        <translation>%2 から %1、%3 に終了</translation>
    </message>
    <message>
        <source>%1 since %2; renews %3</source>
        <translation>%2 から %1、%3 に更新</translation>
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
    <name>csm::cell</name>
    <message>
        <source>&quot;%1&quot; is not a number: use digits, with %2 for decimals.</source>
        <translation>「%1」は数値ではありません。数字で、小数点には%2を使って入力してください。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>数値を入力してください。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数値が大きすぎます。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an amount in %2; this book keeps amounts in %3.</source>
        <translation>「%1」は%2の金額ですが、この担当ブックの通貨は%3です。</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>はい・いいえを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no: use TRUE/FALSE, yes/no, 1/0, はい/いいえ or ○/×.</source>
        <translation>「%1」ははい・いいえとして読めません。TRUE/FALSE、yes/no、1/0、はい/いいえ、○/×のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>csm::dates</name>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2025-04-01, 2025/4/1, 2025年4月1日 or 令和7年4月1日.</source>
        <translation>「%1」は日付ではありません。2025-04-01、2025/4/1、2025年4月1日、令和7年4月1日のように入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2.</source>
        <translation>「%1」は日付ではありません。%2月はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 has %3 days.</source>
        <translation>「%1」は存在しない日付です。%2は%3日までです。</translation>
    </message>
    <message>
        <source>%1 0年 does not exist: the first year of an era is 元年 (year 1).</source>
        <translation>%1 0年はありません。元号の最初の年は元年（1年）です。</translation>
    </message>
    <message>
        <source>Dates before 1873 (明治6年) used the old Japanese calendar and cannot be converted.</source>
        <translation>1873年（明治6年）より前の日付は旧暦のため、変換できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before the %2 era began (%3).</source>
        <translation>「%1」は%2の始まり（%3）より前です。</translation>
    </message>
    <message>
        <source>The %1 era ended on %2: %3 is %4.</source>
        <translation>%1は%2で終わっています。%3は%4です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read day first or month first: choose the date order for this file.</source>
        <translation>「%1」は日/月の順にも月/日の順にも読めます。このファイルの日付の順序を選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year: write the year in full (2025).</source>
        <translation>「%1」の年が2桁です。年は4桁（2025）で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>「%1」は時刻として正しくありません。</translation>
    </message>
    <message>
        <source>Excel&apos;s day 60 stands for 1900-02-29, which never was (a leap-year bug Excel keeps from Lotus 1-2-3).</source>
        <translation>Excelのシリアル値60は、実在しない1900-02-29を表します（Lotus 1-2-3から引き継がれたうるう年の不具合）。</translation>
    </message>
    <message>
        <source>%1 is not one of Excel&apos;s dates (1 to 2958465).</source>
        <translation>%1はExcelの日付のシリアル値（1〜2958465）ではありません。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>日時を入力してください。</translation>
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
    <name>csm::identity</name>
    <message>
        <source>&quot;%1&quot; is not a corporate number (法人番号): it has 13 digits.</source>
        <translation>「%1」は法人番号ではありません。法人番号は13桁です。</translation>
    </message>
    <message>
        <source>%1 is not a valid corporate number (法人番号): its check digit would be %2.</source>
        <translation>%1は正しい法人番号ではありません。チェックデジットは%2になるはずです。</translation>
    </message>
    <message>
        <source>Check the number against the National Tax Agency&apos;s site.</source>
        <translation>国税庁法人番号公表サイトで番号を確認してください。</translation>
    </message>
</context>
<context>
    <name>csm::io</name>
    <message>
        <source>In Excel, save it with File ▸ Save As, as &quot;CSV UTF-8&quot;.</source>
        <translation>Excelの［ファイル］▸［名前を付けて保存］で「CSV UTF-8」として保存してください。</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Excel workbook (.xlsx), not a CSV file.</source>
        <translation>これはCSVファイルではなく、ZIPアーカイブまたはExcelブック（.xlsx）です。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), not a CSV file.</source>
        <translation>これはCSVファイルではなく、Excel 97-2003ブック（.xls）です。</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>これはCSVファイルではなく、PDF文書です。</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>CSVファイルを選んでください。</translation>
    </message>
    <message>
        <source>This is a SQLite database (perhaps a book), not a CSV file.</source>
        <translation>これはCSVファイルではなく、SQLiteデータベース（担当ブックかもしれません）です。</translation>
    </message>
    <message>
        <source>Open a book with File ▸ Open; import CSV or JSON files.</source>
        <translation>担当ブックは［ファイル］▸［開く］で開いてください。インポートできるのはCSVファイルとJSONファイルです。</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1.</source>
        <translation>%1として正しくないバイトがあります。</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1 (%2).</source>
        <translation>%1として正しくないバイトがあります（%2）。</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding: files from Japanese Excel are usually Shift_JIS (CP932).</source>
        <translation>ファイルの文字コードを選んでください。日本語版Excelのファイルは通常Shift_JIS（CP932）です。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16（リトルエンディアン）</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16（ビッグエンディアン）</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS / CP932)</source>
        <translation>日本語（Shift_JIS / CP932）</translation>
    </message>
    <message>
        <source>This file is UTF-32 text, which cannot be imported.</source>
        <translation>このファイルはUTF-32のテキストのため、インポートできません。</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and import it again.</source>
        <translation>UTF-8で保存して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This file is not text: it holds bytes that no text encoding uses.</source>
        <translation>このファイルはテキストではありません。どの文字コードでも使われないバイトを含んでいます。</translation>
    </message>
    <message>
        <source>A NUL character, or bytes that are not valid %1.</source>
        <translation>NUL文字、または%1として正しくないバイトがあります。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2列目</translation>
    </message>
</context>
<context>
    <name>csm::io::BookExport</name>
    <message>
        <source>The export could not be written: %1.</source>
        <translation>エクスポートを書き込めませんでした：%1。</translation>
    </message>
    <message>
        <source>Check that the folder exists and there is space on the disk.</source>
        <translation>フォルダーが存在し、ディスクに空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み込めません：%1。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>インポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>The file is not a book&apos;s JSON export: %1 (at byte %2).</source>
        <translation>このファイルはブックのJSONエクスポートではありません：%1（%2バイト目）。</translation>
    </message>
    <message>
        <source>The line is not part of a book&apos;s JSON export.</source>
        <translation>この行はブックのJSONエクスポートの一部ではありません。</translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation>この行は正しいJSONではありません：%1。</translation>
    </message>
    <message>
        <source>A value is neither text, a number nor null.</source>
        <translation>テキスト・数値・null のいずれでもない値があります。</translation>
    </message>
    <message>
        <source>The file is not a book&apos;s JSON export.</source>
        <translation>このファイルはブックのJSONエクスポートではありません。</translation>
    </message>
    <message>
        <source>The export comes from a newer version of the app (schema %1).</source>
        <translation>このエクスポートは、より新しいバージョンのアプリで作成されています（スキーマ %1）。</translation>
    </message>
    <message>
        <source>Update the app to import it.</source>
        <translation>インポートするには、アプリを更新してください。</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>ディスクがいっぱいの可能性があります</translation>
    </message>
    <message>
        <source>The row has %1 values where the table has %2 columns.</source>
        <translation>この行には値が %1 個ありますが、テーブルの列は %2 個です。</translation>
    </message>
    <message>
        <source>The file ends before the export does: it stops after line %1, so tables or rows are missing. Export the book again, or copy the whole file.</source>
        <translation>ファイルがエクスポートの終わりより前で切れています（%1 行目で終わっています）。表または行が欠けています。ブックをもう一度エクスポートするか、ファイル全体をコピーしてください。</translation>
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
<context>
    <name>csm::io::ImportFields</name>
    <message>
        <source>Id in this book</source>
        <translation>このブックでのID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>顧客ID</translation>
    </message>
    <message>
        <source>Account external id</source>
        <translation>顧客の外部ID</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Account (external id or name)</source>
        <translation>顧客（外部IDまたは名前）</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>Corporate number (法人番号)</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name reading (kana)</source>
        <translation>読み（カナ）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>席数</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>ライフサイクル段階</translation>
    </message>
    <message>
        <source>Touch model override</source>
        <translation>タッチモデルの個別指定</translation>
    </message>
    <message>
        <source>Reason for the touch model override</source>
        <translation>タッチモデルを個別指定する理由</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR（年間経常収益）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
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
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Term in months</source>
        <translation>契約期間（月）</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Notice period in days</source>
        <translation>解約通知期間（日）</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>変更後のARR</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Contact external id</source>
        <translation>連絡先の外部ID</translation>
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
        <source>Follow-up date</source>
        <translation>フォローアップの期日</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>フォローアップ完了</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Metric column</source>
        <translation>指標の列</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>スコア（0〜10）</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>ARRの変動</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>タッチ</translation>
    </message>
    <message>
        <source>Usage (one row per value)</source>
        <translation>利用状況（1行に1つの値）</translation>
    </message>
    <message>
        <source>Usage (one column per metric)</source>
        <translation>利用状況（1列に1つの指標）</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS回答</translation>
    </message>
    <message>
        <source>Company holidays</source>
        <translation>会社休日</translation>
    </message>
    <message>
        <source>Notice rule</source>
        <translation>解約通知ルール</translation>
    </message>
    <message>
        <source>Renewal term in months</source>
        <translation>更新後の契約期間（月）</translation>
    </message>
</context>
<context>
    <name>csm::io::Importer</name>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>「%1」は時刻として正しくありません。</translation>
    </message>
    <message>
        <source>Write it as 14:30.</source>
        <translation>14:30 の形式で入力してください。</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3.</source>
        <translation>%1 は %2〜%3 の範囲外です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>「%1」は %2 のいずれでもありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts match %1: %2.</source>
        <translation>
            <numerusform>%1 に一致する顧客が%n件あります：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the account&apos;s external id or 法人番号 instead of its name.</source>
        <translation>名前ではなく、顧客の外部IDまたは法人番号を指定してください。</translation>
    </message>
    <message>
        <source>The row names no account.</source>
        <translation>この行には顧客が指定されていません。</translation>
    </message>
    <message>
        <source>Fill in the account&apos;s external id or name.</source>
        <translation>顧客の外部IDまたは名前を入力してください。</translation>
    </message>
    <message>
        <source>The book has no account &quot;%1&quot;.</source>
        <translation>ブックに顧客「%1」がありません。</translation>
    </message>
    <message>
        <source>Import the accounts first, or correct the name or id.</source>
        <translation>先に顧客をインポートするか、名前またはIDを修正してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n records of the book match this row.</source>
        <translation>
            <numerusform>この行に一致するレコードがブック内に%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each an external id so that the import can tell them apart.</source>
        <translation>インポート時に区別できるよう、それぞれに外部IDを付けてください。</translation>
    </message>
    <message>
        <source>Line %1 already imports the same record.</source>
        <translation>%1行目で同じレコードをすでにインポートしています。</translation>
    </message>
    <message>
        <source>Keep one of the two rows.</source>
        <translation>どちらか一方の行だけを残してください。</translation>
    </message>
    <message>
        <source>Give the account&apos;s external id or 法人番号 so that the import can tell them apart.</source>
        <translation>インポート時に区別できるよう、顧客の外部IDまたは法人番号を指定してください。</translation>
    </message>
    <message>
        <source>The account has no name.</source>
        <translation>顧客の名前がありません。</translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The contact has no name.</source>
        <translation>連絡先の名前がありません。</translation>
    </message>
    <message>
        <source>The account has no contact &quot;%1&quot;.</source>
        <translation>この顧客に連絡先「%1」はありません。</translation>
    </message>
    <message>
        <source>Import the contacts first, or leave the column out.</source>
        <translation>先に連絡先をインポートするか、この列をインポートしない設定にしてください。</translation>
    </message>
    <message>
        <source>%1 is not a whole number of months after the start %2.</source>
        <translation>%1 は開始日 %2 からちょうど整数か月後の日付ではありません。</translation>
    </message>
    <message>
        <source>Give the term in months instead.</source>
        <translation>契約期間を月数で指定してください。</translation>
    </message>
    <message>
        <source>The row names no metric.</source>
        <translation>この行には指標が指定されていません。</translation>
    </message>
    <message>
        <source>The row has no value.</source>
        <translation>この行には値がありません。</translation>
    </message>
    <message>
        <source>An earlier row of the file already gives %1 of this account on %2.</source>
        <translation>ファイル内の前の行で、この顧客の%2の%1がすでに指定されています。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>%1行目、%2列目</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>新規 %1、更新 %2、変更なし %3、除外 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1: </source>
        <translation>
            <numerusform>%1 から%n行をインポートしました： </numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of %1, nothing imported: </source>
        <translation>%1 の試行（取り込みは行いません）： </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: </source>
        <translation>%1 からは何もインポートされませんでした： </translation>
    </message>
    <message>
        <source>Choose the columns with --mapping (a preset or a preset file).</source>
        <translation>--mapping で列の割り当て（インポート設定またはインポート設定ファイル）を指定してください。</translation>
    </message>
    <message>
        <source>The import was cancelled; the book is unchanged.</source>
        <translation>インポートをキャンセルしました。ブックは変更されていません。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n month(s), ARR %2</source>
        <translation>
            <numerusform>%1から%nか月、ARR %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ARR after %2</source>
        <translation>%1、変更後のARR %2</translation>
    </message>
</context>
</TS>
