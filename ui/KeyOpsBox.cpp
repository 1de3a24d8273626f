#include "ui/KeyOpsBox.h"

#include "models/KeyText.h"

#include <QCheckBox>
#include <QGridLayout>

namespace coffer::ui {

KeyOpsBox::KeyOpsBox(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (KeyOp op : models::KeyText::allOps()) {
        auto *box = new QCheckBox(models::KeyText::opLabel(op), this);
        box->setObjectName(QStringLiteral("op_") + crypto::keyOpName(op));
        connect(box, &QCheckBox::toggled, this, &KeyOpsBox::changed);
        layout->addWidget(box, i / 3, i % 3);
        m_boxes.insert(op, box);
        ++i;
    }
}

void KeyOpsBox::setOffered(KeyOps offered, KeyOps checked, const QString &reason)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const bool on = offered.testFlag(it.key());
        QCheckBox *box = it.value();
        const QSignalBlocker block(box);
        box->setEnabled(on);
        box->setChecked(on && checked.testFlag(it.key()));
        box->setToolTip(on ? crypto::keyOpName(it.key()) : reason);
    }
    Q_EMIT changed();
}

KeyOps KeyOpsBox::ops() const
{
    KeyOps ops;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isEnabled() && it.value()->isChecked())
            ops |= it.key();
    return ops;
}

} // namespace coffer::ui
