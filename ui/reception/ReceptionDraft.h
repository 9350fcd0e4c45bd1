#pragma once
// The visit being typed, kept in the user's settings after every change, so a crash or a power cut
// loses nothing: the next start puts it back into the form. One draft per store file.

#include <QJsonObject>
#include <QString>

namespace zt {

class ReceptionDraft
{
public:
    explicit ReceptionDraft(const QString &storePath);
    void save(const QJsonObject &draft) const;
    QJsonObject load() const; // empty when there is none
    void clear() const;

private:
    QString m_key;
};

} // namespace zt
