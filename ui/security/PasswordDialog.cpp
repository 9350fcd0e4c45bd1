#include "security/PasswordDialog.h"
#include "ui_PasswordDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace zt {

PasswordDialog::PasswordDialog(Mode mode, const QString &accountName, Submit submit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_mode(mode), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    const bool askCurrent = mode != Mode::Reset;
    m_ui->currentPasswordLabel->setVisible(askCurrent);
    m_ui->currentPasswordLineEdit->setVisible(askCurrent);
    switch (mode) {
    case Mode::ChangeOwn:
        setWindowTitle(tr("Change my password"));
        m_ui->promptLabel->setText(tr("Change the password of %1.").arg(accountName));
        break;
    case Mode::Reset:
        setWindowTitle(tr("Reset password"));
        m_ui->promptLabel->setText(tr("Set a temporary password for %1 and tell it to them in person. They must "
                                      "choose their own password when they next sign in.")
                                       .arg(accountName));
        m_ui->newPasswordLabel->setText(tr("Temporary password"));
        break;
    case Mode::MustChange:
        setWindowTitle(tr("Choose your password"));
        m_ui->promptLabel->setText(tr("%1, your password was reset by an administrator. Choose your own password "
                                      "now; the temporary one stops working.")
                                       .arg(accountName));
        m_ui->currentPasswordLabel->setText(tr("Temporary password"));
        m_ui->cancelButton->setText(tr("Sign out"));
        break;
    }
    m_ui->errorLabel->hide();
    (askCurrent ? m_ui->currentPasswordLineEdit : m_ui->newPasswordLineEdit)->setFocus();
    connect(m_ui->okButton, &QPushButton::clicked, this, &PasswordDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PasswordDialog::reject);
    setMinimumWidth(460);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::submit()
{
    const QString newPassword = m_ui->newPasswordLineEdit->text();
    // Checked here first: a typo nobody can see would lock the account out.
    if (newPassword != m_ui->repeatPasswordLineEdit->text()) {
        showError(tr("The two new passwords differ. Type the same password twice."));
        m_ui->repeatPasswordLineEdit->clear();
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // hashing takes a moment
    const Status s = m_submit ? m_submit(m_ui->currentPasswordLineEdit->text(), newPassword) : Status{};
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        showError(s.error().message);
        return;
    }
    accept();
}

void PasswordDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace zt
