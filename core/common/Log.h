#pragma once

#include <QLoggingCategory>

// Logging categories of the engine. Never log a secret value, a key or a passphrase.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
