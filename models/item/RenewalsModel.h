#pragma once

// The Renewals view's table (issue 14): the renewals ahead ordered by notice deadline, with the countdown,
// stage, ARR, health band, forecast (editable in place), last touch and owner; filtered by owner, touch
// model, stage, forecast, and by a month of the chart (the bar part clicked).

#include "domain/RenewalList.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace csm {

class RenewalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AccountColumn,
        NoticeDeadlineColumn,
        CountdownColumn,
        StageColumn,
        RenewalDateColumn,
        ArrColumn,
        HealthColumn,
        ForecastColumn,
        LastTouchColumn,
        OwnerColumn,
        ColumnCount
    };
    enum class Role
    {
        AccountId = Qt::UserRole + 1, // QString
        ContractId,                   // QString
        RenewalDate,                  // QDate
        ForecastPart,                 // int: forecastPart() (4: not forecast yet)
    };

    // What the filters keep; an unset field keeps everything.
    struct Filter
    {
        std::optional<QString> owner;
        std::optional<TouchModel> touchModel;
        std::optional<RenewalStage> stage;
        std::optional<int> forecastPart; // forecastPart(): 0..3 a forecast, 4 not forecast yet
        QSet<Id> contracts;              // a chart part's renewals; empty: any
    };

    explicit RenewalsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every renewal (the filters pick from them), as of a day, in the book's currency.
    void setRenewals(QList<UpcomingRenewal> renewals, const QString& currency, bool editable);
    const QList<UpcomingRenewal>& renewals() const { return m_all; }
    void setFilter(Filter filter);
    const Filter& filter() const { return m_filter; }
    // The renewal shown on a row.
    const UpcomingRenewal& renewalAt(int row) const { return m_all[m_rows[row]]; }
    int rowOfContract(const Id& contractId) const;
    // The owners among the renewals, sorted (for the owner filter).
    QStringList owners() const;
    // Shows a forecast at once (the write follows; the next refresh has the last word).
    void showForecast(const Id& contractId, RenewalForecast forecast);

    // "Commit", "Likely", "At risk", "Lost" / 確定, 見込み高, リスクあり, 失注; "Not forecast yet".
    static QString forecastName(std::optional<RenewalForecast> forecast);

signals:
    // The user chose a forecast in the table.
    void forecastEdited(const csm::Id& accountId, const csm::Id& contractId, QDate renewalDate,
                        csm::RenewalForecast forecast);

private:
    void applyFilter();
    bool keeps(const UpcomingRenewal& r) const;

    QList<UpcomingRenewal> m_all;
    QList<int> m_rows; // indexes into m_all, in order
    Filter m_filter;
    QString m_currency;
    bool m_editable = false;
};

} // namespace csm
