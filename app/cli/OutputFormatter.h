#pragma once

#include "app/cli/CommandOutput.h"
#include "core/common/SecureBytes.h"

namespace coffer::cli {

// Renders a command's result as az does:
// - json: pretty-printed with a 2-space indent and keys in sorted order (as `az -o json`);
// - table: a header row, a row of dashes, then one row per object, columns separated by two spaces;
// - tsv: one tab-separated line per object, no header.
// The text is built in secure memory because it may hold a secret field.
SecureBytes formatOutput(const CommandOutput &output, OutputFormat format);

} // namespace coffer::cli
