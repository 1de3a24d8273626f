#pragma once

#include <QIcon>

namespace coffer::ui::icons {

// The console's own SVG icons (resources/icons, compiled in). Names without extension: "vault", "locked", …
QIcon get(const char *name);
QIcon application();

} // namespace coffer::ui::icons
