#pragma once

// The domain's words and statuses in a document's language (not the application's): touch models, touch
// kinds, health bands, milestone and roadmap states, renewal forecasts, report periods, and the chips that
// show a status as a coloured dot with its word. Where the screens already have the word
// (item/DisplayLabels.cpp, domain/ReportPeriod.cpp) the same message is used, so a printed page says what the
// screen says.

#include "domain/Entities.h"
#include "domain/ReportPeriod.h"
#include "domain/RoadmapStatus.h"
#include "domain/Segmentation.h"
#include "ui/print/DocumentLanguage.h"
#include "ui/print/PdfDocument.h"

#include <optional>

namespace csm {

class PrintLabels
{
public:
    explicit PrintLabels(const DocumentLanguage& language) : m_language(language) {}

    QString touchModel(TouchModel v) const;
    // The three touch models and "All accounts".
    QString segment(Segment s) const;
    QString touchKind(TouchKind v) const;
    QString sentiment(int v) const; // -2 .. +2
    QString ownerSide(OwnerSide v) const;
    QString noData() const;
    // "FY2026 Q1" / 「2026年度 第1四半期」; two dates as "1 April 2026 to 30 June 2026".
    QString period(const ReportPeriod& p) const;
    // "today", "in 12 days", "3 days ago".
    QString relativeDays(int days) const;

    // "Green 72.5", a hollow grey "No data" without a score.
    Chip health(std::optional<HealthBand> band, std::optional<double> score) const;
    Chip band(HealthBand band) const;
    Chip milestoneStatus(MilestoneStatus v) const;
    Chip roadmapState(RoadmapState v) const;
    Chip forecast(RenewalForecast v) const;

    static QColor green() { return QColor(0x2e, 0x9d, 0x5b); }
    static QColor yellow() { return QColor(0xe0, 0xa2, 0x00); }
    static QColor red() { return QColor(0xd6, 0x45, 0x45); }
    static QColor blue() { return QColor(0x2f, 0x6f, 0xd0); }
    static QColor grey() { return QColor(0x9a, 0xa5, 0xb1); }

private:
    const DocumentLanguage& m_language;
};

} // namespace csm
