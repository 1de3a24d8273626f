#include "ui/KeyBadgeDelegate.h"

#include "models/KeysModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace coffer::ui {

namespace {
bool isBadge(const QModelIndex &index)
{
    return index.column() == models::KeysModel::ProtectionColumn && index.data(models::KeysModel::IsHsmRole).toBool();
}

constexpr int kIcon = 12;
constexpr int kPad = 6;
} // namespace

void KeyBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isBadge(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell itself (selection, alternating rows) without text or decoration.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    cell.icon = QIcon();
    cell.features &= ~QStyleOptionViewItem::HasDecoration;
    const QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int width = kPad + kIcon + 4 + metrics.horizontalAdvance(text) + kPad;
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), 4, 4);
    painter->fillPath(path, models::KeysModel::hsmColor());
    const QRect iconRect(badge.left() + kPad, badge.center().y() - kIcon / 2, kIcon, kIcon);
    // The chip: a small square with pins, drawn in white.
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(iconRect.adjusted(2, 2, -2, -2));
    for (int i = 0; i < 3; ++i) {
        const int x = iconRect.left() + 3 + i * 3;
        painter->drawLine(x, iconRect.top(), x, iconRect.top() + 2);
        painter->drawLine(x, iconRect.bottom() - 2, x, iconRect.bottom());
    }
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badge.adjusted(kPad + kIcon + 4, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize KeyBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isBadge(index)) {
        QFont bold = option.font;
        bold.setBold(true);
        const int width
                = 4 + kPad + kIcon + 4 + QFontMetrics(bold).horizontalAdvance(index.data().toString()) + kPad + 4;
        size.setWidth(std::max(size.width(), width));
    }
    return size;
}

} // namespace coffer::ui
