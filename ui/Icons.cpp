#include "ui/Icons.h"

#include <QString>

// Outside any namespace, as Q_INIT_RESOURCE requires: pulls the resources out of the static library.
static void initCofferResources()
{
    Q_INIT_RESOURCE(coffer);
}

namespace coffer::ui::icons {

QIcon get(const char *name)
{
    static const bool initialized = [] {
        initCofferResources();
        return true;
    }();
    Q_UNUSED(initialized);
    return QIcon(QStringLiteral(":/icons/") + QLatin1StringView(name) + QStringLiteral(".svg"));
}

QIcon application()
{
    return get("coffer");
}

} // namespace coffer::ui::icons
