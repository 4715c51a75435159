#pragma once

#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/WorkCalendar.h"
#include "salestarget/gui/DisplayFormat.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class SettingsDialog;
}
QT_END_NAMESPACE

namespace st {

class PlanDocument;
class ViewOptions;

/// Plan settings: fiscal year start, currency, company name, status thresholds, money display
/// unit (General tab) and the working-day calendar with its per-month effect (Working Days tab).
/// The dialog edits a copy; nothing is written before OK or Apply, and Cancel changes nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `document` must be open; `options` receives the display unit on OK/Apply.
    explicit SettingsDialog(PlanDocument *document, ViewOptions *options, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as the dialog shows them (not saved yet).
    PlanSettings pendingSettings() const;
    /// The money unit as the dialog shows it.
    DisplayUnit pendingDisplayUnit() const;
    /// Validates and saves the settings (one audited transaction) and the display unit. A refusal
    /// is shown in the dialog and returns false; nothing is saved then.
    bool apply();
    /// Reads a calendar CSV and merges its days into the pending calendar (a date already listed
    /// takes the file's type and name). On any bad line, lists the lines and merges nothing.
    bool importCalendar(const QString &path);

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void loadFromDocument();
    void fillChoices();
    void fillUnitChoices();
    void showYear();
    void refreshExceptions();
    void refreshMonthDays();
    void addOrUpdateException();
    void removeSelectedExceptions();
    void chooseCalendarFile();
    void editSelectedException();
    void updateEditButtons();
    void updateFiscalWarning();
    void updateApplyButton();
    void showMessage(const QString &text, bool error);
    void clearMessage();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    PlanDocument *m_document;
    ViewOptions *m_options;
    WorkCalendar m_calendar; // the pending calendar, written on OK/Apply only
};

} // namespace st
