#pragma once

#include "core/common/SecureBytes.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace coffer::ui {

class NewVaultWizard;
class PassphraseInput;

// Step 1: the vault's name (checked as it is typed), the folder to create it in, and the owner's name.
class NamePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NamePage(NewVaultWizard *wizard);
    bool isComplete() const override;

    QString vaultName() const;
    QString parentFolder() const;
    QString ownerName() const;
    QString bundlePath() const;

private:
    void update();
    NewVaultWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QLabel *m_result;
    QLineEdit *m_owner;
};

// Step 2: the passphrase twice, with a strength meter and advice.
class PassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PassphrasePage(QWidget *parent = nullptr);
    bool isComplete() const override;
    // A copy in secure memory for the creation job; the fields keep their text until clear().
    SecureString passphrase() const;
    void clear();

private:
    PassphraseInput *m_input;
};

// Step 3: soft-delete retention (fixed forever) and purge protection (can never be turned off).
class PolicyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PolicyPage(QWidget *parent = nullptr);
    int retentionDays() const;
    void setRetentionDays(int days); // the proposal (Settings ▸ New vaults keep deleted items for)
    bool purgeProtection() const;

private:
    QSpinBox *m_retention;
    QCheckBox *m_purge;
};

// Step 4: creation runs; the page advances by itself when the vault exists, or shows why it does not.
class CreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreatePage(NewVaultWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void setRunning(bool running);
    void setFailed(const QString &text);
    void setDone();

private:
    NewVaultWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_error;
    bool m_done = false;
};

// Step 5: the recovery key, once.
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(NewVaultWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool isConfirmed() const;
    void wipe();

private:
    void copy();
    void save();
    NewVaultWizard *m_wizard;
    QPlainTextEdit *m_key;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_savedTo;
    QCheckBox *m_saved;
};

} // namespace coffer::ui
