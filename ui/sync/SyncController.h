#pragma once
// The window's handle on the sync worker: owns the QThread and the SyncRunner on it, forwards local
// commits to it and its pulled rows back to the window's store, and keeps the last status for widgets.

#include "sync/SyncStatus.h"

#include <QObject>

class QThread;

namespace zt {

class Store;
class SyncRunner;

class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(Store &store, QObject *parent = nullptr);
    ~SyncController() override;

    const SyncStatus &status() const { return m_status; }
    void syncNow();
    void enrol(const QString &serverUrl, const QString &caFile, const QString &username, const QString &password,
               const QString &keyPin = {});

    // One line for the status bar, in plain words (with the brief clock warning when there is one).
    static QString describe(const SyncStatus &status);
    // Empty, or the request to set the PC's date and time when its clock is off the server's by
    // more than 5 minutes (the protocol's limit): a few words for the status bar, a sentence for
    // the sync page and the status bar's tooltip.
    using Length = ClockOffset::Length;
    static QString clockWarning(const SyncStatus &status, Length length = Length::Full);

signals:
    void statusChanged(const zt::SyncStatus &status);
    void enrolFinished(bool ok, const QString &message);

private:
    static QString describeState(const SyncStatus &status);

    Store &m_store;
    QThread *m_thread;
    SyncRunner *m_runner;
    SyncStatus m_status;
};

} // namespace zt
