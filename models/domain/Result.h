#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace csm {

// A user-readable failure: what happened, where (file, line, field) and what the user can do.
struct Error
{
    enum class Code
    {
        Generic,
        NotFound,
        InvalidValue,
        NotABook,
        Corrupt,
        NewerVersion,
        ReadOnly,
        Locked,
        Io,
        Cancelled,
    };

    Code code = Code::Generic;
    QString message; // translated, one sentence on what happened
    QString where;   // file, "file:line", field name ... may be empty
    QString hint;    // translated, what the user can do; may be empty

    // One line for a status bar or a terminal: "message (where). hint"
    QString toString() const
    {
        QString s = message;
        if (!where.isEmpty())
            s += QStringLiteral(" (%1)").arg(where);
        if (!hint.isEmpty())
            s += QLatin1Char(' ') + hint;
        return s;
    }
};

// Value or Error. The one error style across layers: no exceptions cross a library boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace csm
