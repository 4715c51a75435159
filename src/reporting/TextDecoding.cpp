#include "salestarget/reporting/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <thread>
#include <utility>

namespace st {

namespace {

using uchar8 = unsigned char;

constexpr qsizetype kUtf8Evidence = 8; // multi-byte sequences that make a file UTF-8
constexpr qsizetype kGbChunk = qsizetype(1) << 20; // GB18030 is decoded a megabyte at a time
constexpr qsizetype kParallelScan = qsizetype(4) << 20; // UTF-8 checked on two threads from here

DecodedText failure(DetectedEncoding encoding, qsizetype offset, const QString &message)
{
    DecodedText result;
    result.encoding = encoding;
    result.error = DecodeError{offset, message};
    return result;
}

DecodedText invalidBytes(DetectedEncoding encoding, qsizetype offset)
{
    return failure(encoding, offset,
                   QCoreApplication::translate("TextDecoding", "The file is not valid %1: invalid byte sequence at byte offset %2.")
                       .arg(TextDecoding::encodingName(encoding))
                       .arg(offset));
}

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && std::memcmp(bytes.data(), prefix, size_t(length)) == 0;
}

/// Length of the GB18030 sequence at `s` (1, 2 or 4), or 0 when it is malformed, truncated or
/// one of the four-byte codes that GB18030 leaves unassigned.
int gbSequenceLength(const uchar8 *s, qsizetype remaining)
{
    const uchar8 c = s[0];
    if (c < 0x80)
        return 1;
    if (c == 0x80 || c == 0xFF || remaining < 2)
        return 0;
    const uchar8 c2 = s[1];
    if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE))
        return 2;
    if (c2 < 0x30 || c2 > 0x39 || remaining < 4)
        return 0;
    const uchar8 c3 = s[2];
    const uchar8 c4 = s[3];
    if (c3 < 0x81 || c3 > 0xFE || c4 < 0x30 || c4 > 0x39)
        return 0;
    const long linear = ((long(c - 0x81) * 10 + (c2 - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30);
    constexpr long kBmpLast = 39419;       // 84 31 A4 39 = U+FFFF
    constexpr long kSupplementFirst = 189000; // 90 30 81 30 = U+10000
    constexpr long kSupplementLast = kSupplementFirst + 0xFFFFF; // E3 32 9A 35 = U+10FFFF
    const bool assigned = linear <= kBmpLast || (linear >= kSupplementFirst && linear <= kSupplementLast);
    return assigned ? 4 : 0;
}

/// The first sequence in `chunk` that `decoder` rejects (a safety net behind the structural check).
qsizetype locateDecoderError(QStringDecoder &decoder, QByteArrayView chunk)
{
    const auto *s = reinterpret_cast<const uchar8 *>(chunk.data());
    qsizetype i = 0;
    while (i < chunk.size()) {
        const int length = gbSequenceLength(s + i, chunk.size() - i);
        if (length == 0)
            return i;
        decoder.resetState();
        (void)decoder.decode(chunk.sliced(i, length));
        if (decoder.hasError())
            return i;
        i += length;
    }
    return 0;
}

DecodedText decodeGb18030(QByteArrayView bytes, qsizetype base)
{
    if (const qsizetype bad = TextDecoding::firstInvalidGb18030(bytes); bad >= 0)
        return invalidBytes(DetectedEncoding::Gb18030, base + bad);
    QStringDecoder decoder("GB18030");
    if (!decoder.isValid())
        return failure(DetectedEncoding::Gb18030, base,
                       QCoreApplication::translate("TextDecoding", "GB18030 decoding is not available in this build of Qt."));
    DecodedText result;
    result.encoding = DetectedEncoding::Gb18030;
    result.utf8.reserve(bytes.size() + bytes.size() / 2);
    qsizetype start = 0;
    while (start < bytes.size()) {
        // A byte after '\n' always starts a sequence ('\n' is never a trail byte), so chunks
        // end there and each chunk decodes on its own.
        qsizetype end = bytes.size();
        if (bytes.size() - start > kGbChunk) {
            const void *nl = std::memchr(bytes.data() + start + kGbChunk, '\n',
                                         size_t(bytes.size() - start - kGbChunk));
            if (nl)
                end = static_cast<const char *>(nl) - bytes.data() + 1;
        }
        const QByteArrayView chunk = bytes.sliced(start, end - start);
        const QString text = decoder.decode(chunk);
        if (decoder.hasError())
            return invalidBytes(DetectedEncoding::Gb18030, base + start + locateDecoderError(decoder, chunk));
        QStringView view(text);
        if (start == 0 && view.startsWith(QChar(0xFEFF))) { // GB18030 BOM 84 31 95 33
            view = view.sliced(1);
            result.hadBom = true;
        }
        result.utf8 += view.toUtf8();
        start = end;
    }
    return result;
}

/// Offset of the first ill-formed UTF-8 sequence or -1; counts the multi-byte sequences before it.
qsizetype scanUtf8Range(QByteArrayView bytes, qsizetype *multiByte)
{
    qsizetype sequences = 0;
    auto done = [&](qsizetype result) {
        if (multiByte)
            *multiByte = sequences;
        return result;
    };
    const auto *s = reinterpret_cast<const uchar8 *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path: eight bytes at a time, then on to the first byte that is not ASCII.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (const std::uint64_t high = word & 0x8080808080808080ULL; high != 0) {
                if constexpr (std::endian::native == std::endian::little)
                    i += std::countr_zero(high) / 8;
                break;
            }
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        // A run of multi-byte sequences (text in Chinese), up to the next ASCII byte.
        do {
            const uchar8 c = s[i];
            // The common CJK case, E1..EC or EE..EF followed by two continuation bytes, in one test.
            if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 3 <= n && (s[i + 1] & 0xC0) == 0x80
                && (s[i + 2] & 0xC0) == 0x80) {
                i += 3;
                ++sequences;
                continue;
            }
            int length = 0;
            uchar8 low = 0x80;
            uchar8 high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                low = c == 0xE0 ? 0xA0 : 0x80;  // no overlongs
                high = c == 0xED ? 0x9F : 0xBF; // no surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                return done(i);
            }
            if (n - i < length || s[i + 1] < low || s[i + 1] > high)
                return done(i);
            for (int k = 2; k < length; ++k) {
                if ((s[i + k] & 0xC0) != 0x80)
                    return done(i);
            }
            i += length;
            ++sequences;
        } while (i < n && s[i] >= 0x80);
    }
    return done(-1);
}

