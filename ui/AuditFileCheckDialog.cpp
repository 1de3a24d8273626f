#include "ui/AuditFileCheckDialog.h"

#include "models/AuditFiles.h"
#include "models/AuditText.h"
#include "models/BackgroundWork.h"
#include "ui/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

AuditFileCheckDialog::AuditFileCheckDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_result(new QLabel(this))
    , m_details(new QLabel(this))
    , m_busy(makeBusyBar(this))
{
    setWindowTitle(tr("Verify Audit Export"));
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_details->setObjectName(QStringLiteral("checkDetails"));
    for (QLabel *label : {m_result, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_result->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(path)));
    m_result->setContentsMargins(8, 6, 8, 6);
    m_busy->setVisible(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("The file is checked on its own: its header and every checkpoint must be "
                                       "signed by the key it names, and every record must chain to the one before."),
                                    this));
    layout->addWidget(m_result);
    layout->addWidget(m_busy);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 300);

    auto *watcher = new QFutureWatcher<audit::VerifyReport>(this);
    connect(watcher, &QFutureWatcher<audit::VerifyReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showReport(watcher->result());
    });
    watcher->setFuture(models::runInBackground([path] { return models::auditfiles::verifyFile(path); }));
}

QString AuditFileCheckDialog::resultText() const
{
    return m_result->text();
}

void AuditFileCheckDialog::showReport(const audit::VerifyReport &report)
{
    m_report = report;
    m_checking = false;
    m_busy->setVisible(false);
    m_result->setText(models::AuditText::verifyBanner(report, true));
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, report.ok ? QColor(0x1e, 0x6b, 0x34) : QColor(0xb0, 0x00, 0x20));
    palette.setColor(QPalette::Window, report.ok ? QColor(0xe8, 0xf5, 0xec) : QColor(0xfd, 0xec, 0xec));
    m_result->setPalette(palette);
    m_result->setAutoFillBackground(true);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    const QLocale locale;
    QStringList lines;
    lines << tr("File: %1").arg(QFileInfo(m_path).fileName());
    if (report.ok && report.firstSequence > 0 && report.lastSequence >= report.firstSequence)
        lines << tr("Records %1 to %2: %3 in full, %4 filtered out (hashes only)")
                         .arg(locale.toString(report.firstSequence), locale.toString(report.lastSequence),
                              locale.toString(report.records), locale.toString(report.stubs));
    lines << tr("Signed checkpoints verified: %1").arg(locale.toString(report.checkpoints));
    if (!report.keyId.isEmpty())
        lines << tr("Key id: %1").arg(models::AuditText::keyIdText(report.keyId));
    if (!report.warning.isEmpty())
        lines << tr("The file names its own key: compare the key id with the one Verify shows on the vault's Audit "
                    "page to know that the file comes from that vault.");
    m_details->setText(lines.join(u'\n'));
    Q_EMIT checked(report.ok);
}

} // namespace coffer::ui
