#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace st {

/// Writing report files so that a reader never sees half a file: through QSaveFile, which writes
/// a temporary file beside the target and renames it over the target only when all went well.
class AtomicFile final
{
public:
    /// Writes `bytes` to `path` atomically; throws DomainError naming the path on failure.
    static void write(const QString &path, const QByteArray &bytes);
    /// Opens `file` (already given its path) for writing; throws DomainError on failure.
    static void open(QSaveFile &file);
    /// Commits `file`; throws DomainError on failure (the target is then left as it was).
    static void commit(QSaveFile &file);
};

} // namespace st
