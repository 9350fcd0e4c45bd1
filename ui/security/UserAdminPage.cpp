#include "security/UserAdminPage.h"
#include "ui_UserAdminPage.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "security/AddUserDialog.h"
#include "security/PasswordDialog.h"
#include "storage/Store.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidgetItem>

namespace zt {

namespace {
enum Column { NameColumn, UsernameColumn, RoleColumn, StationColumn, StateColumn, LastSignInColumn, ColumnCount };
}

UserAdminPage::UserAdminPage(Store &store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UserAdminPage>()), m_store(store)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->usersTableWidget->setColumnCount(ColumnCount);
    m_ui->usersTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTableWidget->verticalHeader()->hide();
    connect(m_ui->usersTableWidget, &QTableWidget::itemSelectionChanged, this, &UserAdminPage::updateButtons);
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &UserAdminPage::addUser);
    connect(m_ui->changeRoleButton, &QPushButton::clicked, this, &UserAdminPage::changeRole);
    connect(m_ui->toggleActiveButton, &QPushButton::clicked, this, &UserAdminPage::toggleActive);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &UserAdminPage::resetPassword);
    connect(m_ui->changeOwnPasswordButton, &QPushButton::clicked, this, &UserAdminPage::changeOwnPassword);
    m_ui->messageLabel->hide();
    retranslate();
    refresh();
}

UserAdminPage::~UserAdminPage() = default;

void UserAdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void UserAdminPage::showEvent(QShowEvent *event)
{
    // Accounts change on other PCs too (sync): the list is read afresh whenever the page is shown.
    refresh();
    QWidget::showEvent(event);
}

void UserAdminPage::retranslate()
{
    m_ui->usersTableWidget->setHorizontalHeaderLabels(
        {tr("Name"), tr("Username"), tr("Role"), tr("Station"), tr("State"), tr("Last sign-in on this PC")});
    const QString role = m_ui->roleComboBox->currentData().toString();
    m_ui->roleComboBox->clear();
    for (const QString &code : Role::all())
        m_ui->roleComboBox->addItem(DomainText::role(code), code);
    m_ui->roleComboBox->setCurrentIndex(qMax(0, m_ui->roleComboBox->findData(role)));
}

