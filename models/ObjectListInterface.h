#pragma once

#include <QModelIndex>
#include <QString>

namespace coffer::models {

// What views and actions ask of an object list, whether they hold the source model or a filter/sort proxy
// over it: the id (the object's name) of a row, and the row of an id. Nobody calls mapToSource by hand.
class ObjectListInterface
{
public:
    virtual ~ObjectListInterface() = default;
    // The id of the row `index` is in (any column); empty for an invalid index or one of another model.
    virtual QString idAt(const QModelIndex &index) const = 0;
    // Column 0 of the row holding `id` (compared case-insensitively for object names); invalid when absent.
    virtual QModelIndex indexOf(const QString &id) const = 0;
};

} // namespace coffer::models
