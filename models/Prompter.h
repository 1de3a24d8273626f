#pragma once

#include <QString>

namespace coffer::models {

// Questions the console asks a person: confirmations and file choosers. Logic never pops up a dialog itself;
// the UI injects a widget implementation and tests inject one that answers from a script.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(const QString &title, const QString &question) = 0;
    // An existing folder, or empty when cancelled.
    virtual QString chooseFolder(const QString &title, const QString &startFolder) = 0;
    // A file to write, or empty when cancelled.
    virtual QString chooseSaveFile(const QString &title, const QString &suggestedPath, const QString &filter) = 0;
    // An existing file to read, or empty when cancelled.
    virtual QString chooseOpenFile(const QString &title, const QString &startFolder, const QString &filter) = 0;
    virtual void showError(const QString &title, const QString &text) = 0;
};

} // namespace coffer::models
