#pragma once
// Saving a deputy from the detail form: checks what staff typed (errors with the field they belong to)
// and keeps the photo as a file named by its content hash beside the store.

#include "common/Result.h"
#include "domain/Deputy.h"

#include <QCoreApplication>
#include <optional>

namespace zt {

class Store;

class DeputyService
{
    Q_DECLARE_TR_FUNCTIONS(DeputyService)
public:
    explicit DeputyService(Store &store) : m_store(store) {}

    std::optional<Deputy> find(const QString &id) const;
    // The station's deputies, national first (the roster order).
    QList<Deputy> all() const;

    // Error codes deputy.no_name, deputy.bad_level, deputy.bad_phone, deputy.bad_term; a new deputy
    // gets an id.
    Result<Deputy> save(Deputy deputy);
    // Copies the image into the photo folder and points the deputy at it (deputy.no_photo when the file
    // cannot be read).
    Status setPhoto(const QString &deputyId, const QString &imagePath);
    // The file of a photo hash, or empty when this PC does not have it (yet).
    QString photoPath(const QString &sha256) const;
    // Where photos live: "<store folder>/photos".
    QString photoFolder() const;

private:
    Store &m_store;
};

} // namespace zt
