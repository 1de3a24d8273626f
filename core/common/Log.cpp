#include "core/common/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "coffer.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "coffer.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "coffer.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "coffer.keychain", QtWarningMsg)
