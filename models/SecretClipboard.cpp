#include "models/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace coffer::models {

namespace {
QByteArray hashOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        bytes.fill('\0'); // detaches first when shared: only our copy is overwritten
    bytes.clear();
}

#ifdef Q_OS_WIN
QByteArray dword(quint32 value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof(value));
}
#endif
} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(20));
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    // Quitting: clear without signalling (receivers may be gone already).
    m_timer.stop();
    if (QGuiApplication::instance() && holdsOurValue())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
}

void SecretClipboard::setClearInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void SecretClipboard::copy(const SecureBytes &value)
{
    auto *mime = new QMimeData;
    // The QString is handed to the clipboard (shared, not copied); the clipboard frees it when cleared.
    const QString text = QString::fromUtf8(value.view());
    mime->setText(text);
#ifdef Q_OS_MACOS
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#endif
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), dword(1));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dword(0));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dword(0));
#endif
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_hash = hashOf(value.view());
    m_timer.start();
}

bool SecretClipboard::holdsOurValue() const
{
    if (m_hash.isEmpty())
        return false;
    QByteArray utf8 = QGuiApplication::clipboard()->text(QClipboard::Clipboard).toUtf8();
    const bool ours = !utf8.isEmpty() && hashOf(utf8) == m_hash;
    wipe(utf8);
    return ours;
}

bool SecretClipboard::clearIfOurs()
{
    m_timer.stop();
    const bool ours = holdsOurValue();
    m_hash.clear();
    if (!ours)
        return false;
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    Q_EMIT cleared();
    return true;
}

} // namespace coffer::models
