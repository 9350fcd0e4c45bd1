#include "security/SessionLock.h"

#include "security/IdleWatcher.h"
#include "security/SignInDialog.h"
#include "security/SignInService.h"
#include "storage/AuditLog.h"

#include <QGuiApplication>
#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace zt {

SessionLock::SessionLock(Store &store, QWidget *guarded, int idleMsec, QObject *parent)
    : QObject(parent), m_store(store), m_guarded(guarded), m_idle(new IdleWatcher(this))
{
    m_idle->setTimeout(idleMsec);
    connect(m_idle, &IdleWatcher::idle, this, &SessionLock::lock);
    if (m_guarded) {
        // Someone stepping away locks at once instead of waiting for the timer.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), m_guarded);
        shortcut->setObjectName(QStringLiteral("lockShortcut"));
        connect(shortcut, &QShortcut::activated, this, &SessionLock::lock);
    }
    m_idle->start();
}

SessionLock::~SessionLock()
{
    delete m_dialog;
}

void SessionLock::setIdleTimeout(int msec)
{
    m_idle->setTimeout(msec);
}

int SessionLock::idleTimeout() const
{
    return m_idle->timeout();
}

void SessionLock::lock()
{
    if (isLocked())
        return;
    const std::optional<User> user = SignInService(m_store).currentUser();
    if (!user)
        return; // nobody to unlock for; the program signs in at start-up
    m_idle->stop();
    (void)AuditLog(m_store).append(QStringLiteral("lock"), QStringLiteral("app_user"), user->id);
    // The hidden window makes the unlock dialog the last one: closing it must not end the program.
    m_quitOnLastWindowClosed = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (m_guarded)
        m_guarded->hide();
    // Top-level and not a child of the hidden window, so it shows while the window is hidden.
    m_dialog = new SignInDialog(m_store, *user);
    m_dialog->setObjectName(QStringLiteral("unlockDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &SessionLock::unlocked);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        SignInService(m_store).signOut();
        emit quitRequested();
    });
    m_dialog->show();
    emit lockedChanged(true);
}

void SessionLock::unlocked()
{
    if (m_guarded)
        m_guarded->show();
    m_dialog.clear(); // deletes itself on close
    QGuiApplication::setQuitOnLastWindowClosed(m_quitOnLastWindowClosed);
    m_idle->start();
    emit lockedChanged(false);
}

} // namespace zt
