#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QString>

namespace coffer::cli {

// Reads a passphrase or recovery key from a file or standard input straight into secure memory, in small
// chunks through a stack buffer that is wiped afterwards. One trailing newline ("\n" or "\r\n") is removed;
// anything else (other spaces included) is part of the passphrase. An empty result is InvalidArgument;
// a file that does not exist is NotFound. `what` names the secret in messages ("passphrase").
Result<SecureString> readSecretFile(const QString &path, const QString &what);
Result<SecureString> readSecretStdin(const QString &what);

// Overwrites memory in a way the compiler may not optimise away.
void wipeMemory(void *data, std::size_t size);

} // namespace coffer::cli
