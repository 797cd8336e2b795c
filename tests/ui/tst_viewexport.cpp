// File ▸ Export view… (issue 13): the rows and columns a list shows, as shown, written as CSV. The expected
// files are written out by hand from the rules (UTF-8 with a BOM and CRLF, formulas guarded, CP932 with '?'
// for what it cannot hold, itemrole::Export before the text shown).

#include "TestWorkspace.h"
#include "item/ItemRoles.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/transfer/ViewExport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStringDecoder>
#include <QTableView>
#include <QTimer>

using namespace csm;

class TestViewExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }
    void shownColumnsInVisualOrderAndShownRowsInSortOrder();
    void cp932ReplacesWhatItCannotHold();
    void accountsListExportsPlainAmountsAndIsoDates();
    void fileMenuExportsTheListOnScreen();

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

namespace {

// Three columns: Name, Note, Amount (the amount has an export value besides the text shown).
void fill(QStandardItemModel& model)
{
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Amount")});
    const auto row = [&model](const QString& name, const QString& note, const QString& shown,
                              const QString& plain) {
        auto* amount = new QStandardItem(shown);
        amount->setData(plain, itemrole::Export);
        model.appendRow({new QStandardItem(name), new QStandardItem(note), amount});
    };
    row(QStringLiteral("Umbrella"), QStringLiteral("=SUM(A1:A2)"), QStringLiteral("¥1,200"),
        QStringLiteral("1200"));
    row(QStringLiteral("Acme, Inc."), QStringLiteral("says \"hi\""), QStringLiteral("¥30"),
        QStringLiteral("30"));
    row(QStringLiteral("株式会社テスト"), QStringLiteral("🙂"), QStringLiteral("¥5"), QStringLiteral("5"));
}

} // namespace

void TestViewExport::shownColumnsInVisualOrderAndShownRowsInSortOrder()
{
    QStandardItemModel model;
    fill(model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.sortByColumn(0, Qt::AscendingOrder);   // Acme, Umbrella, 株式会社テスト
    view.setColumnHidden(1, true);              // the note is not shown ...
    view.horizontalHeader()->moveSection(2, 0); // ... and the amount comes first

    ShownCells cells;
    cells.header = shownHeader(view);
    QCOMPARE(cells.header, (QStringList{QStringLiteral("Amount"), QStringLiteral("Name")}));
    appendShownRows(view, 0, 2, cells.rows);
    appendShownRows(view, 2, 100, cells.rows); // a slice past the end is clamped
    QCOMPARE(cells.rows.size(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    auto written = writeShownCells(cells, path, io::TextEncoding::Utf8);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->rows, 3);
    QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF"
                                       "Amount,Name\r\n"
                                       "30,\"Acme, Inc.\"\r\n"
                                       "1200,Umbrella\r\n"
                                       "5,株式会社テスト\r\n"));

    // Showing the note: the formula is guarded, the quotes doubled.
    view.setColumnHidden(1, false);
    cells = {};
    cells.header = shownHeader(view);
    appendShownRows(view, 0, 1, cells.rows);
    QVERIFY(writeShownCells(cells, path, io::TextEncoding::Utf8));
    QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF"
                                       "Amount,Name,Note\r\n"
                                       "30,\"Acme, Inc.\",\"says \"\"hi\"\"\"\r\n"));
    view.sortByColumn(0, Qt::DescendingOrder); // 株式会社テスト, Umbrella, Acme
    cells.rows.clear();
    appendShownRows(view, 1, 1, cells.rows);
    QCOMPARE(cells.rows, (QList<QStringList>{{QStringLiteral("1200"), QStringLiteral("Umbrella"),
                                              QStringLiteral("=SUM(A1:A2)")}}));
    QVERIFY(writeShownCells(cells, path, io::TextEncoding::Utf8));
    QVERIFY(readAll(path).endsWith("1200,Umbrella,'=SUM(A1:A2)\r\n"));
}

