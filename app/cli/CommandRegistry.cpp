#include "app/cli/CommandRegistry.h"

namespace coffer::cli {

void CommandRegistry::addGroup(const QStringList &path, const QString &summary)
{
    Q_ASSERT(!path.isEmpty() && !group(path) && group(path.mid(0, path.size() - 1)));
    m_groups.append(Group {path, summary});
}

void CommandRegistry::add(CommandSpec spec)
{
    Q_ASSERT(!spec.path.isEmpty() && !command(spec.path) && group(spec.path.mid(0, spec.path.size() - 1)));
    m_commands.append(std::move(spec));
}

const CommandSpec *CommandRegistry::command(const QStringList &path) const
{
    for (const CommandSpec &spec : m_commands)
        if (spec.path == path)
            return &spec;
    return nullptr;
}

const CommandRegistry::Group *CommandRegistry::group(const QStringList &path) const
{
    for (const Group &g : m_groups)
        if (g.path == path)
            return &g;
    return nullptr;
}

QList<const CommandRegistry::Group *> CommandRegistry::subgroups(const QStringList &path) const
{
    QList<const Group *> out;
    for (const Group &g : m_groups)
        if (g.path.size() == path.size() + 1 && g.path.mid(0, path.size()) == path)
            out.append(&g);
    return out;
}

QList<const CommandSpec *> CommandRegistry::commands(const QStringList &path) const
{
    QList<const CommandSpec *> out;
    for (const CommandSpec &spec : m_commands)
        if (spec.path.size() == path.size() + 1 && spec.path.mid(0, path.size()) == path)
            out.append(&spec);
    return out;
}

} // namespace coffer::cli
