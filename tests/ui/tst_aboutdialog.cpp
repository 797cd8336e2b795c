// The About box credits every dependency and the holiday data as their terms require, in the UI's language.

#include "ui/about/AboutDialog.h"

#include <QDir>
#include <QLocale>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

class TestAboutDialog : public QObject
{
    Q_OBJECT

    static void saveScreenshot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void creditsNameEveryDependencyAndTheHolidaySources_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("English") << QLocale::English << QStringLiteral("Licences and credits");
        QTest::newRow("Japanese") << QLocale::Japanese << QStringLiteral("ライセンスとクレジット");
    }

    void creditsNameEveryDependencyAndTheHolidaySources()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, heading);
        QLocale::setDefault(QLocale(language));

        const QString credits = csm::AboutDialog::thirdPartyLicences();
        QVERIFY(credits.contains(heading));
        for (const char* required : {"Qt 6", "QCustomPlot", "GPL-3.0-or-later", "Boost", "BSL-1.0", "SQLite",
                                     "holiday-jp", "Copyright (c) 2016 holiday-jp"})
            QVERIFY2(credits.contains(QLatin1String(required)), required);
        // The Government of Japan Standard Terms of Use require this credit line, word for word.
        QVERIFY(credits.contains(QStringLiteral("出典：内閣府ホームページ")));
        QVERIFY(credits.contains(QLatin1String("https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html")));

        QVERIFY(csm::AboutDialog::productLicenceText().contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));
    }

    void dialogShowsTheCreditsTab()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese));
        csm::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>();
        QVERIFY(tabs);
        saveScreenshot(dialog, QStringLiteral("about-0.png"));
        tabs->setCurrentIndex(1);
        auto* browser = tabs->currentWidget()->findChild<QTextBrowser*>();
        if (!browser)
            browser = qobject_cast<QTextBrowser*>(tabs->currentWidget());
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("出典：内閣府ホームページ")));
        saveScreenshot(dialog, QStringLiteral("about-1.png"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
