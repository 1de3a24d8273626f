#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace coffer::models {
class AppSettings;
}

namespace coffer::ui {

// Auto-lock, clipboard clearing, language, the New Vault wizard's retention, the time-shift preview's reach and
// whether due actions run while the console is open.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(models::AppSettings *settings, QWidget *parent = nullptr);

    void accept() override;

private:
    models::AppSettings *m_settings;
    QSpinBox *m_autoLock;
    QSpinBox *m_clipboard;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_retention;
    QSpinBox *m_timeShift;
    QCheckBox *m_runDue;
};

} // namespace coffer::ui
