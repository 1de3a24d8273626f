#pragma once

#include "models/Prompter.h"

class QWidget;

namespace coffer::ui {

// The Prompter of the real console: message boxes and file dialogs.
class WidgetPrompter final : public models::Prompter
{
public:
    explicit WidgetPrompter(QWidget *parent = nullptr);
    void setParentWidget(QWidget *parent) { m_parent = parent; }

    bool confirm(const QString &title, const QString &question) override;
    QString chooseFolder(const QString &title, const QString &startFolder) override;
    QString chooseSaveFile(const QString &title, const QString &suggestedPath, const QString &filter) override;
    QString chooseOpenFile(const QString &title, const QString &startFolder, const QString &filter) override;
    void showError(const QString &title, const QString &text) override;

private:
    QWidget *m_parent;
};

} // namespace coffer::ui
