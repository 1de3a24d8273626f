#pragma once

#include "core/vault/ObjectFilter.h"

#include <QVariant>

namespace coffer::models {

// The colours the object tables use for expiry states (red: expired, amber: expiring soon, grey: not yet valid)
// and for disabled items. Empty QVariant: the view's default.
QVariant expiryForeground(ExpiryState state);
QVariant expiryBackground(ExpiryState state);
QVariant disabledForeground();

} // namespace coffer::models
