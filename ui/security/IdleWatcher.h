#pragma once
// Notices when nobody has touched the program for a while: an event filter on the application that
// restarts a timer on every key, click, wheel turn or mouse movement.

#include <QObject>

class QTimer;

namespace zt {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 or less: never idle.
    void setTimeout(int msec);
    int timeout() const;
    // Installs the filter and starts counting; stop() removes it (while the lock dialog is up).
    void start();
    void stop();
    bool isRunning() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_installed = false;
};

} // namespace zt
