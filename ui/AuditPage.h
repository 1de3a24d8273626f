#pragma once

#include "models/AuditSnapshot.h"
#include "models/AuditTimelineData.h"
#include "models/Services.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace coffer::models {
class AuditOperations;
class AuditRecordModel;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class AuditActions;
class AuditDetailsPane;
class AuditFilterBar;
class AuditHistogramView;
class AuditTimeline;

// The Audit page of an unlocked vault: a zoomable timeline of every recorded operation (lanes per principal or per
// object, imported Azure events hollow in lanes of their own), a histogram of operations per day, the filtered
// records as a table that loads page by page, the selected record in full, and export, verify, offline verify,
// Azure import and retention. Everything is read off the GUI thread. Principals who may not read the log see why.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char *kContentPage = "content";

    AuditPage(models::AuditOperations *operations, models::Prompter *prompter, const models::Services &services,
              QWidget *parent = nullptr);
    ~AuditPage() override;

    // Reads the log again now when the page is shown, else the next time it is.
    void reload();
    void clear();
    bool isLoading() const { return m_loading; }
    // Whether the session may not read the log: the page shows why instead of its content.
    bool isForbidden() const;
    QString forbiddenText() const;

    void setGrouping(models::AuditTimelineData::Grouping grouping);
    void setShowImported(bool show);
    // Selects an event of the timeline (index into timelineData().events()) or a record by sequence.
    void selectEvent(int event);
    void selectSequence(qint64 sequence);

    AuditTimeline *timeline() const { return m_timeline; }
    AuditHistogramView *histogram() const { return m_histogram; }
    AuditFilterBar *filterBar() const { return m_filters; }
    AuditDetailsPane *detailsPane() const { return m_details; }
    AuditActions *actions() const { return m_actions; }
    QTableView *table() const { return m_table; }
    models::AuditRecordModel *recordModel() const { return m_records; }
    const models::AuditTimelineData &timelineData() const { return m_data; }
    const models::AuditSnapshot &snapshot() const { return m_snapshot; }
    QString summaryText() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void loaded(); // each time a load ended (shown or failed)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void onSnapshot(quint64 generation, Result<models::AuditSnapshot> snapshot);
    void onTableSelection();
    void onTimelineSelection(int event);
    void updateSummary();
    void fitTimeline();
    void rebuildHistogram();

    models::AuditOperations *m_operations;
    const Clock *m_clock;
    models::AuditRecordModel *m_records;
    models::AuditTimelineData m_data;
    models::AuditSnapshot m_snapshot;
    QStackedWidget *m_stack;
    QLabel *m_forbidden;
    QLabel *m_summary;
    QProgressBar *m_busy;
    AuditActions *m_actions;
    AuditFilterBar *m_filters;
    QToolButton *m_byPrincipal;
    QToolButton *m_byObject;
    QCheckBox *m_showImported;
    AuditTimeline *m_timeline;
    AuditHistogramView *m_histogram;
    QTableView *m_table;
    AuditDetailsPane *m_details;
    QSplitter *m_split;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = true;
    bool m_fitPending = true;
    QString m_forbiddenText;
    qint64 m_pendingSequence = 0;
    bool m_syncing = false;
};

} // namespace coffer::ui
