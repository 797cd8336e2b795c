#pragma once

#include "domain/Entities.h"

#include <QMetaType>
#include <QSet>

namespace csm {

// What a committed transaction changed, announced by Book::changed() so that item models update the rows
// concerned instead of reloading everything.
struct ChangeSet
{
    enum class Entity
    {
        Account,
        Contact,
        Touch,
        Contract,
        ArrEvent,
        Renewal,
        Roadmap,
        Usage,
        Nps,
        Health,
        Settings,
    };

    QSet<Entity> entities;
    QSet<Id> accountIds;     // accounts whose rows (or children) changed
    bool everything = false; // bulk work (generate, import, migration): reload all

    bool isEmpty() const { return !everything && entities.isEmpty() && accountIds.isEmpty(); }
    bool touches(Entity e) const { return everything || entities.contains(e); }
    void add(Entity e, const Id& accountId)
    {
        entities.insert(e);
        if (!accountId.isEmpty())
            accountIds.insert(accountId);
    }
    void merge(const ChangeSet& o)
    {
        entities.unite(o.entities);
        accountIds.unite(o.accountIds);
        everything = everything || o.everything;
    }
};

} // namespace csm

Q_DECLARE_METATYPE(csm::ChangeSet)
