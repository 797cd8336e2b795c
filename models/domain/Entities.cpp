#include "domain/Entities.h"

#include <array>
#include <string_view>

namespace csm {
namespace {

template <typename E> struct Codes;

#define CSM_CODES(Enum, ...)                                                                                 \
    template <> struct Codes<Enum>                                                                           \
    {                                                                                                        \
        static constexpr std::array values = {__VA_ARGS__};                                                  \
    };

using namespace std::string_view_literals;
CSM_CODES(TouchModel, "high"sv, "low"sv, "tech"sv)
CSM_CODES(LifecycleStage, "onboarding"sv, "adopting"sv, "mature"sv, "renewing"sv, "churned"sv)
CSM_CODES(TouchKind, "meeting"sv, "call"sv, "email"sv, "qbr"sv, "ebr"sv, "training"sv, "onboarding_session"sv,
          "webinar"sv, "in_app_message"sv, "escalation"sv, "internal_note"sv)
CSM_CODES(Direction, "outbound"sv, "inbound"sv)
CSM_CODES(ContactRole, "champion"sv, "executive_sponsor"sv, "admin"sv, "user"sv)
CSM_CODES(ArrEventKind, "new"sv, "expansion"sv, "contraction"sv, "churn"sv, "reactivation"sv)
CSM_CODES(RenewalForecast, "commit"sv, "likely"sv, "at_risk"sv, "lost"sv)
CSM_CODES(RenewalOutcome, "pending"sv, "renewed"sv, "expanded"sv, "contracted"sv, "churned"sv)
CSM_CODES(MilestoneStatus, "planned"sv, "in_progress"sv, "done"sv, "blocked"sv, "skipped"sv)
CSM_CODES(OwnerSide, "vendor"sv, "customer"sv)
CSM_CODES(HealthBand, "green"sv, "yellow"sv, "red"sv)
#undef CSM_CODES

template <typename E> QString codeOf(E v)
{
    const auto i = static_cast<std::size_t>(v);
    const auto& values = Codes<E>::values;
    if (i >= values.size())
        return {};
    return QString::fromLatin1(values[i].data(), static_cast<qsizetype>(values[i].size()));
}

} // namespace

template <typename E> std::optional<E> fromCode(const QString& code)
{
    const auto& values = Codes<E>::values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (code == QLatin1StringView(values[i].data(), static_cast<qsizetype>(values[i].size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E> std::optional<E> fromCode(QByteArrayView code)
{
    const auto& values = Codes<E>::values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (code == QByteArrayView(values[i].data(), static_cast<qsizetype>(values[i].size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

#define CSM_CODE_FUNCS(Enum)                                                                                 \
    QString toCode(Enum v)                                                                                   \
    {                                                                                                        \
        return codeOf(v);                                                                                    \
    }                                                                                                        \
    template std::optional<Enum> fromCode<Enum>(const QString&);                                             \
    template std::optional<Enum> fromCode<Enum>(QByteArrayView);

CSM_CODE_FUNCS(TouchModel)
CSM_CODE_FUNCS(LifecycleStage)
CSM_CODE_FUNCS(TouchKind)
CSM_CODE_FUNCS(Direction)
CSM_CODE_FUNCS(ContactRole)
CSM_CODE_FUNCS(ArrEventKind)
CSM_CODE_FUNCS(RenewalForecast)
CSM_CODE_FUNCS(RenewalOutcome)
CSM_CODE_FUNCS(MilestoneStatus)
CSM_CODE_FUNCS(OwnerSide)
CSM_CODE_FUNCS(HealthBand)
#undef CSM_CODE_FUNCS

} // namespace csm
