#pragma once
// The administrator adds a member of staff: username, name, role and a first password.

#include "domain/User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AddUserDialog;
}

namespace zt {

class Store;

class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(Store &store, QWidget *parent = nullptr);
    ~AddUserDialog() override;

    // The new account after accept().
    User user() const { return m_user; }

private:
    void create();
    void showError(const QString &message);

    std::unique_ptr<Ui::AddUserDialog> m_ui;
    Store &m_store;
    User m_user;
};

} // namespace zt
