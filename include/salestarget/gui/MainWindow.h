#pragma once

#include "salestarget/domain/Dimension.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;

namespace st {

class DashboardPage;
class MyProgressPage;
class ReportsPage;
class PlanDocument;
class TargetsPage;
class ViewOptions;

/// The application window: menus, toolbar, status bar and the workspace pages over one open
/// plan-set file. It wires things together; the pages and dialogs do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `document` and `options` outlive the window (owned by the caller).
    MainWindow(PlanDocument *document, ViewOptions *options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` (creating it; a brand-new file gets the demo plan when `demoIfNew`).
    /// Shows a message and returns false when it cannot be opened.
    bool openFile(const QString &path, bool demoIfNew = false);
    TargetsPage *targetsPage() const { return m_targets; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    MyProgressPage *progressPage() const { return m_progress; }
    ReportsPage *reportsPage() const { return m_reports; }
    QTabWidget *pages() const { return m_pages; }
    /// Shows tree `d` on every page that has a dimension switch.
    void showDimension(Dimension d);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void restoreState();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void newFile();
    void openDialog();
    void saveCopy();
    void importProgress();
    void showSettings();
    void showAbout();
    void chooseLanguage(const QString &code);

    PlanDocument *m_document;
    ViewOptions *m_options;
    QTabWidget *m_pages = nullptr;
    TargetsPage *m_targets = nullptr;
    DashboardPage *m_dashboard = nullptr;
    MyProgressPage *m_progress = nullptr;
    ReportsPage *m_reports = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_showMonths = nullptr;
    QActionGroup *m_unitGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace st
