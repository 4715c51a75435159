#include "salestarget/reporting/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

namespace st {

namespace {

constexpr int kSampleLines = 10;                       // lines looked at to detect the delimiter
constexpr qsizetype kSampleBytes = qsizetype(64) << 10; // ... within at most this many bytes
// On a tie the rarer character wins: commas also occur in amounts and text, tabs hardly ever.
constexpr std::array<char, 3> kCandidates{'\t', ';', ','};

const char *skipBom(const char *begin, const char *end)
{
    return end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0 ? begin + 3 : begin;
}

/// The first byte from `p` on that ends an unquoted field (a byte marked in `special`: quote, CR,
/// LF, delimiter), or `end`.
const char *unquotedFieldEnd(const char *p, const char *end, const std::array<bool, 256> &special, char delimiter)
{
#if defined(__GNUC__) // GCC and Clang vector extensions: 16 bytes at a time on any target
    if constexpr (std::endian::native == std::endian::little) {
        using Bytes = unsigned char __attribute__((vector_size(16)));
        constexpr qsizetype kWidth = 16;
        for (; end - p >= kWidth; p += kWidth) {
            Bytes v;
            std::memcpy(&v, p, kWidth);
            const auto stop = reinterpret_cast<Bytes>(v == '"') | reinterpret_cast<Bytes>(v == '\n')
                              | reinterpret_cast<Bytes>(v == '\r') | reinterpret_cast<Bytes>(v == delimiter);
            std::array<std::uint64_t, 2> halves; // a stopping byte is 0xFF in `stop`
            std::memcpy(halves.data(), &stop, kWidth);
            if (halves[0] != 0)
                return p + std::countr_zero(halves[0]) / 8;
            if (halves[1] != 0)
                return p + 8 + std::countr_zero(halves[1]) / 8;
        }
    }
#else
    Q_UNUSED(delimiter);
#endif
    while (p < end && !special[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

struct QuotesAndLines {
    qsizetype quotes = 0;
    qsizetype lines = 0; // line ends as next() counts them: LF, CRLF, a lone CR
};

bool isLoneCr(const char *p, const char *end)
{
    return *p == '\r' && (p + 1 == end || p[1] != '\n');
}

/// Counts quotes and line ends in [p, to); `end` (>= to) bounds the look past `to` for a CRLF.
QuotesAndLines countQuotesAndLines(const char *p, const char *to, const char *end)
{
    QuotesAndLines n;
#if defined(__GNUC__) // GCC and Clang vector extensions: 16 bytes at a time on any target
    using Bytes = unsigned char __attribute__((vector_size(16)));
    constexpr qsizetype kWidth = 16;
    while (to - p >= kWidth) {
        Bytes quotes{};
        Bytes lfs{};
        Bytes crs{};
        const char *const chunk = p;
        // Byte counters: at most 255 blocks before they are added up.
        for (int round = 0; round < 255 && to - p >= kWidth; ++round, p += kWidth) {
            Bytes v;
            std::memcpy(&v, p, kWidth);
            quotes -= reinterpret_cast<Bytes>(v == '"'); // a match is -1 in every bit of the lane
            lfs -= reinterpret_cast<Bytes>(v == '\n');
            crs |= reinterpret_cast<Bytes>(v == '\r');
        }
        bool anyCr = false;
        for (int i = 0; i < kWidth; ++i) {
            n.quotes += quotes[i];
            n.lines += lfs[i];
            anyCr = anyCr || crs[i] != 0;
        }
        for (const char *c = chunk; anyCr && c < p; ++c) // CR line ends are rare
            n.lines += isLoneCr(c, end);
    }
#endif
    for (; p < to; ++p) {
        n.quotes += *p == '"';
        n.lines += *p == '\n' || isLoneCr(p, end);
    }
    return n;
}

} // namespace

CsvReader::CsvReader(QByteArray utf8, CsvDelimiter delimiter)
    : m_text(std::move(utf8))
{
    m_end = m_text.constData() + m_text.size();
    m_begin = skipBom(m_text.constData(), m_end);
    m_pos = m_begin;
    m_delimiter = delimiter == CsvDelimiter::Auto
                      ? detectDelimiter(QByteArrayView(m_begin, m_end - m_begin))
                      : delimiter;
    for (const char c : {'"', '\n', '\r', char(m_delimiter)})
        m_special[static_cast<unsigned char>(c)] = true;
}

CsvReader::CsvReader(const CsvReader &whole, const char *begin, const char *end, qsizetype line)
    : m_text(whole.m_text), // shared, not copied: the pointers stay valid
      m_begin(begin), m_pos(begin), m_end(end), m_line(line), m_delimiter(whole.m_delimiter),
      m_special(whole.m_special)
{
}

// Why the parts read like the whole: a cut is just after a line feed with an even number of
// quotes before it (counted from this reader's position, a record boundary). In RFC 4180 text
// every field holds an even number of quotes (none, or the two around it plus doubled ones), so an
// odd count means "inside a quoted field" and the line feed ends a record (or a blank line): the
// whole reader would be at the cut with the line number counted up to there. Malformed text gives
// the same result too: the first thing that stops the whole reader lies before the cut (a record
// still open at the cut would have an odd count before it), and the part before the cut sees
// exactly the bytes the whole reader saw up to there, so it stops at the same place with the same
// error; the parts after it are not read by a caller that stops at the first error.
std::vector<CsvReader> CsvReader::split(int count) const
{
    std::vector<CsvReader> parts;
    if (m_hasError) {
        parts.push_back(*this);
        return parts;
    }
    const qsizetype length = m_end - m_pos;
    const char *from = m_pos; // the part being cut
    qsizetype fromLine = m_line;
    const char *scanned = m_pos; // counted up to here:
    qsizetype line = m_line;
    bool inQuotes = false;
    for (int k = 1; k < count; ++k) {
        // The first cut at or after the k-th fraction: after the first line feed from one byte before it.
        const qsizetype target = length * k / count - 1;
        if (target > scanned - m_pos) {
            const QuotesAndLines n = countQuotesAndLines(scanned, m_pos + target, m_end);
            inQuotes = inQuotes != ((n.quotes & 1) != 0);
            line += n.lines;
            scanned = m_pos + target;
        }
        const char *cut = nullptr; // on to the next line feed outside quotes
        for (const char *p = scanned; p < m_end && !cut; ++p) {
            if (*p == '"') {
                inQuotes = !inQuotes;
            } else if (*p == '\n') {
                ++line;
                if (!inQuotes)
                    cut = p + 1;
            } else {
                line += isLoneCr(p, m_end);
            }
        }
        if (!cut || cut == m_end)
            break;
        scanned = cut;
        parts.push_back(CsvReader(*this, from, cut, fromLine));
        from = cut;
        fromLine = line;
    }
    parts.push_back(CsvReader(*this, from, m_end, fromLine));
    return parts;
}

bool CsvReader::next(CsvRecord &record)
{
    record.m_fields.clear();
    record.m_scratch.clear();
    record.m_pending.clear();
    if (m_hasError)
        return false;
    const char *p = m_pos;
    const char *const end = m_end;
    while (p < end && (*p == '\n' || *p == '\r')) { // blank lines
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        ++m_line;
    }
    if (p == end) {
        m_pos = p;
        return false;
    }
    record.m_line = m_line;
    const char delimiter = char(m_delimiter);
    for (;;) {
        if (p < end && *p == '"') {
            p = readQuoted(record, p);
            if (!p)
                return false;
        } else {
            const char *const start = p;
            p = unquotedFieldEnd(p, end, m_special, delimiter);
            if (p < end && *p == '"')
                return fail(record, p,
                            QT_TRANSLATE_NOOP("CsvReader", "a quote character inside an unquoted field "
                                                           "(enclose the field in quotes and double the quote)"));
            record.m_fields.emplace_back(start, p - start);
        }
        if (p == end)
            break;
        if (*p == delimiter) {
            ++p;
            continue;
        }
        if (*p == '\r' && p + 1 < end && p[1] == '\n') // CRLF; a lone CR or LF ends the line too
            ++p;
        ++p;
        ++m_line;
        break;
    }
    m_pos = p;
    finishRecord(record);
    return true;
}

const char *CsvReader::readQuoted(CsvRecord &record, const char *open)
{
    const char *const end = m_end;
    const char *p = open + 1;
    bool escaped = false;
    size_t scratchStart = 0;
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote) {
            fail(record, open, QT_TRANSLATE_NOOP("CsvReader", "a quoted field is not closed before the end of the file"));
            return nullptr;
        }
        for (const char *c = p; c < quote; ++c) // quote[0] is '"', so c[1] is always readable
            m_line += *c == '\n' || (*c == '\r' && c[1] != '\n');
        if (quote + 1 < end && quote[1] == '"') { // a doubled quote stands for one quote
            if (!escaped) {
                escaped = true;
                scratchStart = record.m_scratch.size();
            }
            record.m_scratch.append(p, size_t(quote + 1 - p));
            p = quote + 2;
            continue;
        }
        if (escaped) {
            record.m_scratch.append(p, size_t(quote - p));
            record.m_pending.push_back(
                {record.m_fields.size(), scratchStart, record.m_scratch.size() - scratchStart});
            record.m_fields.emplace_back();
        } else {
            record.m_fields.emplace_back(open + 1, quote - open - 1);
        }
        p = quote + 1;
        if (p < end && *p != char(m_delimiter) && *p != '\n' && *p != '\r') {
            record.m_fields.pop_back(); // report the column of the field the stray text belongs to
            fail(record, p, QT_TRANSLATE_NOOP("CsvReader", "text after the closing quote of a quoted field"));
            return nullptr;
        }
        return p;
    }
}

void CsvReader::finishRecord(CsvRecord &record)
{
    // Scratch views are made only now: appending to the scratch may have moved its storage.
    for (const CsvRecord::Pending &pending : record.m_pending)
        record.m_fields[pending.field] = QByteArrayView(record.m_scratch.data() + pending.offset,
                                                        qsizetype(pending.length));
}

bool CsvReader::fail(CsvRecord &record, const char *pos, const char *what)
{
    m_hasError = true;
    m_error.line = record.m_line;
    m_error.column = record.size() + 1;
    m_error.byteOffset = pos - m_text.constData();
    m_error.message = QCoreApplication::translate("CsvReader", "Line %1, column %2: %3.")
                          .arg(m_error.line)
                          .arg(m_error.column)
                          .arg(QCoreApplication::translate("CsvReader", what));
    m_pos = m_end;
    record.m_fields.clear();
    record.m_scratch.clear();
    record.m_pending.clear();
    return false;
}

CsvDelimiter CsvReader::detectDelimiter(QByteArrayView utf8)
{
    const char *p = skipBom(utf8.data(), utf8.data() + utf8.size());
    const char *const end = utf8.data() + std::min(utf8.size(), kSampleBytes);
    std::array<std::array<int, kSampleLines>, kCandidates.size()> counts{};
    int lines = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    for (; p < end && lines < kSampleLines; ++p) {
        const char c = *p;
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            lines += lineHasText; // blank lines do not count
            lineHasText = false;
            continue;
        } else if (!inQuotes) {
            for (size_t k = 0; k < kCandidates.size(); ++k)
                counts[k][size_t(lines)] += c == kCandidates[k];
        }
        lineHasText = true;
    }
    // A last line cut off by the sample limit is partial; use it only when it is the only one.
    if (lineHasText && (lines == 0 || end == utf8.data() + utf8.size()) && lines < kSampleLines)
        ++lines;
    int best = -1;
    int bestCount = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) { // consistent across lines, most per line
        const int first = counts[k][0];
        bool consistent = first > 0;
        for (int i = 1; i < lines && consistent; ++i)
            consistent = counts[k][size_t(i)] == first;
        if (consistent && first > bestCount) {
            best = int(k);
            bestCount = first;
        }
    }
    for (size_t k = 0; best < 0 && k < kCandidates.size(); ++k) { // else most on the first line
        if (counts[k][0] > bestCount)
            bestCount = counts[k][0];
    }
    for (size_t k = 0; best < 0 && k < kCandidates.size(); ++k) {
        if (bestCount > 0 && counts[k][0] == bestCount)
            best = int(k);
    }
    return best < 0 ? CsvDelimiter::Comma : CsvDelimiter(kCandidates[size_t(best)]);
}

} // namespace st
