#include "ArgList.h"

namespace st {

ArgList::ArgList(const QStringList &args, const std::set<QString> &valued, const std::set<QString> &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QStringLiteral("--")) || a == QStringLiteral("--")) {
            m_words << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(u'=');
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.count(name)) {
            if (hasInline)
                throw UsageError(QStringLiteral("--%1 takes no value").arg(name));
            m_flags.insert(name);
        } else if (valued.count(name)) {
            if (hasInline) {
                m_values[name] = inlineValue;
            } else {
                if (i + 1 >= args.size())
                    throw UsageError(QStringLiteral("--%1 needs a value").arg(name));
                m_values[name] = args[++i];
            }
        } else {
            throw UsageError(QStringLiteral("unknown option --%1").arg(name));
        }
    }
}

std::optional<QString> ArgList::value(const QString &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

QString ArgList::required(const QString &name) const
{
    const auto v = value(name);
    if (!v || v->trimmed().isEmpty())
        throw UsageError(QStringLiteral("--%1 is required").arg(name));
    return *v;
}

} // namespace st