void TestViewExport::cp932ReplacesWhatItCannotHold()
{
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setModel(&model);
    ShownCells cells;
    cells.header = shownHeader(view);
    appendShownRows(view, 2, 1, cells.rows); // 株式会社テスト, 🙂, 5
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    auto written = writeShownCells(cells, path, io::TextEncoding::Cp932);
    QVERIFY(written);
    QCOMPARE(written->replaced.size(), 1);
    QCOMPARE(written->replaced.front().row, 2); // the header is row 1
    QCOMPARE(written->replaced.front().column, 2);
    QStringDecoder cp932("windows-31j");
    QVERIFY(cp932.isValid());
    const QString text = cp932.decode(readAll(path));
    QCOMPARE(text, QStringLiteral("Name,Note,Amount\r\n株式会社テスト,?,5\r\n"));
}

void TestViewExport::accountsListExportsPlainAmountsAndIsoDates()
{
    test::SmallBook book;
    QVERIFY(book.create());
    // Globex's contract came with ARR of ¥12,000,000 (the `new` event the contract dialog writes).
    ArrEvent started;
    started.accountId = book.globex;
    started.effectiveOn = QDate(2025, 9, 1);
    started.arrAfter = 12'000'000;
    QVERIFY(book.workspace->book()->arrEvents().save(started));
    book.workspace->reload();
    AccountsPage page(book.workspace->accountsModel());
    page.show();
    QTableView* view = page.view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->sortByColumn(AccountsModel::NameColumn, Qt::AscendingOrder);
    ShownCells cells;
    cells.header = shownHeader(*view);
    appendShownRows(*view, 0, 10, cells.rows);
    const auto at = [&](AccountsModel::Column column) {
        return cells.header.indexOf(
            book.workspace->accountsModel()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    };
    QCOMPARE(cells.rows.size(), 2);
    QVERIFY(at(AccountsModel::NameColumn) >= 0 && at(AccountsModel::ArrColumn) >= 0);
    QVERIFY(at(AccountsModel::RenewalColumn) >= 0 && at(AccountsModel::NoticeColumn) >= 0);
    // Name order is by reading where there is one: Initech, then Globex (ぐろーべっくす).
    const QStringList initech = cells.rows.at(0);
    const QStringList globex = cells.rows.at(1);
    QCOMPARE(globex.at(at(AccountsModel::NameColumn)), QStringLiteral("Globex Corporation"));
    // The ARR in plain yen; the contract renews on 1 September 2026 (12 months from its
    // start on 2025-09-01), 60 days' notice: 3 July 2026, 3 days after the test's today of 30 June.
    QCOMPARE(globex.at(at(AccountsModel::ArrColumn)), QStringLiteral("12000000"));
    QCOMPARE(globex.at(at(AccountsModel::RenewalColumn)), QStringLiteral("2026-09-01"));
    QCOMPARE(globex.at(at(AccountsModel::NoticeColumn)), QStringLiteral("3"));
    QCOMPARE(initech.at(at(AccountsModel::NameColumn)), QStringLiteral("Initech"));
    QCOMPARE(initech.at(at(AccountsModel::ArrColumn)), QStringLiteral("0"));
    QCOMPARE(initech.at(at(AccountsModel::RenewalColumn)), QString());
    QCOMPARE(initech.at(at(AccountsModel::NoticeColumn)), QString());
}

void TestViewExport::fileMenuExportsTheListOnScreen()
{
    test::SmallBook book;
    QVERIFY(book.create());
    MainWindow window(*book.workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* view = window.page<AccountsPage>(pageids::accounts)->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    // Filter the list to one account: only what is shown is exported.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window.page<AccountsPage>(pageids::accounts)->filterEdit(), QStringLiteral("initech"));
    QTRY_COMPARE(view->model()->rowCount(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("initech"));
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(path); // typed paths open the completer's popup, which takes the Return
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(): checks the name as Save does
        answered = true;
    });
    auto* action = window.findChild<QAction*>(QStringLiteral("exportViewAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY(answered);
    // ".csv" is added to a name without it; one row besides the header.
    const QByteArray bytes = readAll(path + QStringLiteral(".csv"));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 2);
    QVERIFY(bytes.contains("\r\nInitech,"));
    QVERIFY(!bytes.contains("Globex"));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Exported 1 row")));
}

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
