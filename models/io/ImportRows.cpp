#include "ImportRows_p.h"

#include "io/CsvWriter.h"

#include "domain/AccountIdentity.h"
#include "domain/CellValues.h"
#include "domain/ContractTerms.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Uuid.h"
#include "storage/Book.h"

#include <QSet>

namespace csm::io::detail {

// --- RowCells

bool RowCells::has(QStringView field) const
{
    const int c = m_reading.mapping->columnOf(field);
    return c >= 0 && c < m_row.size() && !cell::isBlank(m_row.text(c));
}

QString RowCells::textAt(int column) const
{
    if (column < 0 || column >= m_row.size())
        return {};
    return unguardFormula(m_row.text(column).trimmed());
}

QString RowCells::text(QStringView field) const
{
    return textAt(m_reading.mapping->columnOf(field));
}

void RowCells::problemAt(int column, QStringView field, const QString& message, const QString& hint)
{
    ImportProblem p;
    p.line = m_row.line();
    if (column >= 0 && column < m_row.size()) {
        const CsvPosition at = m_row.position(column);
        p.line = at.line;
        p.column = at.column;
    }
    p.field = field.toString();
    p.message = message;
    p.hint = hint;
    m_problems.append(p);
}

void RowCells::problem(QStringView field, const QString& message, const QString& hint)
{
    problemAt(m_reading.mapping->columnOf(field), field, message, hint);
}

std::optional<MatchChoice> RowCells::choiceFor(QStringView field) const
{
    if (!m_reading.choices)
        return std::nullopt;
    const auto it = m_reading.choices->constFind({m_row.line(), field.toString()});
    if (it == m_reading.choices->constEnd())
        return std::nullopt;
    return *it;
}

void RowCells::ambiguous(QStringView field, const QString& value, bool canCreate,
                         const QList<AmbiguousMatch::Candidate>& candidates, const QString& message,
                         const QString& hint)
{
    problem(field, message, hint);
    m_ambiguity = AmbiguousMatch{m_row.line(), field.toString(), value, canCreate, candidates};
}

std::optional<QDate> RowCells::date(QStringView field)
{
    if (!has(field))
        return std::nullopt;
    // A machine-written day straight from the cell's bytes: no text, no regular expression (usage files
    // of a million rows); any other form, or a guarded or padded cell, is read as text below.
    if (const std::optional<QDate> iso = dates::isoDate(m_row.utf8(m_reading.mapping->columnOf(field))))
        return iso;
    Result<QDate> d = dates::parseDate(QStringView(text(field)), m_reading.dates);
    if (!d) {
        problem(field, d.error().message, d.error().hint);
        return std::nullopt;
    }
    return *d;
}

std::optional<QTime> RowCells::time(QStringView field)
{
    if (!has(field))
        return std::nullopt;
    const QString t = text(field);
    for (const auto* format : {"H:mm", "H:mm:ss", "HH:mm", "HH:mm:ss"}) {
        const QTime parsed = QTime::fromString(t, QLatin1String(format));
        if (parsed.isValid())
            return parsed;
    }
    Result<QDateTime> moment = dates::parseDateTime(QStringView(t), m_reading.dates);
    if (moment)
        return moment->toTimeZone(m_reading.dates.zone).time();
    problem(field, tr("\"%1\" is not a time of day.").arg(t), tr("Write it as 14:30."));
    return std::nullopt;
}

std::optional<qint64> RowCells::integer(QStringView field, qint64 min, qint64 max)
{
    if (!has(field))
        return std::nullopt;
    Result<qint64> n = cell::parseInteger(QStringView(text(field)), m_reading.locale);
    if (!n) {
        problem(field, n.error().message, n.error().hint);
        return std::nullopt;
    }
    if (*n < min || *n > max) {
        problem(field, tr("%1 is outside %2 to %3.").arg(*n).arg(min).arg(max));
        return std::nullopt;
    }
    return *n;
}

std::optional<MinorUnits> RowCells::amount(QStringView field)
{
    if (!has(field))
        return std::nullopt;
    Result<Money> m = cell::parseAmount(QStringView(text(field)), m_reading.currency, m_reading.locale);
    if (!m) {
        problem(field, m.error().message, m.error().hint);
        return std::nullopt;
    }
    return m->minor();
}

std::optional<double> RowCells::numberAt(int column, QStringView field)
{
    if (column < 0 || column >= m_row.size() || cell::isBlank(m_row.text(column)))
        return std::nullopt;
    Result<double> n = cell::parseNumber(m_row.utf8(column), m_reading.locale);
    if (!n) {
        problemAt(column, field, n.error().message, n.error().hint);
        return std::nullopt;
    }
    return *n;
}

std::optional<bool> RowCells::boolean(QStringView field)
{
    if (!has(field))
        return std::nullopt;
    Result<bool> b = cell::parseBoolean(QStringView(text(field)));
    if (!b) {
        problem(field, b.error().message, b.error().hint);
        return std::nullopt;
    }
    return *b;
}

std::optional<QString> RowCells::corporateNumber(QStringView field)
{
    if (!has(field))
        return std::nullopt;
    Result<QString> n = identity::parseCorporateNumber(QStringView(text(field)));
    if (!n) {
        problem(field, n.error().message, n.error().hint);
        return std::nullopt;
    }
    return *n;
}

namespace {

// Words other tools write for the book's codes (compared after headerKey folding). The codes themselves
// (the book's export) always read.
template <typename E> QList<std::pair<const char*, E>> choiceWords();

template <> QList<std::pair<const char*, LifecycleStage>> choiceWords()
{
    using S = LifecycleStage;
    return {{"導入", S::Onboarding}, {"オンボーディング", S::Onboarding},
            {"活用", S::Adopting},   {"定着", S::Mature},
            {"更新", S::Renewing},   {"解約", S::Churned},
            {"churn", S::Churned}};
}
template <> QList<std::pair<const char*, TouchModel>> choiceWords()
{
    return {{"ハイタッチ", TouchModel::High},   {"ロータッチ", TouchModel::Low},
            {"テックタッチ", TouchModel::Tech}, {"hightouch", TouchModel::High},
            {"lowtouch", TouchModel::Low},      {"techtouch", TouchModel::Tech}};
}
template <> QList<std::pair<const char*, ContactRole>> choiceWords()
{
    using R = ContactRole;
    return {{"チャンピオン", R::Champion}, {"sponsor", R::ExecutiveSponsor}, {"決裁者", R::ExecutiveSponsor},
            {"管理者", R::Admin},          {"administrator", R::Admin},      {"利用者", R::User},
            {"ユーザー", R::User}};
}
template <> QList<std::pair<const char*, TouchKind>> choiceWords()
{
    using K = TouchKind;
    // Salesforce's TaskSubtype "Task" says nothing of the kind: the book's default, a meeting.
    return {{"task", K::Meeting},
            {"listemail", K::Email},
            {"電話", K::Call},
            {"メール", K::Email},
            {"会議", K::Meeting},
            {"打ち合わせ", K::Meeting},
            {"訪問", K::Meeting},
            {"トレーニング", K::Training},
            {"ウェビナー", K::Webinar},
            {"エスカレーション", K::Escalation},
            {"社内メモ", K::InternalNote},
            {"note", K::InternalNote}};
}
template <> QList<std::pair<const char*, Direction>> choiceWords()
{
    return {{"発信", Direction::Outbound},
            {"着信", Direction::Inbound},
            {"受信", Direction::Inbound},
            {"incoming", Direction::Inbound},
            {"outgoing", Direction::Outbound}};
}
template <> QList<std::pair<const char*, ArrEventKind>> choiceWords()
{
    using A = ArrEventKind;
    return {{"新規", A::New},         {"増額", A::Expansion},   {"アップセル", A::Expansion},
            {"upsell", A::Expansion}, {"減額", A::Contraction}, {"downgrade", A::Contraction},
            {"解約", A::Churn},       {"churned", A::Churn},    {"再開", A::Reactivation}};
}

template <typename E> QList<E> allValues()
{
    QList<E> out;
    for (int i = 0;; ++i) {
        const E v = static_cast<E>(i);
        if (toCode(v).isEmpty())
            break;
        out << v;
    }
    return out;
}

} // namespace

template <typename E> std::optional<E> RowCells::choice(QStringView field)
{
    if (!has(field))
        return std::nullopt;
    const QString value = text(field);
    const QString key = headerKey(value);
    for (const E v : allValues<E>()) {
        if (headerKey(toCode(v)) == key)
            return v;
    }
    for (const auto& [word, v] : choiceWords<E>()) {
        if (headerKey(QString::fromUtf8(word)) == key)
            return v;
    }
    QStringList codes;
    for (const E v : allValues<E>())
        codes << toCode(v);
    problem(field, tr("\"%1\" is not one of %2.").arg(value, codes.join(QStringLiteral(", "))));
    return std::nullopt;
}

// --- AccountIndex

Status AccountIndex::load(const ImportWriter& writer)
{
    Result<QList<AccountKey>> live = writer.liveAccounts();
    if (!live)
        return live.error();
    for (const AccountKey& a : std::as_const(*live))
        add(a);
    return {};
}

void AccountIndex::add(const AccountKey& a)
{
    m_resolved.clear(); // a name may now name two accounts, or a key one that named none
    m_accounts.insert(a.id, a);
    if (!a.externalId.isEmpty())
        m_external.insert(identity::externalIdKey(a.externalId), a.id);
    if (!a.corporateNumber.isEmpty())
        m_corporate.insert(a.corporateNumber, a.id);
    const QString name = identity::companyNameKey(a.name);
    if (!name.isEmpty())
        m_names.insert(name, a.id);
}

void AccountIndex::update(const AccountKey& before, const AccountKey& after)
{
    m_external.remove(identity::externalIdKey(before.externalId), before.id);
    m_corporate.remove(before.corporateNumber, before.id);
    m_names.remove(identity::companyNameKey(before.name), before.id);
    add(after);
}

QList<Id> AccountIndex::byId(const QString& id) const
{
    return m_accounts.contains(id) ? QList<Id>{id} : QList<Id>{};
}

QList<Id> AccountIndex::byExternalId(const QString& externalId) const
{
    return m_external.values(identity::externalIdKey(externalId));
}

QList<Id> AccountIndex::byCorporateNumber(const QString& number) const
{
    return m_corporate.values(number);
}

QList<Id> AccountIndex::byName(const QString& name) const
{
    const QString key = identity::companyNameKey(name);
    return key.isEmpty() ? QList<Id>{} : m_names.values(key);
}

QString AccountIndex::nameOf(const Id& id) const
{
    return m_accounts.value(id).name;
}

const AccountKey* AccountIndex::key(const Id& id) const
{
    auto it = m_accounts.constFind(id);
    return it == m_accounts.constEnd() ? nullptr : &it.value();
}

QList<AmbiguousMatch::Candidate> AccountIndex::candidates(const QList<Id>& ids) const
{
    QList<AmbiguousMatch::Candidate> out;
    for (const Id& id : ids) {
        // Each by what the user can tell them apart by: its external id or 法人番号, else its id in the book.
        const AccountKey* k = key(id);
        const QString which = !k                              ? id
                              : !k->externalId.isEmpty()      ? k->externalId
                              : !k->corporateNumber.isEmpty() ? k->corporateNumber
                                                              : id;
        out.append({id, QStringLiteral("%1 (%2)").arg(nameOf(id), which)});
    }
    return out;
}

QString AccountIndex::ambiguity(const QList<Id>& ids, const QString& what) const
{
    QStringList names;
    for (const AmbiguousMatch::Candidate& c : candidates(ids.mid(0, 5)))
        names << c.label;
    return tr("%n accounts match %1: %2.", nullptr, int(ids.size()))
        .arg(what, names.join(QStringLiteral("; ")));
}

std::optional<Id> AccountIndex::choose(RowCells& cells, QStringView field, const QString& value,
                                       const QList<Id>& found, const QString& hint) const
{
    if (const std::optional<MatchChoice> choice = cells.choiceFor(field)) {
        if (choice->kind == MatchChoice::Kind::Target && found.contains(choice->target))
            return choice->target;
        if (choice->kind == MatchChoice::Kind::Skip) {
            cells.skip();
            return std::nullopt;
        }
    }
    cells.ambiguous(field, value, false, candidates(found),
                    ambiguity(found, QStringLiteral("\"%1\"").arg(value)), hint);
    return std::nullopt;
}

std::optional<Id> AccountIndex::resolve(RowCells& cells) const
{
    // The keys in the order of docs/import-export.md: ids first, then names.
    struct Try
    {
        const char16_t* field;
        bool id;
        bool external;
        bool name;
    };
    static const Try tries[] = {
        {u"account_id", true, true, false},
        {u"account_external_id", false, true, false},
        {u"account", false, true, true},
        {u"account_name", false, false, true},
    };
    // A file names each account thousands of times (a usage file): an account named by the same bytes in
    // the same columns before is not looked up, folded and compared again. The cells' bytes decide their
    // texts, so they decide the answer.
    const ColumnMapping& mapping = *cells.reading().mapping;
    m_cellsKey.clear();
    for (const Try& t : tries) {
        const int c = mapping.columnOf(t.field);
        if (c >= 0 && c < cells.row().size()) {
            const QByteArrayView bytes = cells.row().utf8(c);
            m_cellsKey.append(bytes.data(), std::size_t(bytes.size()));
        }
        m_cellsKey.push_back('\0');
    }
    if (const auto known = m_resolved.find(m_cellsKey); known != m_resolved.end())
        return known->second;
    const std::string cellsKey = m_cellsKey;
    const char16_t* firstGiven = nullptr;
    for (const Try& t : tries) {
        const QStringView field(t.field);
        if (!cells.has(field))
            continue;
        if (!firstGiven)
            firstGiven = t.field;
        const QString value = cells.text(field);
        for (int step = 0; step < 3; ++step) {
            QList<Id> found;
            if (step == 0 && t.id)
                found = byId(value);
            else if (step == 1 && t.external)
                found = byExternalId(value);
            else if (step == 2 && t.name)
                found = byName(value);
            if (found.size() == 1) {
                m_resolved.emplace(cellsKey, found.first());
                return found.first();
            }
            if (found.size() > 1) // the user's choice is per row: not remembered
                return choose(cells, field, value, found,
                              tr("Give the account's external id or 法人番号 instead of its name."));
        }
    }
    if (!firstGiven) {
        cells.problem(QStringLiteral("account"), tr("The row names no account."),
                      tr("Fill in the account's external id or name."));
        return std::nullopt;
    }
    cells.problem(QStringView(firstGiven),
                  tr("The book has no account \"%1\".").arg(cells.text(QStringView(firstGiven))),
                  tr("Import the accounts first, or correct the name or id."));
    return std::nullopt;
}

namespace {

// How the user tells apart records that a row matches alike.
QString describe(const Contact& c, const QString&)
{
    return c.email.isEmpty() ? c.name : QStringLiteral("%1 <%2>").arg(c.name, c.email);
}
QString describe(const Contract& c, const QString& currency)
{
    return RowCells::tr("from %1, %n month(s), ARR %2", nullptr, c.termMonths)
        .arg(c.startDate.toString(Qt::ISODate), Money(c.arr, currency).format(QLocale::c()));
}
QString describe(const ArrEvent& e, const QString& currency)
{
    return RowCells::tr("%1, ARR after %2")
        .arg(e.effectiveOn.toString(Qt::ISODate), Money(e.arrAfter, currency).format(QLocale::c()));
}
QString describe(const Touch& t, const QString&)
{
    return QStringLiteral("%1 %2").arg(t.occurredOn.toString(Qt::ISODate), t.summary.left(60));
}
QString describe(const NpsResponse& n, const QString&)
{
    return QStringLiteral("%1 %2 (%3)").arg(n.respondedOn.toString(Qt::ISODate), n.respondent).arg(n.score);
}

// The record a row stands for: by the book's id, then the external id, then what `like` finds (one row: it;
// several: the user's choice, else the row is ambiguous). nullopt when ambiguous (with a problem) or skipped;
// an empty record when new.
template <typename T, typename Like>
Result<std::optional<T>> matchRecord(RowCells& cells, ImportWriter& writer, Like like)
{
    if (cells.has(u"id")) {
        auto found = writer.byId<T>(cells.text(u"id"));
        if (!found)
            return found.error();
        if (*found)
            return *found;
        T fresh;
        fresh.id = cells.text(u"id"); // the book's own export: the same id again
        return std::optional<T>(fresh);
    }
    if (cells.has(u"external_id")) {
        auto found = writer.byExternalId<T>(identity::externalIdKey(cells.text(u"external_id")));
        if (!found)
            return found.error();
        if (*found)
            return *found;
        return std::optional<T>(T{});
    }
    Result<QList<T>> similar = like();
    if (!similar)
        return similar.error();
    if (similar->size() > 1) {
        if (const std::optional<MatchChoice> choice = cells.choiceFor(u"")) {
            switch (choice->kind) {
            case MatchChoice::Kind::Target:
                for (const T& r : std::as_const(*similar)) {
                    if (r.id == choice->target)
                        return std::optional<T>(r);
                }
                break; // no longer one of them: ask again
            case MatchChoice::Kind::New:
                return std::optional<T>(T{});
            case MatchChoice::Kind::Skip:
                cells.skip();
                return std::optional<T>();
            }
        }
        QList<AmbiguousMatch::Candidate> candidates;
        for (const T& r : std::as_const(*similar))
            candidates.append({r.id, describe(r, cells.reading().currency)});
        cells.ambiguous(u"", {}, true, candidates,
                        RowCells::tr("%n records of the book match this row.", nullptr, int(similar->size())),
                        RowCells::tr("Give each an external id so that the import can tell them apart."));
        return std::optional<T>();
    }
    if (similar->size() == 1)
        return std::optional<T>(similar->first());
    return std::optional<T>(T{});
}

// Rejects a second row of the file that stands for the record an earlier row already wrote.
Result<bool> isRepeat(RowCells& cells, ImportWriter& writer, const char* table, const Id& id)
{
    if (id.isEmpty())
        return false;
    auto earlier = writer.earlierLine(QByteArray(table) + ':' + id.toUtf8(), cells.row().line());
    if (!earlier)
        return earlier.error();
    if (!*earlier)
        return false;
    cells.problem(u"", RowCells::tr("Line %1 already imports the same record.").arg(**earlier),
                  RowCells::tr("Keep one of the two rows."));
    return true;
}

template <typename T> void setText(RowCells& cells, const char* field, QString T::*member, T& record)
{
    if (cells.mapped(QString::fromLatin1(field)))
        record.*member = cells.text(QString::fromLatin1(field));
}

bool rejected(const RowCells& cells)
{
    return !cells.problems().isEmpty();
}

Result<RowOutcome> rejectedRow()
{
    return RowOutcome::Unchanged; // not written; the caller sees the problems
}

// Writes a record the row was read into: a new one gets its id first, so that a later row of the file
// that matches it is seen to repeat it.
template <typename T>
Result<RowOutcome> writeRecord(RowCells& cells, ImportWriter& writer, const char* table, T& record)
{
    if (rejected(cells))
        return rejectedRow();
    if (record.id.isEmpty())
        record.id = newUuidV7();
    auto repeat = isRepeat(cells, writer, table, record.id);
    if (!repeat)
        return repeat.error();
    if (*repeat)
        return rejectedRow();
    return writer.write(record, cells.row().line());
}

class AccountsImporter final : public RowImporter
{
public:
    explicit AccountsImporter(AccountIndex& accounts) : m_accounts(accounts) {}

    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const QString externalId =
            cells.has(u"external_id") ? identity::externalIdKey(cells.text(u"external_id")) : QString();
        const std::optional<QString> corporate = cells.corporateNumber(u"corporate_number");
        Id target;
        if (cells.has(u"id") && !m_accounts.byId(cells.text(u"id")).isEmpty())
            target = cells.text(u"id");
        if (target.isEmpty() && !externalId.isEmpty()) {
            const QList<Id> found = m_accounts.byExternalId(externalId);
            if (!found.isEmpty())
                target = found.first(); // unique among live accounts
        }
        bool makeNew = false; // the user chose a new account over those that match
        const auto decide = [&](QStringView field, const QString& value, const QList<Id>& found,
                                const QString& message, const QString& hint) {
            if (const std::optional<MatchChoice> choice = cells.choiceFor(field)) {
                if (choice->kind == MatchChoice::Kind::Target && found.contains(choice->target)) {
                    target = choice->target;
                    return;
                }
                if (choice->kind == MatchChoice::Kind::New) {
                    makeNew = true;
                    return;
                }
                if (choice->kind == MatchChoice::Kind::Skip) {
                    cells.skip();
                    return;
                }
            }
            cells.ambiguous(field, value, true, m_accounts.candidates(found), message, hint);
        };
        if (target.isEmpty() && corporate) {
            const QList<Id> found = compatible(m_accounts.byCorporateNumber(*corporate), externalId, {});
            if (found.size() > 1)
                decide(u"corporate_number", *corporate, found, m_accounts.ambiguity(found, *corporate), {});
            else if (found.size() == 1)
                target = found.first();
        }
        if (target.isEmpty() && !makeNew && !cells.skipped() && !cells.ambiguity() && cells.has(u"name")) {
            // By name only an account that no id of the row contradicts.
            const QList<Id> found =
                compatible(m_accounts.byName(cells.text(u"name")), externalId, corporate.value_or(QString()));
            if (found.size() > 1)
                decide(u"name", cells.text(u"name"), found,
                       m_accounts.ambiguity(found, QStringLiteral("\"%1\"").arg(cells.text(u"name"))),
                       RowCells::tr("Give the account's external id or 法人番号 so that the import can tell "
                                    "them apart."));
            else if (found.size() == 1)
                target = found.first();
        }
        if (cells.skipped() || cells.ambiguity())
            return rejectedRow();
        Account a;
        if (!target.isEmpty()) {
            auto existing = writer.byId<Account>(target);
            if (!existing)
                return existing.error();
            if (*existing)
                a = **existing;
        } else if (cells.has(u"id")) {
            a.id = cells.text(u"id");
        }
        setText(cells, "name", &Account::name, a);
        setText(cells, "name_reading", &Account::nameReading, a);
        setText(cells, "owner", &Account::owner, a);
        setText(cells, "industry", &Account::industry, a);
        setText(cells, "plan", &Account::plan, a);
        setText(cells, "region", &Account::region, a);
        setText(cells, "status", &Account::status, a);
        setText(cells, "touch_model_override_reason", &Account::touchModelOverrideReason, a);
        if (!externalId.isEmpty())
            a.externalId = externalId;
        if (corporate)
            a.corporateNumber = *corporate;
        if (auto seats = cells.integer(u"seats", 0, 10'000'000))
            a.seats = int(*seats);
        if (auto stage = cells.choice<LifecycleStage>(u"stage"))
            a.stage = *stage;
        if (cells.mapped(u"touch_model_override"))
            a.touchModelOverride = cells.choice<TouchModel>(u"touch_model_override");
        if (auto arr = cells.amount(u"arr"))
            a.arr = *arr;
        if (a.name.trimmed().isEmpty())
            cells.problem(u"name", RowCells::tr("The account has no name."),
                          RowCells::tr("Fill in the name."));
        if (rejected(cells))
            return rejectedRow();
        const AccountKey* before = a.id.isEmpty() ? nullptr : m_accounts.key(a.id);
        const AccountKey beforeKey = before ? *before : AccountKey{};
        Result<RowOutcome> written = writeRecord(cells, writer, "account", a);
        if (!written || rejected(cells))
            return written;
        const AccountKey after{a.id, a.name, a.externalId, a.corporateNumber};
        if (before)
            m_accounts.update(beforeKey, after);
        else
            m_accounts.add(after);
        return written;
    }

private:
    // Candidates whose ids do not contradict the row's (an account with another external id or 法人番号 is
    // another company of the same name).
    QList<Id> compatible(const QList<Id>& ids, const QString& externalId, const QString& corporate) const
    {
        QList<Id> out;
        for (const Id& id : ids) {
            const AccountKey* k = m_accounts.key(id);
            if (!k)
                continue;
            if (!externalId.isEmpty() && !k->externalId.isEmpty() &&
                identity::externalIdKey(k->externalId) != externalId)
                continue;
            if (!corporate.isEmpty() && !k->corporateNumber.isEmpty() && k->corporateNumber != corporate)
                continue;
            out << id;
        }
        return out;
    }

