#pragma once

#include "core/common/ObjectKind.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace coffer::models {

class VaultSession;

// One thing Ctrl+K can find: a console command, or a secret, key or certificate of an unlocked vault.
struct SearchItem
{
    enum class Type { Command, Secret, Key, Certificate };
    Type type = Type::Command;
    QString name; // the object's name, or the command's text without accelerator ("Lock All")
    QString vaultId; // objects: the session's id (normalized path)
    QString vaultName;
    // What else an object is found by, as "label: value" for display: "tag env=prod", "content type text/plain",
    // "subject CN=www.example.test", "thumbprint 9F2C…", "DNS www.example.test". Never a value or key material.
    QStringList fields;
    // Digests and serials as "thumbprint 9F2C…": found only by their beginning (at least 4 hex digits, colons
    // allowed), so that short words do not match somewhere inside 64 hex digits.
    QStringList hexFields;
    QString commandId; // commands: the action's object name
    QString shortcut; // commands: "Ctrl+L"

    static Type typeOf(ObjectKind kind);
};

struct SearchMatch
{
    int item = -1; // index into the items searched
    int score = 0; // lower is better: 0 name starts with the query, 1 name contains it, 2 another field does
    QString field; // for score 2: the field that matched (shown under the name)
};

// The search behind the console's command palette (issue 9): case-insensitive; every word of the query must be
// found in the name or in one field of an item. Thumbprints match with or without colons. Results: best score,
// then commands before objects, then by name. Pure and thread-safe (SearchModel runs it off the GUI thread for big
// vaults).
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::SearchIndex)

public:
    static QList<SearchMatch> search(const QList<SearchItem> &items, const QString &query, int limit);

    // The objects of one unlocked vault the session's principal may list (SecretList, KeyList, CertificateList;
    // a kind it may not list is left out). Cancelled when locked, Busy while background work runs.
    static Result<QList<SearchItem>> collect(VaultSession *session);
};

} // namespace coffer::models
