#include "models/DueActionScheduler.h"

#include "core/common/Clock.h"
#include "models/AppSettings.h"
#include "models/ErrorText.h"
#include "models/ScheduleOperations.h"
#include "models/VaultSession.h"

#include <QTimer>

#include <algorithm>

namespace coffer::models {

using namespace std::chrono_literals;

namespace {
// How far ahead a check looks for the next action: more than the longest timer, so that the timer is set for the
// action itself when it comes before the next regular check.
constexpr qint64 kLookAheadDays = 2;
} // namespace

DueActionScheduler::DueActionScheduler(ScheduleOperations *operations, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DueActionScheduler::tick);
    connect(m_operations, &ScheduleOperations::dueRunFinished, this, &DueActionScheduler::onRunFinished);
}

DueActionScheduler::~DueActionScheduler() = default;

void DueActionScheduler::setSession(VaultSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    stop();
    if (!session)
        return;
    connect(session, &VaultSession::stateChanged, this, &DueActionScheduler::onStateChanged);
    onStateChanged(session->state());
}

bool DueActionScheduler::isEnabled() const
{
    return m_settings ? m_settings->runDueActions() : m_enabledFallback;
}

void DueActionScheduler::setEnabled(bool on)
{
    if (m_settings)
        m_settings->setRunDueActions(on);
    m_enabledFallback = on;
    reconsider();
}

void DueActionScheduler::reconsider()
{
    if (!isEnabled())
        stop();
    else if (!isArmed() && !m_running && m_session && m_session->isUnlocked())
        start();
}

bool DueActionScheduler::isArmed() const
{
    return m_timer->isActive();
}

qint64 DueActionScheduler::armedIntervalMsecs() const
{
    return m_timer->isActive() ? m_timer->interval() : -1;
}

void DueActionScheduler::onStateChanged(VaultState state)
{
    if (state == VaultState::Unlocked && isEnabled()) {
        start();
        return;
    }
    stop();
}

void DueActionScheduler::start()
{
    m_nextDue.reset();
    m_lastFailure.clear();
    arm(m_firstRunDelay, false);
}

void DueActionScheduler::stop()
{
    m_timer->stop();
    m_expectDue = false;
}

void DueActionScheduler::arm(std::chrono::milliseconds delay, bool expectDue)
{
    m_expectDue = expectDue;
    m_timer->start(std::clamp(delay, 0ms, m_maxInterval));
}

void DueActionScheduler::armFor(const std::optional<QDateTime> &nextDue, const QDateTime &now)
{
    m_nextDue = nextDue;
    if (nextDue && *nextDue > now) {
        const auto until = std::chrono::milliseconds(now.msecsTo(*nextDue));
        if (until <= m_maxInterval) {
            arm(until, true);
            return;
        }
    }
    // Nothing within the interval, or something still due after a run (it failed or was skipped): check again
    // after the interval rather than at once.
    arm(m_maxInterval, false);
}

void DueActionScheduler::checkNow()
{
    m_timer->stop();
    tick();
}

void DueActionScheduler::tick()
{
    if (!isEnabled() || !m_operations->isUnlocked() || !m_session || !m_session->isUnlocked()) {
        stop();
        return;
    }
    if (m_running)
        return; // its end sets the timer
    if (!m_operations->isIdle()) {
        arm(m_retryDelay, m_expectDue); // other background work on the vault: try again in a moment
        return;
    }
    const QDateTime now = m_operations->clock()->now();
    if (m_expectDue && m_nextDue && now >= *m_nextDue) {
        startRun();
        return;
    }
    ++m_checks;
    ScheduleQuery query;
    query.from = now;
    query.to = now.addDays(kLookAheadDays);
    const Result<Schedule> schedule = m_operations->schedule(query);
    if (!schedule) {
        fail(tr("Could not read the schedule of due actions: %1").arg(ErrorText::forCode(schedule.error().code())));
        armFor(std::nullopt, now);
        return;
    }
    bool due = false;
    std::optional<QDateTime> next;
    for (const ScheduleEntry &entry : schedule->entries) {
        if (!entry.nextAction)
            continue;
        if (*entry.nextAction <= now)
            due = true;
        else if (!next || *entry.nextAction < *next)
            next = entry.nextAction;
    }
    Q_EMIT checked(due);
    if (due) {
        m_nextDue = now;
        startRun();
        return;
    }
    armFor(next, now);
}

void DueActionScheduler::startRun()
{
    if (!m_operations->runDueInBackground(false)) {
        arm(m_retryDelay, true);
        return;
    }
    m_running = true;
}

void DueActionScheduler::onRunFinished(const Result<DueRun> &result, bool dryRun)
{
    if (dryRun)
        return;
    const bool mine = m_running;
    m_running = false;
    if (!m_session || !m_session->isUnlocked() || !isEnabled()) {
        stop();
        return;
    }
    const QDateTime now = m_operations->clock()->now();
    if (!result) {
        if (mine)
            fail(tr("Could not run the due actions: %1").arg(ErrorText::forCode(result.error().code())));
        armFor(std::nullopt, now);
        return;
    }
    // A run started on the page ("Run due now") also tells when the next action comes.
    if (mine) {
        ++m_runs;
        m_lastRun = *result;
        Q_EMIT ran(*result);
        if (result->anyFailed()) {
            QStringList failures;
            for (const DueOutcome &outcome : result->outcomes)
                if (outcome.action == DueOutcome::Action::Failed)
                    failures << ScheduleOperations::outcomeText(outcome);
            fail(failures.join(u'\n'));
        }
    }
    armFor(result->nextDue, now);
}

void DueActionScheduler::fail(const QString &text)
{
    if (text == m_lastFailure)
        return;
    m_lastFailure = text;
    Q_EMIT failed(text);
}

} // namespace coffer::models
