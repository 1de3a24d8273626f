#include "models/ObjectColors.h"

#include <QBrush>
#include <QColor>

namespace coffer::models {

QVariant expiryForeground(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired: return QBrush(QColor(0xa8, 0x00, 0x1c));
    case ExpiryState::ExpiringSoon: return QBrush(QColor(0x8a, 0x52, 0x00));
    case ExpiryState::NotYetValid: return QBrush(QColor(0x60, 0x60, 0x60));
    case ExpiryState::None:
    case ExpiryState::Valid: break;
    }
    return {};
}

QVariant expiryBackground(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired: return QBrush(QColor(0xfd, 0xe2, 0xe4));
    case ExpiryState::ExpiringSoon: return QBrush(QColor(0xff, 0xf1, 0xcc));
    case ExpiryState::None:
    case ExpiryState::Valid:
    case ExpiryState::NotYetValid: break;
    }
    return {};
}

QVariant disabledForeground()
{
    return QBrush(QColor(0x80, 0x80, 0x80));
}

} // namespace coffer::models
