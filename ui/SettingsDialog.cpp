#include "ui/SettingsDialog.h"

#include "core/vault/VaultProperties.h"
#include "models/AppSettings.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coffer::ui {

SettingsDialog::SettingsDialog(models::AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autoLock(new QSpinBox(this))
    , m_clipboard(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_retention(new QSpinBox(this))
    , m_timeShift(new QSpinBox(this))
    , m_runDue(new QCheckBox(tr("Run due rotations, renewals and notices &while the console is open"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setWindowIcon(icons::get("settings"));
    setMinimumWidth(560);

    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, models::AppSettings::kMaxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(settings->autoLockMinutes());

    m_clipboard->setObjectName(QStringLiteral("clipboardSpin"));
    m_clipboard->setRange(models::AppSettings::kMinClipboardClearSeconds,
                          models::AppSettings::kMaxClipboardClearSeconds);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(settings->clipboardClearSeconds());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : models::AppSettings::languages())
        m_language->addItem(models::AppSettings::languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(settings->language()));

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (const QString &code : models::AppSettings::themes())
        m_theme->addItem(models::AppSettings::themeName(code), code);
    m_theme->setCurrentIndex(m_theme->findData(settings->theme()));

    m_retention->setObjectName(QStringLiteral("defaultRetentionSpin"));
    m_retention->setRange(VaultProperties::kMinRetentionDays, VaultProperties::kMaxRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings->defaultRetentionDays());

    m_timeShift->setObjectName(QStringLiteral("timeShiftLimitSpin"));
    m_timeShift->setRange(models::AppSettings::kMinTimeShiftMonths, models::AppSettings::kMaxTimeShiftMonths);
    m_timeShift->setSuffix(tr(" months"));
    m_timeShift->setValue(settings->timeShiftLimitMonths());

    m_runDue->setObjectName(QStringLiteral("runDueActionsSetting"));
    m_runDue->setChecked(settings->runDueActions());

    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after idle time:"), m_autoLock);
    form->addRow(QString(),
                 makeHintLabel(tr("All vaults lock when there was no keyboard or mouse input in Coffer "
                                  "for this long. 0 turns auto-lock off."),
                               this));
    form->addRow(tr("&Clear clipboard after:"), m_clipboard);
    form->addRow(tr("Lang&uage:"), m_language);
    form->addRow(QString(), makeHintLabel(tr("A new language applies when Coffer is started again."), this));
    form->addRow(tr("&Appearance:"), m_theme);
    form->addRow(tr("New vaults &keep deleted items for:"), m_retention);
    form->addRow(QString(),
                 makeHintLabel(tr("What the New Vault wizard proposes (7 to 90 days); each vault's "
                                  "retention is fixed when it is created."),
                               this));
    form->addRow(tr("&Time-shift preview up to:"), m_timeShift);
    form->addRow(QString(), m_runDue);
    form->addRow(QString(),
                 makeHintLabel(tr("Each action runs as the vault's system principal and is audited. "
                                  "Without this, run them with coffer-cli rotate --due on a timer."),
                               this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setAutoLockMinutes(m_autoLock->value());
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setTheme(m_theme->currentData().toString());
    m_settings->setDefaultRetentionDays(m_retention->value());
    m_settings->setTimeShiftLimitMonths(m_timeShift->value());
    m_settings->setRunDueActions(m_runDue->isChecked());
    m_settings->sync();
    QDialog::accept();
}

} // namespace coffer::ui
