#pragma once
// Signs a member of staff in at start-up, or unlocks a session that locked itself when left idle.
// Checks the password offline against the cached argon2id hash (SignInService); after five wrong
// passwords the sign-in button waits out the throttle, with the time to wait shown inline.

#include "domain/User.h"

#include <QDialog>
#include <memory>

class QTimer;

namespace Ui {
class SignInDialog;
}

namespace zt {

class Store;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // Sign in: any account.
    explicit SignInDialog(Store &store, QWidget *parent = nullptr);
    // Unlock: only the account that was signed in; anybody else quits and starts again, so the
    // work of one person never continues under another's name.
    SignInDialog(Store &store, const User &lockedUser, QWidget *parent = nullptr);
    ~SignInDialog() override;

    bool isUnlock() const { return !m_lockedUser.id.isEmpty(); }
    // The signed-in user after accept().
    User user() const { return m_user; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void trySignIn();
    void showError(const QString &message);
    void updateWait();
    void retranslate();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Store &m_store;
    User m_lockedUser;
    User m_user;
    QTimer *m_waitTimer;
};

} // namespace zt
