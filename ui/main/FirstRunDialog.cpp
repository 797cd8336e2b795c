#include "ui/main/FirstRunDialog.h"

#include "ui/common/DialogShape.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace csm {

namespace {

// A command link whose focus shows: a frame in the highlight colour. Command links draw no focus of their
// own in several styles, and the user must see which option Enter or Space picks.
class OptionButton : public QCommandLinkButton
{
public:
    using QCommandLinkButton::QCommandLinkButton;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QCommandLinkButton::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
};

} // namespace

FirstRunDialog::FirstRunDialog(const QString& bookPath, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to CSM Workbench"));
    auto* intro = new QLabel(tr("There is no book yet. A book holds your accounts, touches, contracts and "
                                "renewals in one file on this computer:\n%1")
                                 .arg(QDir::toNativeSeparators(bookPath)),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* demo = new OptionButton(tr("Create a demo book"),
                                  tr("200 sample accounts with touches, contracts and renewals, to try "
                                     "things out."),
                                  this);
    auto* empty = new OptionButton(tr("Create an empty book"), tr("Start with your own accounts."), this);
    auto* open = new OptionButton(tr("Open a book file…"), tr("Use a book you already have."), this);
    demo->setObjectName(QStringLiteral("demoBookButton"));
    empty->setObjectName(QStringLiteral("emptyBookButton"));
    open->setObjectName(QStringLiteral("openBookButton"));
    for (QCommandLinkButton* b : {demo, empty, open})
        b->setStyleSheet(
            QStringLiteral("QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; }"
                           "QCommandLinkButton:focus { border-color: palette(highlight); }"));
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
    finishDialog(this, {.minimumEm = 72, .maximumEm = 110});
    demo->setFocus();
}

} // namespace csm