    AccountIndex& m_accounts;
};

class ContactsImporter final : public RowImporter
{
public:
    explicit ContactsImporter(AccountIndex& accounts) : m_accounts(accounts) {}
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<Id> account = m_accounts.resolve(cells);
        if (!account)
            return rejectedRow();
        auto match = matchRecord<Contact>(cells, writer, [&] {
            return writer.contactsLike(*account, cells.text(u"email"), cells.text(u"name"));
        });
        if (!match)
            return match.error();
        if (!*match)
            return rejectedRow();
        Contact c = **match;
        c.accountId = *account;
        if (cells.has(u"external_id"))
            c.externalId = identity::externalIdKey(cells.text(u"external_id"));
        setText(cells, "name", &Contact::name, c);
        setText(cells, "email", &Contact::email, c);
        setText(cells, "phone", &Contact::phone, c);
        if (auto role = cells.choice<ContactRole>(u"role"))
            c.role = *role;
        if (c.name.isEmpty())
            cells.problem(u"name", RowCells::tr("The contact has no name."),
                          RowCells::tr("Fill in the name."));
        return writeRecord(cells, writer, "contact", c);
    }

private:
    AccountIndex& m_accounts;
};

class TouchesImporter final : public RowImporter
{
public:
    explicit TouchesImporter(AccountIndex& accounts) : m_accounts(accounts) {}
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<Id> account = m_accounts.resolve(cells);
        const std::optional<QDate> day = cells.date(u"occurred_on");
        const TouchKind kind = cells.choice<TouchKind>(u"kind").value_or(TouchKind::Meeting);
        if (!account || !day)
            return rejectedRow();
        auto match = matchRecord<Touch>(
            cells, writer, [&] { return writer.touchesLike(*account, *day, kind, cells.text(u"summary")); });
        if (!match)
            return match.error();
        if (!*match)
            return rejectedRow();
        Touch t = **match;
        t.accountId = *account;
        t.occurredOn = *day;
        t.kind = kind;
        if (cells.has(u"external_id"))
            t.externalId = identity::externalIdKey(cells.text(u"external_id"));
        if (cells.mapped(u"occurred_at"))
            t.occurredAt = cells.time(u"occurred_at");
        if (auto direction = cells.choice<Direction>(u"direction"))
            t.direction = *direction;
        setText(cells, "summary", &Touch::summary, t);
        setText(cells, "next_step", &Touch::nextStep, t);
        setText(cells, "author", &Touch::author, t);
        if (cells.mapped(u"sentiment")) {
            const auto s = cells.integer(u"sentiment", -2, 2);
            t.sentiment = s ? std::optional<int>(int(*s)) : std::nullopt;
        }
        if (cells.mapped(u"follow_up_on"))
            t.followUpOn = cells.date(u"follow_up_on");
        if (auto done = cells.boolean(u"follow_up_done"))
            t.followUpDone = *done;
        QList<Id> participants;
        if (cells.has(u"contact_external_id")) {
            auto contact =
                writer.byExternalId<Contact>(identity::externalIdKey(cells.text(u"contact_external_id")));
            if (!contact)
                return contact.error();
            if (!*contact || (*contact)->accountId != *account)
                cells.problem(u"contact_external_id",
                              RowCells::tr("The account has no contact \"%1\".")
                                  .arg(cells.text(u"contact_external_id")),
                              RowCells::tr("Import the contacts first, or leave the column out."));
            else
                participants << (*contact)->id;
        }
        if (rejected(cells))
            return rejectedRow();
        Result<RowOutcome> written = writeRecord(cells, writer, "touch", t);
        if (written && *written == RowOutcome::Added && !participants.isEmpty()) {
            if (auto st = writer.addParticipants(t.id, participants); !st)
                return st.error();
        }
        return written;
    }

