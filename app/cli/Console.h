#pragma once

#include "core/common/SecureBytes.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace coffer::cli {

// stdout and stderr without stdio buffers, so output holding a secret (a new recovery key) is written
// straight from secure memory and leaves no copy behind in a library buffer.
class Console
{
public:
    Console();

    void out(QByteArrayView bytes);
    void out(const SecureBytes &bytes) { out(bytes.view()); }
    void outLine(const QString &text);

    // "coffer-cli: error: …", "coffer-cli: hint: …", "coffer-cli: note: …", "coffer-cli: warning: …" on stderr.
    void error(const QString &message);
    void hint(const QString &message);
    void note(const QString &message);
    void warning(const QString &message);
    void errLine(const QString &text);

private:
    QFile m_out;
    QFile m_err;
};

} // namespace coffer::cli
