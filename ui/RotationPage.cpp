#include "ui/RotationPage.h"

#include "core/common/Clock.h"
#include "models/DueActionScheduler.h"
#include "models/ErrorText.h"
#include "models/NotificationModel.h"
#include "models/Prompter.h"
#include "models/ScheduleModel.h"
#include "models/ScheduleOperations.h"
#include "models/TimeFormat.h"
#include "ui/ScheduleCalendar.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace coffer::ui {

using models::ScheduleModel;

namespace {
constexpr int kMonthsBefore = 12; // the schedule is listed from a year before the planned time
constexpr int kMonthsAfter = 36; // to three years after it (the calendar shows at most 24 months)

QFrame *makeBanner(QWidget *parent, const char *name, const QColor &background, const QColor &text)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QLatin1StringView(name));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    frame->setPalette(palette);
    return frame;
}
} // namespace

RotationPage::RotationPage(models::ScheduleOperations *operations, models::DueActionScheduler *scheduler,
                           models::Prompter *prompter, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_scheduler(scheduler)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_model(new ScheduleModel(this))
    , m_notices(new models::NotificationModel(this))
    , m_calendar(new ScheduleCalendar(this))
    , m_scroll(new QScrollArea(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(makeHintLabel(QString(), this))
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_shift(new QSlider(Qt::Horizontal, this))
    , m_shiftText(new QLabel(this))
    , m_autoRun(new QCheckBox(tr("Run due actions &while the console is open"), this))
    , m_banner(makeBanner(this, "previewBanner", QColor(0xe8, 0xf0, 0xfb), QColor(0x1a, 0x3a, 0x66)))
    , m_bannerText(new QLabel(m_banner))
    , m_summary(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_outcomes(makeBanner(this, "dueOutcomesPanel", QColor(0xee, 0xf6, 0xee), QColor(0x1b, 0x3d, 0x1b)))
    , m_outcomesTitle(new QLabel(m_outcomes))
    , m_outcomesList(new QListWidget(m_outcomes))
    , m_noticesView(new QTableView(this))
{
    m_empty->setObjectName(QStringLiteral("scheduleEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_calendar->setModel(m_model);
    m_scroll->setObjectName(QStringLiteral("calendarScroll"));
    m_scroll->setWidget(m_calendar);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);
    connect(m_calendar, &ScheduleCalendar::objectActivated, this, &RotationPage::objectActivated);
    connect(m_calendar, &ScheduleCalendar::rangeChanged, this, &RotationPage::updateActions);

    m_bannerText->setObjectName(QStringLiteral("previewBannerLabel"));
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *leave = new QPushButton(tr("Back to &now"), m_banner);
    leave->setObjectName(QStringLiteral("leavePreviewButton"));
    connect(leave, &QPushButton::clicked, this, [this] { setTimeShift(0); });
    bannerLayout->addWidget(leave);
    m_banner->setVisible(false);

    m_outcomesTitle->setObjectName(QStringLiteral("dueOutcomesTitle"));
    m_outcomesTitle->setWordWrap(true);
    m_outcomesList->setObjectName(QStringLiteral("dueOutcomesList"));
    m_outcomesList->setMaximumHeight(110);
    auto *outcomesLayout = new QVBoxLayout(m_outcomes);
    outcomesLayout->setContentsMargins(8, 4, 8, 4);
    auto *outcomesHeader = new QHBoxLayout;
    outcomesHeader->addWidget(m_outcomesTitle, 1);
    auto *close = new QPushButton(tr("&Dismiss"), m_outcomes);
    close->setObjectName(QStringLiteral("dismissOutcomesButton"));
    connect(close, &QPushButton::clicked, m_outcomes, &QWidget::hide);
    outcomesHeader->addWidget(close);
    outcomesLayout->addLayout(outcomesHeader);
    outcomesLayout->addWidget(m_outcomesList);
    m_outcomes->setVisible(false);

    createActions();
    auto *toolbar = makePageToolbar(this, QStringLiteral("rotationToolbar"),
                                    {{m_zoomInAction, m_zoomOutAction, m_nowAction}, {m_runAction, m_refreshAction}});
    toolbar->addSeparator();
    QAction *autoRunAction = toolbar->addWidget(m_autoRun);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("rotationSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(makeNoticesPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(toolbar);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_outcomes);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_operations, &models::ScheduleOperations::dueRunFinished, this, &RotationPage::onRunFinished);
    connect(m_operations, &models::ScheduleOperations::workingChanged, this, [this](bool working) {
        m_busy->setVisible(working);
        updateActions();
    });
    if (m_scheduler) {
        m_autoRun->setChecked(m_scheduler->isEnabled());
        connect(m_autoRun, &QCheckBox::toggled, m_scheduler, &models::DueActionScheduler::setEnabled);
        connect(m_scheduler, &models::DueActionScheduler::ran, this, &RotationPage::onAutomaticRun);
        connect(m_scheduler, &models::DueActionScheduler::failed, this,
                [this](const QString &text) { setErrorText(m_error, text); });
    } else {
        autoRunAction->setVisible(false); // a widget on a tool bar is shown and hidden through its action
    }
    updateShiftText();
    updateActions();
}

void RotationPage::createActions()
{
    auto make = [this](const char *icon, const QString &text, const QKeySequence &shortcut, const char *name) {
        return makePageAction(this, icon, text, shortcut, name);
    };
    m_zoomInAction = make("add", tr("Zoom &in"), QKeySequence::ZoomIn, "actionScheduleZoomIn");
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = make("remove", tr("Zoom &out"), QKeySequence::ZoomOut, "actionScheduleZoomOut");
    m_nowAction = make("audit", tr("&Today"), {}, "actionScheduleToday");
    m_runAction = make("busy", tr("&Run due now…"), QKeySequence(Qt::CTRL | Qt::Key_R), "actionRunDueNow");
    m_refreshAction = make("busy", tr("Re&fresh"), QKeySequence::Refresh, "actionRefreshSchedule");
    m_findAction = make("key", tr("Find"), QKeySequence::Find, "actionFindSchedule");
    m_zoomInAction->setToolTip(tr("Show a shorter time (Ctrl++, or Ctrl with the mouse wheel)"));
    m_zoomOutAction->setToolTip(tr("Show a longer time, up to 24 months (Ctrl+−)"));
    m_nowAction->setToolTip(tr("Scroll the calendar back to now"));
    m_runAction->setToolTip(tr("Rotate, renew and record the notices of everything that is due now"));
    for (QAction *action : actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {m_findAction, m_refreshAction})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_zoomInAction, &QAction::triggered, m_calendar, &ScheduleCalendar::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_calendar, &ScheduleCalendar::zoomOut);
    connect(m_nowAction, &QAction::triggered, m_calendar, &ScheduleCalendar::goToNow);
    connect(m_runAction, &QAction::triggered, this, &RotationPage::runDueNow);
    connect(m_refreshAction, &QAction::triggered, this, &RotationPage::reload);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

QWidget *RotationPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"));
    for (ObjectKind kind : {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate})
        m_kind->addItem(ScheduleModel::kindGroupText(kind), int(kind));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"));
    for (ScheduleState state : {ScheduleState::Ok, ScheduleState::Soon, ScheduleState::Expired, ScheduleState::Overdue,
                                ScheduleState::Disabled})
        m_state->addItem(ScheduleModel::stateText(state), int(state));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter the schedule"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): name, kind, state or policy"));
    m_filter->setMinimumWidth(220);
    m_shift->setObjectName(QStringLiteral("timeShiftSlider"));
    m_shift->setRange(0, kMaxShiftMonths);
    m_shift->setPageStep(3);
    m_shift->setTickInterval(3);
    m_shift->setTickPosition(QSlider::TicksBelow);
    m_shift->setMinimumWidth(160);
    m_shift->setAccessibleName(tr("Preview months ahead"));
    m_shiftText->setObjectName(QStringLiteral("timeShiftLabel"));
    m_shiftText->setMinimumWidth(170);
    m_autoRun->setObjectName(QStringLiteral("runDueActionsCheck"));
    m_autoRun->setToolTip(tr("While a vault is unlocked here, its rotations, renewals and notices run when they "
                             "come due (as the vault's system principal, each one audited)"));
    auto *kindLabel = new QLabel(tr("&Kind:"), bar);
    kindLabel->setBuddy(m_kind);
    auto *stateLabel = new QLabel(tr("&State:"), bar);
    stateLabel->setBuddy(m_state);
    auto *shiftLabel = new QLabel(tr("&Preview:"), bar);
    shiftLabel->setBuddy(m_shift);
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addWidget(stateLabel);
    row->addWidget(m_state);
    row->addWidget(m_filter, 1);
    row->addSpacing(12);
    row->addWidget(shiftLabel);
    row->addWidget(m_shift);
    row->addWidget(m_shiftText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RotationPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RotationPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &RotationPage::applyFilter);
    connect(m_shift, &QSlider::valueChanged, this, [this] {
        updateShiftText();
        updateActions();
        m_dirty = true;
        if (isVisible())
            load();
    });
    return bar;
}

QWidget *RotationPage::makeNoticesPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *title = new QLabel(tr("Noti&ces (newest first)"), panel);
    title->setBuddy(m_noticesView);
    layout->addWidget(title);
    m_noticesView->setObjectName(QStringLiteral("notificationsView"));
    m_noticesView->setAccessibleName(tr("Notices"));
    m_noticesView->setModel(m_notices);
    setUpTable(m_noticesView);
    m_noticesView->setAlternatingRowColors(true);
    m_noticesView->setWordWrap(false);
    m_noticesView->verticalHeader()->setVisible(false);
    m_noticesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noticesView->horizontalHeader()->setStretchLastSection(true);
    connect(m_noticesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT objectActivated(ObjectKind(index.data(models::NotificationModel::KindRole).toInt()),
                               index.data(models::NotificationModel::NameRole).toString());
    });
    layout->addWidget(m_noticesView, 1);
    return panel;
}

int RotationPage::timeShift() const
{
    return m_shift->value();
}

void RotationPage::setTimeShift(int months)
{
    m_shift->setValue(std::clamp(months, 0, m_shift->maximum()));
}

void RotationPage::setTimeShiftLimit(int months)
{
    m_shift->setMaximum(std::clamp(months, 1, kMaxShiftMonths)); // a value beyond it is brought back (valueChanged)
}

int RotationPage::timeShiftLimit() const
{
    return m_shift->maximum();
}

void RotationPage::refreshSettings()
{
    if (!m_scheduler)
        return;
    const QSignalBlocker blocker(m_autoRun);
    m_autoRun->setChecked(m_scheduler->isEnabled());
}

QDateTime RotationPage::plannedNow() const
{
    return m_model->hasSchedule() ? m_model->schedule().now : QDateTime();
}

void RotationPage::showMonth(std::optional<ObjectKind> kind, const QDate &month)
{
    setTimeShift(0);
    setKindFilter(kind);
    setStateFilter(std::nullopt);
    setFilterText({});
    const QDateTime first(month, QTime(0, 0));
    m_calendar->setRange(first.addDays(-7).toMSecsSinceEpoch(), first.addMonths(3).toMSecsSinceEpoch());
    m_placed = true; // the first listing keeps this range
}

void RotationPage::setKindFilter(std::optional<ObjectKind> kind)
{
    m_kind->setCurrentIndex(kind ? m_kind->findData(int(*kind)) : 0);
}

void RotationPage::setStateFilter(std::optional<ScheduleState> state)
{
    m_state->setCurrentIndex(state ? m_state->findData(int(*state)) : 0);
}

void RotationPage::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void RotationPage::applyFilter()
{
    models::ScheduleFilter filter;
    if (m_kind->currentIndex() > 0)
        filter.kinds = {ObjectKind(m_kind->currentData().toInt())};
    if (m_state->currentIndex() > 0)
        filter.states = {ScheduleState(m_state->currentData().toInt())};
    filter.text = m_filter->text();
    m_model->setFilter(filter);
    updateSummary();
}

void RotationPage::updateShiftText()
{
    const int months = m_shift->value();
    if (months == 0) {
        m_shiftText->setText(tr("now (no preview)"));
        return;
    }
    const QDateTime at = m_clock->now().addMonths(months);
    m_shiftText->setText(tr("+%1 months (%2)").arg(months).arg(at.toUTC().date().toString(Qt::ISODate)));
}

void RotationPage::reload()
{
    m_dirty = true;
    if (isVisible())
        load();
}

void RotationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        load();
}

