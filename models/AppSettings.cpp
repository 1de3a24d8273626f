#include "models/AppSettings.h"

#include "core/vault/VaultProperties.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace coffer::models {

namespace {
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kClipboard = QStringLiteral("security/clipboardClearSeconds");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRunDue = QStringLiteral("rotation/runDueActions");
const QString kTheme = QStringLiteral("ui/theme");
const QString kRecent = QStringLiteral("vaults/recent");
const QString kPinned = QStringLiteral("vaults/pinned");
const QString kRetention = QStringLiteral("vaults/defaultRetentionDays");
const QString kTimeShift = QStringLiteral("rotation/timeShiftLimitMonths");
const QString kLastKeyslot = QStringLiteral("vaults/lastKeyslot/");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Coffer"), QStringLiteral("Coffer")))
{ }

AppSettings::~AppSettings() = default;

int AppSettings::autoLockMinutes() const
{
    return std::clamp(m_settings->value(kAutoLock, kDefaultAutoLockMinutes).toInt(), 0, kMaxAutoLockMinutes);
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(kAutoLock, std::clamp(minutes, 0, kMaxAutoLockMinutes));
}

int AppSettings::clipboardClearSeconds() const
{
    return std::clamp(m_settings->value(kClipboard, kDefaultClipboardClearSeconds).toInt(), kMinClipboardClearSeconds,
                      kMaxClipboardClearSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(kClipboard, std::clamp(seconds, kMinClipboardClearSeconds, kMaxClipboardClearSeconds));
}

QString AppSettings::language() const
{
    const QString fallback
            = QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const QString code = m_settings->value(kLanguage, fallback).toString();
    return languages().contains(code) ? code : fallback;
}

void AppSettings::setLanguage(const QString &code)
{
    if (languages().contains(code))
        m_settings->setValue(kLanguage, code);
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString AppSettings::languageName(const QString &code)
{
    // Each language in its own name, so it can be found whatever the current language is.
    if (code == u"de")
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

QString AppSettings::theme() const
{
    const QString code = m_settings->value(kTheme).toString();
    return themes().contains(code) ? code : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &code)
{
    m_settings->setValue(kTheme, themes().contains(code) ? code : QStringLiteral("system"));
}

QStringList AppSettings::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString AppSettings::themeName(const QString &code)
{
    if (code == u"light")
        return tr("Light");
    if (code == u"dark")
        return tr("Dark");
    return tr("Follow the system");
}

bool AppSettings::runDueActions() const
{
    return m_settings->value(kRunDue, true).toBool();
}

void AppSettings::setRunDueActions(bool on)
{
    m_settings->setValue(kRunDue, on);
}

int AppSettings::defaultRetentionDays() const
{
    const int days = m_settings->value(kRetention, VaultProperties::kDefaultRetentionDays).toInt();
    return std::clamp(days, VaultProperties::kMinRetentionDays, VaultProperties::kMaxRetentionDays);
}

void AppSettings::setDefaultRetentionDays(int days)
{
    m_settings->setValue(kRetention,
                         std::clamp(days, VaultProperties::kMinRetentionDays, VaultProperties::kMaxRetentionDays));
}

int AppSettings::timeShiftLimitMonths() const
{
    return std::clamp(m_settings->value(kTimeShift, kMaxTimeShiftMonths).toInt(), kMinTimeShiftMonths,
                      kMaxTimeShiftMonths);
}

void AppSettings::setTimeShiftLimitMonths(int months)
{
    m_settings->setValue(kTimeShift, std::clamp(months, kMinTimeShiftMonths, kMaxTimeShiftMonths));
}

QStringList AppSettings::pinnedVaults() const
{
    return m_settings->value(kPinned).toStringList();
}

void AppSettings::setPinnedVaults(const QStringList &paths)
{
    m_settings->setValue(kPinned, paths);
}

QStringList AppSettings::recentVaults() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::setRecentVaults(const QStringList &paths)
{
    m_settings->setValue(kRecent, paths);
}

QString AppSettings::lastKeyslot(const QString &vaultId) const
{
    if (vaultId.isEmpty())
        return {};
    return m_settings->value(kLastKeyslot + vaultId).toString();
}

void AppSettings::setLastKeyslot(const QString &vaultId, const QString &slotId)
{
    if (vaultId.isEmpty())
        return;
    if (slotId.isEmpty())
        m_settings->remove(kLastKeyslot + vaultId);
    else
        m_settings->setValue(kLastKeyslot + vaultId, slotId);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace coffer::models
