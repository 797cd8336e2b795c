<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkChange</name>
    <message numerus="yes">
        <source>Unassign the owner of %n account(s)</source>
        <translation>
            <numerusform>Unassign the owner of %n account</numerusform>
            <numerusform>Unassign the owner of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner %1 on %n account(s)</source>
        <translation>
            <numerusform>Set the owner %1 on %n account</numerusform>
            <numerusform>Set the owner %1 on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the stage %1 on %n account(s)</source>
        <translation>
            <numerusform>Set the stage %1 on %n account</numerusform>
            <numerusform>Set the stage %1 on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the touch model %1 on %n account(s)</source>
        <translation>
            <numerusform>Set the touch model %1 on %n account</numerusform>
            <numerusform>Set the touch model %1 on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n account(s) to the touch model of the ARR rule</source>
        <translation>
            <numerusform>Return %n account to the touch model of the ARR rule</numerusform>
            <numerusform>Return %n accounts to the touch model of the ARR rule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>This row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>This row has %n field; the header has %1.</numerusform>
            <numerusform>This row has %n fields; the header has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s); the first row has %1.</source>
        <translation>
            <numerusform>This row has %n field; the first row has %1.</numerusform>
            <numerusform>This row has %n fields; the first row has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthSentences</name>
    <message numerus="yes">
        <source>%1 active users a day on average over the last 30 days, for %n seat(s) (%2 %)</source>
        <translation>
            <numerusform>%1 active users a day on average over the last 30 days, for %n seat (%2 %)</numerusform>
            <numerusform>%1 active users a day on average over the last 30 days, for %n seats (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last customer touch %n day(s) ago; the %1 cadence is %2 days</source>
        <translation>
            <numerusform>last customer touch %n day ago; the %1 cadence is %2 days</numerusform>
            <numerusform>last customer touch %n days ago; the %1 cadence is %2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean sentiment %1 over the latest %n customer touch(es) with one in the last 180 days</source>
        <translation>
            <numerusform>mean sentiment %1 over the latest %n customer touch with one in the last 180 days</numerusform>
            <numerusform>mean sentiment %1 over the latest %n customer touches with one in the last 180 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>account NPS %1 from %n response(s) in the last 365 days</source>
        <translation>
            <numerusform>account NPS %1 from %n response in the last 365 days</numerusform>
            <numerusform>account NPS %1 from %n responses in the last 365 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due milestone(s) done on time or skipped</source>
        <translation>
            <numerusform>%1 of %n due milestone done on time or skipped</numerusform>
            <numerusform>%1 of %n due milestones done on time or skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayFileReader</name>
    <message numerus="yes">
        <source>Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name; %n line(s) in all are not like that. Nothing was imported.</source>
        <translation>
            <numerusform>Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name; %n line in all is not like that. Nothing was imported.</numerusform>
            <numerusform>Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name; %n lines in all are not like that. Nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeRule</name>
    <message numerus="yes">
        <source>At least %n day(s) before the renewal date.</source>
        <translation>
            <numerusform>At least %n day before the renewal date.</numerusform>
            <numerusform>At least %n days before the renewal date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n month(s) before the renewal date.</source>
        <translation>
            <numerusform>At least %n month before the renewal date.</numerusform>
            <numerusform>At least %n months before the renewal date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By day %1 of the month %n month(s) before the renewal date.</source>
        <translation>
            <numerusform>By day %1 of the month %n month before the renewal date.</numerusform>
            <numerusform>By day %1 of the month %n months before the renewal date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By the last day of the month %n month(s) before the renewal date.</source>
        <translation>
            <numerusform>By the last day of the month %n month before the renewal date.</numerusform>
            <numerusform>By the last day of the month %n months before the renewal date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapSchedule</name>
    <message numerus="yes">
        <source>The holiday calendar covers %1 to %2 only; %n due date(s) outside it count weekends and company holidays only.</source>
        <translation>
            <numerusform>The holiday calendar covers %1 to %2 only; %n due date outside it counts weekends and company holidays only.</numerusform>
            <numerusform>The holiday calendar covers %1 to %2 only; %n due dates outside it count weekends and company holidays only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 of %n account</numerusform>
            <numerusform>%1 of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n account(s) behind the portfolio&apos;s %1.</source>
        <translation>
            <numerusform>Showing only the %n account behind the portfolio&apos;s %1.</numerusform>
            <numerusform>Showing only the %n accounts behind the portfolio&apos;s %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ApplyRoadmapDialog</name>
    <message numerus="yes">
        <source>%1 (%n milestone(s))</source>
        <translation>
            <numerusform>%1 (%n milestone)</numerusform>
            <numerusform>%1 (%n milestones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ArrHealthScatter</name>
    <message numerus="yes">
        <source>Health score (%n account(s) without a score not shown)</source>
        <translation>
            <numerusform>Health score (%n account without a score not shown)</numerusform>
            <numerusform>Health score (%n accounts without a score not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BacktestChart</name>
    <message numerus="yes">
        <source>Churned, %n day(s) before</source>
        <translation>
            <numerusform>Churned, %n day before</numerusform>
            <numerusform>Churned, %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewed, %n day(s) before</source>
        <translation>
            <numerusform>Renewed, %n day before</numerusform>
            <numerusform>Renewed, %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n renewal(s), median %2</source>
        <translation>
            <numerusform>%1: %n renewal, median %2</numerusform>
            <numerusform>%1: %n renewals, median %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BackupController</name>
    <message numerus="yes">
        <source>The backup holds %n account(s); its last change was %1.

The book as it is now is kept in %2.</source>
        <translation>
            <numerusform>The backup holds %n account; its last change was %1.

The book as it is now is kept in %2.</numerusform>
            <numerusform>The backup holds %n accounts; its last change was %1.

The book as it is now is kept in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BulkAccountActions</name>
    <message numerus="yes">
        <source>No account changed: the %n selected account(s) already had this.</source>
        <translation>
            <numerusform>No account changed: the %n selected account already had this.</numerusform>
            <numerusform>No account changed: the %n selected accounts already had this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed.</source>
        <translation>
            <numerusform>%n account changed.</numerusform>
            <numerusform>%n accounts changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BulkChangeDialog</name>
    <message numerus="yes">
        <source>Give the %n selected account(s) a new owner.</source>
        <translation>
            <numerusform>Give the %n selected account a new owner.</numerusform>
            <numerusform>Give the %n selected accounts a new owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected account(s) to another lifecycle stage.</source>
        <translation>
            <numerusform>Move the %n selected account to another lifecycle stage.</numerusform>
            <numerusform>Move the %n selected accounts to another lifecycle stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose how the %n selected account(s) are served. An override wins over the ARR rule of the book&apos;s segmentation and needs a reason.</source>
        <translation>
            <numerusform>Choose how the %n selected account is served. An override wins over the ARR rule of the book&apos;s segmentation and needs a reason.</numerusform>
            <numerusform>Choose how the %n selected accounts are served. An override wins over the ARR rule of the book&apos;s segmentation and needs a reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ContractTab</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1, %n month(s) before</source>
        <translation>
            <numerusform>Day %1, %n month before</numerusform>
            <numerusform>Day %1, %n months before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month end, %n month(s) before</source>
        <translation>
            <numerusform>Month end, %n month before</numerusform>
            <numerusform>Month end, %n months before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthMixChart</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthModelDialog</name>
    <message numerus="yes">
        <source>%n account(s) would change band. Saving recomputes every score and the year of weekly history as version %1.</source>
        <translation>
            <numerusform>%n account would change band. Saving recomputes every score and the year of weekly history as version %1.</numerusform>
            <numerusform>%n accounts would change band. Saving recomputes every score and the year of weekly history as version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough history to compare: %n decided renewal(s) in this book; the back-test needs at least %1.</source>
        <translation>
            <numerusform>Not enough history to compare: %n decided renewal in this book; the back-test needs at least %1.</numerusform>
            <numerusform>Not enough history to compare: %n decided renewals in this book; the back-test needs at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AUC, %n day(s) before</source>
        <translation>
            <numerusform>AUC, %n day before</numerusform>
            <numerusform>AUC, %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median churned / retained, %n day(s) before</source>
        <translation>
            <numerusform>Median churned / retained, %n day before</numerusform>
            <numerusform>Median churned / retained, %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthModelPage</name>
    <message numerus="yes">
        <source>Not enough history: %n decided renewal(s) in this book; the back-test needs at least %1.</source>
        <translation>
            <numerusform>Not enough history: %n decided renewal in this book; the back-test needs at least %1.</numerusform>
            <numerusform>Not enough history: %n decided renewals in this book; the back-test needs at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided renewal(s): %1 churned, %2 renewed, expanded or contracted. Each account is scored by the current model as of 90 and 60 days before its renewal date.</source>
        <translation>
            <numerusform>%n decided renewal: %1 churned, %2 renewed, expanded or contracted. Each account is scored by the current model as of 90 and 60 days before its renewal date.</numerusform>
            <numerusform>%n decided renewals: %1 churned, %2 renewed, expanded or contracted. Each account is scored by the current model as of 90 and 60 days before its renewal date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthTab</name>
    <message numerus="yes">
        <source>%n seat(s); %1 days with a value in the last 30 days, %2 in the 30 days before.</source>
        <translation>
            <numerusform>%n seat; %1 days with a value in the last 30 days, %2 in the 30 days before.</numerusform>
            <numerusform>%n seats; %1 days with a value in the last 30 days, %2 in the 30 days before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due, %1 done on time or skipped.</source>
        <translation>
            <numerusform>%n milestone due, %1 done on time or skipped.</numerusform>
            <numerusform>%n milestones due, %1 done on time or skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthTrendChart</name>
    <message numerus="yes">
        <source>Show the last %n month(s)</source>
        <translation>
            <numerusform>Show the last %n month</numerusform>
            <numerusform>Show the last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HolidayCalendarDialog</name>
    <message numerus="yes">
        <source>%n company holiday(s) removed</source>
        <translation>
            <numerusform>%n company holiday removed</numerusform>
            <numerusform>%n company holidays removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public holiday(s)</source>
        <translation>
            <numerusform>%n public holiday</numerusform>
            <numerusform>%n public holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing company holiday(s)</source>
        <translation>
            <numerusform>%n existing company holiday</numerusform>
            <numerusform>%n existing company holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) listed twice (the first line kept)</source>
        <translation>
            <numerusform>%n date listed twice (the first line kept)</numerusform>
            <numerusform>%n dates listed twice (the first line kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n company holiday(s) from %1?</source>
        <translation>
            <numerusform>Add %n company holiday from %1?</numerusform>
            <numerusform>Add %n company holidays from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company holiday(s) imported from %1</source>
        <translation>
            <numerusform>%n company holiday imported from %1</numerusform>
            <numerusform>%n company holidays imported from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ImportWizard</name>
    <message numerus="yes">
        <source>%n problem(s) in the first rows (marked).</source>
        <translation>
            <numerusform>%n problem in the first rows (marked).</numerusform>
            <numerusform>%n problems in the first rows (marked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::MilestonesModel</name>
    <message numerus="yes">
        <source>Due %1: %n business day(s) after the kickoff in the template</source>
        <translation>
            <numerusform>Due %1: %n business day after the kickoff in the template</numerusform>
            <numerusform>Due %1: %n business days after the kickoff in the template</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::NoticeRuleEdit</name>
    <message numerus="yes">
        <source> day(s) before</source>
        <translation>
            <numerusform> day before</numerusform>
            <numerusform> days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s) before</source>
        <translation>
            <numerusform> month before</numerusform>
            <numerusform> months before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::OnboardingFunnelChart</name>
    <message numerus="yes">
        <source>%1 of %n account(s) reached it</source>
        <translation>
            <numerusform>%1 of %n account reached it</numerusform>
            <numerusform>%1 of %n accounts reached it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::PortfolioPage</name>
    <message numerus="yes">
        <source>Portfolio report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Portfolio report saved: %1 (%n page)</numerusform>
            <numerusform>Portfolio report saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segmentation rules saved: %n account(s) changed touch model</source>
        <translation>
            <numerusform>Segmentation rules saved: %n account changed touch model</numerusform>
            <numerusform>Segmentation rules saved: %n accounts changed touch model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QBR sheets saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>QBR sheets saved: %1 (%n page)</numerusform>
            <numerusform>QBR sheets saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::PortfolioReport</name>
    <message numerus="yes">
        <source>No customer touch for %n day(s)</source>
        <translation>
            <numerusform>No customer touch for %n day</numerusform>
            <numerusform>No customer touch for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onboarding stuck, %n business day(s) behind</source>
        <translation>
            <numerusform>Onboarding stuck, %n business day behind</numerusform>
            <numerusform>Onboarding stuck, %n business days behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team view of %n owner(s)</source>
        <translation>
            <numerusform>Team view of %n owner</numerusform>
            <numerusform>Team view of %n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %Ln more account(s) at risk.</source>
        <translation>
            <numerusform>Not listed: %Ln more account at risk.</numerusform>
            <numerusform>Not listed: %Ln more accounts at risk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::PrintLabels</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::QbrSheet</name>
    <message numerus="yes">
        <source>%1 active users a day of %n seat(s) (%2) over the last 30 days</source>
        <translation>
            <numerusform>%1 active users a day of %n seat (%2) over the last 30 days</numerusform>
            <numerusform>%1 active users a day of %n seats (%2) over the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier touch(es) this quarter</source>
        <translation>
            <numerusform>and %n earlier touch this quarter</numerusform>
            <numerusform>and %n earlier touches this quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) complete</source>
        <translation>
            <numerusform>%1 of %n milestone complete</numerusform>
            <numerusform>%1 of %n milestones complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first value after %n business day(s)</source>
        <translation>
            <numerusform>first value after %n business day</numerusform>
            <numerusform>first value after %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n later follow-up(s)</source>
        <translation>
            <numerusform>and %n later follow-up</numerusform>
            <numerusform>and %n later follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RenewalForecastChart</name>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>%n renewal</numerusform>
            <numerusform>%n renewals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RenewalsBySegmentChart</name>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>%n renewal</numerusform>
            <numerusform>%n renewals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RenewalsPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n renewal(s)</source>
        <translation>
            <numerusform>%1, %2: %n renewal</numerusform>
            <numerusform>%1, %2: %n renewals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ReportsPage</name>
    <message numerus="yes">
        <source>%n account(s) grew</source>
        <translation>
            <numerusform>%n account grew</numerusform>
            <numerusform>%n accounts grew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) shrank</source>
        <translation>
            <numerusform>%n account shrank</numerusform>
            <numerusform>%n accounts shrank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) churned</source>
        <translation>
            <numerusform>%n account churned</numerusform>
            <numerusform>%n accounts churned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 to %3): %n account(s) active at the start</source>
        <translation>
            <numerusform>%1 (%2 to %3): %n account active at the start</numerusform>
            <numerusform>%1 (%2 to %3): %n accounts active at the start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RoadmapPlan</name>
    <message numerus="yes">
        <source>Reached after %n business day(s)</source>
        <translation>
            <numerusform>Reached after %n business day</numerusform>
            <numerusform>Reached after %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n calendar day(s))</source>
        <translation>
            <numerusform>(%n calendar day)</numerusform>
            <numerusform>(%n calendar days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n business day(s) after kickoff</source>
        <translation>
            <numerusform>Planned %n business day after kickoff</numerusform>
            <numerusform>Planned %n business days after kickoff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) behind</source>
        <translation>
            <numerusform>%n business day behind</numerusform>
            <numerusform>%n business days behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) complete</source>
        <translation>
            <numerusform>%1 of %n milestone complete</numerusform>
            <numerusform>%1 of %n milestones complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RoadmapTab</name>
    <message numerus="yes">
        <source>%n business day(s) behind</source>
        <translation>
            <numerusform>%n business day behind</numerusform>
            <numerusform>%n business days behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first value after %n business day(s)</source>
        <translation>
            <numerusform>first value after %n business day</numerusform>
            <numerusform>first value after %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n calendar day(s))</source>
        <translation>
            <numerusform> (%n calendar day)</numerusform>
            <numerusform> (%n calendar days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoff moved to %1: %n milestone(s) re-planned</source>
        <translation>
            <numerusform>Kickoff moved to %1: %n milestone re-planned</numerusform>
            <numerusform>Kickoff moved to %1: %n milestones re-planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) are still open. They stay as they are, but leave Today, the Roadmaps view and the health score. You can reopen the roadmap later.</source>
        <translation>
            <numerusform>%n milestone is still open. It stays as it is, but leaves Today, the Roadmaps view and the health score. You can reopen the roadmap later.</numerusform>
            <numerusform>%n milestones are still open. They stay as they are, but leave Today, the Roadmaps view and the health score. You can reopen the roadmap later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RoadmapsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) past the due date of the most overdue milestone</source>
        <translation>
            <numerusform>%n business day past the due date of the most overdue milestone</numerusform>
            <numerusform>%n business days past the due date of the most overdue milestone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First value reached on %1: %n calendar day(s) after the kickoff</source>
        <translation>
            <numerusform>First value reached on %1: %n calendar day after the kickoff</numerusform>
            <numerusform>First value reached on %1: %n calendar days after the kickoff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::RoadmapsPage</name>
    <message numerus="yes">
        <source>%n roadmap(s) shown</source>
        <translation>
            <numerusform>%n roadmap shown</numerusform>
            <numerusform>%n roadmaps shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> of %n active</source>
        <translation>
            <numerusform> of %n active</numerusform>
            <numerusform> of %n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 business days (%3 calendar days), %n roadmap(s)</source>
        <translation>
            <numerusform>%1: %2 business days (%3 calendar days), %n roadmap</numerusform>
            <numerusform>%1: %2 business days (%3 calendar days), %n roadmaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::SegmentArrChart</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::SegmentHealthTrendChart</name>
    <message numerus="yes">
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1 (%n account)</numerusform>
            <numerusform>%1 (%n accounts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesDialog</name>
    <message numerus="yes">
        <source>%1 → %2: %n account(s), %3</source>
        <translation>
            <numerusform>%1 → %2: %n account, %3</numerusform>
            <numerusform>%1 → %2: %n accounts, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with %1 of ARR would change their touch model.</source>
        <translation>
            <numerusform>%n account with %1 of ARR would change its touch model.</numerusform>
            <numerusform>%n accounts with %1 of ARR would change their touch model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) keep their touch model by their override.</source>
        <translation>
            <numerusform>%n account keeps its touch model by its override.</numerusform>
            <numerusform>%n accounts keep their touch model by their override.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::TeamViewWindow</name>
    <message numerus="yes">
        <source>Team view of %n book(s) (read-only) – CSM Workbench</source>
        <translation>
            <numerusform>Team view of %n book (read-only) – CSM Workbench</numerusform>
            <numerusform>Team view of %n books (read-only) – CSM Workbench</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only team view of %n book(s): %1.</source>
        <translation>
            <numerusform>Read-only team view of %n book: %1.</numerusform>
            <numerusform>Read-only team view of %n books: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found in more than one book are counted once (the copy updated last).</source>
        <translation>
            <numerusform>%n account found in more than one book is counted once (the copy updated last).</numerusform>
            <numerusform>%n accounts found in more than one book are counted once (the copy updated last).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) behind %1</source>
        <translation>
            <numerusform>%n account behind %1</numerusform>
            <numerusform>%n accounts behind %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::TodayModel</name>
    <message numerus="yes">
        <source>Never touched (%1, every %n day(s))</source>
        <translation>
            <numerusform>Never touched (%1, every %n day)</numerusform>
            <numerusform>Never touched (%1, every %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n day(s)</source>
        <translation>
            <numerusform>Silent for %n day</numerusform>
            <numerusform>Silent for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n day(s)</source>
        <translation>
            <numerusform>%1, every %n day</numerusform>
            <numerusform>%1, every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue</source>
        <translation>
            <numerusform>%n more overdue</numerusform>
            <numerusform>%n more overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) late</source>
        <translation>
            <numerusform>%n business day late</numerusform>
            <numerusform>%n business days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestone &quot;%1&quot; was due %2: %n calendar day(s) ago.</source>
        <translation>
            <numerusform>Milestone &quot;%1&quot; was due %2: %n calendar day ago.</numerusform>
            <numerusform>Milestone &quot;%1&quot; was due %2: %n calendar days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::TransferActions</name>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were written as ?.</source>
        <translation>
            <numerusform>%n character CP932 cannot hold was written as ?.</numerusform>
            <numerusform>%n characters CP932 cannot hold were written as ?.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::UsageSparkline</name>
    <message numerus="yes">
        <source>%1: %n active user(s)</source>
        <translation>
            <numerusform>%1: %n active user</numerusform>
            <numerusform>%1: %n active users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::ViewExport</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that CP932 cannot hold were written as &apos;?&apos;.</source>
        <translation>
            <numerusform>%n character that CP932 cannot hold was written as &apos;?&apos;.</numerusform>
            <numerusform>%n characters that CP932 cannot hold were written as &apos;?&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::app::Cli</name>
    <message numerus="yes">
        <source>The book already holds %n account(s); generate fills only a new or empty book.</source>
        <translation>
            <numerusform>The book already holds %n account; generate fills only a new or empty book.</numerusform>
            <numerusform>The book already holds %n accounts; generate fills only a new or empty book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The book has %n problem(s).</source>
        <translation>
            <numerusform>The book has %n problem.</numerusform>
            <numerusform>The book has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found in more than one book; each is counted once.</source>
        <translation>
            <numerusform>%n account found in more than one book; it is counted once.</numerusform>
            <numerusform>%n accounts found in more than one book; each is counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portfolio report written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Portfolio report written: %1 (%n page)</numerusform>
            <numerusform>Portfolio report written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team of %n book(s)</source>
        <translation>
            <numerusform>Team of %n book</numerusform>
            <numerusform>Team of %n books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QBR sheets written: %1 (%n page(s))</source>
        <translation>
            <numerusform>QBR sheets written: %1 (%n page)</numerusform>
            <numerusform>QBR sheets written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The book has %n record(s) outside the ranges.</source>
        <translation>
            <numerusform>The book has %n record outside the ranges.</numerusform>
            <numerusform>The book has %n records outside the ranges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough history: %n decided renewal(s); the back-test needs at least %1.</source>
        <translation>
            <numerusform>Not enough history: %n decided renewal; the back-test needs at least %1.</numerusform>
            <numerusform>Not enough history: %n decided renewals; the back-test needs at least %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::io::Importer</name>
    <message numerus="yes">
        <source>%n accounts match %1: %2.</source>
        <translation>
            <numerusform>%n account matches %1: %2.</numerusform>
            <numerusform>%n accounts match %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records of the book match this row.</source>
        <translation>
            <numerusform>%n record of the book matches this row.</numerusform>
            <numerusform>%n records of the book match this row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1: </source>
        <translation>
            <numerusform>Imported %n row from %1: </numerusform>
            <numerusform>Imported %n rows from %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n month(s), ARR %2</source>
        <translation>
            <numerusform>from %1, %n month, ARR %2</numerusform>
            <numerusform>from %1, %n months, ARR %2</numerusform>
        </translation>
    </message>
</context>
</TS>
