#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/HsmBinding.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace coffer {
class Vault;
}

namespace coffer::models {

class KeyOperations;
class VaultSession;

// The logic of the "Hardware security module (PKCS#11)" group of the vault's Properties page: the binding's status,
// the module picker (p11-kit's registered modules plus files the user chose), the tokens of the chosen module, the
// PIN test, bind and unbind, and trusting a module this computer does not trust yet. Every token call runs off the GUI
// thread, one at a time; calls that use the vault (status, login, bind, unbind, forget PIN) mark the session busy
// meanwhile, as other background work does. finished() reports each task with a translated text; pages bind their
// buttons to the pure rules below.
class HsmSettingsModel : public QObject
{
    Q_OBJECT

public:
    enum class Task { Status, Modules, Tokens, TestPin, Bind, Unbind, ForgetPin, TrustModule };
    Q_ENUM(Task)

    using ModuleLister = std::function<QStringList()>;
    using TokenLister = std::function<Result<QList<HsmTokenChoice>>(const QString &modulePath)>;

    explicit HsmSettingsModel(QObject *parent = nullptr);
    ~HsmSettingsModel() override;

    void setSession(VaultSession *session);
    VaultSession *session() const;
    // Tests replace the machine's p11-kit list and the token listing (default: HsmBinding's).
    void setListers(ModuleLister modules, TokenLister tokens);

    bool isBusy() const { return m_task.has_value(); }
    std::optional<Task> runningTask() const { return m_task; }

    // The last status read (nullopt before the first read, while locked, or when it could not be read).
    const std::optional<HsmStatus> &status() const { return m_status; }
    const QString &statusError() const { return m_statusError; }
    // p11-kit's registered modules, then files chosen with Browse, then the bound module, without duplicates.
    QStringList modules() const;
    // Adds a module file chosen by the user (it is listed from then on); returns its clean path.
    QString addModule(const QString &path);
    // The tokens of the module last listed.
    const QString &tokensModule() const { return m_tokensModule; }
    const QList<HsmTokenChoice> &tokens() const { return m_tokens; }
    const QString &tokensError() const { return m_tokensError; }

    // Each starts one task; false (nothing started) while busy or, for the vault's tasks, while locked.
    // refresh() reads the status off the GUI thread when a token is bound; without a binding it answers at once
    // (statusChanged, no task: returns false), and while other work holds the vault it reads once that ends.
    bool refresh();
    bool loadModules();
    // Lists the tokens of a module; the vault's module while this computer does not trust it only when the person
    // chose it with Browse (otherwise tokensError() says why, tokensChanged, and nothing starts: false).
    bool loadTokens(const QString &modulePath);
    bool testPin(SecureString pin, bool rememberPin);
    bool bind(const QString &modulePath, const QString &tokenLabel, SecureString pin, bool rememberPin);
    bool unbind();
    bool forgetPin();
    // Trusts the bound module for this OS user (after the person confirmed trustQuestion()), then reads the status
    // again; finished(TrustModule) says how it went. False when it was refused or failed.
    bool trustModule();

    // The module the vault names when this computer does not trust it (it is not loaded): "" otherwise.
    QString untrustedModule() const;
    // What the page shows about it, and the question Trust asks (translated; "" when the module is trusted).
    QString untrustedWarning() const;
    QString trustQuestion() const;

    // The rules the page binds its buttons to: "" when allowed, else why not (translated).
    QString bindRefusal(const QString &modulePath, const QString &tokenLabel, bool hasPin) const;
    QString testPinRefusal(bool hasPin) const;
    QString unbindRefusal() const;
    QString trustRefusal() const;
    static QString unbindRefusal(const HsmStatus &status);
    // The question Bind asks before it binds (naming the token, and the token it replaces).
    QString bindQuestion(const QString &modulePath, const QString &tokenLabel) const;

    // The status as label/value rows for the page (translated).
    static QList<QPair<QString, QString>> statusRows(const HsmStatus &status);
    // "Token 'coffer-test' (serial 1a2b…, SoftHSM project)".
    static QString tokenText(const HsmTokenChoice &token);
    // What a failed task means to a person (a wrong PIN says "wrong PIN"), translated.
    static QString errorText(const Error &error, Task task);

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusChanged();
    void modulesChanged();
    void tokensChanged();
    // The end of a task; `text` says what happened (success or why not), translated.
    void finished(coffer::models::HsmSettingsModel::Task task, const coffer::Result<void> &result, const QString &text);

private:
    using VaultWork = std::function<Result<void>(HsmBinding &hsm, std::optional<HsmStatus> &status)>;
    bool startVaultTask(Task task, VaultWork work);
    void setTask(std::optional<Task> task);
    void onStateChanged();
    void retryRefresh(bool sessionBusy);
    void clear();

    QPointer<VaultSession> m_session;
    KeyOperations *m_ops; // the one path to the vault's binding
    ModuleLister m_listModules;
    TokenLister m_listTokens;
    std::optional<Task> m_task;
    std::optional<HsmStatus> m_status;
    QString m_statusError;
    QStringList m_registered;
    QStringList m_chosen;
    QString m_tokensModule;
    QList<HsmTokenChoice> m_tokens;
    QString m_tokensError;
    quint64 m_generation = 0; // bumped by setSession/lock: results of older tasks are dropped
};

} // namespace coffer::models
