#include "EditVisitorDialog.h"

#include "ui_EditVisitorDialog.h"

#include <QCompleter>

namespace zt {

EditVisitorDialog::EditVisitorDialog(const Visitor &visitor, const QString &communityName, QCompleter *communityCompleter,
                                     Apply apply, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EditVisitorDialog>()), m_apply(std::move(apply))
{
    m_ui->setupUi(this);
    m_ui->editNameLineEdit->setText(visitor.name);
    m_ui->editPhoneLineEdit->setText(visitor.phone);
    m_ui->editCommunityLineEdit->setText(communityName);
    if (communityCompleter)
        m_ui->editCommunityLineEdit->setCompleter(communityCompleter);
    m_ui->editHeadcountSpinBox->setValue(visitor.headcount);
    m_ui->editErrorLabel->hide();
    connect(m_ui->editButtonBox, &QDialogButtonBox::accepted, this, &EditVisitorDialog::accept);
    connect(m_ui->editButtonBox, &QDialogButtonBox::rejected, this, &EditVisitorDialog::reject);
}

EditVisitorDialog::~EditVisitorDialog() = default;

void EditVisitorDialog::accept()
{
    const QString error = m_apply(m_ui->editNameLineEdit->text(), m_ui->editPhoneLineEdit->text(),
                                  m_ui->editCommunityLineEdit->text(), m_ui->editHeadcountSpinBox->value());
    if (!error.isEmpty()) {
        m_ui->editErrorLabel->setText(error);
        m_ui->editErrorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace zt
