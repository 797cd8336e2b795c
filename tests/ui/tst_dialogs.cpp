// Every dialog of the app, in English and Japanese: Tab follows what the user sees, each mnemonic is used
// once and leads somewhere, nothing is clipped at the dialog's own size, and a field's error message leaves
// the field where and as wide as it was. Driven by QTest keys on the real dialogs.

#include "TestWorkspace.h"
#include "UiChecks.h"
#include "domain/DefaultTemplates.h"
#include "item/AccountsModel.h"
#include "storage/Backups.h"
#include "storage/Repositories.h"
#include "storage/SegmentationStore.h"
#include "ui/about/AboutDialog.h"
#include "ui/editors/ArrChangeDialog.h"
#include "ui/editors/BulkAccountChanges.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/editors/RecordEditors.h"
#include "ui/health/HealthModelDialog.h"
#include "ui/main/FirstRunDialog.h"
#include "ui/main/RestoreBackupDialog.h"
#include "ui/portfolio/SegmentationRulesDialog.h"
#include "ui/renewals/RecordOutcomeDialog.h"
#include "ui/reports/KpiTargetDialog.h"
#include "ui/roadmaps/RoadmapDialogs.h"
#include "ui/roadmaps/TemplateEditor.h"
#include "ui/settings/HolidayCalendarDialog.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/today/SnoozeDialog.h"
#include "ui/touch/LogTouchDialog.h"
#include "ui/transfer/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace csm;

