#pragma once

// Names for generated books: companies (real Japanese ones from Japan Post's JIGYOSYO.CSV, or built from word
// lists in Japanese and English) and people, with what goes with them (reading, e-mail domain, region).

#include "GeneratorRandom_p.h"
#include "domain/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace csm::io {

struct CompanyName
{
    QString name;
    QString reading;     // full-width katakana without the legal form; empty for English names
    QString domainSlug;  // lower-case ASCII, for e-mail addresses
    int regionHint = -1; // index into the Japanese regions (from the prefecture), -1 when unknown
    bool japanese = false;
};

struct PersonName
{
    QString display;    // "佐藤 健太" or "Emily Carter"
    QString emailLocal; // "kenta.sato" or "emily.carter"
};

// Real Japanese companies from Japan Post's business list (CP932, no header): corporations only, names
// normalised (（株） → 株式会社, Japan Post's spacing removed), readings converted to full-width katakana.
Result<QList<CompanyName>> loadJapanPostCompanies(const QString& path);

// Half-width katakana reading as Japan Post writes it → full-width katakana, legal forms dropped.
QString readingFromHalfWidth(QStringView halfWidth);
// Full-width katakana → lower-case ASCII romaji (Hepburn-like; long vowels and small kana simplified).
QString romanize(QStringView katakana);

// Hands out unique company names and person names.
class NameSource
{
public:
    // The real names are used first, in an order shuffled by rng; then names built from word lists.
    NameSource(QList<CompanyName> realJapanese, Rng& rng);

    CompanyName company(Rng& rng, bool japanese);
    static PersonName person(Rng& rng, bool japanese);
    bool usesRealNames() const { return !m_real.isEmpty(); }

private:
    CompanyName syntheticJapanese(Rng& rng) const;
    static CompanyName syntheticEnglish(Rng& rng);
    bool claim(const QString& name);

    QList<CompanyName> m_real;
    qsizetype m_nextReal = 0;
    QSet<QString> m_used;
};

} // namespace csm::io
