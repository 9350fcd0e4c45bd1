#include "security/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace zt {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setTimeout(int msec)
{
    m_timer->setInterval(msec);
    if (m_installed && msec <= 0)
        m_timer->stop();
    else if (m_installed)
        m_timer->start();
}

int IdleWatcher::timeout() const
{
    return m_timer->interval();
}

void IdleWatcher::start()
{
    if (!m_installed && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_installed = true;
    }
    if (m_timer->interval() > 0)
        m_timer->start();
}

void IdleWatcher::stop()
{
    if (m_installed && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_installed = false;
    m_timer->stop();
}

bool IdleWatcher::isRunning() const
{
    return m_timer->isActive();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Every widget sees the event on its way to the target: restarting a running timer is cheap.
        if (m_timer->interval() > 0)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace zt