private:
    AccountIndex& m_accounts;
};

// Whole months from `start` to `end`: the end as the last day of the term (2025-03-31 after 2024-04-01) or
// as the next start (2025-04-01).
std::optional<int> monthsBetween(QDate start, QDate end)
{
    const int rough = (end.year() - start.year()) * 12 + end.month() - start.month();
    for (int m = std::max(1, rough - 1); m <= rough + 1; ++m) {
        const QDate next = dates::addMonths(start, m);
        if (next == end || next.addDays(-1) == end)
            return m;
    }
    return std::nullopt;
}

class ContractsImporter final : public RowImporter
{
public:
    explicit ContractsImporter(AccountIndex& accounts) : m_accounts(accounts) {}
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<Id> account = m_accounts.resolve(cells);
        const std::optional<QDate> start = cells.date(u"start_date");
        if (!account || !start)
            return rejectedRow();
        auto match =
            matchRecord<Contract>(cells, writer, [&] { return writer.contractsStarting(*account, *start); });
        if (!match)
            return match.error();
        if (!*match)
            return rejectedRow();
        Contract c = **match;
        c.accountId = *account;
        c.startDate = *start;
        if (cells.has(u"external_id"))
            c.externalId = identity::externalIdKey(cells.text(u"external_id"));
        if (auto term = cells.integer(u"term_months", 1, 120)) {
            c.termMonths = int(*term);
        } else {
            for (const char16_t* field : {u"end_date", u"renewal_date"}) {
                const std::optional<QDate> end = cells.date(field);
                if (!end)
                    continue;
                const std::optional<int> months = monthsBetween(*start, *end);
                if (months)
                    c.termMonths = *months;
                else
                    cells.problem(field,
                                  RowCells::tr("%1 is not a whole number of months after the start %2.")
                                      .arg(end->toString(Qt::ISODate), start->toString(Qt::ISODate)),
                                  RowCells::tr("Give the term in months instead."));
                break;
            }
        }
        if (auto renew = cells.boolean(u"auto_renew"))
            c.autoRenew = *renew;
        if (auto notice = cells.integer(u"notice_days", 0, 730))
            c.noticeDays = int(*notice);
        if (auto renewalTerm =
                cells.integer(u"renewal_term_months", Validation::MinTermMonths, Validation::MaxTermMonths))
            c.renewalTermMonths = int(*renewalTerm);
        if (auto arr = cells.amount(u"arr"))
            c.arr = *arr;
        if (cells.has(u"notice_rule"))
            readNoticeRule(cells, writer, c);
        return writeRecord(cells, writer, "contract", c);
    }

