#pragma once

#include <QStyledItemDelegate>

namespace coffer::ui {

// Paints the Protection column of the Keys table: HSM keys get a badge (a chip icon and "HSM" in white on the HSM
// colour) that stands out from software keys' plain text. The tooltip (the token serial) comes from the model.
class KeyBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace coffer::ui
