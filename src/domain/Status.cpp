#include "salestarget/domain/Status.h"

#include <QCoreApplication>

namespace st {

QString statusKey(Status s)
{
    switch (s) {
    case Status::NoTarget:
        return QStringLiteral("no_target");
    case Status::NotStarted:
        return QStringLiteral("not_started");
    case Status::Lagging:
        return QStringLiteral("lagging");
    case Status::OnTrack:
        return QStringLiteral("on_track");
    case Status::Ahead:
        break;
    }
    return QStringLiteral("ahead");
}

QString statusLabel(Status s)
{
    switch (s) {
    case Status::NoTarget:
        return QCoreApplication::translate("Status", "No target");
    case Status::NotStarted:
        return QCoreApplication::translate("Status", "Not started");
    case Status::Lagging:
        return QCoreApplication::translate("Status", "Lagging");
    case Status::OnTrack:
        return QCoreApplication::translate("Status", "On track");
    case Status::Ahead:
        break;
    }
    return QCoreApplication::translate("Status", "Ahead");
}

QString statusSymbol(Status s)
{
    switch (s) {
    case Status::Lagging:
        return QStringLiteral("\u25BC"); // ▼
    case Status::OnTrack:
        return QStringLiteral("\u25CF"); // ●
    case Status::Ahead:
        return QStringLiteral("\u25B2"); // ▲
    case Status::NoTarget:
    case Status::NotStarted:
        break;
    }
    return QStringLiteral("\u25CB"); // ○
}

} // namespace st
