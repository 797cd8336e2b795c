#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QList>
#include <QString>

namespace csm {

// A user-defined non-working day (company holiday), on top of the public holiday calendar.
struct CompanyHoliday
{
    QDate date;
    QString name;
};

// Book-wide settings (DESIGN §3 "settings"): stored in the book, edited in the settings dialog.
struct BookSettings
{
    QString currency = QStringLiteral("JPY");       // ISO 4217
    int fiscalYearStartMonth = 4;                   // April for JPY books, January otherwise
    QString holidayCalendar = QStringLiteral("jp"); // "jp" or "none"
    QList<CompanyHoliday> companyHolidays;

    // Segmentation by ARR (DESIGN §6), minor units of the book currency.
    MinorUnits highTouchMinArr = 10'000'000;
    MinorUnits lowTouchMinArr = 1'000'000;

    // Cadence: the longest gap between customer touches each touch model allows, in days.
    int cadenceHighDays = 14;
    int cadenceLowDays = 30;
    int cadenceTechDays = 90;

    // Health model (DESIGN §5).
    double weightAdoption = 25;
    double weightUsageTrend = 15;
    double weightEngagement = 20;
    double weightSentiment = 15;
    double weightNps = 15;
    double weightOnboarding = 10;
    double greenMin = 70;
    double yellowMin = 40;
    double healthDropPoints = 15;
    // Bumped whenever a changed health model is saved (HealthModel::version): every score carries it.
    int healthModelVersion = 1;

    // Onboarding roadmaps (issue 15): a roadmap is stuck when a milestone is more than this many business
    // days past its due date (RoadmapStatusOptions).
    int stuckAfterBusinessDays = 10;

    // Defaults for a book in a currency: USD-like books start the fiscal year in January and use
    // the USD segmentation thresholds.
    static BookSettings defaultsFor(const QString& currency);

    int cadenceDays(TouchModel m) const
    {
        switch (m) {
        case TouchModel::High:
            return cadenceHighDays;
        case TouchModel::Low:
            return cadenceLowDays;
        case TouchModel::Tech:
            return cadenceTechDays;
        }
        return cadenceTechDays;
    }

    // The touch model the ARR rule gives (an account's override wins over this; see effectiveTouchModel).
    TouchModel touchModelForArr(MinorUnits arr) const
    {
        if (arr >= highTouchMinArr)
            return TouchModel::High;
        if (arr >= lowTouchMinArr)
            return TouchModel::Low;
        return TouchModel::Tech;
    }
};

inline TouchModel effectiveTouchModel(const Account& a, const BookSettings& s)
{
    return a.touchModelOverride ? *a.touchModelOverride : s.touchModelForArr(a.arr);
}

} // namespace csm
