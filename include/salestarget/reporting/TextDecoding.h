#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace st {

/// The encoding a caller asks for when importing a text file.
enum class TextEncoding {
    Auto,    // BOM, else valid UTF-8, else GB18030 (files saved by Chinese Excel); UTF-8 with a
             // damaged byte after several good multi-byte characters is an error, not GB18030
    Utf8,
    Gb18030, // a superset of GBK and GB2312
    Utf16,   // byte order from the BOM, else guessed from the NUL bytes (little-endian by default)
};

/// The encoding the bytes were actually decoded from.
enum class DetectedEncoding { Utf8, Gb18030, Utf16Le, Utf16Be };

/// Why bytes could not be decoded, and where.
struct DecodeError {
    qsizetype byteOffset = 0; // offset of the first bad byte in the input, BOM included
    QString message;          // user-facing, names the encoding and the offset
};

/// The outcome of decoding: UTF-8 text without BOM, or an error (then `utf8` is empty).
struct DecodedText {
    QByteArray utf8;
    DetectedEncoding encoding = DetectedEncoding::Utf8;
    bool hadBom = false;
    std::optional<DecodeError> error;

    /// True when the text was decoded without error.
    bool ok() const { return !error.has_value(); }
};

/// Turns the bytes of an imported file into UTF-8. Invalid bytes are an error with their offset,
/// never silently replaced. GB18030 goes through QStringDecoder (ICU in Qt 6.4 on Debian 12).
class TextDecoding final
{
public:
    TextDecoding() = delete;

    /// Decodes `bytes` (pass an rvalue to let valid UTF-8 be reused without a copy).
    static DecodedText decode(QByteArray bytes, TextEncoding encoding = TextEncoding::Auto);
    /// Offset of the first byte that is not well-formed UTF-8 (no overlongs/surrogates), or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    /// Offset of the first byte that does not start a well-formed, assigned GB18030 sequence, or -1.
    static qsizetype firstInvalidGb18030(QByteArrayView bytes);
    /// A short display name such as "UTF-8", "GB18030" or "UTF-16LE".
    static QString encodingName(DetectedEncoding encoding);
};

} // namespace st
