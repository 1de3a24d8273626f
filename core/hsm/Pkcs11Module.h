#pragma once

#include "core/common/Result.h"
#include "core/hsm/Pkcs11.h"

#include <QString>

#include <memory>

namespace coffer::hsm {

// A PKCS#11 module loaded into this process: dlopen(RTLD_NOW | RTLD_LOCAL), C_GetFunctionList, C_Initialize with
// CKF_OS_LOCKING_OK. One per canonical path per process (PKCS#11 initialisation is per process: two owners would
// finalise each other), shared by every HsmToken and listTokens() call through a process-wide registry.
//
// Lifetime: a module is never dlclose()d. Unloading a library that may have started threads or registered
// atexit/TLS destructors (SoftHSM and OpenSSL do) is unsafe while anything might still call into it, and the OS
// releases everything at exit. C_Finalize is called only by finalizeModules(), and only for modules this process
// initialised (CKR_CRYPTOKI_ALREADY_INITIALIZED means another component of the process owns the
// initialisation: Coffer then uses the module but never finalises it). Exiting without C_Finalize is safe for
// SoftHSM 2.6.1 (probed: exit status 0, token files are written synchronously).
class Pkcs11Module
{
public:
    // HsmUnavailable when the file does not exist, dlopen fails (with dlerror's text), the library has no
    // C_GetFunctionList, or C_Initialize fails (with the CKR name).
    static Result<std::shared_ptr<Pkcs11Module>> load(const QString &path);

    CK_FUNCTION_LIST_PTR functions() const { return m_functions; }
    const QString &path() const { return m_path; } // canonical
    bool ownsInitialization() const { return m_owner; }

    Pkcs11Module(const Pkcs11Module &) = delete;
    Pkcs11Module &operator=(const Pkcs11Module &) = delete;

private:
    friend void finalizeModules();
    Pkcs11Module() = default;
    QString m_path;
    void *m_handle = nullptr;
    CK_FUNCTION_LIST_PTR m_functions = nullptr;
    bool m_owner = false;
};

// C_Finalize every module this process initialised and forget them (the libraries stay mapped). For the end of
// main(), after every HsmToken is destroyed; optional (see above). A later load() initialises again.
void finalizeModules();

} // namespace coffer::hsm
