#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>

namespace st {

/// The words and `--name value` options of one command line, checked against what the command
/// accepts so that a typo is an error instead of being ignored.
class ArgList final
{
public:
    /// Splits `args` into positional words and options; `flags` are options without a value.
    /// Throws UsageError for an option that is not in `valued` or `flags`, or lacks its value.
    ArgList(const QStringList &args, const std::set<QString> &valued, const std::set<QString> &flags);

    const QStringList &words() const { return m_words; }
    bool has(const QString &name) const { return m_values.count(name) != 0 || m_flags.count(name) != 0; }
    std::optional<QString> value(const QString &name) const;
    /// The value of a required option; throws UsageError naming it when missing.
    QString required(const QString &name) const;

private:
    QStringList m_words;
    std::map<QString, QString> m_values;
    std::set<QString> m_flags;
};

/// A command line that does not fit the syntax (exit code 2).
class UsageError final : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace st
