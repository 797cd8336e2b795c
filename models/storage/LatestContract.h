#pragma once

// Which of an account's live contracts is its latest (docs/decisions.md, "The latest contract"): the latest
// start date; of two starting the same day, the one created later (`created_at` in the book's ISO form, which
// orders as its text does), then the larger id. The list facts' triggers order them so (ListFacts.cpp); the
// whole-book reads that scan `contract` in table order keep the latest with this.

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

namespace csm::storage {

class LatestContract
{
public:
    // Keeps the contract when it is later than the one kept so far (or none is); returns whether it did.
    bool offer(QDate start, QByteArrayView createdAt, QByteArrayView id)
    {
        if (m_start.isValid()) {
            if (start != m_start) {
                if (start < m_start)
                    return false;
            } else if (const int c = createdAt.compare(m_createdAt);
                       c < 0 || (c == 0 && id.compare(m_id) < 0)) {
                return false;
            }
        }
        m_start = start;
        m_createdAt = createdAt.toByteArray();
        m_id = id.toByteArray();
        return true;
    }

    bool has() const { return m_start.isValid(); }

private:
    QDate m_start;
    QByteArray m_createdAt;
    QByteArray m_id;
};

} // namespace csm::storage
