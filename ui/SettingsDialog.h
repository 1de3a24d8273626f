#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace coffer::models {
class AppSettings;
}

namespace coffer::ui {

// Auto-lock, clipboard clearing and language.
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
};

} // namespace coffer::ui
