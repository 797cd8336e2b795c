#include "ui/print/PrintLabels.h"

namespace csm {

QString PrintLabels::touchModel(TouchModel v) const
{
    switch (v) {
    case TouchModel::High:
        return m_language.translate("Labels", "High touch");
    case TouchModel::Low:
        return m_language.translate("Labels", "Low touch");
    case TouchModel::Tech:
        return m_language.translate("Labels", "Tech touch");
    }
    return {};
}

QString PrintLabels::segment(Segment s) const
{
    if (s == Segment::All)
        return m_language.translate("csm::PrintLabels", "All accounts");
    return touchModel(static_cast<TouchModel>(static_cast<int>(s)));
}

QString PrintLabels::touchKind(TouchKind v) const
{
    switch (v) {
    case TouchKind::Meeting:
        return m_language.translate("Labels", "Meeting");
    case TouchKind::Call:
        return m_language.translate("Labels", "Call");
    case TouchKind::Email:
        return m_language.translate("Labels", "Email");
    case TouchKind::Qbr:
        return m_language.translate("Labels", "QBR");
    case TouchKind::Ebr:
        return m_language.translate("Labels", "EBR");
    case TouchKind::Training:
        return m_language.translate("Labels", "Training");
    case TouchKind::OnboardingSession:
        return m_language.translate("Labels", "Onboarding session");
    case TouchKind::Webinar:
        return m_language.translate("Labels", "Webinar");
    case TouchKind::InAppMessage:
        return m_language.translate("Labels", "In-app message");
    case TouchKind::Escalation:
        return m_language.translate("Labels", "Escalation");
    case TouchKind::InternalNote:
        return m_language.translate("Labels", "Internal note");
    }
    return {};
}

QString PrintLabels::sentiment(int v) const
{
    switch (v) {
    case -2:
        return m_language.translate("Labels", "Very negative");
    case -1:
        return m_language.translate("Labels", "Negative");
    case 0:
        return m_language.translate("Labels", "Neutral");
    case 1:
        return m_language.translate("Labels", "Positive");
    case 2:
        return m_language.translate("Labels", "Very positive");
    default:
        return {};
    }
}

QString PrintLabels::ownerSide(OwnerSide v) const
{
    return v == OwnerSide::Vendor
               ? m_language.translate("csm::PrintLabels", "Vendor", "milestone owner side")
               : m_language.translate("csm::PrintLabels", "Customer", "milestone owner side");
}

QString PrintLabels::noData() const
{
    return m_language.translate("Labels", "No data");
}

QString PrintLabels::period(const ReportPeriod& p) const
{
    if (!p.isValid())
        return {};
    const QString year = QString::number(p.year());
    switch (p.kind()) {
    case ReportPeriod::Kind::FiscalYear:
        return m_language.translate("ReportPeriod", "FY%1", "fiscal year").arg(year);
    case ReportPeriod::Kind::FiscalQuarter:
        return m_language.translate("ReportPeriod", "FY%1 Q%2", "fiscal quarter").arg(year).arg(p.number());
    case ReportPeriod::Kind::CalendarYear:
        return m_language.translate("ReportPeriod", "%1", "calendar year").arg(year);
    case ReportPeriod::Kind::CalendarQuarter:
        return m_language.translate("ReportPeriod", "Q%2 %1", "calendar quarter").arg(year).arg(p.number());
    case ReportPeriod::Kind::Month:
        return m_language.translate("ReportPeriod", "%2 %1", "month: year, then the month's name")
            .arg(year, m_language.locale().standaloneMonthName(p.number(), QLocale::LongFormat));
    case ReportPeriod::Kind::Dates:
        break;
    }
    return m_language.translate("ReportPeriod", "%1 to %2", "a period between two dates")
        .arg(m_language.longDate(p.from()), m_language.longDate(p.to()));
}

QString PrintLabels::relativeDays(int days) const
{
    if (days == 0)
        return m_language.translate("csm::PrintLabels", "today");
    if (days > 0)
        return m_language.translate("csm::PrintLabels", "in %n day(s)", nullptr, days);
    return m_language.translate("csm::PrintLabels", "%n day(s) ago", nullptr, -days);
}

Chip PrintLabels::band(HealthBand band) const
{
    switch (band) {
    case HealthBand::Green:
        return {m_language.translate("Labels", "Green"), green()};
    case HealthBand::Yellow:
        return {m_language.translate("Labels", "Yellow"), yellow()};
    case HealthBand::Red:
        return {m_language.translate("Labels", "Red"), red()};
    }
    return {};
}

Chip PrintLabels::health(std::optional<HealthBand> band, std::optional<double> score) const
{
    if (!band || !score)
        return {noData(), grey(), true};
    Chip chip = this->band(*band);
    chip.text = m_language.translate("csm::PrintLabels", "%1 %2", "health band, then its score")
                    .arg(chip.text, m_language.number(*score, 1));
    return chip;
}

Chip PrintLabels::milestoneStatus(MilestoneStatus v) const
{
    switch (v) {
    case MilestoneStatus::Planned:
        return {m_language.translate("csm::PrintLabels", "Planned", "milestone status"), grey(), true};
    case MilestoneStatus::InProgress:
        return {m_language.translate("csm::PrintLabels", "In progress", "milestone status"), blue()};
    case MilestoneStatus::Done:
        return {m_language.translate("csm::PrintLabels", "Done", "milestone status"), green()};
    case MilestoneStatus::Blocked:
        return {m_language.translate("csm::PrintLabels", "Blocked", "milestone status"), red()};
    case MilestoneStatus::Skipped:
        return {m_language.translate("csm::PrintLabels", "Skipped", "milestone status"), grey()};
    }
    return {};
}

Chip PrintLabels::roadmapState(RoadmapState v) const
{
    switch (v) {
    case RoadmapState::OnTrack:
        return {m_language.translate("csm::PrintLabels", "On track", "roadmap status"), green()};
    case RoadmapState::Behind:
        return {m_language.translate("csm::PrintLabels", "Behind", "roadmap status"), yellow()};
    case RoadmapState::Stuck:
        return {m_language.translate("csm::PrintLabels", "Stuck", "roadmap status"), red()};
    case RoadmapState::Done:
        return {m_language.translate("csm::PrintLabels", "Done", "roadmap status"), blue()};
    }
    return {};
}

Chip PrintLabels::forecast(RenewalForecast v) const
{
    switch (v) {
    case RenewalForecast::Commit:
        return {m_language.translate("csm::PrintLabels", "Commit", "renewal forecast"), green()};
    case RenewalForecast::Likely:
        return {m_language.translate("csm::PrintLabels", "Likely", "renewal forecast"), blue()};
    case RenewalForecast::AtRisk:
        return {m_language.translate("csm::PrintLabels", "At risk", "renewal forecast"), yellow()};
    case RenewalForecast::Lost:
        return {m_language.translate("csm::PrintLabels", "Lost", "renewal forecast"), red()};
    }
    return {};
}

} // namespace csm
