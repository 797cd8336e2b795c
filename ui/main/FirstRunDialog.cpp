#include "ui/main/FirstRunDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace csm {

FirstRunDialog::FirstRunDialog(const QString& bookPath, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to CSM Workbench"));
    auto* intro = new QLabel(tr("There is no book yet. A book holds your accounts, touches, contracts and "
                                "renewals in one file on this computer:\n%1")
                                 .arg(QDir::toNativeSeparators(bookPath)),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* demo = new QCommandLinkButton(tr("Create a demo book"),
                                        tr("200 sample accounts with touches, contracts and renewals, to try "
                                           "things out."),
                                        this);
    auto* empty =
        new QCommandLinkButton(tr("Create an empty book"), tr("Start with your own accounts."), this);
    auto* open = new QCommandLinkButton(tr("Open a book file…"), tr("Use a book you already have."), this);
    demo->setObjectName(QStringLiteral("demoBookButton"));
    empty->setObjectName(QStringLiteral("emptyBookButton"));
    open->setObjectName(QStringLiteral("openBookButton"));
    demo->setDefault(true);
    connect(demo, &QAbstractButton::clicked, this, [this] {
        m_choice = Choice::DemoBook;
        accept();
    });
    connect(empty, &QAbstractButton::clicked, this, [this] {
        m_choice = Choice::EmptyBook;
        accept();
    });
    connect(open, &QAbstractButton::clicked, this, [this] {
        m_choice = Choice::OpenFile;
        accept();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(demo);
    layout->addWidget(empty);
    layout->addWidget(open);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace csm