private:
    // The rule's code (days:60, months:2, day-of-month:20:1, end-of-month:1, any with :bd) as the contract
    // dialog stores it, checked as the dialog checks it: in range, and a first deadline not before the start.
    void readNoticeRule(RowCells& cells, ImportWriter& writer, Contract& c)
    {
        Result<NoticeRule> rule = NoticeRule::fromCode(cells.text(u"notice_rule"));
        if (!rule) {
            cells.problem(u"notice_rule", rule.error().message, rule.error().hint);
            return;
        }
        if (!m_calendar)
            m_calendar = dates::HolidayCalendar::forSettings(writer.book().settings());
        if (rejected(cells))
            return; // the start or the terms are wrong already: the rule cannot be checked against them
        ContractTerms::setNotice(c, *rule, *m_calendar);
        const FieldErrors errors = ContractSchedule::validate(ContractTerms::of(c), *m_calendar);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
            const QString field = it.key() == ContractSchedule::RenewalTermMonths
                                      ? QStringLiteral("renewal_term_months")
                                  : it.key() == Validation::TermMonths ? QStringLiteral("term_months")
                                  : it.key() == Validation::StartDate  ? QStringLiteral("start_date")
                                                                       : QStringLiteral("notice_rule");
            cells.problem(field, it.value());
        }
    }

    AccountIndex& m_accounts;
    std::optional<dates::HolidayCalendar> m_calendar; // the book's, for rules that move to a business day
};

