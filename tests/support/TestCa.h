#pragma once
// A throw-away certificate authority and a server certificate for 127.0.0.1 / localhost, made with
// the openssl command line in a directory the test owns.

#include <QString>

namespace zt::test {

class TestCa
{
public:
    // Writes ca.pem, ca.key, server.pem and server.key into dir; false (and a reason) on failure.
    bool create(const QString &dir, QString *error);
    QString caFile() const { return m_dir + QStringLiteral("/ca.pem"); }
    QString certificateFile() const { return m_dir + QStringLiteral("/server.pem"); }
    QString keyFile() const { return m_dir + QStringLiteral("/server.key"); }

private:
    QString m_dir;
};

} // namespace zt::test
