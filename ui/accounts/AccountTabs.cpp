// The account page's tabs, in the order they register: a later entry with the same id replaces an earlier
// one, so a tab that gets built replaces its "coming later" placeholder by adding one line below.

#include "ui/accounts/AccountTab.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/TimelineTab.h"
#include "ui/health/HealthTab.h"
#include "ui/roadmaps/RoadmapTab.h"

namespace csm {

AccountTabRegistry AccountTabRegistry::standard()
{
    AccountTabRegistry tabs;
    tabs.add({.id = tabids::timeline,
              .title = TimelineTab::tr("Timeline"),
              .order = 10,
              .factory = [](BookWorkspace& w) -> AccountTab* { return new TimelineTab(w); }});
    tabs.add({.id = tabids::contacts,
              .title = ContactsTab::tr("Contacts"),
              .order = 20,
              .factory = [](BookWorkspace&) -> AccountTab* { return new ContactsTab; }});
    tabs.add({.id = tabids::contract,
              .title = ContractTab::tr("Contract & ARR"),
              .order = 30,
              .factory = [](BookWorkspace& w) -> AccountTab* { return new ContractTab(w); }});
    registerHealthTab(tabs); // ui/health
    tabs.add({.id = tabids::roadmap,
              .title = RoadmapTab::tr("Roadmap"),
              .order = 50,
              .factory = [](BookWorkspace& w) -> AccountTab* { return new RoadmapTab(w); }});
    return tabs;
}

} // namespace csm
