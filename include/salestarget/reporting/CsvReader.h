#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace st {

/// The field separator of a CSV file; Auto detects it from the first lines.
enum class CsvDelimiter : char { Auto = 0, Comma = ',', Semicolon = ';', Tab = '\t' };

/// Why a CSV file could not be read, and where.
struct CsvError {
    qsizetype line = 0;       // 1-based line of the file where the bad record starts
    qsizetype column = 0;     // 1-based field (column) number within that record
    qsizetype byteOffset = 0; // offset of the offending byte in the UTF-8 text
    QString message;          // user-facing, names the line and column
};

/// One record: fields as views into the reader's text (or into the record's own scratch buffer
/// for quoted fields that contained doubled quotes). Valid until the next `next()` call on it.
class CsvRecord final
{
public:
    /// Number of fields (at least 1 for every record the reader returns).
    qsizetype size() const { return qsizetype(m_fields.size()); }
    /// The field at `index`, or an empty view when the record is shorter.
    QByteArrayView field(qsizetype index) const
    {
        return index >= 0 && index < size() ? m_fields[size_t(index)] : QByteArrayView();
    }
    /// The field at `index` (unchecked).
    QByteArrayView operator[](qsizetype index) const { return m_fields[size_t(index)]; }
    /// The 1-based line of the file where the record starts.
    qsizetype line() const { return m_line; }
    /// Iteration over the fields.
    auto begin() const { return m_fields.cbegin(); }
    /// End of the iteration over the fields.
    auto end() const { return m_fields.cend(); }

private:
    friend class CsvReader;
    struct Pending {
        size_t field;
        size_t offset;
        size_t length;
    };
    std::vector<QByteArrayView> m_fields;
    std::string m_scratch;          // unescaped text of quoted fields with doubled quotes
    std::vector<Pending> m_pending; // scratch fields, patched in once the scratch stops growing
    qsizetype m_line = 0;
};

/// A fast RFC 4180 reader over UTF-8 text (see TextDecoding): quoted fields with doubled quotes,
/// delimiters and line breaks inside quotes, CRLF/LF/CR line ends, blank lines skipped. Malformed
/// input stops the reader with an error naming line and column.
class CsvReader final
{
public:
    /// Reads `utf8` (a leading UTF-8 BOM is skipped); the reader keeps the bytes alive.
    explicit CsvReader(QByteArray utf8, CsvDelimiter delimiter = CsvDelimiter::Auto);

    /// Reads the next record into `record`, reusing its storage; false at the end or on an error.
    bool next(CsvRecord &record);
    /// True when reading stopped because of malformed input.
    bool hasError() const { return m_hasError; }
    /// The error that stopped the reader (meaningful when hasError()).
    const CsvError &error() const { return m_error; }
    /// The delimiter in use (never Auto).
    CsvDelimiter delimiter() const { return m_delimiter; }
    /// Bytes consumed so far, for progress reporting.
    qsizetype position() const { return m_pos - m_begin; }
    /// Total number of bytes to read.
    qsizetype size() const { return m_end - m_begin; }

    /// Cuts the text not read yet into up to `count` readers of about equal size, in file order, so
    /// that reading them one after the other gives the same records, lines and error as reading on
    /// with this reader: for parsing a large file on several threads. Each cut is just after a line
    /// feed outside quotes, found by quote parity (exact for RFC 4180 text; see the .cpp for
    /// malformed text). Fewer readers when there are fewer such places; one when count <= 1.
    std::vector<CsvReader> split(int count) const;

    /// Detects the delimiter from up to the first ten lines, counting only outside quotes.
    static CsvDelimiter detectDelimiter(QByteArrayView utf8);
    /// A field as a QString (UTF-8 to UTF-16), for the few fields a caller keeps as text.
    static QString fieldToString(QByteArrayView field) { return QString::fromUtf8(field); }

private:
    CsvReader(const CsvReader &whole, const char *begin, const char *end, qsizetype line);
    bool fail(CsvRecord &record, const char *pos, const char *what);
    const char *readQuoted(CsvRecord &record, const char *p);
    void finishRecord(CsvRecord &record);

    QByteArray m_text;
    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    qsizetype m_line = 1;
    CsvDelimiter m_delimiter = CsvDelimiter::Comma;
    std::array<bool, 256> m_special{}; // delimiter, CR, LF, quote: where an unquoted field stops
    bool m_hasError = false;
    CsvError m_error;
};

} // namespace st
