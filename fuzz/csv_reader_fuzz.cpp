// libFuzzer target for the CSV import path: every input is decoded in each encoding choice and the
// result parsed; the raw bytes are parsed as well, whole and cut into parts (CsvReader::split). Built and run by fuzz/run.sh (not in the main
// build). Besides crashes and sanitizer reports it aborts when an invariant of the API breaks.
#include "salestarget/reporting/CsvReader.h"
#include "salestarget/reporting/TextDecoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool inside(QByteArrayView field, const char *begin, const char *end)
{
    return field.isEmpty() || (field.data() >= begin && field.data() + field.size() <= end);
}

void parse(const QByteArray &utf8, st::CsvDelimiter delimiter)
{
    st::CsvReader reader(utf8, delimiter);
    check(reader.delimiter() != st::CsvDelimiter::Auto);
    st::CsvRecord record;
    qsizetype lastLine = 0;
    qsizetype lastPosition = 0;
    while (reader.next(record)) {
        check(record.size() >= 1);
        check(record.line() > lastLine);
        check(reader.position() > lastPosition && reader.position() <= reader.size());
        lastLine = record.line();
        lastPosition = reader.position();
        for (const QByteArrayView field : record) {
            // A view points into the text; unescaped ones point elsewhere (the record's scratch),
            // so read every byte to let ASan check them.
            unsigned sum = 0;
            for (const char c : field)
                sum += static_cast<unsigned char>(c);
            (void)sum;
            if (inside(field, utf8.constData(), utf8.constData() + utf8.size()))
                continue;
            check(field.size() <= utf8.size());
        }
        (void)st::CsvReader::fieldToString(record.field(0));
    }
    check(record.size() == 0);
    if (reader.hasError()) {
        check(reader.error().line >= 1 && reader.error().column >= 1);
        check(reader.error().byteOffset >= 0 && reader.error().byteOffset < utf8.size());
        check(!reader.error().message.isEmpty());
        check(!reader.next(record));
    }
}

/// Records (fields, line) and the error of reading on from `reader`, or of reading `parts` one after
/// the other up to the first one that stops on an error, as the importer does.
struct Reading {
    std::vector<std::pair<std::vector<std::string>, qsizetype>> records;
    qsizetype errorLine = 0, errorColumn = 0, errorOffset = -1;
    QString errorMessage;
    bool operator==(const Reading &) const = default;
};

bool readInto(st::CsvReader &reader, Reading &out)
{
    st::CsvRecord record;
    while (reader.next(record)) {
        std::vector<std::string> fields;
        for (const QByteArrayView field : record)
            fields.emplace_back(field.data(), std::size_t(field.size()));
        out.records.emplace_back(std::move(fields), record.line());
    }
    if (!reader.hasError())
        return true;
    out.errorLine = reader.error().line;
    out.errorColumn = reader.error().column;
    out.errorOffset = reader.error().byteOffset;
    out.errorMessage = reader.error().message;
    return false;
}

/// CsvReader::split: the parts read like the whole, from the start and after the first record.
void checkSplit(const QByteArray &utf8, st::CsvDelimiter delimiter)
{
    for (const bool afterFirst : {false, true}) {
        st::CsvReader whole(utf8, delimiter);
        st::CsvRecord first;
        if (afterFirst && !whole.next(first))
            return;
        const std::vector<st::CsvReader> pristine = whole.split(1);
        check(pristine.size() == 1);
        st::CsvReader reference = pristine.front();
        Reading expected;
        readInto(reference, expected);
        for (int count = 2; count <= 5; ++count) {
            std::vector<st::CsvReader> parts = whole.split(count);
            check(!parts.empty() && parts.size() <= std::size_t(count));
            Reading actual;
            for (st::CsvReader &part : parts) {
                if (!readInto(part, actual))
                    break;
            }
            check(actual == expected);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static constexpr st::CsvDelimiter explicitDelimiters[] = {st::CsvDelimiter::Comma, st::CsvDelimiter::Semicolon,
                                                              st::CsvDelimiter::Tab};
    const st::CsvDelimiter explicitDelimiter = explicitDelimiters[size % 3];
    parse(bytes, explicitDelimiter);
    checkSplit(bytes, explicitDelimiter);
    for (const st::TextEncoding choice : {st::TextEncoding::Auto, st::TextEncoding::Utf8, st::TextEncoding::Gb18030,
                                          st::TextEncoding::Utf16}) {
        const st::DecodedText text = st::TextDecoding::decode(bytes, choice);
        if (!text.ok()) {
            check(text.utf8.isEmpty());
            check(text.error->byteOffset >= 0 && text.error->byteOffset <= bytes.size());
            check(!text.error->message.isEmpty());
            continue;
        }
        check(st::TextDecoding::firstInvalidUtf8(text.utf8) < 0);
        parse(text.utf8, st::CsvDelimiter::Auto);
    }
    return 0;
}
