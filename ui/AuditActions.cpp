#include "ui/AuditActions.h"

#include "core/audit/AuditService.h"
#include "core/common/Clock.h"
#include "models/AuditFiles.h"
#include "models/AuditOperations.h"
#include "models/AuditText.h"
#include "models/BackgroundWork.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/Prompter.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
QString errorText(const Error &error)
{
    return error.code() == ErrorCode::Forbidden ? models::ErrorText::forForbidden(error)
                                                : models::ErrorText::forCode(error.code());
}
} // namespace

AuditActions::AuditActions(models::AuditOperations *operations, models::Prompter *prompter, const Clock *clock,
                           QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_export(new QPushButton(icons::get("open"), tr("&Export…"), this))
    , m_verify(new QPushButton(icons::get("access"), tr("&Verify"), this))
    , m_verifyFile(new QPushButton(tr("Verify a &file…"), this))
    , m_import(new QPushButton(icons::get("add"), tr("&Import Azure logs…"), this))
    , m_retention(new QSpinBox(this))
    , m_applyRetention(new QPushButton(tr("Apply"), this))
    , m_banner(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progressTimer(new QTimer(this))
{
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verifyFile->setObjectName(QStringLiteral("verifyFileButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_applyRetention->setObjectName(QStringLiteral("applyRetentionButton"));
    m_banner->setObjectName(QStringLiteral("verifyBanner"));
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));

    m_export->setToolTip(tr("Write the filtered records to a JSON Lines file that can be verified offline"));
    m_verify->setToolTip(tr("Recompute the hash chain of the vault's log and check every signed checkpoint"));
    m_verifyFile->setToolTip(tr("Check an exported audit file, without any vault"));
    m_import->setToolTip(tr("Review an Azure Key Vault's AuditEvent logs (read-only) in the same timeline"));
    m_retention->setRange(0, 36500);
    m_retention->setSpecialValueText(tr("Keep forever"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(tr("Records older than this are pruned when the vault is opened; a signed anchor keeps "
                               "the rest verifiable"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setVisible(false);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_progressTimer->setInterval(100);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_verifyFile);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *retentionLabel = new QLabel(tr("&Retention:"), this);
    retentionLabel->setBuddy(m_retention);
    buttons->addWidget(retentionLabel);
    buttons->addWidget(m_retention);
    buttons->addWidget(m_applyRetention);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_banner);

    connect(m_export, &QPushButton::clicked, this, &AuditActions::exportLog);
    connect(m_verify, &QPushButton::clicked, this, &AuditActions::verifyLog);
    connect(m_verifyFile, &QPushButton::clicked, this, &AuditActions::verifyFile);
    connect(m_import, &QPushButton::clicked, this, &AuditActions::importAzure);
    connect(m_applyRetention, &QPushButton::clicked, this, &AuditActions::applyRetention);
    connect(m_cancel, &QPushButton::clicked, this, &AuditActions::cancelExport);
    connect(m_retention, &QSpinBox::valueChanged, this, &AuditActions::updateButtons);
    connect(m_progressTimer, &QTimer::timeout, this, &AuditActions::updateProgress);
    updateButtons();
}

AuditActions::~AuditActions()
{
    if (m_exportProgress)
        m_exportProgress->cancelRequested = true;
}

void AuditActions::refresh(std::optional<int> retentionDays)
{
    if (retentionDays
        && (!m_savedRetention || *m_savedRetention != *retentionDays || m_retention->value() == *m_savedRetention)) {
        m_savedRetention = retentionDays;
        const QSignalBlocker blocker(m_retention);
        m_retention->setValue(*retentionDays);
    }
    updateButtons();
}

void AuditActions::clear()
{
    m_savedRetention.reset();
    showBanner({}, false);
    updateButtons();
}

void AuditActions::updateButtons()
{
    using models::actions::gate;
    const bool unlocked = m_operations->isUnlocked();
    const bool idle = unlocked && !m_busy;
    applyActionState(m_export, gate(idle, m_operations->can(access::Operation::AuditExport)));
    applyActionState(m_verify, gate(idle, m_operations->can(access::Operation::AuditVerify)));
    applyActionState(m_import, gate(idle, m_operations->can(access::Operation::AuditImport)));
    m_verifyFile->setEnabled(!m_busy);
    const auto retention
            = gate(unlocked && m_savedRetention.has_value(), m_operations->can(access::Operation::AuditSetRetention));
    m_retention->setEnabled(retention.enabled && !m_busy);
    m_retention->setToolTip(retention.reason.isEmpty() ? tr("Records older than this are pruned when the vault is "
                                                            "opened; a signed anchor keeps the rest verifiable")
                                                       : retention.reason);
    applyActionState(m_applyRetention,
                     gate(idle && m_savedRetention && m_retention->value() != *m_savedRetention,
                          m_operations->can(access::Operation::AuditSetRetention)));
}

void AuditActions::setBusy(bool busy, bool withProgress)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setRange(0, withProgress ? 100 : 0);
    m_progress->setValue(0);
    m_cancel->setVisible(busy && withProgress);
    if (busy && withProgress)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
    updateButtons();
}

void AuditActions::updateProgress()
{
    if (m_exportProgress)
        m_progress->setValue(m_exportProgress->percent());
}

void AuditActions::showBanner(const QString &text, bool error)
{
    m_bannerError = error;
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x00, 0x20) : QColor(0x1e, 0x6b, 0x34));
    palette.setColor(QPalette::Window, error ? QColor(0xfd, 0xec, 0xec) : QColor(0xe8, 0xf5, 0xec));
    m_banner->setPalette(palette);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(8, 5, 8, 5);
    QFont font = m_banner->font();
    font.setBold(true);
    m_banner->setFont(font);
}

QString AuditActions::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

int AuditActions::retentionValue() const
{
    return m_retention->value();
}

void AuditActions::setRetentionValue(int days)
{
    m_retention->setValue(days);
}

void AuditActions::exportLog()
{
    if (m_busy || !m_operations->isUnlocked())
        return;
    const QString vault = m_operations->session() ? m_operations->session()->displayName() : QString();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(vault + u"-audit-"
                                                + m_clock->now().toString(QStringLiteral("yyyyMMdd-HHmm")) + u".jsonl");
    const QString path
            = m_prompter->chooseSaveFile(tr("Export Audit Log"), suggested, tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    const audit::AuditFilter filter = m_filter ? m_filter() : audit::AuditFilter();
    auto progress = std::make_shared<models::ExportProgress>();
    m_exportProgress = progress;
    setBusy(true, true);
    QPointer<AuditActions> self(this);
    m_operations->run<qint64>(
            this,
            [filter, path, progress](audit::AuditService &service) {
                return models::auditfiles::exportToFile(service, filter, path, *progress);
            },
            [self, path](Result<qint64> result) {
                if (!self)
                    return;
                self->m_exportProgress.reset();
                self->setBusy(false);
                if (!result) {
                    if (result.error().code() == ErrorCode::Cancelled) {
                        Q_EMIT self->statusMessage(tr("The export was cancelled; no file was written."));
                    } else {
                        self->m_prompter->showError(tr("Export Audit Log"), errorText(result.error()));
                    }
                    Q_EMIT self->finished(false);
                    return;
                }
                Q_EMIT self->statusMessage(
                        tr("Exported %1 to %2").arg(models::counts::records(*result), QDir::toNativeSeparators(path)));
                Q_EMIT self->finished(true);
            });
}

void AuditActions::cancelExport()
{
    if (m_exportProgress)
        m_exportProgress->cancelRequested = true;
}

void AuditActions::verifyLog()
{
    if (m_busy || !m_operations->isUnlocked())
        return;
    setBusy(true);
    showBanner({}, false);
    QPointer<AuditActions> self(this);
    m_operations->run<audit::VerifyReport>(
            this, [](audit::AuditService &service) { return service.verify(); },
            [self](Result<audit::VerifyReport> report) {
                if (!self)
                    return;
                self->setBusy(false);
                if (!report) {
                    self->showBanner(tr("The log could not be verified: %1").arg(errorText(report.error())), true);
                    Q_EMIT self->finished(false);
                    return;
                }
                self->showBanner(models::AuditText::verifyBanner(*report, false), !report->ok);
                Q_EMIT self->finished(report->ok);
            });
}

void AuditActions::verifyFile()
{
    if (m_busy)
        return;
    const QString path = m_prompter->chooseOpenFile(tr("Verify Audit Export"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Audit exports (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    showBanner({}, false);
    auto *watcher = new QFutureWatcher<audit::VerifyReport>(this);
    connect(watcher, &QFutureWatcher<audit::VerifyReport>::finished, this, [this, watcher, path] {
        const audit::VerifyReport report = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        showBanner(tr("%1: %2").arg(QFileInfo(path).fileName(), models::AuditText::verifyBanner(report, true)),
                   !report.ok);
        Q_EMIT finished(report.ok);
    });
    watcher->setFuture(models::runInBackground([path] { return models::auditfiles::verifyFile(path); }));
}

void AuditActions::importAzure()
{
    if (m_busy || !m_operations->isUnlocked())
        return;
    const QString path = m_prompter->chooseOpenFile(tr("Import Azure Audit Logs"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                                    tr("Azure Key Vault logs (*.json *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    showBanner({}, false);
    QPointer<AuditActions> self(this);
    m_operations->run<audit::ImportSummary>(
            this, [path](audit::AuditService &service) { return models::auditfiles::importAzureFile(service, path); },
            [self, path](Result<audit::ImportSummary> summary) {
                if (!self)
                    return;
                self->setBusy(false);
                if (!summary) {
                    self->showBanner(tr("The Azure log could not be imported: %1").arg(errorText(summary.error())),
                                     true);
                    Q_EMIT self->finished(false);
                    return;
                }
                self->showBanner(models::AuditText::importSummary(*summary, QFileInfo(path).fileName()), false);
                Q_EMIT self->logChanged();
                Q_EMIT self->finished(true);
            });
}

void AuditActions::applyRetention()
{
    if (m_busy || !m_applyRetention->isEnabled())
        return;
    const int days = m_retention->value();
    if (days > 0
        && !m_prompter->confirm(tr("Audit Log Retention"),
                                tr("Prune audit records older than %1 each time the vault is opened? Pruned records "
                                   "are gone for good; a signed anchor keeps the remaining log verifiable.")
                                        .arg(models::counts::days(days))))
        return;
    setBusy(true);
    QPointer<AuditActions> self(this);
    m_operations->run<int>(
            this,
            [days](audit::AuditService &service) -> Result<int> {
                auto set = service.setRetentionDays(days);
                if (!set)
                    return set.error();
                return service.retentionDays();
            },
            [self, days](Result<int> result) {
                if (!self)
                    return;
                self->setBusy(false);
                if (!result) {
                    self->m_prompter->showError(tr("Audit Log Retention"), errorText(result.error()));
                    Q_EMIT self->finished(false);
                    return;
                }
                self->m_savedRetention = *result;
                self->updateButtons();
                Q_EMIT self->statusMessage(
                        days == 0 ? tr("The audit log is now kept forever")
                                  : tr("Audit records older than %1 will be pruned").arg(models::counts::days(days)));
                Q_EMIT self->logChanged();
                Q_EMIT self->finished(true);
            });
}

} // namespace coffer::ui
