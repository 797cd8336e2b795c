#include "item/AccountsModel.h"

#include "item/ItemRoles.h"

#include "domain/Money.h"
#include "domain/Parallel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "item/TextFolding.h"

#include <QBrush>
#include <QCollatorSortKey>
#include <QColor>

#include <algorithm>

namespace csm {

namespace {

template <typename T> int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 dayKey(QDate d)
{
    return d.isValid() ? d.toJulianDay() : AccountsModel::kMissing;
}

// The distinct owners of rows (the empty one included) in collation order. Rows mostly share their owner's
// text (prepare() interns it): consecutive rows with the same address skip the hashing.
QStringList distinctOwners(const QList<AccountSummary>& rows, const QCollator& collator)
{
    QSet<QString> distinct;
    const void* lastAddress = nullptr;
    for (const AccountSummary& s : rows) {
        if (s.owner.constData() == lastAddress && lastAddress)
            continue;
        lastAddress = s.owner.constData();
        distinct.insert(s.owner);
    }
    QStringList owners(distinct.begin(), distinct.end());
    std::sort(owners.begin(), owners.end(),
              [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return owners;
}

} // namespace

QCollator AccountsModel::makeCollator(const QLocale& locale)
{
    // The C locale would compare code points; English collation at least orders case and digits naturally
    // (and, like every ICU collation, kana in gojūon order).
    QCollator c(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale);
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

QString AccountsModel::makeSearchText(const AccountSummary& s)
{
    // Folded name, reading, external id and owner, one line each, in one allocation of the exact size
    // (text that needs the Unicode tables may grow and reallocate).
    QString text;
    text.reserve(s.name.size() + s.nameReading.size() + s.externalId.size() + s.owner.size() + 3);
    appendFoldedForSearch(text, s.name);
    text.append(QLatin1Char('\n'));
    appendFoldedForSearch(text, s.nameReading);
    text.append(QLatin1Char('\n'));
    appendFoldedForSearch(text, s.externalId);
    text.append(QLatin1Char('\n'));
    appendFoldedForSearch(text, s.owner);
    text.squeeze(); // only when the Unicode tables made it grow
    return text;
}

void AccountsModel::ensureSearchText() const
{
    if (searchTextReady())
        return;
    const int n = int(m_rows.size());
    m_searchText.assign(std::size_t(n), QString());
    const auto fold = [this](int from, int to) {
        for (int r = from; r < to; ++r)
            m_searchText[std::size_t(r)] = makeSearchText(m_rows.at(r));
    };
    if (n >= 2000)
        parallel::run({[&] { fold(0, n / 2); }, [&] { fold(n / 2, n); }});
    else
        fold(0, n);
}

const QString& AccountsModel::searchTextAt(int row) const
{
    ensureSearchText();
    return m_searchText[std::size_t(row)];
}

AccountsModel::RowKeys AccountsModel::makeKeys(const AccountSummary& s)
{
    RowKeys k;
    k.arr = s.arr;
    k.health = s.healthScore ? qint64(*s.healthScore * 10 + 0.5) : kMissing;
    k.renewal =
        dayKey(s.renewalDate.isValid() ? s.renewalDate : s.contractEndedOn); // an end sorts by its day
    k.notice = s.noticeDeadline.isValid() ? s.daysToNotice : kMissing;
    k.lastTouch = dayKey(s.lastCustomerTouch);
    k.band = s.healthBand ? int(*s.healthBand) : -1;
    k.touchModel = int(s.touchModel);
    k.stage = int(s.stage);
    return k;
}

AccountsModel::Prepared AccountsModel::prepare(QList<AccountSummary> rows, const QLocale& locale)
{
    const int n = int(rows.size());
    rows.squeeze(); // the reader's growth slack, if any

    // Owners take few distinct values and the reader already gives the rows of one read a shared copy of
    // each; rows read elsewhere (or by the reader's other thread) are pointed at the first copy seen. The
    // look-up is by the text's address first, so a shared copy costs no hashing.
    {
        QHash<const void*, QString> byAddress;
        QHash<QString, QString> byText;
        for (AccountSummary& s : rows) {
            if (s.owner.isEmpty())
                continue;
            const auto known = byAddress.constFind(s.owner.constData());
            if (known != byAddress.constEnd()) {
                s.owner = known.value();
                continue;
            }
            const void* address = s.owner.constData();
            const auto it = byText.constFind(s.owner);
            if (it != byText.constEnd())
                s.owner = it.value();
            else
                byText.insert(s.owner, s.owner);
            byAddress.insert(address, s.owner);
        }
    }

    Prepared p;
    p.keys.resize(std::size_t(n));
    p.nameOrder.resize(std::size_t(n));
    for (int r = 0; r < n; ++r)
        p.nameOrder[std::size_t(r)] = r;

    // Folded search text and name order, each half on its own thread with its own collator. The collation
    // keys live only until the halves are merged.
    const int half = n / 2;
    const auto work = [&rows, &p, &locale](int from, int to) {
        const QCollator collator = makeCollator(locale);
        std::vector<QCollatorSortKey> sortKeys;
        sortKeys.reserve(std::size_t(to - from));
        for (int r = from; r < to; ++r) {
            const AccountSummary& s = rows.at(r);
            p.keys[std::size_t(r)] = makeKeys(s);
            sortKeys.push_back(collator.sortKey(s.nameReading.isEmpty() ? s.name : s.nameReading));
        }
        std::sort(p.nameOrder.begin() + from, p.nameOrder.begin() + to, [&sortKeys, from](int a, int b) {
            const int c = sortKeys[std::size_t(a - from)].compare(sortKeys[std::size_t(b - from)]);
            return c != 0 ? c < 0 : a < b;
        });
        return sortKeys;
    };
    const auto buildIndex = [&rows, &p, n] {
        p.rowById.reserve(n);
        for (int r = 0; r < n; ++r)
            p.rowById.insert(rows.at(r).id, r);
    };
    // Two halves at once on the helper threads; then the id index on one while the other merges the halves
    // and ranks the owners.
    const bool split = n >= 2000;
    std::vector<QCollatorSortKey> firstKeys, secondKeys;
    if (split)
        parallel::run({[&] { firstKeys = work(0, half); }, [&] { secondKeys = work(half, n); }});
    else
        firstKeys = work(0, n);
    const auto mergeAndRank = [&] {
        if (!secondKeys.empty()) {
            const auto keyOf = [&](int r) -> const QCollatorSortKey& {
                return r < half ? firstKeys[std::size_t(r)] : secondKeys[std::size_t(r - half)];
            };
            std::vector<int> merged(std::size_t(n), 0);
            std::merge(p.nameOrder.begin(), p.nameOrder.begin() + half, p.nameOrder.begin() + half,
                       p.nameOrder.end(), merged.begin(), [&keyOf](int a, int b) {
                           const int c = keyOf(a).compare(keyOf(b));
                           return c != 0 ? c < 0 : a < b;
                       });
            p.nameOrder = std::move(merged);
        }
        for (int i = 0; i < n; ++i)
            p.keys[std::size_t(p.nameOrder[std::size_t(i)])].nameRank = i;
        p.owners = computeOwnerRanks(rows, p.keys, makeCollator(locale));
    };
    if (split) {
        parallel::run({mergeAndRank, buildIndex});
    } else {
        buildIndex();
        mergeAndRank();
    }
    p.rows = std::move(rows);
    return p;
}

QStringList AccountsModel::computeOwnerRanks(const QList<AccountSummary>& rows, std::vector<RowKeys>& keys,
                                             const QCollator& collator)
{
    QStringList owners = distinctOwners(rows, collator);
    QHash<QString, int> ownerRank;
    for (int i = 0; i < int(owners.size()); ++i)
        ownerRank.insert(owners.at(i), i);
    const void* lastOwner = nullptr;
    int lastRank = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        const QString& owner = rows.at(r).owner;
        if (owner.constData() != lastOwner || !lastOwner) {
            lastOwner = owner.constData();
            lastRank = ownerRank.value(owner);
        }
        keys[std::size_t(r)].ownerRank = lastRank;
    }
    owners.removeAll(QString());
    return owners;
}

void AccountsModel::placeInNameOrder(const QList<int>& rows)
{
    const auto text = [this](int r) -> const QString& {
        const AccountSummary& s = m_rows.at(r);
        return s.nameReading.isEmpty() ? s.name : s.nameReading;
    };
    for (const int row : rows) {
        const QString& name = text(row);
        const auto at = std::lower_bound(m_nameOrder.begin(), m_nameOrder.end(), row, [&](int a, int) {
            const int c = m_collator.compare(text(a), name);
            return c != 0 ? c < 0 : a < row;
        });
        m_nameOrder.insert(at, row);
    }
    for (int i = 0; i < int(m_nameOrder.size()); ++i)
        m_keys[std::size_t(m_nameOrder[std::size_t(i)])].nameRank = i;
}

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractTableModel(parent), m_collator(makeCollator(QLocale()))
{}

AccountsModel::~AccountsModel() = default;

QModelIndex AccountsModel::index(int row, int column, const QModelIndex& parent) const
{
    // Called twice per comparison while the proxy sorts: no virtual rowCount()/columnCount() round trips.
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsModel::displayText(const AccountSummary& s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name;
    case OwnerColumn:
        return s.owner;
    case TouchModelColumn:
        return Labels::touchModel(s.touchModel);
    case ArrColumn:
        return DisplayFormat::money(s.arr, m_currency);
    case HealthColumn:
        if (!s.healthScore || !s.healthBand)
            return Labels::noData();
        if (const std::optional<int> t = Labels::healthTrend(s.healthScore, s.healthScoreBefore))
            return QStringLiteral("%1 %2 · %3")
                .arg(QLocale().toString(*s.healthScore, 'f', 1), Labels::trendArrow(*t),
                     Labels::healthBand(*s.healthBand));
        return QStringLiteral("%1 · %2").arg(QLocale().toString(*s.healthScore, 'f', 1),
                                             Labels::healthBand(*s.healthBand));
    case RenewalColumn:
        if (s.contractEndedOn.isValid())
            return tr("Ended %1").arg(DisplayFormat::denseDate(s.contractEndedOn));
        return DisplayFormat::denseDate(s.renewalDate);
    case NoticeColumn:
        return s.noticeDeadline.isValid() ? DisplayFormat::countdown(s.daysToNotice) : QString();
    case LastTouchColumn:
        return DisplayFormat::denseDate(s.lastCustomerTouch);
    case StageColumn:
        return Labels::stage(s.stage);
    default:
        return {};
    }
}

QString AccountsModel::contractTip(const AccountSummary& s)
{
    QString tip;
    if (s.contractEndedOn.isValid())
        tip = s.contractEndDecided ? tr("The contract ended on %1; a churn is recorded.")
                                         .arg(DisplayFormat::longDate(s.contractEndedOn))
                                   : tr("The contract ended on %1: it does not renew automatically, and no "
                                        "renewal is recorded.")
                                         .arg(DisplayFormat::longDate(s.contractEndedOn));
    else if (s.endsWithoutRenewal())
        tip = tr("The contract ends on %1 unless it is renewed: it does not renew automatically, so there "
                 "is no "
                 "notice to give.")
                  .arg(DisplayFormat::longDate(s.renewalDate));
    if (s.nextContractStart.isValid()) {
        if (!tip.isEmpty())
            tip += QLatin1Char('\n');
        tip += nextContractText(s);
    }
    return tip;
}

QString AccountsModel::nextContractText(const AccountSummary& s)
{
    return s.nextContractStart.isValid()
               ? tr("Next contract signed, from %1").arg(DisplayFormat::longDate(s.nextContractStart))
               : QString();
}

QString AccountsModel::exportText(const AccountSummary& s, int column) const
{
    const auto isoDate = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    switch (column) {
    case ArrColumn:
        return Money(s.arr, m_currency).formatForEditing(QLocale::c());
    case HealthColumn:
        return s.healthScore ? QString::number(*s.healthScore, 'f', 1) : QString();
    case RenewalColumn:
        return isoDate(s.contractEndedOn.isValid() ? s.contractEndedOn : s.renewalDate);
    case NoticeColumn:
        return s.noticeDeadline.isValid() ? QString::number(s.daysToNotice) : QString();
    case LastTouchColumn:
        return isoDate(s.lastCustomerTouch);
    default:
        return displayText(s, column);
    }
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary& s = m_rows.at(index.row());
    const RowKeys& k = m_keys[std::size_t(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, column);
    case itemrole::Export:
        return exportText(s, column);
    case Qt::TextAlignmentRole:
        if (column == ArrColumn || column == NoticeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == NoticeColumn && s.noticeDeadline.isValid() && s.daysToNotice < 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == RenewalColumn && s.contractEndedOn.isValid() && !s.contractEndDecided)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == HealthColumn && !s.healthScore)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QStringList lines{s.name};
            if (!s.nameReading.isEmpty())
                lines << s.nameReading;
            if (!s.externalId.isEmpty())
                lines << tr("External id: %1").arg(s.externalId);
            return lines.join(QLatin1Char('\n'));
        }
        if (column == TouchModelColumn)
            return s.touchModelOverride ? tr("Set by an override on this account")
                                        : tr("Given by the ARR segmentation rule");
        if (column == NoticeColumn && s.noticeDeadline.isValid())
            return tr("Notice deadline: %1").arg(DisplayFormat::longDate(s.noticeDeadline));
        if (column == RenewalColumn || column == NoticeColumn)
            return contractTip(s);
        if (column == HealthColumn && !s.healthScore)
            return tr("No health score: none of its factors has data.");
        if (column == HealthColumn) {
            if (!s.healthScoreBefore)
                return tr("No score 30 days earlier");
            return tr("30 days earlier: %1 (%2 points)")
                .arg(QLocale().toString(*s.healthScoreBefore, 'f', 1),
                     QLocale().toString(*s.healthScore - *s.healthScoreBefore, 'f', 1));
        }
        return {};
    default:
        break;
    }

