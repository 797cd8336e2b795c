#include "ui/about/AboutDialog.h"

#include "ui/common/DialogShape.h"

#include "ui/about/AppIdentity.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifndef CSM_VERSION
#define CSM_VERSION "unknown"
#endif

namespace csm {

namespace {

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CSM Workbench"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(createAboutPage(), tr("About"));
    tabs->addTab(createThirdPartyPage(), tr("Third-party licences"));
    tabs->addTab(createLicencePage(), tr("Licence"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    finishDialog(this, {.minimumEm = 80, .maximumEm = 110});
    resize(std::max(width(), 640), 520);
}

QString AboutDialog::thirdPartyLicences()
{
    // The credits in the user interface's language (docs/licenses.ja.md mirrors docs/licenses.md).
    if (QLocale().language() == QLocale::Japanese)
        return readResource(QStringLiteral(":/about/licenses.ja.md"));
    return readResource(QStringLiteral(":/about/licenses.md"));
}

QString AboutDialog::productLicenceText()
{
    return readResource(QStringLiteral(":/about/LICENSE"));
}

QWidget* AboutDialog::createAboutPage()
{
    auto* page = new QWidget;

    auto* icon = new QLabel(page);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* title = new QLabel(QStringLiteral("<h2>CSM Workbench</h2>"), page);
    auto* version = new QLabel(
        tr("Version %1 (Qt %2)").arg(QStringLiteral(CSM_VERSION), QString::fromLatin1(qVersion())), page);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* description = new QLabel(
        tr("A desktop workbench for customer success managers: your book of accounts, touches, onboarding "
           "roadmaps, renewals and health scores in one local file."),
        page);
    description->setWordWrap(true);

    auto* licence = new QLabel(
        tr("<p>Copyright © 2026 the CSM Workbench authors.</p>"
           "<p>CSM Workbench is free software: you can redistribute it and/or modify it under the terms of "
           "the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version.</p>"
           "<p>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even "
           "the "
           "implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the Licence tab for "
           "details.</p>"
           "<p>The Japanese public holiday calendar is based on data from the Cabinet Office "
           "(出典：内閣府ホームページ) and holiday-jp; see Third-party licences.</p>"),
        page);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addWidget(description);
    text->addWidget(licence);
    text->addStretch(1);

    auto* layout = new QHBoxLayout(page);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return page;
}

QWidget* AboutDialog::createThirdPartyPage()
{
    auto* page = new QWidget;
    auto* intro =
        new QLabel(tr("CSM Workbench is built on the following software and data. Thank you to their "
                      "authors."),
                   page);
    intro->setWordWrap(true);

    auto* browser = new QTextBrowser(page);
    browser->setObjectName(QStringLiteral("aboutThirdParty"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(thirdPartyLicences());

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(browser, 1);
    return page;
}

QWidget* AboutDialog::createLicencePage()
{
    auto* page = new QWidget;
    auto* intro =
        new QLabel(tr("CSM Workbench is licensed under the GNU General Public License, version 3 or "
                      "later (GPL-3.0-or-later):"),
                   page);
    intro->setWordWrap(true);

    auto* text = new QPlainTextEdit(page);
    text->setObjectName(QStringLiteral("aboutLicenceText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(productLicenceText());

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    return page;
}

} // namespace csm
