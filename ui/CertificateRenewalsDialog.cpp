#include "ui/CertificateRenewalsDialog.h"

#include "models/CertificateOperations.h"
#include "models/CertificateRenewalText.h"
#include "models/CertificateText.h"
#include "ui/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coffer::ui {

CertificateRenewalsDialog::CertificateRenewalsDialog(models::CertificateOperations *operations, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_run(new QPushButton(tr("&Run now"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("certificateRenewalsDialog"));
    setWindowTitle(tr("Due Renewals"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("outcomesTable"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_table->setHorizontalHeaderLabels({tr("Certificate"), tr("What happens"), tr("Why")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_buttons->addButton(m_run, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CertificateRenewalsDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &CertificateRenewalsDialog::run);
    connect(m_operations, &models::CertificateOperations::dueRenewalsRun, this, &CertificateRenewalsDialog::onRun);
    m_run->setEnabled(false);
    resize(980, 420);
}

void CertificateRenewalsDialog::showOutcomes(const QList<CertificateRenewalOutcome> &outcomes)
{
    m_table->setRowCount(0);
    for (const CertificateRenewalOutcome &outcome : outcomes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString what = models::CertificateRenewalText::outcomeText(outcome.action);
        if (outcome.action == CertificateRenewalOutcome::Action::Renewed && !outcome.newVersion.isEmpty())
            what = tr("%1: version %2").arg(what, outcome.newVersion);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(outcome.name));
        m_table->setItem(row, OutcomeColumn, new QTableWidgetItem(what));
        auto *reason = new QTableWidgetItem(outcome.reason);
        reason->setToolTip(outcome.reason);
        m_table->setItem(row, ReasonColumn, reason);
        if (outcome.action == CertificateRenewalOutcome::Action::Failed)
            m_table->item(row, OutcomeColumn)
                    ->setForeground(palette().color(QPalette::Link).isValid() ? QColor(Qt::darkRed) : QColor(Qt::red));
    }
    m_summary->setText(models::CertificateRenewalText::outcomesSummary(outcomes));
}

bool CertificateRenewalsDialog::preview()
{
    setErrorText(m_error, {});
    m_title->setText(tr("What is due now: nothing changes until you run it. Self-signed certificates with \"Renew "
                        "automatically\" get a new version; \"Email contacts\" notifies the vault's contacts."));
    auto due = m_operations->dueRenewals();
    if (!due) {
        showOutcomes({});
        m_summary->clear();
        setErrorText(m_error, models::CertificateText::forError(due.error()));
        m_run->setEnabled(false);
        return false;
    }
    showOutcomes(*due);
    bool actionable = false;
    for (const CertificateRenewalOutcome &outcome : std::as_const(*due))
        actionable = actionable || outcome.action == CertificateRenewalOutcome::Action::WouldRenew
                || outcome.action == CertificateRenewalOutcome::Action::WouldNotify;
    m_run->setEnabled(actionable && !m_running);
    return true;
}

bool CertificateRenewalsDialog::run()
{
    if (m_running)
        return false;
    setErrorText(m_error, {});
    if (!m_operations->renewDueInBackground(false)) {
        setErrorText(m_error, models::CertificateText::forError(Error(ErrorCode::Busy, {})));
        return false;
    }
    m_running = true;
    m_title->setText(tr("Running the due renewals and notifications…"));
    m_busy->setVisible(true);
    m_run->setEnabled(false);
    return true;
}

void CertificateRenewalsDialog::onRun(const Result<QList<CertificateRenewalOutcome>> &result, bool dryRun)
{
    if (!m_running || dryRun)
        return;
    m_running = false;
    m_ran = true;
    m_busy->setVisible(false);
    if (!result) {
        setErrorText(m_error, models::CertificateText::forError(result.error()));
        m_title->setText(tr("The due renewals could not run."));
        return;
    }
    m_title->setText(tr("Done. What happened to each certificate that was due:"));
    showOutcomes(*result);
}

} // namespace coffer::ui
