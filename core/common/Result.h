#pragma once

#include "core/common/Error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace coffer {

// A value or an Error, shaped after std::expected (C++23), which GCC 12 lacks in C++20 mode.
// Construct from a T for success and from an Error for failure.
template<typename T>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cvref_t<T>, Error>, "Result<Error> is ambiguous");

public:
    using value_type = T;

    Result(const T &value)
        : m_state(std::in_place_index<0>, value)
    { }
    Result(T &&value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    template<typename U>
    requires(
            std::is_constructible_v<
                    T,
                    U &&> && !std::is_same_v<std::remove_cvref_t<U>, Error> && !std::is_same_v<std::remove_cvref_t<U>, Result> && !std::is_same_v<std::remove_cvref_t<U>, T>)
            Result(U &&value)
        : m_state(std::in_place_index<0>, T(std::forward<U>(value)))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

    template<typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString context)
{
    return Error(code, std::move(context));
}

} // namespace coffer

// Propagate an error from an expression returning a Result<...> to the enclosing function.
#define COFFER_TRY(expr) \
    do { \
        auto cofferTryResult_ = (expr); \
        if (!cofferTryResult_) \
            return cofferTryResult_.error(); \
    } while (false)
