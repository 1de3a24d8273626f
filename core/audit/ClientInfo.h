#pragma once

#include <QString>

namespace coffer::audit {

// Who is calling, written into every audit record of a session (set by the composition root: console or CLI).
struct ClientInfo
{
    QString client = QStringLiteral("library"); // "console", "cli"
    qint64 processId = 0;
    QString host;
};

} // namespace coffer::audit
