#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <memory>

namespace csm {

class Book;

// Fast insertion of many new records in one transaction through SQLite's own prepared statements, for the
// generator and importers. Nothing is visible until commit(); destroying an uncommitted writer rolls back.
// Announces ChangeSet{everything} on commit.
class BulkWriter
{
public:
    explicit BulkWriter(Book& book);
    ~BulkWriter();

    Status begun() const;
    Status add(const Account& a);
    Status add(const Contact& c);
    Status add(const Touch& t);
    Status add(const Contract& c);
    Status add(const ArrEvent& e);
    Status add(const Renewal& r);
    Status add(const RoadmapTemplate& t); // with its milestones
    Status add(const Roadmap& r);         // with its milestones
    Status add(const UsageMetric& u);
    Status add(const NpsResponse& n);
    Status commit();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace csm