    switch (Role(role)) {
    case Role::AccountId:
        return s.id;
    case Role::SortKey:
        switch (column) {
        case NameColumn:
            return s.nameReading.isEmpty() ? s.name : s.nameReading;
        case OwnerColumn:
            return s.owner;
        case TouchModelColumn:
            return k.touchModel;
        case StageColumn:
            return k.stage;
        case ArrColumn:
            return k.arr;
        default:
            break;
        }
        {
            const qint64 v = column == HealthColumn    ? k.health
                             : column == RenewalColumn ? k.renewal
                             : column == NoticeColumn  ? k.notice
                                                       : k.lastTouch;
            return v == kMissing ? QVariant() : QVariant(v);
        }
    case Role::TouchModel:
        return k.touchModel;
    case Role::Stage:
        return k.stage;
    case Role::Band:
        return k.band < 0 ? QVariant() : QVariant(k.band);
    case Role::Trend:
        if (const std::optional<int> t = Labels::healthTrend(s.healthScore, s.healthScoreBefore))
            return *t;
        return {};
    case Role::Score:
        return s.healthScore ? QVariant(*s.healthScore) : QVariant();
    case Role::Owner:
        return s.owner;
    case Role::Arr:
        return QVariant(qint64(s.arr));
    case Role::Date:
        if (column == RenewalColumn)
            return s.renewalDate.isValid() ? s.renewalDate : s.contractEndedOn;
        if (column == NoticeColumn)
            return s.noticeDeadline;
        if (column == LastTouchColumn)
            return s.lastCustomerTouch;
        return {};
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Account");
        case OwnerColumn:
            return tr("Owner");
        case TouchModelColumn:
            return tr("Touch model");
        case ArrColumn:
            return tr("ARR");
        case HealthColumn:
            return tr("Health");
        case RenewalColumn:
            return tr("Renewal date");
        case NoticeColumn:
            return tr("Notice deadline");
        case LastTouchColumn:
            return tr("Last touch");
        case StageColumn:
            return tr("Stage");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("Account name; Japanese names sort by their reading");
        case ArrColumn:
            return tr("Annual recurring revenue");
        case NoticeColumn:
            return tr("Days left until the last day the customer can cancel");
        case LastTouchColumn:
            return tr("Latest customer touch (internal notes do not count)");
        case StageColumn:
            return tr("Lifecycle stage");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (section == ArrColumn || section == NoticeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::AccountId), "accountId");
    names.insert(int(Role::SortKey), "sortKey");
    names.insert(int(Role::TouchModel), "touchModel");
    names.insert(int(Role::Stage), "stage");
    names.insert(int(Role::Band), "band");
    names.insert(int(Role::Owner), "owner");
    names.insert(int(Role::Arr), "arr");
    names.insert(int(Role::Date), "date");
    names.insert(int(Role::Trend), "trend");
    names.insert(int(Role::Score), "score");
    return names;
}

void AccountsModel::setSummaries(QList<AccountSummary> rows)
{
    setPrepared(prepare(std::move(rows)));
}

void AccountsModel::setPrepared(Prepared prepared)
{
    // Everything was built by prepare(), on the caller's thread: the GUI thread only swaps it in. The rows
    // it replaces (100,000 of them take tens of milliseconds to free) are freed on a helper thread.
    struct Replaced
    {
        QList<AccountSummary> rows;
        std::vector<RowKeys> keys;
        QHash<Id, int> rowById;
        std::vector<QString> searchText;
    };
    Replaced previous;
    beginResetModel();
    previous.rows = std::exchange(m_rows, std::move(prepared.rows));
    previous.keys = std::exchange(m_keys, std::move(prepared.keys));
    previous.searchText = std::exchange(m_searchText, {});
    m_nameOrder = std::move(prepared.nameOrder);
    previous.rowById = std::exchange(m_rowById, std::move(prepared.rowById));
    endResetModel();
    setOwners(std::move(prepared.owners));
    if (previous.rows.size() > 1000)
        parallel::releaseLater(std::move(previous));
}

void AccountsModel::clear()
{
    setPrepared({});
}

void AccountsModel::updateSummaries(const QList<AccountSummary>& rows, const QSet<Id>& scope)
{
    QSet<Id> seen;
    QList<const AccountSummary*> inserts;
    QList<Id> renamed; // their dataChanged waits for the new ranks
    bool ownersMayChange = false;
    for (const AccountSummary& s : rows) {
        seen.insert(s.id);
        const int row = rowForId(s.id);
        if (row < 0) {
            inserts.append(&s);
            continue;
        }
        const AccountSummary& old = m_rows.at(row);
        const bool reorders = old.owner != s.owner || old.name != s.name || old.nameReading != s.nameReading;
        ownersMayChange = ownersMayChange || old.owner != s.owner;
        RowKeys keys = makeKeys(s);
        keys.nameRank = m_keys[std::size_t(row)].nameRank;
        keys.ownerRank = m_keys[std::size_t(row)].ownerRank;
        m_rows[row] = s;
        m_keys[std::size_t(row)] = std::move(keys);
        if (searchTextReady())
            m_searchText[std::size_t(row)] = makeSearchText(s);
        if (reorders)
            renamed.append(s.id);
        else
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    QList<int> removals;
    for (const Id& id : scope) {
        if (seen.contains(id))
            continue;
        const int row = rowForId(id);
        if (row >= 0)
            removals.append(row);
    }
    if (!removals.isEmpty()) {
        // Remaining rows keep their relative ranks, so removing needs no new ranks; the name order drops the
        // removed rows and renumbers the rows below them.
        std::sort(removals.begin(), removals.end(), std::greater<>());
        {
            std::vector<int> newRow(m_rows.size(), 0);
            int shift = 0;
            qsizetype next = removals.size() - 1; // ascending from the back
            for (int r = 0; r < int(m_rows.size()); ++r) {
                if (next >= 0 && removals.at(next) == r) {
                    newRow[std::size_t(r)] = -1;
                    ++shift;
                    --next;
                } else {
                    newRow[std::size_t(r)] = r - shift;
                }
            }
            std::vector<int> order;
            order.reserve(m_nameOrder.size());
            for (const int r : m_nameOrder)
                if (newRow[std::size_t(r)] >= 0)
                    order.push_back(newRow[std::size_t(r)]);
            m_nameOrder = std::move(order);
        }
        qsizetype i = 0;
        while (i < removals.size()) { // contiguous runs from the bottom up, one signal pair per run
            const int last = removals.at(i);
            int first = last;
            while (i + 1 < removals.size() && removals.at(i + 1) == first - 1)
                first = removals.at(++i);
            ++i;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
            m_searchText.clear(); // rebuilt on next use
            endRemoveRows();
        }
        rebuildIndex(removals.constLast());
        ownersMayChange = true;
    }

    if (!renamed.isEmpty()) {
        QList<int> rowsToPlace;
        std::vector<char> moving(m_rows.size(), 0);
        for (const Id& id : std::as_const(renamed)) {
            const int row = rowForId(id);
            rowsToPlace.append(row);
            moving[std::size_t(row)] = 1;
        }
        m_nameOrder.erase(std::remove_if(m_nameOrder.begin(), m_nameOrder.end(),
                                         [&moving](int r) { return moving[std::size_t(r)] != 0; }),
                          m_nameOrder.end());
        placeInNameOrder(rowsToPlace);
        computeOwnerRanks(m_rows, m_keys, m_collator);
        for (const Id& id : std::as_const(renamed)) {
            const int row = rowForId(id);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    if (!inserts.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(inserts.size()) - 1);
        QList<int> added;
        for (const AccountSummary* s : std::as_const(inserts)) {
            added.append(int(m_rows.size()));
            m_rowById.insert(s->id, int(m_rows.size()));
            m_rows.append(*s);
            m_keys.push_back(makeKeys(*s));
            m_searchText.clear(); // rebuilt on next use
        }
        // Before endInsertRows: the proxy places the new rows.
        placeInNameOrder(added);
        computeOwnerRanks(m_rows, m_keys, m_collator);
        endInsertRows();
        ownersMayChange = true;
    }

    if (ownersMayChange)
        rebuildOwners();
}

int AccountsModel::rowForId(const Id& id) const
{
    return m_rowById.value(id, -1);
}

void AccountsModel::rebuildIndex(int fromRow)
{
    if (fromRow == 0) {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
    } else {
        // Drop ids that no longer sit where the index says (removed or shifted rows).
        for (auto it = m_rowById.begin(); it != m_rowById.end();) {
            if (it.value() >= fromRow)
                it = m_rowById.erase(it);
            else
                ++it;
        }
    }
    for (int r = fromRow; r < int(m_rows.size()); ++r)
        m_rowById.insert(m_rows.at(r).id, r);
}

void AccountsModel::setOwners(QStringList owners)
{
    if (owners != m_owners) {
        m_owners = std::move(owners);
        emit ownersChanged();
    }
}

void AccountsModel::rebuildOwners()
{
    QStringList owners = distinctOwners(m_rows, m_collator);
    owners.removeAll(QString());
    setOwners(std::move(owners));
}

void AccountsModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ArrColumn), index(rowCount() - 1, ArrColumn), {Qt::DisplayRole});
}

