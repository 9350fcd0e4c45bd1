#pragma once
// The first start of a fresh store: a short form that creates the administrator and signs them in.

#include "domain/User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FirstAdminDialog;
}

namespace zt {

class Store;

class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(Store &store, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    // The new administrator, signed in, after accept().
    User user() const { return m_user; }

private:
    void create();
    void showError(const QString &message);

    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    Store &m_store;
    User m_user;
};

} // namespace zt
