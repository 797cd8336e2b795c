// The application's pages, in the order they register: a later entry with the same id replaces an earlier
// one, so a page that gets built replaces its placeholder by adding one line below.

#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/health/HealthModelPage.h"
#include "ui/main/PageRegistry.h"
#include "ui/main/PlaceholderPage.h"
#include "ui/portfolio/PortfolioPage.h"
#include "ui/renewals/RenewalsPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/today/TodayPage.h"

namespace csm {

PageRegistry PageRegistry::standard()
{
    PageRegistry pages;
    registerPlaceholderPages(pages); // Portfolio, Renewals, Roadmaps, Reports: what each will show
    registerTodayPage(pages);        // ui/today
    registerAccountsPage(pages);     // ui/accounts: the list
    registerAccountPage(pages);      // ui/accounts: one account, reached from the list, Today or search
    registerPortfolioPage(pages);    // ui/portfolio: figures and charts by touch model (issue 16)
    registerRenewalsPage(pages);     // ui/renewals (issue 14)
    registerReportsPage(pages);      // ui/reports (issue 14)
    registerHealthModelPage(pages);  // ui/health: the model and its back-test
    return pages;
}

} // namespace csm
