#pragma once
// Removes a store file that a failed init or demo created, so a typo in --station does not leave a
// half-made store behind that a later command mistakes for a real one. A file that existed before
// is never touched.

#include <QString>

namespace zt::ctl {

class NewStoreGuard
{
public:
    explicit NewStoreGuard(const QString &path);
    ~NewStoreGuard();
    NewStoreGuard(const NewStoreGuard &) = delete;
    NewStoreGuard &operator=(const NewStoreGuard &) = delete;

    bool existedBefore() const { return m_existedBefore; }
    // The command succeeded: keep the file.
    void keep() { m_keep = true; }

private:
    QString m_path;
    bool m_existedBefore = false;
    bool m_keep = false;
};

} // namespace zt::ctl
