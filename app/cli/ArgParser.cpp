#include "app/cli/ArgParser.h"

#include <optional>

namespace coffer::cli {

namespace {

QString commandHelpHint(const QStringList &path)
{
    QStringList words {QStringLiteral("coffer-cli")};
    words += path;
    words += QStringLiteral("--help");
    return QStringLiteral("run '%1' to see the options").arg(words.join(u' '));
}

QString optionList(const QStringList &names, const QString &conjunction = QStringLiteral("or"))
{
    QStringList dashed;
    for (const QString &name : names)
        dashed.append(QStringLiteral("--") + name);
    if (dashed.size() <= 1)
        return dashed.join(QString());
    return dashed.mid(0, dashed.size() - 1).join(QStringLiteral(", ")) + u' ' + conjunction + u' ' + dashed.last();
}

class Parser
{
public:
    Parser(const QStringList &args, const CommandRegistry &registry)
        : m_args(args)
        , m_registry(registry)
    { }

    Outcome<ParsedArgs> parse()
    {
        for (m_index = 0; m_index < m_args.size(); ++m_index) {
            const QString &token = m_args.at(m_index);
            if (handleGlobal(token))
                continue;
            if (token.startsWith(u'-') && token.size() > 1)
                handleOption(token);
            else
                handlePositional(token);
        }
        if (m_result.help || m_result.version)
            return std::move(m_result);
        if (m_error)
            return *m_error;
        if (m_result.command)
            if (auto error = checkCombination())
                return *error;
        return std::move(m_result);
    }

private:
    void fail(CliError error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

    // The value of the option at m_index: after '=' or the next argument.
    std::optional<QString> takeValue(const QString &display, const std::optional<QString> &inlineValue,
                                     const QString &valueName)
    {
        if (inlineValue)
            return inlineValue;
        if (m_index + 1 < m_args.size() && !m_args.at(m_index + 1).startsWith(QStringLiteral("--")))
            return m_args.at(++m_index);
        fail(CliError::usage(QStringLiteral("option %1 needs a value (%2)").arg(display, valueName),
                             commandHelpHint(m_result.path)));
        return std::nullopt;
    }

    bool handleGlobal(const QString &token)
    {
        if (token == u"-h" || token == u"--help") {
            m_result.help = true;
            return true;
        }
        if (token == u"--version" && !(m_result.command && m_result.command->option(QStringLiteral("version")))) {
            // A command's own --version (`secret show --version V`, as az) wins over the global one.
            m_result.version = true;
            return true;
        }
        if (token == u"--verbose") {
            m_result.verbose = true;
            return true;
        }
        std::optional<QString> inlineValue;
        if (token.startsWith(QStringLiteral("--output=")))
            inlineValue = token.mid(9);
        else if (token.startsWith(QStringLiteral("-o")) && token.size() > 2 && !token.startsWith(QStringLiteral("--")))
            inlineValue = token.mid(2);
        else if (token != u"-o" && token != u"--output")
            return false;
        const auto value = takeValue(QStringLiteral("--output"), inlineValue, QStringLiteral("json|table|tsv"));
        if (!value)
            return true;
        if (*value == u"json")
            m_result.output = OutputFormat::Json;
        else if (*value == u"table")
            m_result.output = OutputFormat::Table;
        else if (*value == u"tsv")
            m_result.output = OutputFormat::Tsv;
        else
            fail(CliError::usage(QStringLiteral("--output must be json, table or tsv, not '%1'").arg(*value)));
        return true;
    }

    void handlePositional(const QString &token)
    {
        if (m_result.command) {
            if (m_afterSensitive) {
                // Probably the rest of an unquoted secret value: never echo it.
                fail(CliError::usage(
                        QStringLiteral("unexpected argument after --%1 (not shown, it may be part of "
                                       "the value)")
                                .arg(m_afterSensitive->name),
                        QStringLiteral("quote a value that holds spaces, or use --file or --value-stdin")));
                return;
            }
            fail(CliError::usage(
                    QStringLiteral("unexpected argument '%1' for '%2'").arg(token, m_result.command->displayName()),
                    commandHelpHint(m_result.path)));
            return;
        }
        if (m_error) // after an unknown word, later words are not commands either
            return;
        const QStringList candidate = m_result.path + QStringList {token};
        if (const CommandSpec *spec = m_registry.command(candidate)) {
            m_result.path = candidate;
            m_result.command = spec;
        } else if (m_registry.group(candidate)) {
            m_result.path = candidate;
        } else {
            QStringList words {QStringLiteral("coffer-cli")};
            words += m_result.path;
            words += QStringLiteral("--help");
            fail(CliError::usage(
                    m_result.path.isEmpty()
                            ? QStringLiteral("'%1' is not a coffer-cli command").arg(token)
                            : QStringLiteral("'%1' is not a command of '%2'").arg(token, m_result.path.join(u' ')),
                    QStringLiteral("run '%1' to see the commands").arg(words.join(u' '))));
        }
    }

    // Whether a token ends the values of a multi-value option: the next option or a global short option.
    static bool isOptionToken(const QString &token)
    {
        return token.startsWith(QStringLiteral("--")) || token == u"-h" || token == u"-o"
                || (token.startsWith(QStringLiteral("-o")) && token.size() > 2);
    }

    void takeValues(const OptionSpec &spec, const std::optional<QString> &inlineValue)
    {
        QStringList values = m_result.lists.value(spec.name); // a repeatable option's earlier values
        if (inlineValue)
            values.append(*inlineValue);
        else
            while (m_index + 1 < m_args.size() && !isOptionToken(m_args.at(m_index + 1)))
                values.append(m_args.at(++m_index));
        m_result.values.insert(spec.name, values.join(u' '));
        m_result.lists.insert(spec.name, values);
    }

    void handleOption(const QString &token)
    {
        m_afterSensitive = nullptr;
        const qsizetype eq = token.indexOf(u'=');
        const QString display = eq < 0 ? token : token.left(eq);
        const std::optional<QString> inlineValue = eq < 0 ? std::nullopt : std::optional<QString>(token.mid(eq + 1));
        const OptionSpec *spec = nullptr;
        if (m_result.command && token.startsWith(QStringLiteral("--")))
            spec = m_result.command->option(display.mid(2));
        if (!spec) {
            if (!m_result.command)
                fail(CliError::usage(QStringLiteral("unknown option '%1': options come after the command").arg(display),
                                     QStringLiteral("for example: coffer-cli vault show --vault DIR")));
            else
                fail(CliError::usage(
                        QStringLiteral("unknown option '%1' for '%2'").arg(display, m_result.command->displayName()),
                        commandHelpHint(m_result.path)));
            return;
        }
        if (m_result.values.contains(spec->name) && spec->multiValue && spec->repeatable) {
            takeValues(*spec, inlineValue);
            return;
        }
        if (m_result.values.contains(spec->name)) {
            fail(CliError::usage(QStringLiteral("option %1 is given more than once").arg(display)));
            if (!spec->isFlag() && !inlineValue && m_index + 1 < m_args.size())
                ++m_index;
            return;
        }
        if (spec->isFlag()) {
            if (inlineValue)
                fail(CliError::usage(QStringLiteral("option %1 takes no value").arg(display),
                                     commandHelpHint(m_result.path)));
            m_result.values.insert(spec->name, QString());
            return;
        }
        if (spec->multiValue) {
            takeValues(*spec, inlineValue);
            return;
        }
        const auto value = takeValue(display, inlineValue, spec->valueName);
        if (!value)
            return;
        if (spec->sensitive)
            m_afterSensitive = spec;
        if (value->isEmpty() && !spec->allowEmpty) {
            fail(CliError::usage(
                    QStringLiteral("option %1 needs a value (%2), not an empty one").arg(display, spec->valueName)));
            return;
        }
        m_result.values.insert(spec->name, *value);
    }

    std::optional<CliError> checkCombination() const
    {
        const CommandSpec &spec = *m_result.command;
        const QString hint = commandHelpHint(m_result.path);
        for (const QString &name : spec.required)
            if (!m_result.values.contains(name))
                return CliError::usage(QStringLiteral("'%1' needs the option --%2").arg(spec.displayName(), name),
                                       hint);
        for (const OptionGroup &group : spec.groups) {
            QStringList given;
            for (const QString &name : group.names)
                if (m_result.values.contains(name))
                    given.append(name);
            if (given.size() > 1)
                return CliError::usage(QStringLiteral("options %1 cannot be used together")
                                               .arg(optionList(given, QStringLiteral("and"))),
                                       hint);
            if (group.required && given.isEmpty())
                return CliError::usage(
                        QStringLiteral("'%1' needs one of %2").arg(spec.displayName(), optionList(group.names)), hint);
        }
        QStringList stdinReaders;
        for (const OptionSpec &option : spec.options)
            if (option.readsStdin && m_result.values.contains(option.name))
                stdinReaders.append(option.name);
        if (stdinReaders.size() > 1)
            return CliError::usage(QStringLiteral("only one option may read standard input, but %1 both do")
                                           .arg(optionList(stdinReaders, QStringLiteral("and"))),
                                   QStringLiteral("put one of the secrets in a file instead"));
        return std::nullopt;
    }

    const QStringList &m_args;
    const CommandRegistry &m_registry;
    qsizetype m_index = 0;
    ParsedArgs m_result;
    std::optional<CliError> m_error;
    const OptionSpec *m_afterSensitive = nullptr; // the option just before, when its value is sensitive
};

} // namespace

Outcome<ParsedArgs> parseArguments(const QStringList &args, const CommandRegistry &registry)
{
    return Parser(args, registry).parse();
}

} // namespace coffer::cli
