#include "core/hsm/Pkcs11Module.h"

#include "core/hsm/HsmToken.h"
#include "core/hsm/Pkcs11.h"
#include "core/hsm/Pkcs11Error.h"
#include "core/hsm/Pkcs11Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <dlfcn.h>

#include <map>
#include <mutex>

namespace coffer::hsm {

namespace {

struct Registry
{
    std::mutex mutex;
    std::map<QString, std::shared_ptr<Pkcs11Module>> modules; // canonical path -> module
    std::map<QString, void *> handles; // canonical path -> dlopen handle (never closed)
};

Registry &registry()
{
    // Leaked on purpose: modules outlive static destruction (see Pkcs11Module.h).
    static Registry *instance = new Registry;
    return *instance;
}

} // namespace

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString &path)
{
    const QFileInfo file(path);
    if (path.isEmpty() || !file.exists())
        return makeError(ErrorCode::HsmUnavailable, QStringLiteral("PKCS#11 module '%1' not found").arg(path));
    const QString canonical = file.canonicalFilePath();

    Registry &reg = registry();
    const std::lock_guard lock(reg.mutex);
    if (auto it = reg.modules.find(canonical); it != reg.modules.end())
        return it->second;

    void *handle = nullptr;
    if (auto it = reg.handles.find(canonical); it != reg.handles.end()) {
        handle = it->second;
    } else {
        handle = dlopen(QFile::encodeName(canonical).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char *why = dlerror();
            return makeError(ErrorCode::HsmUnavailable,
                             QStringLiteral("cannot load PKCS#11 module '%1': %2")
                                     .arg(canonical, QString::fromLocal8Bit(why ? why : "dlopen failed")));
        }
        reg.handles.emplace(canonical, handle);
    }

    auto getFunctionList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList"));
    if (!getFunctionList)
        return makeError(ErrorCode::HsmUnavailable,
                         QStringLiteral("'%1' is not a PKCS#11 module (no C_GetFunctionList)").arg(canonical));
    CK_FUNCTION_LIST_PTR functions = nullptr;
    if (const CK_RV rv = getFunctionList(&functions); rv != CKR_OK || !functions)
        return makeError(
                ErrorCode::HsmUnavailable,
                QStringLiteral("PKCS#11 module '%1': C_GetFunctionList failed: %2").arg(canonical, ckrName(rv)));

    CK_C_INITIALIZE_ARGS args {};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = functions->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
        return makeError(ErrorCode::HsmUnavailable,
                         QStringLiteral("PKCS#11 module '%1': C_Initialize failed: %2").arg(canonical, ckrName(rv)));

    std::shared_ptr<Pkcs11Module> module(new Pkcs11Module);
    module->m_path = canonical;
    module->m_handle = handle;
    module->m_functions = functions;
    module->m_owner = rv == CKR_OK;
    reg.modules.emplace(canonical, module);
    return module;
}

void finalizeModules()
{
    Registry &reg = registry();
    const std::lock_guard lock(reg.mutex);
    for (auto &[path, module] : reg.modules) {
        if (module->m_owner)
            module->m_functions->C_Finalize(nullptr);
        module->m_owner = false;
    }
    reg.modules.clear();
}

QStringList registeredModules()
{
    // p11-kit's configuration (pkcs11.conf(5)): system modules in /usr/share/p11-kit/modules, admin ones in
    // /etc/pkcs11/modules; relative "module:" paths are relative to the p11-kit module directory.
    static const QStringList configDirs
            = {QStringLiteral("/usr/share/p11-kit/modules"), QStringLiteral("/etc/pkcs11/modules")};
    static const QStringList moduleDirs
            = {QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11"), QStringLiteral("/usr/lib/aarch64-linux-gnu/pkcs11"),
               QStringLiteral("/usr/lib/pkcs11"), QStringLiteral("/usr/lib64/pkcs11")};
    QStringList out;
    QSet<QString> seen;
    for (const QString &dirPath : configDirs) {
        const QDir dir(dirPath);
        const QStringList files = dir.entryList({QStringLiteral("*.module")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (!line.startsWith(QLatin1StringView("module:")))
                    continue;
                QString modulePath = line.mid(7).trimmed();
                if (QFileInfo(modulePath).isRelative()) {
                    for (const QString &moduleDir : moduleDirs) {
                        if (QFileInfo::exists(QDir(moduleDir).filePath(modulePath))) {
                            modulePath = QDir(moduleDir).filePath(modulePath);
                            break;
                        }
                    }
                }
                const QFileInfo info(modulePath);
                if (!info.exists())
                    continue;
                const QString canonical = info.canonicalFilePath();
                if (!seen.contains(canonical)) {
                    seen.insert(canonical);
                    out.append(canonical);
                }
            }
        }
    }
    return out;
}

namespace {

TokenInfo tokenInfoOf(CK_SLOT_ID slot, const CK_TOKEN_INFO &info)
{
    TokenInfo out;
    out.slotId = slot;
    out.label = p11::paddedText(info.label, sizeof info.label);
    out.serial = p11::paddedText(info.serialNumber, sizeof info.serialNumber);
    out.manufacturer = p11::paddedText(info.manufacturerID, sizeof info.manufacturerID);
    out.model = p11::paddedText(info.model, sizeof info.model);
    out.initialized = (info.flags & CKF_TOKEN_INITIALIZED) != 0;
    out.loginRequired = (info.flags & CKF_LOGIN_REQUIRED) != 0;
    out.present = true;
    return out;
}

} // namespace

Result<QList<TokenInfo>> listTokens(const QString &modulePath)
{
    auto module = Pkcs11Module::load(modulePath);
    if (!module)
        return module.error();
    CK_FUNCTION_LIST_PTR f = (*module)->functions();
    CK_ULONG count = 0;
    if (CK_RV rv = f->C_GetSlotList(CK_TRUE, nullptr, &count); rv != CKR_OK)
        return ckrError(rv, QStringLiteral("C_GetSlotList"));
    std::vector<CK_SLOT_ID> slots(count);
    if (count > 0) {
        if (CK_RV rv = f->C_GetSlotList(CK_TRUE, slots.data(), &count); rv != CKR_OK)
            return ckrError(rv, QStringLiteral("C_GetSlotList"));
        slots.resize(count);
    }
    QList<TokenInfo> out;
    for (CK_SLOT_ID slot : slots) {
        CK_TOKEN_INFO info {};
        if (f->C_GetTokenInfo(slot, &info) != CKR_OK)
            continue; // removed between the two calls
        out.append(tokenInfoOf(slot, info));
    }
    return out;
}

TokenInfo makeTokenInfo(CK_SLOT_ID slot, const CK_TOKEN_INFO &info)
{
    return tokenInfoOf(slot, info);
}

} // namespace coffer::hsm
