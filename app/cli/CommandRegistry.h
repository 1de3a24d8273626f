#pragma once

#include "app/cli/CommandSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace coffer::cli {

// The commands coffer-cli knows. A command group (vault, vault keyslot, later secret, key, …) adds itself with
// one registerXCommands(CommandRegistry &) function; see Cli.cpp.
class CommandRegistry
{
public:
    struct Group
    {
        QStringList path;
        QString summary;
    };

    void addGroup(const QStringList &path, const QString &summary);
    void add(CommandSpec spec);

    const CommandSpec *command(const QStringList &path) const;
    const Group *group(const QStringList &path) const; // the root is the group {}
    // Direct children of a group: subgroups and commands.
    QList<const Group *> subgroups(const QStringList &path) const;
    QList<const CommandSpec *> commands(const QStringList &path) const;

private:
    QList<Group> m_groups {Group {{}, {}}};
    QList<CommandSpec> m_commands;
};

} // namespace coffer::cli
