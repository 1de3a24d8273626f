#pragma once

#include "core/vault/KeyTypes.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace coffer {
class Clock;
}

namespace coffer::models {
class KeyOperations;
class KeyVersionsModel;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class KeyPropertiesDialog;
class KeyTryPanel;
class RotationPolicyEditor;

// The right side of the Keys page, in tabs: Overview (attributes of the selected version, the versions, Edit
// properties), Public key (PEM or JWK, Copy, Save as PEM/DER/JWK), Try it (sign/verify/encrypt/decrypt test data)
// and Rotation policy. Selecting a version in the list shows that version everywhere.
class KeyDetailsPane : public QWidget
{
    Q_OBJECT

public:
    KeyDetailsPane(models::KeyOperations *operations, models::Prompter *prompter, const Clock *clock,
                   QWidget *parent = nullptr);

    // Shows a key (its current version); empty name: nothing.
    void showKey(const QString &name);
    // The same key again, after a change (the selected version stays when it still exists).
    void reload();
    const QString &keyName() const { return m_name; }
    std::optional<KeyInfo> current() const { return m_current; }
    // The version shown (selected in the versions list; the current one by default).
    std::optional<KeyInfo> shown() const { return m_shown; }
    models::KeyVersionsModel *versionsModel() const { return m_versions; }
    QTableView *versionsView() const { return m_versionsView; }
    void selectVersion(const QString &version);
    QString selectedVersion() const;

    void setPublicFormat(PublicFormat format); // Pem or Jwk
    PublicFormat publicFormat() const { return m_format; }
    QString publicKeyText() const;
    bool copyPublicKey();
    // Saves the shown version's public key; the format follows the chosen file's extension (.pem, .der, .jwk/.json).
    bool savePublicKey();
    KeyPropertiesDialog *showPropertiesDialog();

    QTabWidget *tabs() const { return m_tabs; }
    KeyTryPanel *tryPanel() const { return m_try; }
    RotationPolicyEditor *rotationEditor() const { return m_rotation; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void onVersionChanged();
    void showVersion(const std::optional<KeyInfo> &key);
    void updatePublicKey();
    void updateActions();
    void showError(const QString &text);

    models::KeyOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::KeyVersionsModel *m_versions;
    QString m_name;
    std::optional<KeyInfo> m_current;
    std::optional<KeyInfo> m_shown;
    PublicFormat m_format = PublicFormat::Pem;

    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QLabel *m_properties;
    QTableView *m_versionsView;
    QPushButton *m_edit;
    QToolButton *m_pem;
    QToolButton *m_jwk;
    QPlainTextEdit *m_publicKey;
    QLabel *m_publicNote;
    QPushButton *m_copy;
    QPushButton *m_save;
    KeyTryPanel *m_try;
    RotationPolicyEditor *m_rotation;
};

} // namespace coffer::ui
