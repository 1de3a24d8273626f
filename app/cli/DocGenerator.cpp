#include "app/cli/DocGenerator.h"

#include "app/cli/ExitCodes.h"
#include "app/cli/HelpPrinter.h"

#include <QRegularExpression>

#include <algorithm>

namespace coffer::cli {

namespace {

// --- man(7) ---

// Text as roff sees it: backslashes escaped, dashes as minus signs (so options can be searched and copied), and
// a line that would start with a control character made harmless.
QString roff(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\e");
        else if (c == u'-')
            out += QStringLiteral("\\-");
        else if (c.unicode() > 0x7f) // "…", "→": groff's own name for the character, whatever the locale
            out += QStringLiteral("\\[u") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0') + u']';
        else
            out += c;
    }
    QStringList lines = out.split(u'\n');
    for (QString &line : lines)
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    return lines.join(u'\n');
}

QString optionLabel(const OptionSpec &option)
{
    QString label = QStringLiteral("\\fB\\-\\-") + roff(option.name) + QStringLiteral("\\fR");
    if (!option.isFlag())
        label += QStringLiteral(" \\fI") + roff(option.valueName) + QStringLiteral("\\fR");
    if (option.multiValue)
        label += QStringLiteral(" ...");
    return label;
}

QString ruleText(const CommandSpec &spec)
{
    QStringList notes;
    for (const OptionGroup &group : spec.groups) {
        QStringList dashed;
        for (const QString &name : group.names)
            dashed.append(QStringLiteral("--") + name);
        notes.append((group.required ? QStringLiteral("exactly one of ") : QStringLiteral("at most one of "))
                     + dashed.join(QStringLiteral(", ")));
    }
    if (std::any_of(spec.options.cbegin(), spec.options.cend(), [](const OptionSpec &o) { return o.readsStdin; }))
        notes.append(QStringLiteral("only one option may read standard input"));
    return notes.join(QStringLiteral("; "));
}

void appendCommand(QString &out, const CommandSpec &spec)
{
    out += QStringLiteral(".SS \"coffer\\-cli ") + roff(spec.displayName()) + QStringLiteral("\"\n");
    out += roff(spec.summary) + u'\n';
    if (!spec.details.isEmpty())
        out += QStringLiteral(".PP\n") + roff(spec.details) + u'\n';
    for (const OptionSpec &option : spec.options) {
        out += QStringLiteral(".TP\n") + optionLabel(option) + u'\n' + roff(option.help);
        if (spec.required.contains(option.name))
            out += QStringLiteral(" (required)");
        out += u'\n';
    }
    if (const QString rules = ruleText(spec); !rules.isEmpty())
        out += QStringLiteral(".PP\nRules: ") + roff(rules) + QStringLiteral(".\n");
    if (!spec.examples.isEmpty()) {
        out += QStringLiteral(".PP\nExamples:\n.RS\n");
        for (const QString &example : spec.examples)
            out += QStringLiteral(".EX\n") + roff(example) + QStringLiteral("\n.EE\n");
        out += QStringLiteral(".RE\n");
    }
}

void appendGroup(QString &out, const CommandRegistry &registry, const QStringList &path)
{
    if (!path.isEmpty()) {
        const CommandRegistry::Group *group = registry.group(path);
        out += QStringLiteral(".SH \"") + roff(path.join(u' ').toUpper()) + QStringLiteral(" COMMANDS\"\n");
        if (group && !group->summary.isEmpty())
            out += roff(group->summary) + u'\n';
    }
    for (const CommandSpec *spec : registry.commands(path))
        appendCommand(out, *spec);
    for (const CommandRegistry::Group *sub : registry.subgroups(path))
        appendGroup(out, registry, sub->path);
}

// --- bash ---

// The words a shell may complete: letters, digits and a few punctuation marks; anything else is left out rather
// than quoted, so the script stays plain.
bool shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:=+-]+$"));
    return plain.match(word).hasMatch();
}

