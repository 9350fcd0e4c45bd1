#include "admin/BlobCollector.h"

#include "storage/BlobFolder.h"
#include "storage/BlobRepository.h"
#include "storage/ServerDatabase.h"

#include <QFile>

namespace zt::server {

Result<BlobCollection> BlobCollector::run(int graceHours, bool dryRun, const QDateTime &now)
{
    BlobCollection collection;
    const QDateTime cutoff = now.toUTC().addSecs(-qint64(graceHours) * 3600);
    BlobRepository repository(m_db);
    BlobFolder folder(m_blobDir);
    auto line = [&](const char *kind, const QString &name, qint64 size) {
        collection.lines << QStringLiteral("%1\t%2\t%3").arg(QLatin1String(kind), name).arg(size);
        collection.bytes += size;
    };

    auto candidates = repository.unreferenced(cutoff);
    if (!candidates)
        return candidates.error();
    QList<BlobRepository::StoredBlob> forgotten;
    if (dryRun) {
        forgotten = candidates.value();
    } else if (!candidates->isEmpty()) {
        // Forgotten under the write lock, checked again there: a push that names the hash either
        // committed before (the blob stays) or comes after (its PC finds no blob and uploads it).
        if (Status s = m_db.beginWrite(); !s)
            return s.error();
        for (const BlobRepository::StoredBlob &blob : std::as_const(candidates.value())) {
            auto gone = repository.forgetIfUnreferenced(blob.sha256);
            if (!gone) {
                m_db.rollback();
                return gone.error();
            }
            if (gone.value())
                forgotten << blob;
        }
        if (Status s = m_db.commit(); !s) {
            m_db.rollback();
            return s.error();
        }
    }
    // The files go after the commit: a crash in between leaves files the next run finds as strays.
    for (const BlobRepository::StoredBlob &blob : std::as_const(forgotten)) {
        if (!dryRun)
            QFile::remove(folder.finalPath(blob.sha256));
        line("blob", blob.sha256, blob.size);
        ++collection.blobs;
    }

    auto known = repository.allStored();
    if (!known)
        return known.error();
    QSet<QString> justForgotten;
    for (const BlobRepository::StoredBlob &blob : std::as_const(forgotten))
        justForgotten.insert(blob.sha256);
    for (const BlobFile &file : folder.completeFiles()) {
        if (known->contains(file.sha256) || justForgotten.contains(file.sha256) || file.modified >= cutoff)
            continue;
        if (!dryRun)
            QFile::remove(file.path);
        line("stray", file.sha256, file.size);
        ++collection.strayFiles;
    }
    for (const BlobFile &file : folder.partialFiles()) {
        if (file.modified >= cutoff)
            continue;
        if (!dryRun)
            QFile::remove(file.path);
        line("partial", file.sha256, file.size);
        ++collection.partials;
    }
    return collection;
}

} // namespace zt::server
