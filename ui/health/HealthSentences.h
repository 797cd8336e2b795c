#pragma once

// A score's explanation in sentences a CSM understands (issue 12): per factor its score out of 100 and the
// raw numbers behind it ("Engagement 50 of 100: last customer touch 28 days ago; the high-touch cadence is 14
// days."), its weight and contribution, and for a dropped factor what it would need.

#include "domain/HealthEngine.h"

#include <QCoreApplication>
#include <QString>

namespace csm {

class HealthSentences
{
    Q_DECLARE_TR_FUNCTIONS(HealthSentences)

public:
    static QString factorName(HealthFactor f);
    // "Engagement 50 of 100: last customer touch 28 days ago; the high-touch cadence is 14 days."
    static QString factor(HealthFactor f, const HealthExplanation& e, const HealthInputs& in,
                          const HealthModel& model, QDate asOf);
    // "Weight 20 %, counts for 57 % of the score: 28.6 points."
    static QString contribution(const HealthFactorResult& r);
    // "Adoption: no data (the account has no seats). Left out; the other weights count for more."
    static QString dropped(HealthFactor f, const HealthInputs& in);
};

} // namespace csm