/// scanUtf8Range, on two threads for a large text (the check of a 1M-row import takes ~50 ms).
qsizetype scanUtf8(QByteArrayView bytes, qsizetype *multiByte)
{
    if (bytes.size() < kParallelScan || std::thread::hardware_concurrency() == 1)
        return scanUtf8Range(bytes, multiByte);
    // The cut is before a byte that cannot continue a sequence: a sequence that would cross it is
    // ill-formed for both scans, at the same offset; with none before it, one scan of the whole
    // would be at the start of a sequence there.
    qsizetype cut = bytes.size() / 2;
    while (cut < bytes.size() / 2 + 4 && (uchar8(bytes[cut]) & 0xC0) == 0x80)
        ++cut;
    if ((uchar8(bytes[cut]) & 0xC0) == 0x80) // five continuation bytes: ill-formed before the cut
        return scanUtf8Range(bytes, multiByte);
    qsizetype secondBad = -1;
    qsizetype secondCount = 0;
    qsizetype firstCount = 0;
    qsizetype firstBad = -1;
    {
        const std::jthread second([&] { secondBad = scanUtf8Range(bytes.sliced(cut), &secondCount); });
        firstBad = scanUtf8Range(bytes.first(cut), &firstCount);
    }
    if (multiByte)
        *multiByte = firstBad >= 0 ? firstCount : firstCount + secondCount;
    return firstBad >= 0 ? firstBad : secondBad >= 0 ? cut + secondBad : -1;
}

/// Guesses UTF-16 without BOM from NUL bytes, which text in other encodings never contains.
std::optional<DetectedEncoding> guessUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes[i] == '\0';
        oddNuls += bytes[i + 1] == '\0';
    }
    const qsizetype units = n / 2;
    if (units == 0)
        return std::nullopt;
    if (oddNuls * 4 >= units && evenNuls * 10 <= oddNuls)
        return DetectedEncoding::Utf16Le;
    if (evenNuls * 4 >= units && oddNuls * 10 <= evenNuls)
        return DetectedEncoding::Utf16Be;
    return std::nullopt;
}

