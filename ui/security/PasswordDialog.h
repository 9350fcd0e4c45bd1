#pragma once
// Asks for a new password twice (and the current one when changing one's own): changing one's own
// password, an administrator's reset to a temporary one, and the change a reset demands at sign-in.
// What the password is for is decided by the caller's submit function; its error shows in the dialog.

#include "common/Result.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace zt {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        ChangeOwn,    // current + new + repeat
        Reset,        // an administrator sets a temporary password for someone else: new + repeat
        MustChange,   // after signing in with a temporary password: current + new + repeat, no way around
    };
    using Submit = std::function<Status(const QString &current, const QString &newPassword)>;

    PasswordDialog(Mode mode, const QString &accountName, Submit submit, QWidget *parent = nullptr);
    ~PasswordDialog() override;

private:
    void submit();
    void showError(const QString &message);

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Mode m_mode;
    Submit m_submit;
};

} // namespace zt
