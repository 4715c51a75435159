#include "salestarget/reporting/AtomicFile.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace st {

namespace {

DomainError writeError(const QSaveFile &file)
{
    return DomainError(QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

} // namespace

void AtomicFile::open(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        throw writeError(file);
}

void AtomicFile::commit(QSaveFile &file)
{
    if (!file.commit())
        throw writeError(file);
}

void AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    open(file);
    if (file.write(bytes) != bytes.size()) {
        const DomainError error = writeError(file);
        file.cancelWriting();
        throw error;
    }
    commit(file);
}

} // namespace st