DecodedText decodeUtf16(QByteArrayView bytes, bool bigEndian, qsizetype base, bool hadBom)
{
    const DetectedEncoding encoding = bigEndian ? DetectedEncoding::Utf16Be : DetectedEncoding::Utf16Le;
    const auto *s = reinterpret_cast<const uchar8 *>(bytes.data());
    const qsizetype n = bytes.size();
    auto unitAt = [&](qsizetype i) {
        return bigEndian ? std::uint32_t(s[i] << 8 | s[i + 1]) : std::uint32_t(s[i + 1] << 8 | s[i]);
    };
    QByteArray out(n / 2 * 3, Qt::Uninitialized); // a unit never needs more than 3 bytes
    auto *o = reinterpret_cast<uchar8 *>(out.data());
    qsizetype i = 0;
    for (; i + 1 < n; i += 2) {
        std::uint32_t cp = unitAt(i);
        if (cp < 0x80) {
            *o++ = uchar8(cp);
        } else if (cp < 0x800) {
            *o++ = uchar8(0xC0 | cp >> 6);
            *o++ = uchar8(0x80 | (cp & 0x3F));
        } else if (cp < 0xD800 || cp > 0xDFFF) {
            *o++ = uchar8(0xE0 | cp >> 12);
            *o++ = uchar8(0x80 | (cp >> 6 & 0x3F));
            *o++ = uchar8(0x80 | (cp & 0x3F));
        } else {
            const std::uint32_t low = i + 3 < n ? unitAt(i + 2) : 0;
            if (cp > 0xDBFF || low < 0xDC00 || low > 0xDFFF)
                return invalidBytes(encoding, base + i);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            *o++ = uchar8(0xF0 | cp >> 18);
            *o++ = uchar8(0x80 | (cp >> 12 & 0x3F));
            *o++ = uchar8(0x80 | (cp >> 6 & 0x3F));
            *o++ = uchar8(0x80 | (cp & 0x3F));
            i += 2;
        }
    }
    if (i < n)
        return failure(encoding, base + i,
                       QCoreApplication::translate("TextDecoding", "The file is not valid %1: it ends in the middle of a character (byte offset %2).")
                           .arg(TextDecoding::encodingName(encoding))
                           .arg(base + i));
    out.truncate(reinterpret_cast<char *>(o) - out.data());
    DecodedText result;
    result.utf8 = std::move(out);
    result.encoding = encoding;
    result.hadBom = hadBom;
    return result;
}

DecodedText decodeUtf8(QByteArray bytes, bool hadBom, bool validated = false)
{
    const qsizetype base = hadBom ? 3 : 0;
    if (hadBom)
        bytes.remove(0, 3); // Qt 6 drops a prefix by moving the begin pointer, no copy
    if (const qsizetype bad = validated ? -1 : TextDecoding::firstInvalidUtf8(bytes); bad >= 0)
        return invalidBytes(DetectedEncoding::Utf8, base + bad);
    DecodedText result;
    result.utf8 = std::move(bytes);
    result.hadBom = hadBom;
    return result;
}

DecodedText decodeUtf16Choice(QByteArrayView bytes)
{
    if (startsWith(bytes, "\xFF\xFE", 2))
        return decodeUtf16(bytes.sliced(2), false, 2, true);
    if (startsWith(bytes, "\xFE\xFF", 2))
        return decodeUtf16(bytes.sliced(2), true, 2, true);
    const bool bigEndian = guessUtf16(bytes) == DetectedEncoding::Utf16Be;
    return decodeUtf16(bytes, bigEndian, 0, false);
}

} // namespace

DecodedText TextDecoding::decode(QByteArray bytes, TextEncoding encoding)
{
    const bool utf8Bom = startsWith(bytes, "\xEF\xBB\xBF", 3);
    switch (encoding) {
    case TextEncoding::Utf8:
        return decodeUtf8(std::move(bytes), utf8Bom);
    case TextEncoding::Gb18030:
        return decodeGb18030(bytes, 0);
    case TextEncoding::Utf16:
        return decodeUtf16Choice(bytes);
    case TextEncoding::Auto:
        break;
    }
    if (utf8Bom)
        return decodeUtf8(std::move(bytes), true);
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2))
        return decodeUtf16Choice(bytes);
    if (const auto utf16 = guessUtf16(bytes))
        return decodeUtf16(bytes, *utf16 == DetectedEncoding::Utf16Be, 0, false);
    qsizetype multiByte = 0;
    const qsizetype badUtf8 = scanUtf8(bytes, &multiByte);
    if (badUtf8 < 0)
        return decodeUtf8(std::move(bytes), false, true); // just scanned: valid
    // GB18030 text hardly ever passes as a run of well-formed multi-byte UTF-8 sequences; after
    // several of them the file is UTF-8 with a damaged byte, and reading it as GB18030 would
    // turn every Chinese character into garbage without an error.
    if (multiByte >= kUtf8Evidence)
        return failure(DetectedEncoding::Utf8, badUtf8,
                       QCoreApplication::translate("TextDecoding", "The file looks like UTF-8 but has an invalid byte sequence at byte offset %1.")
                           .arg(badUtf8));
    DecodedText gb = decodeGb18030(bytes, 0);
    if (gb.error)
        gb.error->message = QCoreApplication::translate("TextDecoding", "The file is neither UTF-8 nor GB18030/GBK: invalid byte sequence at "
                               "byte offset %1. Save it as UTF-8 and import it again.")
                                .arg(gb.error->byteOffset);
    return gb;
}

qsizetype TextDecoding::firstInvalidUtf8(QByteArrayView bytes)
{
    return scanUtf8(bytes, nullptr);
}

qsizetype TextDecoding::firstInvalidGb18030(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar8 *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const int length = gbSequenceLength(s + i, n - i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

QString TextDecoding::encodingName(DetectedEncoding encoding)
{
    switch (encoding) {
    case DetectedEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case DetectedEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case DetectedEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case DetectedEncoding::Utf16Be:
        break;
    }
    return QStringLiteral("UTF-16BE");
}

} // namespace st
