#include "core/common/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "coffer.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "coffer.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "coffer.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "coffer.keychain", QtInfoMsg)
