#pragma once

#include <QSortFilterProxyModel>

namespace st {

/// Sorts the dashboard tree by raw values and, when asked, keeps only lagging members (with their
/// ancestors, so that each stays in its place in the tree).
class LaggingFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaggingFilterProxy)

public:
    explicit LaggingFilterProxy(QObject *parent = nullptr);

    bool onlyLagging() const { return m_onlyLagging; }
    void setOnlyLagging(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyLagging = false;
};

} // namespace st
