#include "item/RenewalsModel.h"

#include "domain/Parallel.h"
#include "domain/RenewalOutcome.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"

#include <QColor>
#include <QSet>

#include <algorithm>
#include <utility>

namespace csm {

RenewalsModel::RenewalsModel(QObject* parent) : QAbstractTableModel(parent) {}

int RenewalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RenewalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RenewalsModel::forecastName(std::optional<RenewalForecast> forecast)
{
    if (!forecast)
        return tr("Not forecast yet");
    switch (*forecast) {
    case RenewalForecast::Commit:
        return tr("Commit");
    case RenewalForecast::Likely:
        return tr("Likely");
    case RenewalForecast::AtRisk:
        return tr("At risk");
    case RenewalForecast::Lost:
        return tr("Lost");
    }
    return {};
}

QVariant RenewalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UpcomingRenewal& r = renewalAt(index.row());
    switch (role) {
    case int(Role::AccountId):
        return r.contract.accountId;
    case int(Role::ContractId):
        return r.contract.contractId;
    case int(Role::RenewalDate):
        return r.point.renewalDate;
    case int(Role::ForecastPart):
        return forecastPart(r.forecast());
    case Qt::EditRole:
        if (index.column() == ForecastColumn)
            return forecastPart(r.forecast());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountdownColumn || index.column() == ArrColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CountdownColumn && r.countdown.daysToNotice < 0)
            return QColor(0xb0, 0x1c, 0x1c);
        if (index.column() == ForecastColumn && !r.recorded)
            return QColor(0x70, 0x70, 0x70);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoticeDeadlineColumn && !r.point.noticeDeadline.isValid())
            return tr(
                "The contract does not renew by itself: a new term has to be agreed by the renewal date.");
        if (index.column() == ForecastColumn)
            return tr("Double-click or press F2 to change the forecast");
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AccountColumn:
        return r.contract.accountName;
    case NoticeDeadlineColumn:
        return r.point.noticeDeadline.isValid()
                   ? DisplayFormat::denseDate(r.point.noticeDeadline)
                   : tr("none (ends %1)").arg(DisplayFormat::denseDate(r.point.renewalDate));
    case CountdownColumn:
        return DisplayFormat::countdown(r.countdown.daysToNotice);
    case StageColumn:
        return RenewalStages::displayName(r.countdown.stage);
    case RenewalDateColumn:
        return DisplayFormat::denseDate(r.point.renewalDate);
    case ArrColumn:
        return DisplayFormat::money(r.contract.arr, m_currency);
    case HealthColumn:
        return r.contract.healthBand ? Labels::healthBand(*r.contract.healthBand) : Labels::noData();
    case ForecastColumn:
        if (r.recorded && r.recorded->outcome != RenewalOutcome::Pending)
            return tr("%1 · %2").arg(forecastName(r.forecast()),
                                     RenewalOutcomes::displayName(r.recorded->outcome));
        return forecastName(r.forecast());
    case LastTouchColumn:
        return r.contract.lastCustomerTouch.isValid() ? DisplayFormat::denseDate(r.contract.lastCustomerTouch)
                                                      : tr("never");
    case OwnerColumn:
        return r.contract.owner;
    default:
        return {};
    }
}

bool RenewalsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != ForecastColumn || !m_editable)
        return false;
    bool ok = false;
    const int part = value.toInt(&ok);
    if (!ok || part < 0 || part > int(RenewalForecast::Lost))
        return false;
    const UpcomingRenewal& r = renewalAt(index.row());
    const auto forecast = RenewalForecast(part);
    if (r.forecast() == forecast)
        return false;
    emit forecastEdited(r.contract.accountId, r.contract.contractId, r.point.renewalDate, forecast);
    return true;
}

Qt::ItemFlags RenewalsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ForecastColumn && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RenewalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == CountdownColumn || section == ArrColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == StageColumn)
        return tr("T-180 … T-30: days left to the notice deadline; past deadline: until the renewal date");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case NoticeDeadlineColumn:
        return tr("Notice deadline");
    case CountdownColumn:
        return tr("Countdown");
    case StageColumn:
        return tr("Stage");
    case RenewalDateColumn:
        return tr("Renewal date");
    case ArrColumn:
        return tr("ARR");
    case HealthColumn:
        return tr("Health");
    case ForecastColumn:
        return tr("Forecast");
    case LastTouchColumn:
        return tr("Last touch");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

void RenewalsModel::setRenewals(QList<UpcomingRenewal> renewals, const QString& currency, bool editable)
{
    beginResetModel();
    QList<UpcomingRenewal> previous = std::exchange(m_all, std::move(renewals));
    m_currency = currency;
    m_editable = editable;
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (keeps(m_all[i]))
            m_rows.append(i);
    endResetModel();
    // Freeing 100,000 renewals (their strings one by one) takes tens of milliseconds that the GUI thread need
    // not wait for.
    if (previous.size() > 1000)
        parallel::releaseLater(std::move(previous));
}

void RenewalsModel::setFilter(Filter filter)
{
    m_filter = std::move(filter);
    applyFilter();
}

void RenewalsModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (keeps(m_all[i]))
            m_rows.append(i);
    endResetModel();
}

bool RenewalsModel::keeps(const UpcomingRenewal& r) const
{
    if (m_filter.owner && r.contract.owner != *m_filter.owner)
        return false;
    if (m_filter.touchModel && r.contract.touchModel != *m_filter.touchModel)
        return false;
    if (m_filter.stage && r.countdown.stage != *m_filter.stage)
        return false;
    if (m_filter.forecastPart && forecastPart(r.forecast()) != *m_filter.forecastPart)
        return false;
    if (!m_filter.contracts.isEmpty() && !m_filter.contracts.contains(r.contract.contractId))
        return false;
    return true;
}

int RenewalsModel::rowOfContract(const Id& contractId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_all[m_rows[row]].contract.contractId == contractId)
            return row;
    return -1;
}

QStringList RenewalsModel::owners() const
{
    QSet<QString> set;
    for (const UpcomingRenewal& r : m_all)
        set.insert(r.contract.owner);
    QStringList out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

void RenewalsModel::showForecast(const Id& contractId, RenewalForecast forecast)
{
    for (int i = 0; i < m_all.size(); ++i) {
        UpcomingRenewal& r = m_all[i];
        if (r.contract.contractId != contractId)
            continue;
        RecordedForecast recorded = r.recorded.value_or(RecordedForecast{});
        recorded.forecast = forecast;
        r.recorded = recorded;
        const int row = int(m_rows.indexOf(i));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

} // namespace csm
