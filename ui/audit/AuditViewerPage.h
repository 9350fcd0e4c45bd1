#pragma once
// The audit log for station heads: filters by user, action and days over AuditLogModel (no SQL here).

#include <QWidget>
#include <memory>

namespace Ui {
class AuditViewerPage;
}

namespace zt {

class AuditLogModel;
class Store;

class AuditViewerPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditViewerPage(Store &store, QWidget *parent = nullptr);
    ~AuditViewerPage() override;

    AuditLogModel *model() const { return m_model; }
    // Re-reads the log and the filter choices (entries are added all the time).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void fillChoices();
    void updateInfo();

    std::unique_ptr<Ui::AuditViewerPage> m_ui;
    Store &m_store;
    AuditLogModel *m_model;
    bool m_filling = false;
};

} // namespace zt
