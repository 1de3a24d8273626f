#pragma once

#include "core/audit/AuditFilter.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace coffer {
class Clock;
}

namespace coffer::models {
class AuditOperations;
class Prompter;
struct ExportProgress;
} // namespace coffer::models

namespace coffer::ui {

// The Audit page's actions and what they report: Export… (the filtered records, off the GUI thread, with progress
// and cancel), Verify (the vault's own log), Verify a file… (an export, offline, no vault needed), Import Azure
// logs…, and the retention of the local log (for principals who may change it). Results show in a banner under
// the buttons: green when verified, red naming the first bad record.
class AuditActions : public QWidget
{
    Q_OBJECT

public:
    AuditActions(models::AuditOperations *operations, models::Prompter *prompter, const Clock *clock,
                 QWidget *parent = nullptr);
    ~AuditActions() override;

    // The records Export… writes (the page's filter).
    void setFilterProvider(std::function<audit::AuditFilter()> provider) { m_filter = std::move(provider); }
    // After each load: what the session may do, and the retention read with the log (unset: unknown).
    void refresh(std::optional<int> retentionDays);
    void clear();

    void exportLog();
    void verifyLog();
    void verifyFile();
    void importAzure();
    void applyRetention();
    void cancelExport();

    bool isBusy() const { return m_busy; }
    QString bannerText() const;
    bool bannerIsError() const { return m_bannerError; }
    int retentionValue() const;
    void setRetentionValue(int days);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // The log's content changed here (an import, a new retention): the page reloads.
    void logChanged();
    void finished(bool ok); // each action, once it ends (tests)

private:
    void setBusy(bool busy, bool withProgress = false);
    void showBanner(const QString &text, bool error);
    void updateButtons();
    void updateProgress();

    models::AuditOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    std::function<audit::AuditFilter()> m_filter;
    QPushButton *m_export;
    QPushButton *m_verify;
    QPushButton *m_verifyFile;
    QPushButton *m_import;
    QSpinBox *m_retention;
    QPushButton *m_applyRetention;
    QLabel *m_banner;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_progressTimer;
    std::shared_ptr<models::ExportProgress> m_exportProgress;
    std::optional<int> m_savedRetention;
    bool m_busy = false;
    bool m_bannerError = false;
};

} // namespace coffer::ui
