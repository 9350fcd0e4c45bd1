#include "security/FirstAdminDialog.h"
#include "ui_FirstAdminDialog.h"

#include "domain/Codes.h"
#include "security/SignInService.h"
#include "security/UserAdmin.h"

#include <QGuiApplication>
#include <QPushButton>

namespace zt {

FirstAdminDialog::FirstAdminDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->errorLabel->hide();
    m_ui->usernameLineEdit->setFocus();
    connect(m_ui->createButton, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &FirstAdminDialog::reject);
    setMinimumWidth(480);
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::create()
{
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    // Checked here first: a typo in a password nobody can see would lock the only administrator out.
    if (password != m_ui->repeatPasswordLineEdit->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_ui->repeatPasswordLineEdit->clear();
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<User> created =
        UserAdmin(m_store).createUser(username, m_ui->displayNameLineEdit->text(), Role::Administrator, password);
    Result<User> signedIn = created ? SignInService(m_store).signIn(username, password) : created.error();
    QGuiApplication::restoreOverrideCursor();
    if (!signedIn) {
        showError(signedIn.error().message);
        return;
    }
    m_user = signedIn.value();
    accept();
}

void FirstAdminDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace zt
