#pragma once

#include "app/cli/ExitCodes.h"
#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace coffer::cli {

// What the user sees when a command fails: the exit code, the message and an optional one-line hint.
// Never holds secret material (it is made from core's Error contexts, which never do).
struct CliError
{
    ExitCode exitCode = ExitCode::Failure;
    QString message;
    QString hint;

    static CliError usage(QString message, QString hint = {})
    {
        return CliError {ExitCode::Usage, std::move(message), std::move(hint)};
    }
    static CliError fromCore(const Error &error)
    {
        return CliError {exitCodeFor(error.code()), error.context(), hintFor(error)};
    }
};

// A value or a CliError: the return type of the CLI's own fallible steps. Converts from core's Result.
template<typename T>
class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Outcome(CliError error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }
    Outcome(const Error &error)
        : Outcome(CliError::fromCore(error))
    { }
    Outcome(Result<T> &&result)
        : Outcome(result ? Outcome(std::move(*result)) : Outcome(result.error()))
    { }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const CliError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, CliError> m_state;
};

template<>
class [[nodiscard]] Outcome<void>
{
public:
    Outcome() = default;
    Outcome(CliError error)
        : m_error(std::move(error))
    { }
    Outcome(const Error &error)
        : m_error(CliError::fromCore(error))
    { }
    Outcome(const Result<void> &result)
    {
        if (!result)
            m_error = CliError::fromCore(result.error());
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const CliError &error() const { return *m_error; }

private:
    std::optional<CliError> m_error;
};

} // namespace coffer::cli

// Propagates a failed Outcome or Result to the enclosing function (which returns an Outcome).
#define COFFER_CLI_TRY(expr) \
    do { \
        auto cofferCliTry_ = (expr); \
        if (!cofferCliTry_) \
            return cofferCliTry_.error(); \
    } while (false)

// Returns the error of an Outcome or Result variable that failed (leaves a successful one untouched).
#define COFFER_CLI_CHECK(var) \
    do { \
        if (!(var)) \
            return (var).error(); \
    } while (false)
