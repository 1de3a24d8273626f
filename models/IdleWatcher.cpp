#include "models/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace coffer::models {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // remainingTime() exact, so a restart is observable
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idleTimeout);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::watchApplication()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
    restart();
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    setTimeout(std::chrono::minutes(std::max(minutes, 0)));
}

std::chrono::milliseconds IdleWatcher::timeout() const
{
    return m_timeout;
}

bool IdleWatcher::isArmed() const
{
    return m_timer->isActive();
}

int IdleWatcher::remainingTime() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void IdleWatcher::restart()
{
    if (m_timeout.count() > 0)
        m_timer->start(m_timeout);
    else
        m_timer->stop();
}

bool IdleWatcher::isUserInput(int eventType)
{
    switch (eventType) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::ShortcutOverride: return true;
    default: return false;
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_timeout.count() > 0 && isUserInput(event->type()))
        m_timer->start(m_timeout);
    return QObject::eventFilter(watched, event);
}

} // namespace coffer::models
