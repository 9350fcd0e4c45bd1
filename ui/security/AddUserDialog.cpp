#include "security/AddUserDialog.h"
#include "ui_AddUserDialog.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "security/UserAdmin.h"

#include <QGuiApplication>
#include <QPushButton>

namespace zt {

AddUserDialog::AddUserDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddUserDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    for (const QString &role : Role::all())
        m_ui->roleComboBox->addItem(DomainText::role(role), role);
    // Most new accounts are station staff; the form starts there.
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(Role::StationStaff));
    m_ui->usernameLineEdit->setMaxLength(UserAdmin::MaxUsernameLength);
    m_ui->displayNameLineEdit->setMaxLength(UserAdmin::MaxDisplayNameLength);
    m_ui->errorLabel->hide();
    m_ui->usernameLineEdit->setFocus();
    connect(m_ui->createButton, &QPushButton::clicked, this, &AddUserDialog::create);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AddUserDialog::reject);
    setMinimumWidth(480);
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::create()
{
    const QString password = m_ui->passwordLineEdit->text();
    if (password != m_ui->repeatPasswordLineEdit->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_ui->repeatPasswordLineEdit->clear();
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<User> created =
        UserAdmin(m_store).createUser(m_ui->usernameLineEdit->text(), m_ui->displayNameLineEdit->text(),
                                      m_ui->roleComboBox->currentData().toString(), password);
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_user = created.value();
    accept();
}

void AddUserDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace zt
