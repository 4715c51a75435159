#include "salestarget/storage/EntryRow.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace st {

namespace {

void bindNullableId(SQLite::Statement &s, int index, NodeId id)
{
    if (id != 0)
        s.bind(index, std::int64_t(id));
    else
        s.bind(index);
}

} // namespace

void EntryRow::bind(SQLite::Statement &s, const ProgressEntry &e, int offset)
{
    s.bind(offset + 1, std::int64_t(StorageCodec::julianDay(e.date)));
    s.bind(offset + 2, e.metric);
    s.bind(offset + 3, std::int64_t(e.person));
    bindNullableId(s, offset + 4, e.product);
    bindNullableId(s, offset + 5, e.region);
    s.bind(offset + 6, std::int64_t(e.value.minor()));
    // Texts are bound without copying from buffers that live until the next bind(); an import's
    // rows usually share who entered them and when, so those are converted only when they change.
    const auto text = [&s](int index, std::string &buffer, const QString &value) {
        buffer.clear();
        StorageCodec::appendUtf8(buffer, value);
        s.bindNoCopy(index, buffer);
    };
    text(offset + 7, m_customer, e.customer);
    if (e.ref.isEmpty()) { // empty refs are NULL, so the partial unique index ignores them
        m_ref.clear();
        s.bind(offset + 8);
    } else {
        text(offset + 8, m_ref, e.ref);
    }
    text(offset + 9, m_note, e.note);
    if (!m_cached || e.enteredBy != m_enteredBy || e.enteredAt != m_enteredAt) {
        m_enteredBy = e.enteredBy;
        m_enteredAt = e.enteredAt;
        m_enteredAtText = StorageCodec::timeText(e.enteredAt).toStdString();
        m_enteredByUtf8.clear();
        StorageCodec::appendUtf8(m_enteredByUtf8, e.enteredBy);
        m_cached = true;
    }
    s.bindNoCopy(offset + 10, m_enteredByUtf8);
    s.bindNoCopy(offset + 11, m_enteredAtText);
}

ProgressEntry EntryRow::read(SQLite::Statement &s)
{
    ProgressEntry e;
    e.id = s.getColumn(0).getInt64();
    e.date = StorageCodec::dateOf(s.getColumn(1).getInt64());
    e.metric = s.getColumn(2).getInt();
    e.person = s.getColumn(3).getInt64();
    e.product = s.getColumn(4).getInt64();
    e.region = s.getColumn(5).getInt64();
    e.value = Amount(s.getColumn(6).getInt64());
    e.customer = QString::fromUtf8(s.getColumn(7).getText());
    e.ref = QString::fromUtf8(s.getColumn(8).getText());
    e.note = QString::fromUtf8(s.getColumn(9).getText());
    e.enteredBy = QString::fromUtf8(s.getColumn(10).getText());
    e.enteredAt = StorageCodec::timeOf(QString::fromUtf8(s.getColumn(11).getText()));
    return e;
}

bool EntryRow::sameContent(const ProgressEntry &a, const ProgressEntry &b)
{
    return a.date == b.date && a.metric == b.metric && a.value == b.value && a.person == b.person
        && a.product == b.product && a.region == b.region && a.customer == b.customer && a.note == b.note;
}

void EntryRow::check(const ProgressEntry &e)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("st::EntryRow", text); };
    if (!e.date.isValid())
        throw DomainError(tr("a progress entry needs a valid date"));
    if (e.metric <= 0 || e.person <= 0)
        throw DomainError(tr("a progress entry needs a metric and a person"));
}

} // namespace st
