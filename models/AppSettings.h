#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QSettings;

namespace coffer::models {

// The console's preferences in QSettings (organization "Coffer", application "Coffer").
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::AppSettings)

public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxAutoLockMinutes = 24 * 60;
    static constexpr int kDefaultClipboardClearSeconds = 20;
    static constexpr int kMinClipboardClearSeconds = 5;
    static constexpr int kMaxClipboardClearSeconds = 600;
    static constexpr int kMinTimeShiftMonths = 3;
    static constexpr int kMaxTimeShiftMonths = 24;

    AppSettings();
    ~AppSettings();

    int autoLockMinutes() const; // 0 = never
    void setAutoLockMinutes(int minutes);
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    // "en" or "de"; applies on the next start. Default: German when the system language is German.
    QString language() const;
    void setLanguage(const QString &code);
    static QStringList languages();
    static QString languageName(const QString &code);

    // "system" (follow the desktop), "light" or "dark"; applies at once (ui/Theme).
    QString theme() const;
    void setTheme(const QString &code);
    static QStringList themes();
    static QString themeName(const QString &code); // translated: "Follow the system", "Light", "Dark"

    // "Run due actions while the console is open" (issue 8): rotations, renewals and notices of an unlocked
    // vault run on time (models/DueActionScheduler). Default on.
    bool runDueActions() const;
    void setRunDueActions(bool on);

    // What the New Vault wizard proposes for soft-delete retention (7–90 days; Azure's default 90).
    int defaultRetentionDays() const;
    void setDefaultRetentionDays(int days);
    // How far the Rotation & expiry page's time-shift preview reaches (3–24 months, default 24).
    int timeShiftLimitMonths() const;
    void setTimeShiftLimitMonths(int months);

    // Vaults kept at the top of the list, in this order (normalized paths); the rest follow.
    QStringList pinnedVaults() const;
    void setPinnedVaults(const QStringList &paths);

    QStringList recentVaults() const;
    void setRecentVaults(const QStringList &paths);

    // The keyslot last chosen to sign in to a vault (by vault id); empty: any passphrase slot.
    QString lastKeyslot(const QString &vaultId) const;
    void setLastKeyslot(const QString &vaultId, const QString &slotId);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace coffer::models
