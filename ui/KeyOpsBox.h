#pragma once

#include "core/vault/KeyTypes.h"

#include <QMap>
#include <QWidget>

class QCheckBox;

namespace coffer::ui {

// The operations a key permits (key_ops), as check boxes named "op_<azure name>". Only the operations offered
// (the type's supported ones, or for narrowing the key's current ones) can be ticked; the others are disabled
// with the reason in their tooltip.
class KeyOpsBox : public QWidget
{
    Q_OBJECT

public:
    explicit KeyOpsBox(QWidget *parent = nullptr);

    // Offers `offered` with `checked` ticked; `reason` explains why the others are not offered.
    void setOffered(KeyOps offered, KeyOps checked, const QString &reason);
    KeyOps ops() const;
    QCheckBox *box(KeyOp op) const { return m_boxes.value(op); }

Q_SIGNALS:
    void changed();

private:
    QMap<KeyOp, QCheckBox *> m_boxes;
};

} // namespace coffer::ui
