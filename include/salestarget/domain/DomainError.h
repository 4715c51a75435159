#pragma once

#include <QString>

#include <stdexcept>

namespace st {

/// An error a user can act on: bad input, a refused operation, a broken invariant.
/// The message is complete and user-facing (it names the field/row and what is wrong).
class DomainError : public std::runtime_error
{
public:
    explicit DomainError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    /// The user-facing message.
    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace st
