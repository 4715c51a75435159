#include "salestarget/gui/MainWindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace st {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("SalesTarget"));
    auto *placeholder = new QLabel(tr("The target workspace opens here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

} // namespace st