class ArrImporter final : public RowImporter
{
public:
    explicit ArrImporter(AccountIndex& accounts) : m_accounts(accounts) {}
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<Id> account = m_accounts.resolve(cells);
        const std::optional<QDate> day = cells.date(u"effective_on");
        const std::optional<MinorUnits> arr = cells.amount(u"arr_after");
        if (!account || !day || !arr)
            return rejectedRow();
        auto match = matchRecord<ArrEvent>(cells, writer, [&] { return writer.arrEventsOn(*account, *day); });
        if (!match)
            return match.error();
        if (!*match)
            return rejectedRow();
        ArrEvent e = **match;
        e.accountId = *account;
        e.effectiveOn = *day;
        e.arrAfter = *arr;
        if (cells.has(u"external_id"))
            e.externalId = identity::externalIdKey(cells.text(u"external_id"));
        if (auto kind = cells.choice<ArrEventKind>(u"kind"))
            e.kind = *kind;
        else if (e.id.isEmpty() && !cells.has(u"kind"))
            e.kind = *arr == 0 ? ArrEventKind::Churn : ArrEventKind::New;
        return writeRecord(cells, writer, "arr_event", e);
    }

private:
    AccountIndex& m_accounts;
};

class NpsImporter final : public RowImporter
{
public:
    explicit NpsImporter(AccountIndex& accounts) : m_accounts(accounts) {}
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<Id> account = m_accounts.resolve(cells);
        const std::optional<QDate> day = cells.date(u"responded_on");
        const std::optional<qint64> score = cells.integer(u"score", 0, 10);
        if (!account || !day || !score)
            return rejectedRow();
        auto match = matchRecord<NpsResponse>(
            cells, writer, [&] { return writer.npsLike(*account, *day, cells.text(u"respondent")); });
        if (!match)
            return match.error();
        if (!*match)
            return rejectedRow();
        NpsResponse n = **match;
        n.accountId = *account;
        n.respondedOn = *day;
        n.score = int(*score);
        if (cells.has(u"external_id"))
            n.externalId = identity::externalIdKey(cells.text(u"external_id"));
        setText(cells, "respondent", &NpsResponse::respondent, n);
        setText(cells, "comment", &NpsResponse::comment, n);
        return writeRecord(cells, writer, "nps_response", n);
    }

