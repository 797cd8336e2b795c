#pragma once

// Inside the importer (Importer.cpp): one row's cells read through the mapping with every problem on its
// cell (RowCells), the book's accounts as rows name them (AccountIndex), and one importer per import type
// that turns a row into a record, matches it and writes it (RowImporter).

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ImportFields.h"
#include "io/Importer.h"

#include "domain/DateParsing.h"
#include "domain/Entities.h"
#include "storage/ImportWriter.h"

#include <QHash>
#include <QLocale>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace csm::io::detail {

// What every row of one file is read with.
struct Reading
{
    const ColumnMapping* mapping = nullptr;
    dates::DateReading dates;
    QLocale locale = QLocale::c();
    QString currency;
    const QMap<MatchChoiceKey, MatchChoice>* choices = nullptr;
};

class RowCells
{
    Q_DECLARE_TR_FUNCTIONS(csm::io::Importer)
public:
    RowCells(const CsvRow& row, const Reading& reading) : m_row(row), m_reading(reading) {}

    bool mapped(QStringView field) const { return m_reading.mapping->columnOf(field) >= 0; }
    // Mapped and not blank.
    bool has(QStringView field) const;
    // Trimmed; an apostrophe our own export put before a formula-like text taken off again.
    QString text(QStringView field) const;
    QString textAt(int column) const;

    std::optional<QDate> date(QStringView field);
    std::optional<QTime> time(QStringView field);
    std::optional<qint64> integer(QStringView field, qint64 min, qint64 max);
    std::optional<MinorUnits> amount(QStringView field);
    std::optional<double> numberAt(int column, QStringView field);
    std::optional<bool> boolean(QStringView field);
    std::optional<QString> corporateNumber(QStringView field);
    template <typename E> std::optional<E> choice(QStringView field);

    void problem(QStringView field, const QString& message, const QString& hint = {});
    // The user's choice for a value of `field` that matches several records, if one was made.
    std::optional<MatchChoice> choiceFor(QStringView field) const;
    // A value of `field` that matches several records and no choice says which: the row is rejected with
    // `message` on the field, and the candidates are kept for the user to choose from.
    void ambiguous(QStringView field, const QString& value, bool canCreate,
                   const QList<AmbiguousMatch::Candidate>& candidates, const QString& message,
                   const QString& hint);
    // The user chose to leave the row out.
    void skip() { m_skipped = true; }
    bool skipped() const { return m_skipped; }
    const std::optional<AmbiguousMatch>& ambiguity() const { return m_ambiguity; }
    void problemAt(int column, QStringView field, const QString& message, const QString& hint = {});
    const QList<ImportProblem>& problems() const { return m_problems; }
    const CsvRow& row() const { return m_row; }
    const Reading& reading() const { return m_reading; }

private:
    const CsvRow& m_row;
    const Reading& m_reading;
    QList<ImportProblem> m_problems;
    std::optional<AmbiguousMatch> m_ambiguity;
    bool m_skipped = false;
};

// The book's live accounts by the keys rows name them with; kept current as the import adds accounts.
class AccountIndex
{
    Q_DECLARE_TR_FUNCTIONS(csm::io::Importer)
public:
    Status load(const ImportWriter& writer);
    void add(const AccountKey& account);
    void update(const AccountKey& before, const AccountKey& after);

    // The accounts a value names, by kind of key; empty when none.
    QList<Id> byId(const QString& id) const;
    QList<Id> byExternalId(const QString& externalId) const;
    QList<Id> byCorporateNumber(const QString& number) const;
    QList<Id> byName(const QString& name) const;
    QString nameOf(const Id& id) const;
    const AccountKey* key(const Id& id) const;

    // The account a child row belongs to (account_id, account_external_id, account_name, account): one id,
    // or a problem on the cell (no such account; several: listed for the user to decide).
    std::optional<Id> resolve(RowCells& cells) const;
    // "3 accounts have this name: A, B, C." (translated) for an ambiguous match.
    QString ambiguity(const QList<Id>& ids, const QString& what) const;
    // The accounts as the user tells them apart: "Twin (Z-1)".
    QList<AmbiguousMatch::Candidate> candidates(const QList<Id>& ids) const;
    // An ambiguous account match of a row: the account the user chose (nullopt: skipped, or still
    // ambiguous with a problem on the cell; the row is rejected or skipped either way).
    std::optional<Id> choose(RowCells& cells, QStringView field, const QString& value, const QList<Id>& found,
                             const QString& hint) const;

private:
    QHash<Id, AccountKey> m_accounts;
    QMultiHash<QString, Id> m_external;
    QMultiHash<QString, Id> m_corporate;
    QMultiHash<QString, Id> m_names;
    // resolve's answers by the bytes of the row's account cells; emptied whenever an account is added or
    // changed. m_cellsKey is the row's key, kept to reuse its buffer. (A standard map: QHash's hashing of
    // short byte keys measured four times slower here, at a million lookups an import.)
    mutable std::unordered_map<std::string, Id> m_resolved;
    mutable std::string m_cellsKey;
};

// One import type's rows.
class RowImporter
{
public:
    virtual ~RowImporter() = default;
    // Reads, matches and writes one row. Problems go to `cells`; an Error only when the book fails.
    // A row that writes several values (a wide usage row) is Added when it added one, else Updated when it
    // changed one, else Unchanged.
    virtual Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) = 0;
};

std::unique_ptr<RowImporter> makeRowImporter(ImportType type, AccountIndex& accounts);

} // namespace csm::io::detail