void RotationPage::clear()
{
    m_model->clear();
    m_notices->clear();
    m_outcomes->hide();
    m_placed = false;
    m_dirty = true;
    setErrorText(m_error, {});
    updateSummary();
    updateActions();
}

void RotationPage::load()
{
    if (!m_operations->isUnlocked()) {
        clear();
        return;
    }
    if (!m_operations->isIdle())
        return; // the end of the background work lists again (vaultChanged / dueRunFinished)
    m_dirty = false;
    const QDateTime previous = plannedNow();
    const QDateTime now = m_clock->now().addMonths(timeShift());
    ScheduleQuery query;
    query.now = timeShift() > 0 ? std::optional<QDateTime>(now) : std::nullopt;
    query.from = now.addMonths(-kMonthsBefore);
    query.to = now.addMonths(kMonthsAfter);
    const Result<Schedule> schedule = m_operations->schedule(query);
    if (!schedule) {
        setErrorText(m_error,
                     tr("Could not read the schedule: %1").arg(models::ErrorText::forCode(schedule.error().code())));
        return;
    }
    setErrorText(m_error, {});
    m_model->setSchedule(*schedule);
    m_calendar->setPreview(timeShift() > 0);
    if (!m_placed) {
        m_calendar->showMonths(6);
        m_placed = true;
    } else if (previous.isValid() && previous != schedule->now) {
        m_calendar->pan(previous.msecsTo(schedule->now)); // the time-shift moves the calendar with it
    }
    if (auto notices = m_operations->notifications())
        m_notices->setNotifications(*notices);
    else
        setErrorText(m_error,
                     tr("Could not read the notices: %1").arg(models::ErrorText::forCode(notices.error().code())));
    m_banner->setVisible(timeShift() > 0);
    m_bannerText->setText(tr("Preview of %1: planned as if nothing ran until then. Nothing in the vault changes; "
                             "the calendar shows what would be overdue or expired.")
                                  .arg(models::formatTime(schedule->now)));
    updateSummary();
    updateActions();
}

