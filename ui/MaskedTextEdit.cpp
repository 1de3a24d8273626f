#include "ui/MaskedTextEdit.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QSignalBlocker>
#include <QTextBlock>

namespace coffer::ui {

MaskedTextEdit::MaskedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setMasked(true);
}

MaskedTextEdit::~MaskedTextEdit()
{
    const QSignalBlocker blocker(this); // the owner may be half destroyed: no textChanged now
    wipe();
}

void MaskedTextEdit::setMasked(bool masked)
{
    m_masked = masked;
    QPalette p = palette();
    // Masked: the real glyphs are drawn transparent and bullets are painted over them.
    p.setColor(QPalette::Text, masked ? QColor(Qt::transparent) : QPalette().color(QPalette::Text));
    setPalette(p);
    setContextMenuPolicy(masked ? Qt::NoContextMenu : Qt::DefaultContextMenu);
    viewport()->update();
}

void MaskedTextEdit::wipe()
{
    // The document's buffer cannot be reached; replacing the text with filler of the same length first
    // overwrites the block texts we can reach before they are freed.
    const qsizetype length = document()->characterCount();
    if (length > 1)
        document()->setPlainText(QString(length, u'x'));
    clear();
    document()->clearUndoRedoStacks();
}

void MaskedTextEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_masked)
        return;
    QPainter painter(viewport());
    painter.setPen(QPalette().color(QPalette::Text));
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > viewport()->height())
            break;
        const int chars = int(block.length()) - 1;
        if (chars <= 0)
            continue;
        const qreal x = rect.left() + document()->documentMargin();
        painter.drawText(QPointF(x, rect.top() + metrics.ascent() + 1), QString(std::min(chars, 512), u'•'));
    }
}

void MaskedTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_masked && (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut))) {
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QMimeData *MaskedTextEdit::createMimeDataFromSelection() const
{
    if (m_masked)
        return new QMimeData; // nothing leaves a masked editor (drag and drop)
    return QPlainTextEdit::createMimeDataFromSelection();
}

} // namespace coffer::ui
