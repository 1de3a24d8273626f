#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace coffer::audit {

// One Azure Key Vault AuditEvent record (diagnostic settings → storage account, PT1H.json), as read.
struct ImportedEvent
{
    QString source; // the name given at import (file name, vault name)
    QDateTime time; // UTC
    QString resourceId; // /SUBSCRIPTIONS/…/VAULTS/NAME
    QString vaultName;
    QString operationName; // "SecretGet"
    QString operationVersion; // REST API version
    QString resultType; // "Success", "Unauthorized", "Forbidden", …
    int httpStatusCode = 0; // resultSignature / properties.httpStatusCode
    QString resultDescription;
    qint64 durationMs = 0;
    QString callerIpAddress;
    QString correlationId;
    QString identityUpn; // identity.claim …/upn, else appid, else oid
    QString identityObjectId;
    QString identityAppId;
    QString requestUri;
    QString target; // properties.id: the object identifier (https://NAME.vault.azure.net/secrets/x/ver)
    QString clientInfo;
    bool isRbacAuthorized = false;
    bool isAccessPolicyMatch = false;
    QJsonObject raw; // the whole record as read (never holds secret values: Azure logs none)
};

struct ImportSummary
{
    int read = 0; // records found in the input
    int added = 0; // new ones stored
    int duplicates = 0; // already imported
    QStringList skipped; // one line per record that could not be read: "line 7: no time"
};

struct ImportedFilter
{
    QDateTime from, to; // to exclusive
    QStringList operations;
    QString source; // empty: all imports
    qint64 limit = -1;
};

} // namespace coffer::audit
