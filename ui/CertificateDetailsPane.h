#pragma once

#include "core/vault/CertificateTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace coffer {
class Clock;
}

namespace coffer::models {
class CertificateOperations;
class CertificateVersionsModel;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

// The right side of the Certificates page, in tabs: Overview (every parsed detail of the selected version: subject,
// issuer, serial, validity, SANs, key, key usage and EKU names, thumbprints, ids), Versions, Chain (a tree leaf ->
// root with a check mark or a warning per link, and "issuer not in this vault" when incomplete), Policy (summary,
// lifetime actions with the next renewal/notification from the renewal schedule, the policy JSON) and Request
// (a pending CSR, Save CSR…).
class CertificateDetailsPane : public QWidget
{
    Q_OBJECT

public:
    CertificateDetailsPane(models::CertificateOperations *operations, models::Prompter *prompter, const Clock *clock,
                           QWidget *parent = nullptr);

    // Shows a certificate (its current version) and/or its pending request; empty name: nothing.
    void showCertificate(const QString &name);
    void reload();
    const QString &certificateName() const { return m_name; }
    const std::optional<CertificateInfo> &shown() const { return m_shown; }
    const std::optional<CertificateOperationInfo> &pending() const { return m_pending; }
    const std::optional<CertificatePolicy> &policy() const { return m_policy; }
    void selectVersion(const QString &version);

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *overviewLabel() const { return m_overview; }
    QTreeWidget *chainTree() const { return m_chain; }
    QLabel *policyLabel() const { return m_policyText; }
    QPlainTextEdit *policyJson() const { return m_policyJson; }
    QPlainTextEdit *csrView() const { return m_csr; }
    models::CertificateVersionsModel *versionsModel() const { return m_versions; }
    QTableView *versionsView() const { return m_versionsView; }
    bool saveCsr();

    enum Tab { OverviewTab, VersionsTab, ChainTab, PolicyTab, RequestTab };

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showVersion(const std::optional<CertificateInfo> &certificate);
    void onVersionChanged();
    void fillChain(const CertificateInfo &certificate);
    void fillPolicy();
    void fillPending();

    models::CertificateOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::CertificateVersionsModel *m_versions;
    QString m_name;
    std::optional<CertificateInfo> m_current;
    std::optional<CertificateInfo> m_shown;
    std::optional<CertificateOperationInfo> m_pending;
    std::optional<CertificatePolicy> m_policy;

    QLabel *m_title;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QLabel *m_overview;
    QTableView *m_versionsView;
    QTreeWidget *m_chain;
    QLabel *m_chainNote;
    QLabel *m_policyText;
    QPlainTextEdit *m_policyJson;
    QLabel *m_pendingText;
    QPlainTextEdit *m_csr;
    QPushButton *m_saveCsr;
};

} // namespace coffer::ui