bool AccountsModel::isMissing(const RowKeys& k, int column)
{
    switch (column) {
    case HealthColumn:
        return k.health == kMissing;
    case RenewalColumn:
        return k.renewal == kMissing;
    case NoticeColumn:
        return k.notice == kMissing;
    case LastTouchColumn:
        return k.lastTouch == kMissing;
    default:
        return false;
    }
}

int AccountsModel::compareRows(int rowA, int rowB, int column) const
{
    const RowKeys& a = m_keys[std::size_t(rowA)];
    const RowKeys& b = m_keys[std::size_t(rowB)];
    int c = 0;
    switch (column) {
    case NameColumn:
        c = threeWay(a.nameRank, b.nameRank);
        break;
    case OwnerColumn:
        c = threeWay(a.ownerRank, b.ownerRank);
        break;
    case TouchModelColumn:
        c = threeWay(a.touchModel, b.touchModel);
        break;
    case ArrColumn:
        c = threeWay(a.arr, b.arr);
        break;
    case HealthColumn:
        c = threeWay(a.health, b.health);
        break;
    case RenewalColumn:
        c = threeWay(a.renewal, b.renewal);
        break;
    case NoticeColumn:
        c = threeWay(a.notice, b.notice);
        break;
    case LastTouchColumn:
        c = threeWay(a.lastTouch, b.lastTouch);
        break;
    case StageColumn:
        c = threeWay(a.stage, b.stage);
        break;
    default:
        break;
    }
    if (c == 0 && column != NameColumn)
        c = threeWay(a.nameRank, b.nameRank); // ties read best in name order
    return c;
}

} // namespace csm
