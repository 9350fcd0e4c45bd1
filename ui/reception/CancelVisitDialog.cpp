#include "CancelVisitDialog.h"

#include "ui_CancelVisitDialog.h"

#include <QPushButton>

namespace zt {

CancelVisitDialog::CancelVisitDialog(const QString &visitDescription, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CancelVisitDialog>())
{
    m_ui->setupUi(this);
    m_ui->cancelExplanationLabel->setText(
        tr("The visit (%1) stays in the records, marked as cancelled with your reason. The new cases it "
           "registered are cancelled with it unless they have already been handed to a department.")
            .arg(visitDescription));
    m_ui->reasonErrorLabel->hide();
    m_ui->cancelButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Cancel the visit"));
    m_ui->cancelButtonBox->button(QDialogButtonBox::Cancel)->setText(tr("Keep it"));
    connect(m_ui->cancelButtonBox, &QDialogButtonBox::accepted, this, &CancelVisitDialog::accept);
    connect(m_ui->cancelButtonBox, &QDialogButtonBox::rejected, this, &CancelVisitDialog::reject);
}

CancelVisitDialog::~CancelVisitDialog() = default;

QString CancelVisitDialog::reason() const
{
    return m_ui->reasonLineEdit->text().simplified();
}

void CancelVisitDialog::accept()
{
    if (reason().isEmpty()) {
        m_ui->reasonErrorLabel->setText(tr("Please give a reason, so that others understand later why it was cancelled."));
        m_ui->reasonErrorLabel->show();
        m_ui->reasonLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace zt