void UserAdminPage::refresh()
{
    const std::optional<StaffAccount> selected = selectedAccount();
    const Result<QList<StaffAccount>> accounts = UserAdmin(m_store).listUsers();
    m_accounts = accounts ? accounts.value() : QList<StaffAccount>{};
    // The core refuses anyone without ManageUsers; the page then shows why and nothing else.
    const bool allowed = accounts.ok();
    m_ui->usersTableWidget->setEnabled(allowed);
    m_ui->addUserButton->setEnabled(allowed);
    if (!allowed)
        showMessage(accounts.error().message, true);

    QTableWidget *table = m_ui->usersTableWidget;
    table->setSortingEnabled(false);
    table->setRowCount(int(m_accounts.size()));
    const QLocale locale;
    for (int row = 0; row < m_accounts.size(); ++row) {
        const StaffAccount &a = m_accounts.at(row);
        QString state = a.user.active ? tr("Enabled") : tr("Disabled");
        if (a.user.active && a.user.mustChangePassword)
            state = tr("Enabled, must change password");
        const QString lastSignIn = a.lastSignIn.isValid()
                                       ? locale.toString(a.lastSignIn.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : tr("Never");
        const QStringList cells{a.user.displayName, a.user.username, DomainText::role(a.user.role),
                                a.stationName, state, lastSignIn};
        for (int column = 0; column < ColumnCount; ++column) {
            // Items show text literally: a name typed as markup stays markup, never rendered.
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setData(Qt::UserRole, a.user.id);
            if (!a.user.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    if (selected)
        selectUser(selected->user.id);
    updateButtons();
}

std::optional<StaffAccount> UserAdminPage::selectedAccount() const
{
    const QList<QTableWidgetItem *> items = m_ui->usersTableWidget->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString id = items.first()->data(Qt::UserRole).toString();
    for (const StaffAccount &a : m_accounts)
        if (a.user.id == id)
            return a;
    return std::nullopt;
}

void UserAdminPage::selectUser(const QString &userId)
{
    for (int row = 0; row < m_ui->usersTableWidget->rowCount(); ++row)
        if (m_ui->usersTableWidget->item(row, 0)->data(Qt::UserRole).toString() == userId) {
            m_ui->usersTableWidget->selectRow(row);
            return;
        }
}

void UserAdminPage::updateButtons()
{
    const std::optional<StaffAccount> a = selectedAccount();
    // One's own account is changed with "Change my password" only; the core refuses the rest anyway.
    const bool other = a && a->user.id != m_store.currentUserId();
    m_ui->changeRoleButton->setEnabled(other);
    m_ui->roleComboBox->setEnabled(other);
    m_ui->toggleActiveButton->setEnabled(other);
    m_ui->resetPasswordButton->setEnabled(other && a->user.active);
    m_ui->toggleActiveButton->setText(a && !a->user.active ? tr("Enable") : tr("Disable"));
    m_ui->changeOwnPasswordButton->setEnabled(!m_store.currentUserId().isEmpty());
    if (a)
        m_ui->roleComboBox->setCurrentIndex(qMax(0, m_ui->roleComboBox->findData(a->user.role)));
}

void UserAdminPage::addUser()
{
    auto *dialog = new AddUserDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User user = dialog->user();
        refresh();
        selectUser(user.id);
        showMessage(tr("Added %1 (%2) as %3.").arg(user.displayName, user.username, DomainText::role(user.role)));
    });
    dialog->open();
}

void UserAdminPage::changeRole()
{
    const std::optional<StaffAccount> a = selectedAccount();
    if (!a)
        return;
    const QString role = m_ui->roleComboBox->currentData().toString();
    const Status s = UserAdmin(m_store).changeRole(a->user.id, role);
    refresh();
    showMessage(s ? tr("%1 is now %2.").arg(a->user.displayName, DomainText::role(role)) : s.error().message, !s);
}

void UserAdminPage::toggleActive()
{
    const std::optional<StaffAccount> a = selectedAccount();
    if (!a)
        return;
    const bool enable = !a->user.active;
    const Status s = UserAdmin(m_store).setActive(a->user.id, enable);
    refresh();
    if (!s)
        showMessage(s.error().message, true);
    else
        showMessage(enable ? tr("%1 can sign in again.").arg(a->user.displayName)
                           : tr("%1 can no longer sign in. Their cases and history stay.").arg(a->user.displayName));
}

void UserAdminPage::resetPassword()
{
    const std::optional<StaffAccount> a = selectedAccount();
    if (!a)
        return;
    const QString userId = a->user.id;
    const QString name = a->user.displayName;
    auto *dialog = new PasswordDialog(
        PasswordDialog::Mode::Reset, QStringLiteral("%1 (%2)").arg(name, a->user.username),
        [this, userId](const QString &, const QString &password) {
            return UserAdmin(m_store).resetPassword(userId, password);
        },
        this);
    dialog->setObjectName(QStringLiteral("resetPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        showMessage(tr("The password of %1 is reset. They must choose their own when they next sign in.").arg(name));
    });
    dialog->open();
}

void UserAdminPage::changeOwnPassword()
{
    const QString userId = m_store.currentUserId();
    QString name;
    for (const StaffAccount &a : m_accounts)
        if (a.user.id == userId)
            name = a.user.displayName;
    auto *dialog = new PasswordDialog(
        PasswordDialog::Mode::ChangeOwn, name,
        [this, userId](const QString &current, const QString &password) {
            return UserAdmin(m_store).changePassword(userId, current, password);
        },
        this);
    dialog->setObjectName(QStringLiteral("changeOwnPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showMessage(tr("Your password is changed.")); });
    dialog->open();
}

void UserAdminPage::showMessage(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

} // namespace zt
