#pragma once

#include "salestarget/gui/DisplayFormat.h"

#include <QObject>

namespace st {

/// Presentation choices shared by every page (remembered with QSettings by the main window).
class ViewOptions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewOptions)

public:
    explicit ViewOptions(QObject *parent = nullptr) : QObject(parent) {}

    DisplayUnit displayUnit() const { return m_unit; }
    /// Changes the money unit (元 / 万元) and tells every view.
    void setDisplayUnit(DisplayUnit unit)
    {
        if (unit == m_unit)
            return;
        m_unit = unit;
        Q_EMIT displayUnitChanged(unit);
    }

Q_SIGNALS:
    void displayUnitChanged(st::DisplayUnit unit);

private:
    DisplayUnit m_unit = DisplayUnit::Yuan;
};

} // namespace st
