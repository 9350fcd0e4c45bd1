#pragma once
// Asks for the reason a visit saved by mistake is cancelled; says what will happen to its cases.

#include <QDialog>
#include <memory>

namespace Ui {
class CancelVisitDialog;
}

namespace zt {

class CancelVisitDialog : public QDialog
{
    Q_OBJECT
public:
    CancelVisitDialog(const QString &visitDescription, QWidget *parent = nullptr);
    ~CancelVisitDialog() override;
    QString reason() const;

    void accept() override;

private:
    std::unique_ptr<Ui::CancelVisitDialog> m_ui;
};

} // namespace zt
