#pragma once
// 用户管理, for administrators: the station's accounts with role, station, state and last sign-in; add a
// user, change a role, disable or enable, reset a password, change one's own. Every action goes through
// UserAdmin, which checks the permission and audits; the page only shows what it says.

#include "security/UserAdmin.h"

#include <QWidget>
#include <memory>

namespace Ui {
class UserAdminPage;
}

namespace zt {

class Store;

class UserAdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit UserAdminPage(Store &store, QWidget *parent = nullptr);
    ~UserAdminPage() override;

    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    std::optional<StaffAccount> selectedAccount() const;
    void selectUser(const QString &userId);
    void addUser();
    void changeRole();
    void toggleActive();
    void resetPassword();
    void changeOwnPassword();
    void showMessage(const QString &message, bool error = false);

    std::unique_ptr<Ui::UserAdminPage> m_ui;
    Store &m_store;
    QList<StaffAccount> m_accounts;
};

} // namespace zt
