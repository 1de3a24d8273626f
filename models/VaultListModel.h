#pragma once

#include "core/common/Result.h"
#include "models/Services.h"
#include "models/VaultState.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <memory>

namespace coffer {
class Vault;
}

namespace coffer::models {

class VaultSession;

// The vaults the console knows (recently used ones and those opened or created now), one VaultSession each.
// Ids are the normalized bundle paths.
class VaultListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the normalized path
        NameRole,
        StateRole, // VaultState
        ErrorRole, // last error text, empty when none
        PinnedRole, // bool
    };

    explicit VaultListModel(const Services &services, QObject *parent = nullptr);
    ~VaultListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString idAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id) const;
    VaultSession *sessionAt(const QModelIndex &index) const;
    VaultSession *session(const QString &id) const;

    // Lists the vault at `path` after reading its header. An unreadable path is refused with its error
    // (NotFound, NotAVault, MissingFile, …). Returns the id; a vault already listed keeps its row.
    Result<QString> addExisting(const QString &path);
    // Lists a just-created, unlocked vault.
    QString addCreated(std::unique_ptr<Vault> vault);
    // Restores the remembered list; vaults that cannot be read now are listed with their error.
    void restore(const QStringList &paths);
    // Locks (if needed) and forgets one vault. Nothing on disk is touched.
    void remove(const QString &id);
    void lockAll();

    QStringList paths() const;
    QList<VaultState> states() const;

    // Pinned vaults stay at the top of the list, in pin order; the others follow in the order they were added.
    // Ids that are not listed are remembered (and placed once they are). pinnedChanged() follows every change.
    void setPinned(const QStringList &ids);
    QStringList pinned() const { return m_pinned; }
    bool isPinned(const QString &id) const;
    void setPinned(const QString &id, bool pinned);

    void setStateIcons(const QIcon &locked, const QIcon &unlocking, const QIcon &unlocked);

Q_SIGNALS:
    // The list of paths changed (to be remembered).
    void pathsChanged();
    void pinnedChanged();

private:
    VaultSession *append(const QString &path);
    void sessionChanged(VaultSession *session);

    Services m_services;
    // Names shown depend on the other rows (same-name vaults get their folder): re-announce them after a change.
    void refreshDisplayNames();
    void arrange(); // pinned first; keeps the view's selection through layoutChanged
    QList<VaultSession *> m_sessions; // children of this model
    QStringList m_pinned; // normalized paths
    QList<VaultSession *> m_added; // the same sessions in the order they were added (unpinned ones show so)
    QHash<const VaultSession *, QString> m_shownNames;
    QIcon m_lockedIcon;
    QIcon m_unlockingIcon;
    QIcon m_unlockedIcon;
};

} // namespace coffer::models