private:
    AccountIndex& m_accounts;
};

class UsageImporter final : public RowImporter
{
public:
    UsageImporter(AccountIndex& accounts, bool wide) : m_accounts(accounts), m_wide(wide) {}
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<Id> account = m_accounts.resolve(cells);
        const std::optional<QDate> day = cells.date(u"date");
        // (metric, column) pairs of this row.
        QList<std::pair<QString, int>> values;
        const ColumnMapping& m = *cells.reading().mapping;
        if (m_wide) {
            for (qsizetype c = 0; c < m.columns.size(); ++c) {
                if (m.columns[c].field == QLatin1String("value") && !m.columns[c].metric.isEmpty())
                    values.append({m.columns[c].metric, int(c)});
            }
        } else {
            const QString metric = cells.text(u"metric");
            if (metric.isEmpty())
                cells.problem(u"metric", RowCells::tr("The row names no metric."));
            values.append({metric, m.columnOf(u"value")});
        }
        QList<std::pair<QString, double>> numbers;
        for (const auto& [metric, column] : values) {
            if (auto n = cells.numberAt(column, u"value"))
                numbers.append({metric, *n});
            else if (!m_wide && cells.problems().isEmpty())
                cells.problem(u"value", RowCells::tr("The row has no value."));
        }
        if (!account || !day || rejected(cells))
            return rejectedRow();
        RowOutcome outcome = RowOutcome::Unchanged;
        for (const auto& [metric, value] : numbers) {
            Result<RowOutcome> r = writer.writeUsage(*account, metric, *day, value, cells.row().line());
            if (!r)
                return r;
            if (*r == RowOutcome::Duplicate) {
                cells.problem(
                    m_wide ? u"value" : u"metric",
                    RowCells::tr("An earlier row of the file already gives %1 of this account on %2.")
                        .arg(metric, day->toString(Qt::ISODate)),
                    RowCells::tr("Keep one of the two rows."));
                return rejectedRow();
            }
            if (*r == RowOutcome::Added)
                outcome = RowOutcome::Added;
            else if (*r == RowOutcome::Updated && outcome != RowOutcome::Added)
                outcome = RowOutcome::Updated;
        }
        return outcome;
    }

