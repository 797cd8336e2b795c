#include "item/DisplayLabels.h"

namespace csm {

QString Labels::touchModel(TouchModel v)
{
    switch (v) {
    case TouchModel::High:
        return tr("High touch");
    case TouchModel::Low:
        return tr("Low touch");
    case TouchModel::Tech:
        return tr("Tech touch");
    }
    return {};
}

QString Labels::stage(LifecycleStage v)
{
    switch (v) {
    case LifecycleStage::Onboarding:
        return tr("Onboarding");
    case LifecycleStage::Adopting:
        return tr("Adopting");
    case LifecycleStage::Mature:
        return tr("Mature");
    case LifecycleStage::Renewing:
        return tr("Renewing");
    case LifecycleStage::Churned:
        return tr("Churned");
    }
    return {};
}

QString Labels::touchKind(TouchKind v)
{
    switch (v) {
    case TouchKind::Meeting:
        return tr("Meeting");
    case TouchKind::Call:
        return tr("Call");
    case TouchKind::Email:
        return tr("Email");
    case TouchKind::Qbr:
        return tr("QBR");
    case TouchKind::Ebr:
        return tr("EBR");
    case TouchKind::Training:
        return tr("Training");
    case TouchKind::OnboardingSession:
        return tr("Onboarding session");
    case TouchKind::Webinar:
        return tr("Webinar");
    case TouchKind::InAppMessage:
        return tr("In-app message");
    case TouchKind::Escalation:
        return tr("Escalation");
    case TouchKind::InternalNote:
        return tr("Internal note");
    }
    return {};
}

QString Labels::direction(Direction v)
{
    switch (v) {
    case Direction::Outbound:
        return tr("Outbound");
    case Direction::Inbound:
        return tr("Inbound");
    }
    return {};
}

QString Labels::contactRole(ContactRole v)
{
    switch (v) {
    case ContactRole::Champion:
        return tr("Champion");
    case ContactRole::ExecutiveSponsor:
        return tr("Executive sponsor");
    case ContactRole::Admin:
        return tr("Admin");
    case ContactRole::User:
        return tr("User");
    }
    return {};
}

QString Labels::arrEventKind(ArrEventKind v)
{
    switch (v) {
    case ArrEventKind::New:
        return tr("New");
    case ArrEventKind::Expansion:
        return tr("Expansion");
    case ArrEventKind::Contraction:
        return tr("Contraction");
    case ArrEventKind::Churn:
        return tr("Churn");
    case ArrEventKind::Reactivation:
        return tr("Reactivation");
    }
    return {};
}

QString Labels::healthBand(HealthBand v)
{
    switch (v) {
    case HealthBand::Green:
        return tr("Green");
    case HealthBand::Yellow:
        return tr("Yellow");
    case HealthBand::Red:
        return tr("Red");
    }
    return {};
}

QString Labels::sentiment(int v)
{
    switch (v) {
    case -2:
        return tr("Very negative");
    case -1:
        return tr("Negative");
    case 0:
        return tr("Neutral");
    case 1:
        return tr("Positive");
    case 2:
        return tr("Very positive");
    default:
        return {};
    }
}

QString Labels::noData()
{
    return tr("No data");
}

std::optional<int> Labels::healthTrend(std::optional<double> score, std::optional<double> scoreBefore)
{
    if (!score || !scoreBefore)
        return std::nullopt;
    const double delta = *score - *scoreBefore;
    return delta >= kTrendPoints ? 1 : delta <= -kTrendPoints ? -1 : 0;
}

QString Labels::trendArrow(int trend)
{
    return trend > 0 ? QStringLiteral("↑") : trend < 0 ? QStringLiteral("↓") : QStringLiteral("→");
}

} // namespace csm
