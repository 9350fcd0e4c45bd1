#pragma once
// The form for the station or one of its points: name, village/community (from the division data),
// street address, opening hours, contact, and the deputies assigned there.

#include "domain/Point.h"
#include "domain/Station.h"

#include <QWidget>
#include <memory>

namespace Ui {
class PlaceForm;
}

namespace zt {

class Store;

class PlaceForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceForm(Store &store, QWidget *parent = nullptr);
    ~PlaceForm() override;

    void showStation();
    // An empty point (no id) starts a new one.
    void showPoint(const Point &point);
    bool save();

signals:
    void saved(const QString &pointId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDeputies();
    void updateFullAddress();
    void showError(const QString &message);

    std::unique_ptr<Ui::PlaceForm> m_ui;
    Store &m_store;
    bool m_isStation = true;
    Station m_station;
    Point m_point;
};

} // namespace zt