// "secret|key|certificate" → {"secret", "key", "certificate"}; other value names have no fixed choices.
QStringList choicesOf(const OptionSpec &option)
{
    if (!option.valueName.contains(u'|'))
        return {};
    const QStringList words = option.valueName.split(u'|', Qt::SkipEmptyParts);
    for (const QString &word : words)
        if (!shellWord(word) || word == u"FILE" || word == u"JSON")
            return {}; // "@FILE|JSON" names a kind of value, not the choices
    return words;
}

bool takesFile(const OptionSpec &option)
{
    return option.valueName.contains(QStringLiteral("FILE")) || option.valueName == u"PATH"
            || option.valueName == u"CERT" || option.valueName.endsWith(QStringLiteral(".pem"));
}

bool takesDir(const OptionSpec &option)
{
    return option.valueName.contains(QStringLiteral("DIR")) || option.valueName.contains(QStringLiteral("FOLDER"));
}

QString quoted(const QStringList &words)
{
    return u'"' + words.join(u' ') + u'"';
}

void appendCompletionCase(QString &out, const CommandRegistry &registry, const QStringList &path)
{
    QStringList children;
    for (const CommandRegistry::Group *group : registry.subgroups(path))
        children.append(group->path.last());
    for (const CommandSpec *spec : registry.commands(path))
        children.append(spec->path.last());
    out += QStringLiteral("        ") + quoted(path) + QStringLiteral(") children=") + quoted(children)
            + QStringLiteral(" ;;\n");
    for (const CommandSpec *spec : registry.commands(path)) {
        QStringList options, files, dirs, flags;
        QString choices;
        for (const OptionSpec &option : spec->options) {
            const QString dashed = QStringLiteral("--") + option.name;
            options.append(dashed);
            if (option.isFlag())
                flags.append(dashed);
            else if (takesDir(option))
                dirs.append(dashed);
            else if (takesFile(option))
                files.append(dashed);
            else if (const QStringList words = choicesOf(option); !words.isEmpty())
                choices += QStringLiteral("                ") + dashed + QStringLiteral(") values=") + quoted(words)
                        + QStringLiteral(" ;;\n");
        }
        out += QStringLiteral("        ") + quoted(spec->path) + QStringLiteral(")\n            options=")
                + quoted(options) + QStringLiteral("\n            files=") + quoted(files)
                + QStringLiteral("\n            dirs=") + quoted(dirs) + QStringLiteral("\n            flags=")
                + quoted(flags) + u'\n';
        if (!choices.isEmpty())
            out += QStringLiteral("            case \"$prev\" in\n") + choices + QStringLiteral("            esac\n");
        out += QStringLiteral("            ;;\n");
    }
    for (const CommandRegistry::Group *sub : registry.subgroups(path))
        appendCompletionCase(out, registry, sub->path);
}

} // namespace

