#pragma once
// Corrects the visitor of a saved visit (name, phone, community, people); the caller saves and
// answers with an error message to show next to the fields, or an empty one to close.

#include "domain/Visitor.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCompleter;

namespace Ui {
class EditVisitorDialog;
}

namespace zt {

class EditVisitorDialog : public QDialog
{
    Q_OBJECT
public:
    // apply: (name, phone, community text, people) -> error message, empty when saved.
    using Apply = std::function<QString(const QString &name, const QString &phone, const QString &community, int people)>;

    EditVisitorDialog(const Visitor &visitor, const QString &communityName, QCompleter *communityCompleter, Apply apply,
                      QWidget *parent = nullptr);
    ~EditVisitorDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::EditVisitorDialog> m_ui;
    Apply m_apply;
};

} // namespace zt
