#pragma once

#include <QtGlobal>

namespace coffer {

// Argon2id cost parameters, stored in each passphrase keyslot.
struct Argon2Params
{
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 2;

    bool operator==(const Argon2Params &) const = default;
    // Bounds accepted when reading a keyslot or key file, so a hostile file cannot ask for more than 1 GiB of
    // memory, 1000 passes, or no work at all.
    bool isSane() const
    {
        return parallelism >= 1 && parallelism <= 16 && memoryKiB >= 8 * parallelism && memoryKiB <= 1024u * 1024
                && iterations >= 1 && iterations <= 1000;
    }
    // The cheapest parameters Argon2 accepts: for tests only, never chosen by the product itself.
    static Argon2Params fastForTests() { return {8, 1, 1}; }
};

} // namespace coffer
