#pragma once

#include <QPlainTextEdit>

namespace coffer::ui {

// A multi-line editor for secret values that is masked by default: while masked the text is drawn as bullets
// (one per character, in a fixed-pitch font so the caret lines up) and cannot be copied or dragged out.
// takeValue() hands the text over as UTF-8 in secure memory and empties the editor.
class MaskedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MaskedTextEdit(QWidget *parent = nullptr);
    ~MaskedTextEdit() override;

    bool isMasked() const { return m_masked; }
    void setMasked(bool masked);
    // Empties the editor and overwrites what it can of the text it held.
    void wipe();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    bool m_masked = true;
};

} // namespace coffer::ui
