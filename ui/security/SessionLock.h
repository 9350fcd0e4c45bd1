#pragma once
// Locks the session when the PC is left idle (or on Ctrl+L): hides the guarded window, so no citizen's
// data stays on screen, and shows the unlock dialog for the signed-in user. Quitting from the lock
// signs out and ends the program.

#include <QObject>
#include <QPointer>

class QWidget;

namespace zt {

class IdleWatcher;
class SignInDialog;
class Store;

class SessionLock : public QObject
{
    Q_OBJECT
public:
    // idleMsec <= 0: never locks by itself.
    SessionLock(Store &store, QWidget *guarded, int idleMsec, QObject *parent = nullptr);
    ~SessionLock() override;

    void setIdleTimeout(int msec);
    // What the settings page offers (0: never); restarts the count.
    void setIdleMinutes(int minutes) { setIdleTimeout(minutes * 60 * 1000); }
    int idleTimeout() const;
    bool isLocked() const { return !m_dialog.isNull(); }
    // The unlock dialog while locked, else null (for tests and screenshots).
    SignInDialog *dialog() const { return m_dialog; }

    void lock();

signals:
    void lockedChanged(bool locked);
    // The user chose to quit at the lock: the caller ends the program.
    void quitRequested();

private:
    void unlocked();

    Store &m_store;
    QPointer<QWidget> m_guarded;
    IdleWatcher *m_idle;
    QPointer<SignInDialog> m_dialog;
    bool m_quitOnLastWindowClosed = true;
};

} // namespace zt
