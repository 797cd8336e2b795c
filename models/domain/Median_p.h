#pragma once

#include <algorithm>
#include <optional>
#include <span>

namespace csm::detail {

// The median of the values (reordered in place): the middle one, or the mean of the two middle ones.
template <typename T> std::optional<double> medianInPlace(std::span<T> values)
{
    if (values.empty())
        return std::nullopt;
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    const double upper = double(*mid);
    if (values.size() % 2 == 1)
        return upper;
    const double lower = double(*std::max_element(values.begin(), mid));
    return (lower + upper) / 2;
}

} // namespace csm::detail
