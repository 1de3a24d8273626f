#pragma once

#include "core/common/ObjectKind.h"
#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QScrollArea;
class QSlider;
class QStackedWidget;
class QTableView;

namespace coffer {
class Clock;
}

namespace coffer::models {
class DueActionScheduler;
class NotificationModel;
class Prompter;
class ScheduleModel;
class ScheduleOperations;
} // namespace coffer::models

namespace coffer::ui {

class ScheduleCalendar;

// The Rotation & expiry page of an unlocked vault (issue 8): the vault-wide calendar of every version's validity
// and every rotation, renewal, notice and expiry (ScheduleCalendar), filtered by kind, state and text; zoom;
// "Run due now" (the outcomes in a panel); a time-shift slider (0..24 months) that plans as if it were later and
// nothing ran meanwhile (a banner says it is a preview: nothing changes); the notices, newest first; the setting
// "Run due actions while the console is open". Clicking an object (or Enter) asks the workspace to show it on
// its own page. Lists only while shown (each listing is an audited VaultScheduleGet and NotificationList).
class RotationPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxShiftMonths = 24;

    // `scheduler` may be null (no automatic runs to switch or report).
    RotationPage(models::ScheduleOperations *operations, models::DueActionScheduler *scheduler,
                 models::Prompter *prompter, const Clock *clock, QWidget *parent = nullptr);

    // Settings ▸ "Time-shift preview up to" (3–24 months): the slider's end; a preview beyond it is brought back.
    void setTimeShiftLimit(int months);
    int timeShiftLimit() const;
    // The "Run due actions" switch shows the setting again (after the Settings dialog changed it).
    void refreshSettings();

    // Lists again now when shown, else when next shown.
    void reload();
    void clear();

    models::ScheduleModel *scheduleModel() const { return m_model; }
    models::NotificationModel *notificationModel() const { return m_notices; }
    ScheduleCalendar *calendar() const { return m_calendar; }
    QTableView *notificationsView() const { return m_noticesView; }

    // Time-shift in months (0 = now); re-plans at clock now + shift, moving the calendar with it.
    void setTimeShift(int months);
    int timeShift() const;
    bool isPreview() const { return timeShift() > 0; }
    // The time the shown schedule was planned for.
    QDateTime plannedNow() const;

    // Shows that month (about three months from a week before its first day) and only that kind (nullopt: all),
    // leaving any preview and clearing the other filters: the Overview heatmap's cells open the calendar here.
    void showMonth(std::optional<ObjectKind> kind, const QDate &month);
    void setKindFilter(std::optional<ObjectKind> kind);
    void setStateFilter(std::optional<ScheduleState> state);
    void setFilterText(const QString &text);

    // Asks, then runs every due action off the GUI thread; the outcomes panel shows what happened. False when
    // nothing was started (declined, locked, busy, previewing).
    bool runDueNow();
    bool isRunning() const { return m_running; }
    QFrame *outcomesPanel() const { return m_outcomes; }
    QListWidget *outcomesList() const { return m_outcomesList; }
    QFrame *previewBanner() const { return m_banner; }
    QLabel *emptyStateLabel() const { return m_empty; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void objectActivated(coffer::ObjectKind kind, const QString &name);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *makeFilterBar();
    QWidget *makeNoticesPanel();
    void load();
    void applyFilter();
    void updateActions();
    void updateSummary();
    void updateShiftText();
    void showOutcomes(const QString &title, const DueRun &run);
    void onRunFinished(const Result<DueRun> &result, bool dryRun);
    void onAutomaticRun(const DueRun &run);

    models::ScheduleOperations *m_operations;
    models::DueActionScheduler *m_scheduler;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::ScheduleModel *m_model;
    models::NotificationModel *m_notices;
    ScheduleCalendar *m_calendar;
    QScrollArea *m_scroll;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QComboBox *m_kind;
    QComboBox *m_state;
    QLineEdit *m_filter;
    QSlider *m_shift;
    QLabel *m_shiftText;
    QCheckBox *m_autoRun;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QLabel *m_summary;
    QLabel *m_error;
    QProgressBar *m_busy;
    QFrame *m_outcomes;
    QLabel *m_outcomesTitle;
    QListWidget *m_outcomesList;
    QTableView *m_noticesView;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_nowAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    bool m_dirty = true;
    bool m_placed = false; // the calendar's range was set for a schedule
    bool m_running = false;
};

} // namespace coffer::ui
