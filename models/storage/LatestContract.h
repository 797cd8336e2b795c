#pragma once

// Which of an account's live contracts is its latest (docs/decisions.md, "The latest contract"): the latest
// start date; of two starting the same day, the one created later (`created_at` in the book's ISO form, which
// orders as its text does), then the larger id. The list facts' triggers order them so (ListFacts.cpp); the
// whole-book reads that scan `contract` in table order keep the latest with this.

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QVarLengthArray>

namespace csm::storage {

// The latest contract of each account of a read, by the read's account number. The texts that decide between
// two contracts starting the same day (created_at, then the id) of each account's latest so far are kept side
// by side in one buffer: an object with its own texts for each of 100,000 accounts cost an allocation each,
// or 100 bytes each kept inside it.
class LatestContracts
{
public:
    explicit LatestContracts(qsizetype accounts) : m_kept(accounts) {}

    // Keeps the contract as the account's latest when it is later than the one kept so far (or none is);
    // returns whether it did.
    bool offer(qsizetype account, QDate start, QByteArrayView createdAt, QByteArrayView id)
    {
        Kept& k = m_kept[account];
        if (k.start.isValid()) {
            if (start != k.start) {
                if (start < k.start)
                    return false;
            } else if (const int c = createdAt.compare(text(k.texts, k.createdSize));
                       c < 0 || (c == 0 && id.compare(text(k.texts + k.createdSize, k.idSize)) < 0)) {
                return false;
            }
        }
        // A contract kept before leaves its texts behind: rare, and the buffer lives only as long as the
        // read.
        k = {start, m_texts.size(), int(createdAt.size()), int(id.size())};
        m_texts.append(createdAt.data(), createdAt.size());
        m_texts.append(id.data(), id.size());
        return true;
    }

    bool has(qsizetype account) const { return m_kept[account].start.isValid(); }

private:
    struct Kept
    {
        QDate start;
        qsizetype texts = 0; // offset of created_at in m_texts, the id right after it
        int createdSize = 0;
        int idSize = 0;
    };
    QByteArrayView text(qsizetype at, int size) const { return QByteArrayView(m_texts.data() + at, size); }

    QList<Kept> m_kept;
    QVarLengthArray<char, 1024> m_texts; // appends inline: QByteArray::append cost 70 ns each
};

} // namespace csm::storage
