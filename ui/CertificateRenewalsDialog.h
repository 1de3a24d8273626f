#pragma once

#include "core/common/Result.h"
#include "core/vault/CertificateTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace coffer::models {
class CertificateOperations;
}

namespace coffer::ui {

// Due renewals: what CertificateStore::renewDue does for the vault's certificates. preview() shows the dry run
// ("What is due…": would renew, would notify, skipped, with why); run() renews (AutoRenew, off the GUI thread) and
// notifies (EmailContacts), then shows what happened: renewed (the new version), request created, notified,
// skipped, failed with the reason, and a summary line.
class CertificateRenewalsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, OutcomeColumn, ReasonColumn };

    explicit CertificateRenewalsDialog(models::CertificateOperations *operations, QWidget *parent = nullptr);

    bool preview(); // false (and the error shown) when the dry run fails
    bool run(); // false when nothing was started (locked or busy)
    bool isRunning() const { return m_running; }
    bool hasRun() const { return m_ran; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }

private:
    void showOutcomes(const QList<CertificateRenewalOutcome> &outcomes);
    void onRun(const Result<QList<CertificateRenewalOutcome>> &result, bool dryRun);

    models::CertificateOperations *m_operations;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_run;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    bool m_ran = false;
};

} // namespace coffer::ui
