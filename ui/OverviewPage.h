#pragma once

#include "core/common/ObjectKind.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace coffer::models {
class Prompter;
class VaultOverview;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

// The first page of an unlocked vault (issue 9): counts per kind, warnings with where to fix each, what rotates,
// renews or expires in the next 30 days, and the newest audit records (models/VaultOverview). Read when the page
// is shown, and again on F5 or when the vault changes while it is shown. Every figure leads somewhere: a count to
// its page, a warning to the page that fixes it, an upcoming event to its object, an audit record to the log.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(models::Prompter *prompter, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setSession(models::VaultSession *session);
    // Reads the vault again (VaultOverview::load); does nothing while the page is hidden or the vault busy.
    void refresh();
    void clear();

    QTableWidget *warningsView() const { return m_warnings; }
    QTableWidget *upcomingView() const { return m_upcoming; }
    QTableWidget *recentView() const { return m_recent; }
    QPushButton *countButton(int index) const; // 0 secrets, 1 keys, 2 certificates, 3 deleted
    QPushButton *purgeProtectionButton() const { return m_purgeProtection; }
    QLabel *noteLabel() const { return m_note; }

    // Turns purge protection on after a confirmation (Vault::setPurgeProtection). False when declined or refused.
    bool turnOnPurgeProtection();

Q_SIGNALS:
    void pageRequested(const QString &pageId);
    void objectRequested(coffer::ObjectKind kind, const QString &name);
    void propertiesChanged();
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const models::VaultOverview &overview);
    void showNote(const QString &text);
    void activateWarning(int row);

    models::Prompter *m_prompter;
    QPointer<models::VaultSession> m_session;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_note;
    QList<QPushButton *> m_counts;
    QTableWidget *m_warnings;
    QPushButton *m_purgeProtection;
    QLabel *m_upcomingTitle;
    QTableWidget *m_upcoming;
    QLabel *m_recentNote;
    QTableWidget *m_recent;
};

} // namespace coffer::ui
