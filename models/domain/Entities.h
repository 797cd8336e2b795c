#pragma once

// Value types of a book (DESIGN §3). Plain data: no SQL, no widgets.
// Money is an integer in minor units of the book's currency (yen have none): MinorUnits here, domain/Money.h
// (the amount with its currency) wherever it is shown, edited, charted or summed.

#include "domain/Money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace csm {

using Id = QString; // UUID text, made on the client, never reused

enum class TouchModel
{
    High,
    Low,
    Tech
};
enum class LifecycleStage
{
    Onboarding,
    Adopting,
    Mature,
    Renewing,
    Churned
};
enum class TouchKind
{
    Meeting,
    Call,
    Email,
    Qbr,
    Ebr,
    Training,
    OnboardingSession,
    Webinar,
    InAppMessage,
    Escalation,
    InternalNote, // not a customer touch
};
enum class Direction
{
    Outbound,
    Inbound
};
enum class ContactRole
{
    Champion,
    ExecutiveSponsor,
    Admin,
    User
};
enum class ArrEventKind
{
    New,
    Expansion,
    Contraction,
    Churn,
    Reactivation
};
enum class RenewalForecast
{
    Commit,
    Likely,
    AtRisk,
    Lost
};
enum class RenewalOutcome
{
    Pending,
    Renewed,
    Expanded,
    Contracted,
    Churned
};
enum class MilestoneStatus
{
    Planned,
    InProgress,
    Done,
    Blocked,
    Skipped
};
enum class OwnerSide
{
    Vendor,
    Customer
};
enum class HealthBand
{
    Green,
    Yellow,
    Red
};

// Columns every user-edited table has.
struct Record
{
    Id id;
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;  // UTC
    bool deleted = false; // tombstone
};

struct Account : Record
{
    QString name;
    QString nameReading;     // kana, for sorting Japanese names
    QString externalId;      // CRM id, unique among live accounts when set
    QString corporateNumber; // 法人番号: 13 digits, check digit verified; empty when unknown
    QString owner;
    QString industry;
    QString plan;
    int seats = 0;
    QString region;
    LifecycleStage stage = LifecycleStage::Onboarding;
    std::optional<TouchModel> touchModelOverride;
    QString touchModelOverrideReason;
    MinorUnits arr = 0; // current ARR, derived from ARR events (kept in sync by storage)
    QString status;
};

struct Contact : Record
{
    Id accountId;
    QString externalId; // the id another system gives it (re-imports match on it); unique among live rows
    QString name;
    ContactRole role = ContactRole::User;
    QString email;
    QString phone;
};

struct Touch : Record
{
    Id accountId;
    QString externalId; // as on Contact
    QDate occurredOn;
    std::optional<QTime> occurredAt;
    TouchKind kind = TouchKind::Meeting;
    Direction direction = Direction::Outbound;
    QList<Id> participantIds; // contacts
    QString summary;
    std::optional<int> sentiment; // -2 .. +2
    QString nextStep;
    std::optional<QDate> followUpOn;
    bool followUpDone = false;
    QString author;
};

struct Contract : Record
{
    Id accountId;
    QString externalId; // as on Contact
    QDate startDate;
    int termMonths = 12;
    bool autoRenew = true;
    int noticeDays = 60;
    // A notice rule other than noticeDays days before (NoticeRule::toCode, "day-of-month:20:1:bd"); empty:
    // noticeDays days before the renewal date. noticeDays is kept beside a rule for older readers.
    QString noticeRule;
    int renewalTermMonths = 0; // every renewal after the first term; 0: as long as the first term
    MinorUnits arr = 0;
};

struct ArrEvent : Record
{
    Id accountId;
    QString externalId; // as on Contact
    QDate effectiveOn;
    ArrEventKind kind = ArrEventKind::New;
    MinorUnits arrAfter = 0;
};

struct Renewal : Record
{
    Id accountId;
    QDate renewalDate;
    RenewalForecast forecast = RenewalForecast::Likely;
    RenewalOutcome outcome = RenewalOutcome::Pending;
    std::optional<QDate> decidedOn;
    QString note;
};

struct TemplateMilestone : Record
{
    Id templateId;
    int position = 0;
    QString title;
    int offsetBusinessDays = 0;
    OwnerSide ownerSide = OwnerSide::Vendor;
    QString successCriterion;
    bool firstValue = false; // reaching it is the customer's first value; at most one per template
};

struct RoadmapTemplate : Record
{
    QString name;
    std::optional<TouchModel> touchModel;
    QList<TemplateMilestone> milestones;
    bool retired = false; // kept for the roadmaps made from it, no longer offered for new ones
};

struct Milestone : Record
{
    Id roadmapId;
    int position = 0;
    QString title;
    OwnerSide ownerSide = OwnerSide::Vendor;
    QString successCriterion;
    QDate dueOn;
    std::optional<QDate> completedOn;
    MilestoneStatus status = MilestoneStatus::Planned;
    // Copied from the template when the roadmap is made, so that re-planning and the funnel never read a
    // template edited since (domain/RoadmapSchedule.h).
    Id templateMilestoneId; // empty for a milestone added by hand
    int offsetBusinessDays = 0;
    bool firstValue = false;
    std::optional<QDate> startedOn;
    QString blockedReason;    // set while blocked
    bool movedByHand = false; // due date chosen by the user: re-planning the kickoff leaves it
};

struct Roadmap : Record
{
    Id accountId;
    Id templateId; // may be empty
    QString name;
    QDate kickoffOn;
    bool active = true;
    QList<Milestone> milestones;
};

struct UsageMetric
{
    Id id;
    Id accountId;
    QDate date;
    QString metric; // e.g. "active_users"
    double value = 0;
};

struct NpsResponse : Record
{
    Id accountId;
    QString externalId; // as on Contact
    QDate respondedOn;
    int score = 0; // 0..10
    QString respondent;
    QString comment;
};

struct HealthFactorSnapshot
{
    QString factor; // stable code: adoption, usage_trend, engagement, sentiment, nps, onboarding
    double input = 0;
    double score = 0;
    double weight = 0;
};

struct HealthSnapshot
{
    Id id;
    Id accountId;
    QDate asOf;
    std::optional<double> score; // no score when no factor has data
    std::optional<HealthBand> band;
    QList<HealthFactorSnapshot> factors;
};

// Stable text codes used in the book file, CSV and JSON. Never translated; see Labels.h for display.
QString toCode(TouchModel v);
QString toCode(LifecycleStage v);
QString toCode(TouchKind v);
QString toCode(Direction v);
QString toCode(ContactRole v);
QString toCode(ArrEventKind v);
QString toCode(RenewalForecast v);
QString toCode(RenewalOutcome v);
QString toCode(MilestoneStatus v);
QString toCode(OwnerSide v);
QString toCode(HealthBand v);

template <typename E> std::optional<E> fromCode(const QString& code);
// The same, of a code's UTF-8 bytes as a book stores them (no QString made for a whole table's rows).
template <typename E> std::optional<E> fromCode(QByteArrayView code);

// True for every kind but an internal note.
constexpr bool isCustomerTouch(TouchKind k)
{
    return k != TouchKind::InternalNote;
}

} // namespace csm
