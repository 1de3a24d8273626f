#include "app/cli/Console.h"

namespace coffer::cli {

Console::Console()
{
    // Descriptors 1 and 2, unbuffered: every write goes straight to the OS.
    (void)m_out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    (void)m_err.open(2, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
}

void Console::out(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_out.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return; // stdout closed (e.g. `| head`): nothing more to do
        done += n;
    }
}

void Console::outLine(const QString &text)
{
    out((text + u'\n').toUtf8());
}

void Console::errLine(const QString &text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    (void)m_err.write(bytes);
}

void Console::error(const QString &message)
{
    errLine(QStringLiteral("coffer-cli: error: ") + message);
}

void Console::hint(const QString &message)
{
    errLine(QStringLiteral("coffer-cli: hint: ") + message);
}

void Console::note(const QString &message)
{
    errLine(QStringLiteral("coffer-cli: note: ") + message);
}

void Console::warning(const QString &message)
{
    errLine(QStringLiteral("coffer-cli: warning: ") + message);
}

} // namespace coffer::cli
