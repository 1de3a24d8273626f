#pragma once

#include "core/audit/VerifyReport.h"

#include <QDialog>

class QLabel;
class QProgressBar;

namespace coffer::ui {

// Checks an exported audit file offline, with no vault open (Tools ▸ Verify Audit Export…): the hash chain, every
// signed checkpoint and the header, off the GUI thread; then says plainly whether the file is intact, or which
// record is the first bad one, with what the file holds.
class AuditFileCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditFileCheckDialog(const QString &path, QWidget *parent = nullptr);

    bool isChecking() const { return m_checking; }
    const audit::VerifyReport &report() const { return m_report; }
    QString resultText() const;

Q_SIGNALS:
    void checked(bool ok);

private:
    void showReport(const audit::VerifyReport &report);

    QString m_path;
    QLabel *m_result;
    QLabel *m_details;
    QProgressBar *m_busy;
    audit::VerifyReport m_report;
    bool m_checking = true;
};

} // namespace coffer::ui
