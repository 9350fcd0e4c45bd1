#pragma once
// The detail form of one deputy (photo, level, constituency, occupation, expertise, phone, term,
// station or point): shows a deputy and saves what staff change, with errors inline under the form.

#include "domain/Deputy.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DeputyDetailForm;
}

namespace zt {

class Store;

class DeputyDetailForm : public QWidget
{
    Q_OBJECT
public:
    explicit DeputyDetailForm(Store &store, QWidget *parent = nullptr);
    ~DeputyDetailForm() override;

    // An empty deputy (no id) starts a new one.
    void showDeputy(const Deputy &deputy);
    QString deputyId() const { return m_deputy.id; }
    // Saves the form; false (and the error shown) when something is wrong. Public for tests.
    bool save();
    // The photo file for a deputy id, used by the page (test seam: no file dialog).
    bool setPhotoFile(const QString &path);

signals:
    void saved(const QString &deputyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void showPhoto();
    void choosePhoto();

    std::unique_ptr<Ui::DeputyDetailForm> m_ui;
    Store &m_store;
    Deputy m_deputy;
};

} // namespace zt