private:
    AccountIndex& m_accounts;
    bool m_wide;
};

class HolidaysImporter final : public RowImporter
{
public:
    Result<RowOutcome> importRow(RowCells& cells, ImportWriter& writer) override
    {
        const std::optional<QDate> day = cells.date(u"date");
        if (!day)
            return rejectedRow();
        auto repeat = isRepeat(cells, writer, "company_holiday", day->toString(Qt::ISODate));
        if (!repeat)
            return repeat.error();
        if (*repeat)
            return rejectedRow();
        return writer.writeCompanyHoliday(*day, cells.text(u"name"), cells.row().line());
    }
};

} // namespace

std::unique_ptr<RowImporter> makeRowImporter(ImportType type, AccountIndex& accounts)
{
    switch (type) {
    case ImportType::Accounts:
        return std::make_unique<AccountsImporter>(accounts);
    case ImportType::Contacts:
        return std::make_unique<ContactsImporter>(accounts);
    case ImportType::Contracts:
        return std::make_unique<ContractsImporter>(accounts);
    case ImportType::ArrEvents:
        return std::make_unique<ArrImporter>(accounts);
    case ImportType::Touches:
        return std::make_unique<TouchesImporter>(accounts);
    case ImportType::Usage:
        return std::make_unique<UsageImporter>(accounts, false);
    case ImportType::UsageWide:
        return std::make_unique<UsageImporter>(accounts, true);
    case ImportType::Nps:
        return std::make_unique<NpsImporter>(accounts);
    case ImportType::Holidays:
        return std::make_unique<HolidaysImporter>();
    }
    return nullptr;
}

} // namespace csm::io::detail
