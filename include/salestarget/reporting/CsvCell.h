#pragma once

#include <QString>

namespace st {

/// Encoding of single CSV cells for files people open in Excel (RFC 4180 quoting).
class CsvCell final
{
public:
    /// A text cell: quoted when it holds a delimiter, quote or line break; a cell that starts with
    /// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` so it can never become a
    /// formula (OWASP CSV injection).
    static QString text(const QString &value, QChar delimiter = u',');
    /// A number written by us (`-1234.56`): never escaped, so it stays a number.
    static QString number(const QString &value) { return value; }
};

} // namespace st
