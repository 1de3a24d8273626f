#include "app/cli/HelpPrinter.h"

#include "app/cli/ExitCodes.h"

#include <algorithm>

namespace coffer::cli {

namespace {

// Two columns: names padded to a common width, then the description.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString out;
    for (const auto &row : rows)
        out += QStringLiteral("    ") + row.first.leftJustified(width + 2) + row.second + u'\n';
    return out;
}

QString globalOptions()
{
    return QStringLiteral("Global options:\n")
            + twoColumns({
                    {QStringLiteral("-h, --help"), QStringLiteral("show help for the command")},
                    {QStringLiteral("-o, --output FORMAT"),
                     QStringLiteral("json (default, 2-space indent), table or tsv")},
                    {QStringLiteral("--verbose"), QStringLiteral("also log what the engine does (to stderr)")},
                    {QStringLiteral("--version"), QStringLiteral("show the version")},
            });
}

QString childrenList(const CommandRegistry &registry, const QStringList &path)
{
    QList<std::pair<QString, QString>> rows;
    for (const CommandRegistry::Group *group : registry.subgroups(path))
        rows.append({group->path.last(), group->summary});
    for (const CommandSpec *spec : registry.commands(path))
        rows.append({spec->path.last(), spec->summary});
    return twoColumns(rows);
}

QString exitCodeList()
{
    QList<std::pair<QString, QString>> rows;
    for (const ExitCodeInfo &info : exitCodeTable())
        rows.append({QString::number(int(info.code)), info.meaning});
    return QStringLiteral("Exit codes:\n") + twoColumns(rows);
}

} // namespace

QString versionText()
{
    return QStringLiteral("coffer-cli %1").arg(QStringLiteral(COFFER_VERSION));
}

QString rootHelp(const CommandRegistry &registry)
{
    return QStringLiteral("Usage: coffer-cli GROUP [SUBGROUP] COMMAND [OPTIONS]\n\n"
                          "The command line of Coffer, a desktop key vault modelled on Azure Key Vault. Commands "
                          "and options follow `az keyvault`, with --vault DIR in place of --vault-name. Results "
                          "are printed on stdout, errors on stderr. Every command acts as the principal (user or "
                          "application) whose credential unlocked the vault.\n\n"
                          "Groups and commands:\n")
            + childrenList(registry, {}) + u'\n' + globalOptions() + u'\n' + exitCodeList()
            + QStringLiteral("\nRun 'coffer-cli GROUP --help' or 'coffer-cli GROUP COMMAND --help' for more.\n");
}

QString groupHelp(const CommandRegistry &registry, const QStringList &path)
{
    if (path.isEmpty())
        return rootHelp(registry);
    const CommandRegistry::Group *group = registry.group(path);
    const QString name = path.join(u' ');
    return QStringLiteral("Usage: coffer-cli %1 COMMAND [OPTIONS]\n\n%2\n\nCommands:\n")
                   .arg(name, group ? group->summary : QString())
            + childrenList(registry, path) + u'\n' + globalOptions()
            + QStringLiteral("\nRun 'coffer-cli %1 COMMAND --help' for a command's options.\n").arg(name);
}

QString commandHelp(const CommandSpec &spec)
{
    QString usage = QStringLiteral("Usage: coffer-cli ") + spec.displayName();
    for (const QString &name : spec.required) {
        const OptionSpec *option = spec.option(name);
        usage += QStringLiteral(" --") + name + (option && !option->isFlag() ? u' ' + option->valueName : QString());
    }
    for (const OptionGroup &group : spec.groups) {
        if (!group.required)
            continue;
        QStringList alternatives;
        for (const QString &name : group.names) {
            const OptionSpec *option = spec.option(name);
            alternatives.append(QStringLiteral("--") + name
                                + (option && !option->isFlag() ? u' ' + option->valueName : QString()));
        }
        usage += QStringLiteral(" (") + alternatives.join(QStringLiteral(" | ")) + u')';
    }
    usage += QStringLiteral(" [OPTIONS]\n\n") + spec.summary + u'\n';
    if (!spec.details.isEmpty())
        usage += u'\n' + spec.details + u'\n';

    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &option : spec.options) {
        QString left = QStringLiteral("--") + option.name;
        if (!option.isFlag())
            left += u' ' + option.valueName;
        QString help = option.help;
        if (spec.required.contains(option.name))
            help += QStringLiteral(" (required)");
        rows.append({left, help});
    }
    usage += QStringLiteral("\nOptions:\n") + twoColumns(rows);

    QStringList notes;
    for (const OptionGroup &group : spec.groups) {
        QStringList dashed;
        for (const QString &name : group.names)
            dashed.append(QStringLiteral("--") + name);
        notes.append((group.required ? QStringLiteral("exactly one of ") : QStringLiteral("at most one of "))
                     + dashed.join(QStringLiteral(", ")));
    }
    for (const OptionSpec &option : spec.options)
        if (option.readsStdin) {
            notes.append(QStringLiteral("only one option may read standard input"));
            break;
        }
    if (!notes.isEmpty())
        usage += QStringLiteral("\nRules: ") + notes.join(QStringLiteral("; ")) + QStringLiteral(".\n");
    if (!spec.examples.isEmpty()) {
        usage += QStringLiteral("\nExamples:\n");
        for (const QString &example : spec.examples)
            usage += QStringLiteral("    ") + example + u'\n';
    }
    usage += u'\n' + globalOptions()
            + QStringLiteral("\nExit codes: 0 ok, 1 other error, 2 usage, 3 credential, 4 not found, 5 damaged, "
                             "6 conflict, 7 invalid value, 8 forbidden, 9 unavailable (see 'coffer-cli --help').\n");
    return usage;
}

} // namespace coffer::cli
