#pragma once

#include "core/vault/ObjectTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace coffer::ui {

// Edits an object's tags as rows of name and value (at most 15, as Azure allows), validated live with core's
// objects::validateTags.
class TagsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagsEditor(QWidget *parent = nullptr);

    Tags tags() const;
    void setTags(const Tags &tags);
    void addTag(const QString &name, const QString &value);
    // Empty when the tags are valid; otherwise what is wrong (also shown under the table).
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void update();
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QLabel *m_error;
    QString m_problem;
};

} // namespace coffer::ui
