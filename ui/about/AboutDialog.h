#pragma once

#include <QDialog>

namespace csm {

// Help ▸ About: the product's version and licence, and the licences and credits of every dependency and of
// the data the product ships (docs/licenses.md, embedded as a resource).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text of the "Licences" tab: docs/licenses.md from the resources.
    static QString thirdPartyLicences();
    // The full GNU GPL version 3 (LICENSE), from the resources.
    static QString productLicenceText();

private:
    QWidget* createAboutPage();
    QWidget* createThirdPartyPage();
    QWidget* createLicencePage();
};

} // namespace csm