namespace {

using Factory = std::function<QDialog*(test::SmallBook& book)>;

// The import wizard on one of its pages, over a small file with one row the dry run rejects.
QDialog* importWizardOn(test::SmallBook& b, ImportWizard::PageId page)
{
    const QString path = b.dir.filePath(QStringLiteral("import.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("external_id,name,industry,seats\nX-1,Acme,Tech,12\nX-2,Initech,Software,many\n");
    f.close();
    auto* w = new ImportWizard(*b.workspace);
    w->setFile(path);
    w->setStartId(page);
    return w;
}

QList<QPair<QString, Factory>> dialogs()
{
    return {
        {QStringLiteral("new-account"),
         [](test::SmallBook& b) -> QDialog* { return new AccountEditor(*b.workspace); }},
        {QStringLiteral("edit-account-override"),
         [](test::SmallBook& b) -> QDialog* {
             auto* d = new AccountEditor(*b.workspace);
             Account a = b.workspace->book()->accounts().get(b.globex).value();
             a.touchModelOverride = TouchModel::High;
             a.touchModelOverrideReason = QStringLiteral("Strategic logo");
             d->setAccount(a);
             return d;
         }},
        {QStringLiteral("new-contact"),
         [](test::SmallBook& b) -> QDialog* { return new ContactEditor(*b.workspace, b.globex); }},
        {QStringLiteral("new-contract"),
         [](test::SmallBook& b) -> QDialog* { return new ContractEditor(*b.workspace, b.globex); }},
        {QStringLiteral("edit-contract-day-of-month"),
         [](test::SmallBook& b) -> QDialog* {
             auto* d = new ContractEditor(*b.workspace, b.globex);
             Contract c = b.workspace->book()->contracts().get(b.contract).value();
             c.noticeRule = QStringLiteral("day-of-month:20:1:bd");
             c.renewalTermMonths = 24;
             d->setContract(c);
             return d;
         }},
        {QStringLiteral("kpi-target"),
         [](test::SmallBook&) -> QDialog* {
             return new KpiTargetDialog(Kpi::Grr, ReportPeriod::fiscalYear(2025, dates::FiscalCalendar(4)),
                                        9000, QStringLiteral("JPY"));
         }},
        {QStringLiteral("log-touch"),
         [](test::SmallBook& b) -> QDialog* {
             auto* d = new LogTouchDialog(*b.workspace);
             d->setAccount(b.globex);
             d->findChild<QCheckBox*>(QStringLiteral("followUpCheck"))->setChecked(true);
             return d;
         }},
        {QStringLiteral("bulk-owner"),
         [](test::SmallBook& b) -> QDialog* {
             BulkCurrentValues now;
             now.owners = {QStringLiteral("Sato"), QString()};
             return new BulkChangeDialog(BulkChange::Field::Owner, 2, b.workspace->accountsModel()->owners(),
                                         now);
         }},
        {QStringLiteral("bulk-stage"),
         [](test::SmallBook&) -> QDialog* {
             BulkCurrentValues now;
             now.stages = {LifecycleStage::Mature, LifecycleStage::Onboarding};
             return new BulkChangeDialog(BulkChange::Field::Stage, 2, {}, now);
         }},
        {QStringLiteral("bulk-touch-model"),
         [](test::SmallBook&) -> QDialog* {
             BulkCurrentValues now;
             now.touchModels = {TouchModel::High};
             return new BulkChangeDialog(BulkChange::Field::TouchModel, 1, {}, now);
         }},
        {QStringLiteral("segmentation-rules"),
         [](test::SmallBook& b) -> QDialog* {
             SegmentationRulesInput in;
             in.currency = b.workspace->settings().currency;
             in.current = segmentationRules(*b.workspace->book());
             const QList<Account> accounts = b.workspace->book()->accounts().list().value();
             for (const Account& a : accounts) {
                 in.accounts.append(SegmentFacts::of(a));
                 in.names.insert(a.id, a.name);
             }
             return new SegmentationRulesDialog(in);
         }},
        {QStringLiteral("first-run"),
         [](test::SmallBook& b) -> QDialog* {
             return new FirstRunDialog(b.dir.filePath(QStringLiteral("book.sqlite")));
         }},
        {QStringLiteral("preferences"), [](test::SmallBook&) -> QDialog* { return new PreferencesDialog; }},
        {QStringLiteral("restore-backup"),
         [](test::SmallBook& b) -> QDialog* {
             const QString folder = b.dir.filePath(QStringLiteral("backups"));
             (void)Backups::takeDaily(*b.workspace->book(), folder, test::kToday);
             return new RestoreBackupDialog(*b.workspace, b.workspace->bookPath(), folder);
         }},
        {QStringLiteral("snooze"),
         [](test::SmallBook&) -> QDialog* { return new SnoozeDialog(test::kToday); }},
        {QStringLiteral("about"), [](test::SmallBook&) -> QDialog* { return new AboutDialog; }},
        {QStringLiteral("apply-roadmap"),
         [](test::SmallBook&) -> QDialog* {
             // Kickoff on a Saturday: the note says day 0 is the next business day.
             return new ApplyRoadmapDialog(defaultRoadmapTemplates(TemplateLanguage::English, uuidV7Ids()),
                                           TouchModel::Low, QDate(2026, 6, 27),
                                           dates::HolidayCalendar::japan());
         }},
        {QStringLiteral("complete-milestone"),
         [](test::SmallBook&) -> QDialog* {
             return new MilestoneStepDialog(MilestoneStepDialog::Kind::Complete,
                                            QStringLiteral("Admin training"), QDate(2026, 5, 1),
                                            test::kToday);
         }},
        {QStringLiteral("block-milestone"),
         [](test::SmallBook&) -> QDialog* {
             return new MilestoneStepDialog(MilestoneStepDialog::Kind::Block,
                                            QStringLiteral("Admin training"), QDate(2026, 5, 1),
                                            test::kToday);
         }},
        {QStringLiteral("template-editor"),
         [](test::SmallBook& b) -> QDialog* {
             (void)b.workspace->book()->roadmaps().addDefaultTemplates(TemplateLanguage::English);
             return new TemplateEditor(*b.workspace);
         }},
        {QStringLiteral("holiday-calendar"),
         [](test::SmallBook& b) -> QDialog* {
             (void)b.workspace->book()->companyHolidays().add(
                 {{QDate(2026, 12, 29), QStringLiteral("Year-end break"), 0}});
             return new HolidayCalendarDialog(*b.workspace);
         }},
        // A contract's ARR from $4,000.75 to $5,200.00 on an account at $4,000.75: an expansion (issue 9).
        {QStringLiteral("arr-change"),
         [](test::SmallBook&) -> QDialog* {
             return new ArrChangeDialog(Money(400075, QStringLiteral("USD")),
                                        Money(520000, QStringLiteral("USD")),
                                        Money(400075, QStringLiteral("USD")), test::kToday);
         }},
        {QStringLiteral("record-outcome"),
         [](test::SmallBook& b) -> QDialog* {
             UpcomingRenewal r;
             r.contract.accountId = b.globex;
             r.contract.accountName = QStringLiteral("Globex Corporation");
             r.contract.arr = 12'000'000;
             r.contract.terms.start = QDate(2025, 9, 1);
             r.point = {1, QDate(2026, 9, 1), QDate(2026, 7, 3)};
             auto* d = new RecordOutcomeDialog(r, 12'000'000, b.workspace->settings().currency);
             d->setCurrent(RenewalOutcome::Expanded, 15'000'000, QDate(2026, 9, 1), QStringLiteral("Upsell"));
             return d;
         }},
        {QStringLiteral("health-model"),
         [](test::SmallBook& b) -> QDialog* { return new HealthModelDialog(*b.workspace); }},
        {QStringLiteral("import-file"),
         [](test::SmallBook& b) { return importWizardOn(b, ImportWizard::FilePage); }},
        {QStringLiteral("import-reading"),
         [](test::SmallBook& b) { return importWizardOn(b, ImportWizard::ReadingPage); }},
        {QStringLiteral("import-mapping"),
         [](test::SmallBook& b) { return importWizardOn(b, ImportWizard::MappingPage); }},
        {QStringLiteral("import-dry-run"),
         [](test::SmallBook& b) { return importWizardOn(b, ImportWizard::DryRunPage); }},
    };
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT
private:
    // Builds the dialog of the current data row in its language and shows it at its own minimum size.
    std::unique_ptr<QDialog> open(test::SmallBook& book)
    {
        QFETCH(QString, dialog);
        for (const auto& [name, make] : dialogs())
            if (name == dialog) {
                std::unique_ptr<QDialog> d(make(book));
                d->show();
                d->resize(d->minimumSizeHint().expandedTo(d->minimumSize()));
                if (!QTest::qWaitForWindowExposed(d.get()))
                    return {};
                d->activateWindow();
                QTest::qWait(20);
                return d;
            }
        return {};
    }

    static void rows()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<bool>("japanese");
        for (const auto& entry : dialogs()) {
            QTest::newRow(qPrintable(entry.first + QStringLiteral("/en"))) << entry.first << false;
            QTest::newRow(qPrintable(entry.first + QStringLiteral("/ja"))) << entry.first << true;
        }
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void tabFollowsTheVisualOrder_data() { rows(); }
    void tabFollowsTheVisualOrder()
    {
        QFETCH(bool, japanese);
        std::optional<test::JapaneseUi> ja;
        if (japanese)
            ja.emplace();
        test::SmallBook book;
        QVERIFY(book.create());
        std::unique_ptr<QDialog> d = open(book);
        QVERIFY(d);
        QTRY_VERIFY(d->isActiveWindow());
        const QString problem = test::tabChainProblem(d.get());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // On a read-only book the template editor and the holiday calendar show everything and change nothing.
    void roadmapSettingsCanBeLookedAtOnAReadOnlyBook()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        QVERIFY(book.workspace->book()->roadmaps().addDefaultTemplates(TemplateLanguage::English));
        QVERIFY(book.workspace->book()->companyHolidays().add(
            {{QDate(2026, 12, 29), QStringLiteral("Year-end break"), 0}}));
        QVERIFY(book.reopenReadOnly());

        TemplateEditor editor(*book.workspace);
        auto* list = editor.findChild<QListWidget*>(QStringLiteral("templateList"));
        QVERIFY(list->count() > 0);
        QVERIFY(list->currentRow() >= 0);
        QVERIFY(!editor.findChild<QLineEdit*>(QStringLiteral("templateName"))->text().isEmpty());
        QVERIFY(editor.findChild<QLineEdit*>(QStringLiteral("templateName"))->isReadOnly());
        QVERIFY(editor.findChild<QTableWidget*>(QStringLiteral("templateMilestones"))->rowCount() > 0);
        for (const char* name :
             {"newTemplate", "duplicateTemplate", "retireTemplate", "addTemplateMilestone", "saveTemplate"})
            QVERIFY2(!editor.findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(editor.findChild<QLabel*>(QStringLiteral("templateMessage"))
                    ->text()
                    .contains(QStringLiteral("read-only")));

        HolidayCalendarDialog calendar(*book.workspace);
        QCOMPARE(calendar.findChild<QTableWidget*>(QStringLiteral("companyHolidays"))->rowCount(), 1);
        calendar.findChild<QTableWidget*>(QStringLiteral("companyHolidays"))->selectRow(0);
        for (const char* name : {"addHoliday", "removeHoliday", "importHolidays"})
            QVERIFY2(!calendar.findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(calendar.findChild<QLabel*>(QStringLiteral("holidayMessage"))
                    ->text()
                    .contains(QStringLiteral("read-only")));
    }

    // The check itself: a master list with its buttons at the left and an editor at the right passes
    // read by columns; the same dialog with Tab jumping from the list into the editor's middle fails.
    void theTabCheckTellsAColumnReadingFromAJumble()
    {
        QDialog d;
        auto* list = new QListWidget(&d);
        auto* add = new QPushButton(QStringLiteral("Add"), &d);
        auto* name = new QLineEdit(&d);
        auto* table = new QTableWidget(3, 2, &d);
        table->setTabKeyNavigation(false); // Tab leaves the table, as in the dialogs (DialogKeys)
        auto* save = new QPushButton(QStringLiteral("Save"), &d);
        auto* left = new QVBoxLayout;
        left->addWidget(list, 1);
        left->addWidget(add);
        auto* right = new QVBoxLayout;
        right->addWidget(name);
        right->addWidget(table, 1);
        right->addWidget(save);
        auto* columns = new QHBoxLayout(&d);
        columns->addLayout(left, 1);
        columns->addLayout(right, 2);
        d.resize(600, 400);
        const auto chain = [](const QList<QWidget*>& order) {
            for (qsizetype i = 1; i < order.size(); ++i)
                QWidget::setTabOrder(order.at(i - 1), order.at(i));
        };
        chain({list, add, name, table, save});
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY2(test::tabChainProblem(&d).isEmpty(), qPrintable(test::tabChainProblem(&d)));
        chain({list, table, add, name, save});
        QVERIFY(!test::tabChainProblem(&d).isEmpty());
    }

    void mnemonicsAreUsedOnceAndLeadSomewhere_data() { rows(); }
    void mnemonicsAreUsedOnceAndLeadSomewhere()
    {
        QFETCH(bool, japanese);
        std::optional<test::JapaneseUi> ja;
        if (japanese) {
            ja.emplace();
            QVERIFY2(ja->loaded(), "the Japanese catalogue was not built");
        }
        test::SmallBook book;
        QVERIFY(book.create());
        std::unique_ptr<QDialog> d = open(book);
        QVERIFY(d);
        const QStringList problems = test::mnemonicProblems(d.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void nothingIsClippedAtTheDialogsOwnSize_data() { rows(); }
    void nothingIsClippedAtTheDialogsOwnSize()
    {
        QFETCH(QString, dialog);
        QFETCH(bool, japanese);
        std::optional<test::JapaneseUi> ja;
        if (japanese)
            ja.emplace();
        test::SmallBook book;
        QVERIFY(book.create());
        std::unique_ptr<QDialog> d = open(book);
        QVERIFY(d);
        test::maybeGrab(d.get(), QStringLiteral("dialog-%1-%2")
                                     .arg(dialog, japanese ? QStringLiteral("ja") : QStringLiteral("en")));
        const QStringList clipped = test::clippedTexts(d.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void theWelcomeDialogShowsWhichOptionHasTheFocus()
    {
        QTemporaryDir dir;
        FirstRunDialog dialog(dir.filePath(QStringLiteral("book.sqlite")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTRY_VERIFY(dialog.isActiveWindow());
        auto* demo = dialog.findChild<QCommandLinkButton*>(QStringLiteral("demoBookButton"));
        auto* empty = dialog.findChild<QCommandLinkButton*>(QStringLiteral("emptyBookButton"));
        QTRY_VERIFY(demo->hasFocus());
        const QImage focused = demo->grab().toImage();
        QTest::keyClick(demo, Qt::Key_Tab);
        QTRY_VERIFY(empty->hasFocus());
        // The same button without the focus looks different (its frame), and the one with it now does too.
        QVERIFY(demo->grab().toImage() != focused);
        const QColor highlight = empty->palette().color(QPalette::Highlight);
        const QImage now = empty->grab().toImage();
        int framed = 0;
        for (int x = 0; x < now.width(); ++x)
            framed += now.pixelColor(x, 1) == highlight ? 1 : 0;
        QVERIFY2(framed > now.width() / 2, qPrintable(QString::number(framed)));
    }

    void dateFieldsAndUnitsFollowTheAppLocale()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        {
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            ContractEditor editor(*book.workspace, book.globex);
            QCOMPARE(editor.findChild<QDateEdit*>(QStringLiteral("startEdit"))->text(),
                     QStringLiteral("6/30/2026"));
            const ArrChangeDialog arr(Money(100, QStringLiteral("USD")), Money(200, QStringLiteral("USD")),
                                      Money(100, QStringLiteral("USD")), test::kToday);
            QCOMPARE(arr.dateEdit()->text(), QStringLiteral("6/30/2026"));
            QLocale::setDefault(before);
        }
        test::JapaneseUi ja;
        QVERIFY(ja.loaded());
        ContractEditor editor(*book.workspace, book.globex);
        QCOMPARE(editor.findChild<QDateEdit*>(QStringLiteral("startEdit"))->text(),
                 QStringLiteral("2026/06/30"));
        const ArrChangeDialog arr(Money(100, QStringLiteral("JPY")), Money(200, QStringLiteral("JPY")),
                                  Money(100, QStringLiteral("JPY")), test::kToday);
        QCOMPARE(arr.dateEdit()->text(), QStringLiteral("2026/06/30"));
        // 12か月 and 60日前, without a space.
        QCOMPARE(editor.findChild<QSpinBox*>(QStringLiteral("termSpin"))->text(), QStringLiteral("12か月"));
        QCOMPARE(editor.findChild<QSpinBox*>(QStringLiteral("noticeSpin"))->text(), QStringLiteral("60日前"));
        QCOMPARE(QCoreApplication::translate("csm::ContractTab", "%n month(s)", nullptr, 12),
                 QStringLiteral("12か月"));
    }

    // Typing a wrong ARR shows a message under the field: the field keeps its place and width, the dialog
    // its width, and the message is readable in full (it wraps and the dialog grows downwards).
    void anArrErrorLeavesTheFieldAsItWas_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("en") << false;
        QTest::newRow("ja") << true;
    }
    void anArrErrorLeavesTheFieldAsItWas()
    {
        QFETCH(bool, japanese);
        std::optional<test::JapaneseUi> ja;
        if (japanese)
            ja.emplace();
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.globex);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* arr = editor.findChild<QLineEdit*>(QStringLiteral("arrEdit"));
        QVERIFY(arr);
        QTest::qWait(20);
        const QRect before(arr->mapTo(&editor, QPoint(0, 0)), arr->size());
        const int dialogWidth = editor.width();

        QTest::keyClicks(arr, QStringLiteral("twelve million"));
        auto* error = editor.findChild<FieldErrorLabel*>(QStringLiteral("arrError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        QTest::qWait(50);
        QCOMPARE(QRect(arr->mapTo(&editor, QPoint(0, 0)), arr->size()), before);
        QCOMPARE(editor.width(), dialogWidth);
        QVERIFY2(
            error->height() >= error->heightForWidth(error->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
        QVERIFY(error->geometry().bottom() < error->parentWidget()->height() + 1);
        test::maybeGrab(&editor, QStringLiteral("contract-arr-error-%1")
                                     .arg(japanese ? QStringLiteral("ja") : QStringLiteral("en")));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
