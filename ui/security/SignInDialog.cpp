#include "security/SignInDialog.h"
#include "ui_SignInDialog.h"

#include "security/SignInService.h"
#include "security/SignInThrottle.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QTimer>

namespace zt {

SignInDialog::SignInDialog(Store &store, QWidget *parent) : SignInDialog(store, User{}, parent) {}

SignInDialog::SignInDialog(Store &store, const User &lockedUser, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_store(store), m_lockedUser(lockedUser),
      m_waitTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->errorLabel->hide();
    if (isUnlock()) {
        m_ui->usernameLineEdit->setText(m_lockedUser.username);
        m_ui->usernameLineEdit->setReadOnly(true);
        m_ui->passwordLineEdit->setFocus();
    } else {
        m_ui->usernameLineEdit->setFocus();
    }
    // Ticks once a second while a name waits out the throttle, so the button comes back by itself.
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &SignInDialog::updateWait);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &SignInDialog::reject);
    retranslate();
    setMinimumWidth(420);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    if (isUnlock()) {
        const QString who = m_lockedUser.displayName.isEmpty() ? m_lockedUser.username : m_lockedUser.displayName;
        setWindowTitle(tr("Locked"));
        m_ui->promptLabel->setText(
            tr("Zhitongche was locked because nobody used it for a while. %1, enter your password to go on; "
               "anybody else quits and signs in again.")
                .arg(who));
        m_ui->signInButton->setText(tr("Unlock"));
    } else {
        m_ui->promptLabel->setText(tr("Sign in with your username and password. This works without a network."));
    }
}

void SignInDialog::trySignIn()
{
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your username."));
        m_ui->usernameLineEdit->setFocus();
        return;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    // Checking a memory-hard hash takes a moment on an old PC: say so instead of looking frozen.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    SignInService service(m_store);
    const Result<User> result = service.signIn(username, m_ui->passwordLineEdit->text());
    QGuiApplication::restoreOverrideCursor();
    m_ui->passwordLineEdit->clear();
    if (!result) {
        showError(result.error().message);
        m_ui->passwordLineEdit->setFocus();
        if (result.error().code == QLatin1String("signin.locked")) {
            m_ui->signInButton->setEnabled(false);
            m_waitTimer->start();
        }
        return;
    }
    m_user = result.value();
    accept();
}

void SignInDialog::updateWait()
{
    const qint64 wait = SignInThrottle(m_store).remainingMs(m_ui->usernameLineEdit->text().trimmed());
    if (wait > 0) {
        showError(SignInThrottle::lockedError(wait).message);
        return;
    }
    m_waitTimer->stop();
    m_ui->signInButton->setEnabled(true);
    showError(tr("You can try again now."));
}

void SignInDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace zt
