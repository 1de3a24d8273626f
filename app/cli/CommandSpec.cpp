#include "app/cli/CommandSpec.h"

namespace coffer::cli {

const OptionSpec *CommandSpec::option(const QString &name) const
{
    for (const OptionSpec &spec : options)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

} // namespace coffer::cli
