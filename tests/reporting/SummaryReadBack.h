#pragma once
// Reading the weekly summary's files back in tests: CSV records, cells of an .xlsx (unzipped
// with `unzip`, XML parsed with QXmlStreamReader), and the text of a PDF page (`pdftotext`).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace st::test {

/// RFC 4180 records of `text` (quotes, doubled quotes, CRLF; a leading BOM is dropped).
inline std::vector<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any) {
        record << field;
        records.push_back(record);
    }
    return records;
}

/// The bytes of one member of a zip file (via `unzip -p`).
inline QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

/// Cells of an .xlsx workbook, read from its XML parts.
class XlsxReadBack
{
public:
    explicit XlsxReadBack(const QString &path) : m_path(path)
    {
        QXmlStreamReader strings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!strings.atEnd()) {
            strings.readNext();
            if (strings.isStartElement() && strings.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (strings.isStartElement() && strings.name() == u"t" && inSi) {
                current += strings.readElementText();
            } else if (strings.isEndElement() && strings.name() == u"si") {
                m_strings << current;
                inSi = false;
            }
        }
        QXmlStreamReader book(unzipMember(path, QStringLiteral("xl/workbook.xml")));
        while (!book.atEnd()) {
            book.readNext();
            if (book.isStartElement() && book.name() == u"sheet")
                m_sheets << book.attributes().value(QStringLiteral("name")).toString();
        }
    }

    const QStringList &sheetNames() const { return m_sheets; }
    QString part(const QString &member) const { return QString::fromUtf8(unzipMember(m_path, member)); }
    QString sheetXml(int index) const { return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1)); }

    /// Cells of sheet `index` (0-based), keyed by (row, column), 0-based; strings resolved.
    std::map<std::pair<int, int>, QString> cells(int index) const
    {
        std::map<std::pair<int, int>, QString> out;
        QXmlStreamReader xml(sheetXml(index));
        QString ref;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"c") {
                ref = xml.attributes().value(QStringLiteral("r")).toString();
                type = xml.attributes().value(QStringLiteral("t")).toString();
            } else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t")) {
                const QString v = xml.readElementText();
                out[position(ref)] = type == u"s" ? m_strings.value(v.toInt()) : v;
            }
        }
        return out;
    }

    /// "B6" → (5, 1).
    static std::pair<int, int> position(const QString &ref)
    {
        int col = 0;
        qsizetype i = 0;
        for (; i < ref.size() && ref[i].isLetter(); ++i)
            col = col * 26 + (ref[i].unicode() - u'A' + 1);
        return {ref.mid(i).toInt() - 1, col - 1};
    }

private:
    QString m_path;
    QStringList m_strings;
    QStringList m_sheets;
};

/// Text of a PDF (all pages, or one 1-based page), laid out (`pdftotext -layout`).
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Text of a PDF in the order it was drawn (`pdftotext -raw`): a wrapped table cell's lines follow
/// one another instead of being interleaved with the cells beside it.
inline QString pdfRawText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// `text` without any white space (to find a wrapped text whatever its line breaks).
inline QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

/// Number of pages of a PDF (`pdfinfo`).
inline int pdfPageCount(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace st::test
