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
    <name>Validation</name>
    <message numerus="yes">
        <source>A notice period of %n day(s) is longer than the term (%1 days).</source>
        <translation>
            <numerusform>A notice period of %n day is longer than the term (%1 days).</numerusform>
            <numerusform>A notice period of %n days is longer than the term (%1 days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::AccountPage</name>
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
        <source>The book has %n record(s) outside the ranges.</source>
        <translation>
            <numerusform>The book has %n record outside the ranges.</numerusform>
            <numerusform>The book has %n records outside the ranges.</numerusform>
        </translation>
    </message>
</context>
</TS>