QString manPage(const CommandRegistry &registry)
{
    QString out = QStringLiteral(".\\\" Generated by 'coffer-cli manpage' from the command registry; do not edit.\n"
                                 ".TH COFFER\\-CLI 1 \"\" \"Coffer %1\" \"User Commands\"\n")
                          .arg(QStringLiteral(COFFER_VERSION));
    out += QStringLiteral(".SH NAME\ncoffer\\-cli \\- the command line of the Coffer key vault\n"
                          ".SH SYNOPSIS\n\\fBcoffer\\-cli\\fR \\fIGROUP\\fR [\\fISUBGROUP\\fR] \\fICOMMAND\\fR "
                          "[\\fIOPTIONS\\fR]\n.br\n\\fBcoffer\\-cli\\fR \\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR\n"
                          ".SH DESCRIPTION\n");
    out += roff(QStringLiteral(
            "Coffer keeps secrets, keys and certificates in encrypted vault folders (NAME.coffer), modelled on Azure "
            "Key Vault. coffer-cli does everything the console does, for scripts and CI pipelines. Commands and "
            "options follow `az keyvault`, with --vault DIR in place of --vault-name. Results are printed on "
            "standard output (JSON by default), errors and hints on standard error. Every command acts as the "
            "principal (user or application) whose credential unlocked the vault, is checked against its roles or "
            "access policies, and is recorded in the vault's audit log."));
    out += QStringLiteral("\n.PP\nCredentials are never taken as plain arguments: they come from a file, standard "
                          "input, the terminal or the OS keychain.\n");
    out += QStringLiteral(".SH \"GLOBAL OPTIONS\"\n");
    const QList<std::pair<QString, QString>> globals = {
            {QStringLiteral("\\fB\\-h\\fR, \\fB\\-\\-help\\fR"), QStringLiteral("show help for the command")},
            {QStringLiteral("\\fB\\-o\\fR, \\fB\\-\\-output\\fR \\fIFORMAT\\fR"),
             QStringLiteral("json (default, 2-space indent), table or tsv")},
            {QStringLiteral("\\fB\\-\\-verbose\\fR"), QStringLiteral("also log what the engine does (to stderr)")},
            {QStringLiteral("\\fB\\-\\-version\\fR"), QStringLiteral("show the version")},
    };
    for (const auto &[label, help] : globals)
        out += QStringLiteral(".TP\n") + label + u'\n' + roff(help) + u'\n';
    out += QStringLiteral(".SH COMMANDS\n");
    appendGroup(out, registry, {});
    out += QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const ExitCodeInfo &info : exitCodeTable())
        out += QStringLiteral(".TP\n.B %1\n").arg(int(info.code)) + roff(info.meaning) + u'\n';
    out += QStringLiteral(".SH \"SEE ALSO\"\n\\fBcoffer\\fR(1), \\fBsystemd.timer\\fR(5)\n");
    return out;
}

QString bashCompletion(const CommandRegistry &registry)
{
    QString out = QStringLiteral(
            "# bash completion for coffer-cli. Generated by 'coffer-cli completion bash' from the command "
            "registry; do not edit.\n"
            "_coffer_cli()\n"
            "{\n"
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\"\n"
            "    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
            "    local globals=\"--help --output --verbose --version\"\n"
            "    # The command path: the words before the cursor that are not options (or their values).\n"
            "    local path=\"\" word i\n"
            "    for (( i = 1; i < COMP_CWORD; i++ )); do\n"
            "        word=\"${COMP_WORDS[i]}\"\n"
            "        [[ $word == -* ]] && break\n"
            "        path=\"${path:+$path }$word\"\n"
            "    done\n"
            "    local children=\"\" options=\"\" files=\"\" dirs=\"\" flags=\"\" values=\"\"\n"
            "    case \"$path\" in\n");
    appendCompletionCase(out, registry, {});
    out += QStringLiteral(
            "        *) return 0 ;;\n"
            "    esac\n"
            "    if [[ $prev == -o || $prev == --output ]]; then\n"
            "        COMPREPLY=( $(compgen -W \"json table tsv\" -- \"$cur\") ); return 0\n"
            "    fi\n"
            "    if [[ -n $values ]]; then\n"
            "        COMPREPLY=( $(compgen -W \"$values\" -- \"$cur\") ); return 0\n"
            "    fi\n"
            "    if [[ $prev == --* && \" $dirs \" == *\" $prev \"* ]]; then\n"
            "        COMPREPLY=( $(compgen -d -- \"$cur\") ); return 0\n"
            "    fi\n"
            "    if [[ $prev == --* && \" $files \" == *\" $prev \"* ]]; then\n"
            "        COMPREPLY=( $(compgen -f -- \"$cur\") ); return 0\n"
            "    fi\n"
            "    if [[ $prev == --* && \" $options \" == *\" $prev \"* && \" $flags \" != *\" $prev \"* ]]; then\n"
            "        return 0 # a value the shell cannot guess\n"
            "    fi\n"
            "    if [[ $cur == -* || -z $children ]]; then\n"
            "        COMPREPLY=( $(compgen -W \"$options $globals\" -- \"$cur\" | sort -u) ); return 0\n"
            "    fi\n"
            "    COMPREPLY=( $(compgen -W \"$children\" -- \"$cur\") )\n"
            "}\n"
            "complete -o default -F _coffer_cli coffer-cli\n");
    return out;
}

} // namespace coffer::cli