void RotationPage::updateSummary()
{
    if (!m_model->hasSchedule()) {
        m_summary->clear();
        m_stack->setCurrentWidget(m_scroll);
        return;
    }
    const Schedule &s = m_model->schedule();
    if (s.entries.isEmpty() || !m_model->hasAnythingScheduled()) {
        m_empty->setText(s.entries.isEmpty()
                                 ? tr("Nothing to schedule: this vault has no secrets, keys or certificates you may "
                                      "list.")
                                 : tr("Nothing is scheduled: no secret, key or certificate has an expiry date, a "
                                      "rotation policy or a renewal action. Set an expiry date or a rotation policy "
                                      "in an object's properties and it appears here."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_scroll);
    }
    int counts[5] = {};
    std::optional<QDateTime> next;
    const ScheduleEntry *nextEntry = nullptr;
    for (const ScheduleEntry &entry : s.entries) {
        ++counts[int(entry.state)];
        if (entry.nextAction && (!next || *entry.nextAction < *next)) {
            next = entry.nextAction;
            nextEntry = &entry;
        }
    }
    QStringList parts;
    parts << tr("%1 of %2 objects shown").arg(m_model->rowCount()).arg(s.entries.size());
    for (ScheduleState state :
         {ScheduleState::Soon, ScheduleState::Expired, ScheduleState::Overdue, ScheduleState::Disabled})
        if (counts[int(state)] > 0)
            parts << tr("%1: %2").arg(ScheduleModel::stateText(state)).arg(counts[int(state)]);
    if (nextEntry) {
        const auto event = ScheduleModel::nextEvent(*nextEntry);
        parts << tr("next: %1 %2 on %3")
                         .arg(event ? ScheduleModel::eventText(event->kind) : tr("action"), nextEntry->name,
                              models::formatTime(*next));
    }
    if (!s.hiddenKinds.isEmpty()) {
        QStringList hidden;
        for (ObjectKind kind : s.hiddenKinds)
            hidden << ScheduleModel::kindGroupText(kind);
        parts << tr("not shown (you may not list them): %1").arg(hidden.join(QStringLiteral(", ")));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void RotationPage::updateActions()
{
    const bool unlocked = m_operations->isUnlocked();
    m_zoomInAction->setEnabled(m_calendar->canZoomIn());
    m_zoomOutAction->setEnabled(m_calendar->canZoomOut());
    m_runAction->setEnabled(unlocked && !m_operations->isWorking() && timeShift() == 0);
    m_runAction->setToolTip(timeShift() > 0 ? tr("Leave the preview (Back to now) to run what is due")
                                            : tr("Rotate, renew and record the notices of everything that is due now"));
    m_refreshAction->setEnabled(unlocked);
}

bool RotationPage::runDueNow()
{
    if (!m_runAction->isEnabled())
        return false;
    if (!m_prompter->confirm(tr("Run Due Actions"),
                             tr("Rotate the secrets and keys whose rotation is due, renew the certificates that "
                                "renew themselves, and record the notices that are due, now? Each action runs as "
                                "the vault's system principal and is recorded in the audit log.")))
        return false;
    if (!m_operations->runDueInBackground(false)) {
        setErrorText(m_error, tr("The vault is busy; try again in a moment."));
        return false;
    }
    m_running = true;
    setErrorText(m_error, {});
    return true;
}

void RotationPage::onRunFinished(const Result<DueRun> &result, bool dryRun)
{
    if (dryRun || !m_running)
        return;
    m_running = false;
    if (!result) {
        setErrorText(m_error,
                     tr("Could not run the due actions: %1").arg(models::ErrorText::forCode(result.error().code())));
    } else {
        showOutcomes(tr("Ran at %1: %2")
                             .arg(models::formatTime(result->at), models::ScheduleOperations::summaryText(*result)),
                     *result);
        Q_EMIT statusMessage(tr("Due actions: %1").arg(models::ScheduleOperations::summaryText(*result)));
    }
    reload();
}

void RotationPage::onAutomaticRun(const DueRun &run)
{
    if (run.outcomes.isEmpty())
        return;
    showOutcomes(
            tr("Ran by itself at %1: %2").arg(models::formatTime(run.at), models::ScheduleOperations::summaryText(run)),
            run);
    Q_EMIT statusMessage(tr("Due actions ran: %1").arg(models::ScheduleOperations::summaryText(run)));
    reload();
}

void RotationPage::showOutcomes(const QString &title, const DueRun &run)
{
    m_outcomesTitle->setText(title);
    m_outcomesList->clear();
    for (const DueOutcome &outcome : run.outcomes) {
        auto *item = new QListWidgetItem(models::ScheduleOperations::outcomeText(outcome), m_outcomesList);
        if (outcome.action == DueOutcome::Action::Failed)
            item->setForeground(ScheduleModel::stateColor(ScheduleState::Expired, ScheduleModel::isDarkPalette()));
    }
    m_outcomesList->setVisible(!run.outcomes.isEmpty());
    m_outcomes->setVisible(true);
}

} // namespace coffer::ui
