#pragma once

// What each kind of import brings into a book, field by field (issue 13): the key of each field (which is
// also its header in the book's own CSV export, so that those files import back with no mapping), the kind
// of value it holds, whether the import needs it, and the headers that other tools give it (Salesforce
// export names, common Japanese and English headers) for suggesting a mapping.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm::io {

enum class ImportType
{
    Accounts,
    Contacts,
    Contracts,
    ArrEvents,
    Touches,
    Usage,     // long: account, date, metric, value
    UsageWide, // one column per metric
    Nps,
    Holidays, // the book's company holidays
};

// The command line's --type names: accounts, contacts, contracts, arr, touches, usage, usage-wide, nps,
// holidays.
QString importTypeCode(ImportType type);
std::optional<ImportType> importTypeFromCode(QStringView code);
QString importTypeLabel(ImportType type); // translated
QList<ImportType> allImportTypes();

// How a field's cells are read (domain/CellValues.h, domain/DateParsing.h, domain/AccountIdentity.h).
enum class FieldKind
{
    Text,
    Id,              // an external id or a book id: compared by identity::externalIdKey
    CorporateNumber, // 法人番号, check digit verified
    Date,
    Time,
    Amount,  // Money in the book's currency
    Integer, // seats, term months, notice days, sentiment, score
    Number,  // a usage value
    Boolean,
    Choice, // one of the book's codes (stage, role, kind ...), or a word for it
};

struct ImportField
{
    QString key; // the book's CSV header for it: "name", "external_id", "start_date"
    FieldKind kind = FieldKind::Text;
    bool required = false;
    // Fields of which one is enough, e.g. "account": the account by book id, external id, name, or any.
    QString group;
    QStringList synonyms; // headers that mean this field (Salesforce's, Japanese, English)
    QStringList weak;     // headers that may mean it: suggested, for the user to confirm
    bool exactOnly =
        false; // matched by its key alone, as written ("id" is the book's id; "Id" is Salesforce's)
    const char* labelSource = nullptr;

    QString label() const; // translated
};

// The fields of an import type, in the order a wizard shows them.
const QList<ImportField>& importFields(ImportType type);
const ImportField* importField(ImportType type, QStringView key);

// The one group of fields an import needs at least one of: "account" for every type that belongs to one.
inline const QString& accountGroup()
{
    static const QString g = QStringLiteral("account");
    return g;
}

// A header reduced for comparison: NFKC, case folded, letters and digits only ("E-mail" and "ｅｍａｉｌ" are
// "email", "契約期間（月）" is "契約期間月").
QString headerKey(QStringView header);

} // namespace csm::io
