#pragma once

#include "domain/Entities.h"
#include "ui/charts/CsmPlot.h"

#include <QList>

#include <array>
#include <optional>

namespace csm {

// ARR against health, one point per account coloured by segment (issue 16, the portfolio): ARR on a log
// scale, since books span small and very large accounts. Built for 100,000 accounts: the points are three
// graphs with QCustomPlot's adaptive sampling, and hover and click search only the points near the mouse.
class ArrHealthScatter : public CsmPlot
{
    Q_OBJECT
public:
    struct Account
    {
        Id id;
        QString name;
        MinorUnits arr = 0; // above zero (active accounts); others are left out
        double score = 0;   // accounts without a score are left out by the caller (count them in unscored)
        TouchModel segment = TouchModel::Tech;
    };

    explicit ArrHealthScatter(QWidget* parent = nullptr);

    // Replots. unscored: active accounts without a score, named under the axis.
    void setAccounts(const QList<Account>& accounts, const QString& currency, const HealthBandLimits& limits,
                     int unscored = 0);

    QCPGraph* segmentGraph(TouchModel segment) const { return m_series[std::size_t(segment)].graph; }
    // The account drawn nearest pos (within a few pixels); none when there is none.
    std::optional<int> accountAt(const QPointF& pos) const;
    const Account& account(int index) const { return m_accounts.at(index); }

    // "Name\nARR ¥12,000,000 · health 63.4".
    QString toolTipAt(const QPointF& pos) const override;

signals:
    void accountClicked(const csm::Id& id);

protected:
    void clickAt(const QPointF& pos) override;

private:
    struct Series
    {
        QCPGraph* graph = nullptr;
        QList<int> accounts; // data index -> index in m_accounts
    };
    QList<Account> m_accounts;
    std::array<Series, 3> m_series{};
    QString m_currency;
    QList<QCPItemStraightLine*> m_limitLines;
};

} // namespace csm
