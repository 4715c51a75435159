#pragma once

#include <QMainWindow>

namespace st {

/// The application window: menus, toolbar, status bar and the workspace pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace st
