#pragma once

#include <QString>

// The console's light and dark palettes (issue 9). "system" keeps the platform's style and palette (and so follows
// a desktop that switches between light and dark); "light" and "dark" use Fusion with palettes of their own. The
// custom-painted views (timelines, calendar, heatmap) draw with the palette's roles, so they follow too.
namespace coffer::ui::theme {

// Applies "system", "light" or "dark" (anything else: "system") to the whole application at once.
void apply(const QString &name);
// Whether the palette in use is dark (window colour darker than mid-grey): for the few colours that are not roles.
bool isDark();

} // namespace coffer::ui::theme
