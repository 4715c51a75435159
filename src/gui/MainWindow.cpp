#include "salestarget/gui/MainWindow.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/gui/DashboardPage.h"
#include "salestarget/gui/ImportWizard.h"
#include "salestarget/gui/MyProgressPage.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ReportsPage.h"
#include "salestarget/gui/SettingsDialog.h"
#include "salestarget/gui/TargetsPage.h"
#include "salestarget/gui/Translations.h"
#include "salestarget/gui/ViewOptions.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace st {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("files/recent");
}

MainWindow::MainWindow(PlanDocument *document, ViewOptions *options, QWidget *parent)
    : QMainWindow(parent), m_document(document), m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_targets = new TargetsPage(document, options, this);
    m_pages->addTab(m_targets, tr("Targets"));
    m_dashboard = new DashboardPage(document, options, this);
    m_pages->addTab(m_dashboard, tr("Dashboard"));
    m_progress = new MyProgressPage(document, options, this);
    m_pages->addTab(m_progress, tr("My progress"));
    m_reports = new ReportsPage(document, options, this);
    m_pages->addTab(m_reports, tr("Weekly summary"));
    setCentralWidget(m_pages);

    buildActions();
    buildMenus();
    buildToolBar();
    m_fileLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_fileLabel);
    const auto showStatus = [this](const QString &m) { statusBar()->showMessage(m, 8000); };
    connect(m_targets, &TargetsPage::statusMessage, this, showStatus);
    connect(m_dashboard, &DashboardPage::statusMessage, this, showStatus);
    connect(m_progress, &MyProgressPage::statusMessage, this, showStatus);
    connect(m_reports, &ReportsPage::statusMessage, this, showStatus);
    connect(m_document, &PlanDocument::opened, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::importProgress()
{
    if (!m_document->isOpen())
        return;
    auto *wizard = new ImportWizard(m_document, nullptr, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::showDimension(Dimension d)
{
    m_targets->setDimension(d);
    m_dashboard->setDimension(d);
}

void MainWindow::buildActions()
{
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_showMonths = new QAction(tr("Show &months"), this);
    m_showMonths->setCheckable(true);
    m_showMonths->setChecked(true);
    connect(m_showMonths, &QAction::toggled, m_targets, &TargetsPage::setShowMonths);
    m_unitGroup = new QActionGroup(this);
    for (const auto &[unit, text] : {std::pair{DisplayUnit::Yuan, tr("Amounts in 元")},
                                     std::pair{DisplayUnit::TenThousand, tr("Amounts in 万元")}}) {
        QAction *a = m_unitGroup->addAction(text);
        a->setCheckable(true);
        a->setData(int(unit));
        a->setChecked(m_options->displayUnit() == unit);
    }
    connect(m_unitGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_options->setDisplayUnit(DisplayUnit(a->data().toInt())); });
    connect(m_options, &ViewOptions::displayUnitChanged, this, [this](DisplayUnit unit) {
        for (QAction *a : m_unitGroup->actions())
            a->setChecked(a->data().toInt() == int(unit));
        QSettings().setValue(QStringLiteral("view/unit"), int(unit));
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Save a &copy as…"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(tr("&Import progress…"), this, &MainWindow::importProgress);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addActions({m_targets->addChildAction(), m_targets->addPersonAction(), m_targets->renameAction(),
                      m_targets->deleteAction()});
    edit->addSeparator();
    edit->addActions({m_targets->lockAction(), m_targets->distributeAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showMonths);
    view->addSeparator();
    view->addActions(m_unitGroup->actions());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("view/language")).toString();
    for (const auto &[code, label] : {std::pair{QString(), tr("System language")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *a = m_languageGroup->addAction(label);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == chosen);
        language->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) { chooseLanguage(a->data().toString()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SalesTarget"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addActions(m_unitGroup->actions());
    // The member and cell actions act on the targets tree: shown with the Targets page only.
    QToolBar *members = addToolBar(tr("Members"));
    members->setObjectName(QStringLiteral("membersToolBar"));
    members->setToolButtonStyle(Qt::ToolButtonTextOnly);
    members->addActions({m_targets->addChildAction(), m_targets->addPersonAction(), m_targets->renameAction(),
                         m_targets->deleteAction()});
    members->addSeparator();
    members->addActions({m_targets->lockAction(), m_targets->distributeAction()});
    members->addSeparator();
    members->addAction(m_showMonths);
    connect(m_pages, &QTabWidget::currentChanged, members,
            [this, members](int index) { members->setVisible(m_pages->widget(index) == m_targets); });
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_options->setDisplayUnit(DisplayUnit(settings.value(QStringLiteral("view/unit"), 0).toInt()));
    m_showMonths->setChecked(settings.value(QStringLiteral("view/showMonths"), true).toBool());
    m_targets->setShowMonths(m_showMonths->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/showMonths"), m_showMonths->isChecked());
    if (m_document->isOpen())
        settings.setValue(QStringLiteral("files/last"), m_document->path());
    event->accept();
}

bool MainWindow::openFile(const QString &path, bool demoIfNew)
{
    try {
        m_document->open(path, demoIfNew);
    } catch (const DomainError &e) {
        QMessageBox::warning(this, tr("Cannot open the plan"), e.message());
        return false;
    }
    addRecent(path);
    QSettings().setValue(QStringLiteral("files/last"), path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::updateTitle()
{
    const QString name = m_document->isOpen() ? QFileInfo(m_document->path()).fileName() : tr("no plan");
    setWindowTitle(tr("%1 — SalesTarget").arg(name));
    m_fileLabel->setText(m_document->isOpen() ? QDir::toNativeSeparators(m_document->path()) : QString());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New plan"), QDir::homePath(),
                                                      tr("SalesTarget plans (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New plan"), tr("%1 already exists. Open it instead, or choose a new name.")
                                                       .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path, false);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), QFileInfo(m_document->path()).absolutePath(),
                                                      tr("SalesTarget plans (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document->isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QFileInfo(m_document->path()).absolutePath(),
                                                      tr("SalesTarget plans (*.db *.sqlite)"));
    if (path.isEmpty())
        return;
    if (m_document->attempt([&] { m_document->saveCopyAs(path); }))
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Save a copy"), tr("The copy could not be written."));
}

void MainWindow::showSettings()
{
    if (!m_document->isOpen())
        return;
    SettingsDialog dialog(m_document, m_options, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SalesTarget"),
                       tr("<h3>SalesTarget %1</h3><p>Set, decompose and track sales targets.</p>"
                          "<p>Licensed under the GNU General Public License v3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("view/language"), code);
    if (QMessageBox::question(this, tr("Language"), tr("The new language is used after a restart. Restart now?"))
        == QMessageBox::Yes) {
        close();
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
        qApp->quit();
    }
}

} // namespace st
