#pragma once
// Errors come back as values with a message a person can read; nothing throws across layers.

#include <QString>
#include <optional>
#include <utility>

namespace archbench::core {

enum class ErrorCode {
    Other,
    NotFound,      ///< the file or item does not exist
    Refused,       ///< the file is not one we accept (not Archbench, damaged, newer, hostile)
    Locked,        ///< another session holds the lock
    ChangedOnDisk, ///< the target changed since it was opened
    Io,            ///< reading or writing failed
    Invalid,       ///< content breaks a rule of the format (message names the path)
    Unauthorized,  ///< a server refused who we are or what we asked (password, role, policy)
    Unreachable,   ///< a server could not be reached, or went away
};

struct Error {
    QString message;
    ErrorCode code = ErrorCode::Other;
};

/// A value or an Error. Small on purpose: ok(), value(), error().
template <typename T> class [[nodiscard]] Expected {
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Error error) : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Error error) : m_failed(true), m_error(std::move(error)) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{std::move(message), code}; }

} // namespace archbench::core
