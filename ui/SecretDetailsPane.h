#pragma once

#include "core/vault/ObjectTypes.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace coffer::models::actions {
struct ActionState;
}

namespace coffer {
class Clock;
}

namespace coffer::models {
class ObjectOperations;
class Prompter;
class SecretClipboard;
class SecretVersionsModel;
} // namespace coffer::models

namespace coffer::ui {

// The right side of the Secrets page: the current version's properties, its value (masked; Reveal fetches it
// and masks it again after a while, on another selection and on lock; Copy puts it on the clipboard), and the
// versions with per-version actions.
class SecretDetailsPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultRevealDuration {30000};

    SecretDetailsPane(models::ObjectOperations *operations, models::SecretClipboard *clipboard,
                      models::Prompter *prompter, const Clock *clock, QWidget *parent = nullptr);

    // Shows a secret (masking any revealed value when it is another one); empty name: nothing.
    void showSecret(const QString &name);
    // The same secret again, after a change.
    void reload();
    const QString &secretName() const { return m_name; }
    std::optional<VersionInfo> current() const { return m_current; }
    models::SecretVersionsModel *versionsModel() const { return m_versions; }
    QString selectedVersion() const;

    void setRevealDuration(std::chrono::milliseconds duration) { m_revealTimer.setInterval(duration); }
    bool isRevealed() const { return m_revealed; }
    // Reads a version's value (the current one when empty) into the value box, or onto the clipboard.
    bool revealValue(const QString &version = {});
    bool copyValue(const QString &version = {});
    void mask();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // "Who has access…": the principals that may read this secret, and through what.
    void whoHasAccessRequested(const QString &name);

private:
    void updateVersionActions();
    void updateValueNote();
    void setVersionEnabled(bool enabled);
    void editVersion();
    void showError(const QString &text);
    models::actions::ActionState readState(bool selected, bool enabled) const;

    models::ObjectOperations *m_operations;
    models::SecretClipboard *m_clipboard;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::SecretVersionsModel *m_versions;
    QString m_name;
    std::optional<VersionInfo> m_current;
    bool m_revealed = false;
    QTimer m_revealTimer;

    QLabel *m_title;
    QLabel *m_properties;
    QLabel *m_error;
    QPlainTextEdit *m_value;
    QLabel *m_valueNote;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_whoHasAccess;
    QTableView *m_versionsView;
    QPushButton *m_versionReveal;
    QPushButton *m_versionCopy;
    QPushButton *m_versionEdit;
    QPushButton *m_versionEnable;
    QPushButton *m_versionDisable;
};

} // namespace coffer::ui
