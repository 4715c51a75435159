#include "salestarget/gui/SettingsDialog.h"

#include "salestarget/domain/Audit.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace st;
using DayType = WorkCalendar::DayType;

namespace {

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
}

QString calendarSample(const char *name)
{
    return QStringLiteral(SALESTARGET_TEST_DATA_DIR "/calendar/") + QLatin1String(name);
}

int octoberWorkingDays(const WorkCalendar &calendar)
{
    return calendar.workingDays(QDate(2026, 10, 1), QDate(2026, 10, 31));
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plan.db"));
        m_document->open(m_path);
        m_dialog = std::make_unique<SettingsDialog>(m_document.get(), &m_options);
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QAbstractButton *button(QDialogButtonBox::StandardButton which) const
    {
        return child<QDialogButtonBox>("buttonBox")->button(which);
    }

    QString message() const
    {
        const auto *label = child<QLabel>("messageLabel");
        return label->isHidden() ? QString() : label->text();
    }

    /// The working-day count the dialog shows for `month` (1-12) of the selected year.
    int shownWorkingDays(int month) const
    {
        return child<QTableWidget>("monthDaysTable")->item(month - 1, 1)->text().toInt();
    }

    void addDay(QDate date, DayType type, const QString &name) const
    {
        child<QDateEdit>("dateEdit")->setDate(date);
        auto *types = child<QComboBox>("typeCombo");
        types->setCurrentIndex(types->findData(int(type)));
        child<QLineEdit>("nameEdit")->setText(name);
        child<QPushButton>("addButton")->click();
    }

    /// Replaces the empty plan with the demo plan (targets, trees) and a dialog over it.
    void openDemo()
    {
        m_dialog.reset();
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        m_document = std::make_unique<PlanDocument>(fixedClock);
        m_document->open(m_path, true);
        m_dialog = std::make_unique<SettingsDialog>(m_document.get(), &m_options);
    }

    /// Settings as a freshly opened document reads them from the file.
    PlanSettings reopenedSettings() const
    {
        PlanDocument again(fixedClock);
        again.open(m_path);
        return again.service().settings();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document = std::make_unique<PlanDocument>(fixedClock);
    ViewOptions m_options;
    std::unique_ptr<SettingsDialog> m_dialog;
};

} // namespace

TEST_F(SettingsDialogTest, ShowsTheSavedSettings)
{
    EXPECT_EQ(child<QComboBox>("fiscalStartCombo")->currentText(), QStringLiteral("January"));
    EXPECT_EQ(child<QComboBox>("fiscalStartCombo")->count(), 12);
    EXPECT_EQ(child<QComboBox>("currencyCombo")->currentText(), QStringLiteral("CNY"));
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>("laggingSpin")->value(), 80.0);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>("aheadSpin")->value(), 120.0);
    EXPECT_EQ(child<QDoubleSpinBox>("laggingSpin")->decimals(), 1);
    EXPECT_EQ(child<QComboBox>("unitCombo")->currentData().toInt(), int(DisplayUnit::Yuan));
    EXPECT_EQ(child<QSpinBox>("yearSpin")->value(), 2026); // the clock's year
    EXPECT_EQ(shownWorkingDays(10), 22);
    EXPECT_FALSE(button(QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet
    EXPECT_TRUE(child<QLabel>("fiscalWarningLabel")->isHidden());
    EXPECT_TRUE(message().isEmpty());
}

TEST_F(SettingsDialogTest, ThresholdsAreSavedOnOkAuditedAndKeptInTheFile)
{
    QSignalSpy changed(m_document.get(), &PlanDocument::settingsChanged);
    child<QDoubleSpinBox>("laggingSpin")->setValue(85.0);
    child<QDoubleSpinBox>("aheadSpin")->setValue(115.0);
    EXPECT_TRUE(button(QDialogButtonBox::Apply)->isEnabled());
    button(QDialogButtonBox::Ok)->click();

    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_document->service().settings().laggingBelowBp, 8500);
    EXPECT_EQ(m_document->service().settings().aheadAboveBp, 11500);
    const std::vector<AuditRecord> audit = m_document->service().repository().auditLog(5);
    ASSERT_FALSE(audit.empty());
    EXPECT_EQ(audit.front().entity, QStringLiteral("settings"));

    const PlanSettings reopened = reopenedSettings();
    EXPECT_EQ(reopened.laggingBelowBp, 8500);
    EXPECT_EQ(reopened.aheadAboveBp, 11500);
}

TEST_F(SettingsDialogTest, OneDecimalThresholdsAndTheOtherGeneralSettings)
{
    child<QDoubleSpinBox>("laggingSpin")->setValue(82.5);
    child<QComboBox>("fiscalStartCombo")->setCurrentIndex(3); // April
    child<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("usd"));
    child<QLineEdit>("companyEdit")->setText(QStringLiteral("Acme 销售部"));
    ASSERT_TRUE(m_dialog->apply());

    const PlanSettings &s = m_document->service().settings();
    EXPECT_EQ(s.laggingBelowBp, 8250);
    EXPECT_EQ(s.fiscalYearStartMonth, 4);
    EXPECT_EQ(s.currency, QStringLiteral("USD")); // typed in lower case: an ISO code all the same
    EXPECT_EQ(s.companyName, QStringLiteral("Acme 销售部"));
    EXPECT_EQ(m_document->service().tree(Dimension::Region).node(kRootId).name, QStringLiteral("Acme 销售部"));
    EXPECT_EQ(reopenedSettings(), s);
}

TEST_F(SettingsDialogTest, InvalidCurrencyShowsTheMessageAndSavesNothing)
{
    const PlanSettings before = m_document->service().settings();
    QSignalSpy changed(m_document.get(), &PlanDocument::settingsChanged);
    child<QDoubleSpinBox>("laggingSpin")->setValue(70.0);
    child<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("cn"));
    button(QDialogButtonBox::Ok)->click();

    EXPECT_NE(m_dialog->result(), QDialog::Accepted); // still open
    EXPECT_TRUE(message().contains(QStringLiteral("Currency must be a three-letter ISO code"))) << message().toStdString();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(m_document->service().settings(), before);
    EXPECT_EQ(reopenedSettings(), before);

    child<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("HKD")); // fixing it clears the message
    button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(message().isEmpty());
    EXPECT_EQ(m_document->service().settings().currency, QStringLiteral("HKD"));
}

TEST_F(SettingsDialogTest, AHolidayChangesTheWorkingDaysOfItsMonthInTheDialogThenInTheService)
{
    ASSERT_EQ(shownWorkingDays(10), 22);
    addDay(QDate(2026, 10, 8), DayType::Holiday, QStringLiteral("Bridge day"));

    EXPECT_EQ(shownWorkingDays(10), 21);
    EXPECT_EQ(child<QTableWidget>("monthDaysTable")->item(9, 2)->text(), QStringLiteral("−1"));
    EXPECT_EQ(child<QTableWidget>("monthDaysTable")->item(12, 1)->text().toInt(), 260); // 2026: 261 weekdays
    auto *table = child<QTableWidget>("exceptionsTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2026-10-08 Thu"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Holiday"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Bridge day"));
    EXPECT_EQ(octoberWorkingDays(m_document->service().settings().calendar), 22); // nothing written yet

    button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(octoberWorkingDays(m_document->service().settings().calendar), 21);
    EXPECT_FALSE(m_document->service().settings().calendar.isWorkingDay(QDate(2026, 10, 8)));
    EXPECT_EQ(octoberWorkingDays(reopenedSettings().calendar), 21);
}

TEST_F(SettingsDialogTest, EditAndRemoveADay)
{
    addDay(QDate(2026, 10, 10), DayType::ExtraWorkingDay, QStringLiteral("调休"));
    EXPECT_EQ(shownWorkingDays(10), 23);
    auto *table = child<QTableWidget>("exceptionsTable");
    auto *add = child<QPushButton>("addButton");
    EXPECT_EQ(add->text(), QStringLiteral("&Update")); // the date in the editor is listed
    EXPECT_TRUE(child<QPushButton>("removeButton")->isEnabled());

    table->clearSelection();
    table->selectRow(0); // fills the editor
    EXPECT_EQ(child<QLineEdit>("nameEdit")->text(), QStringLiteral("调休"));
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("国庆节调休"));
    add->click();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("国庆节调休"));

    table->selectRow(0);
    child<QPushButton>("removeButton")->click();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_EQ(shownWorkingDays(10), 22);
    EXPECT_EQ(add->text(), QStringLiteral("A&dd"));
    EXPECT_FALSE(button(QDialogButtonBox::Apply)->isEnabled()); // back to what is saved
}

TEST_F(SettingsDialogTest, ADayThatChangesNothingIsMarked)
{
    addDay(QDate(2026, 10, 10), DayType::Holiday, QString()); // a Saturday
    EXPECT_EQ(shownWorkingDays(10), 22);
    EXPECT_TRUE(child<QTableWidget>("exceptionsTable")->item(0, 1)->text().contains(QStringLiteral("no effect")));
    EXPECT_TRUE(message().contains(QStringLiteral("weekend"))) << message().toStdString();
}

TEST_F(SettingsDialogTest, ADayInAnotherYearShowsThatYear)
{
    addDay(QDate(2027, 2, 8), DayType::Holiday, QStringLiteral("春节"));
    EXPECT_EQ(child<QSpinBox>("yearSpin")->value(), 2027);
    EXPECT_EQ(child<QTableWidget>("exceptionsTable")->rowCount(), 1);
    child<QSpinBox>("yearSpin")->setValue(2026);
    EXPECT_EQ(child<QTableWidget>("exceptionsTable")->rowCount(), 0);
    EXPECT_EQ(child<QDateEdit>("dateEdit")->date().year(), 2026);
}

TEST_F(SettingsDialogTest, EnterInTheNameFieldAddsTheDayAndKeepsTheDialogOpen)
{
    m_dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    child<QTabWidget>("tabs")->setCurrentIndex(1);
    child<QDateEdit>("dateEdit")->setDate(QDate(2026, 10, 9));
    auto *name = child<QLineEdit>("nameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Bridge"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(child<QTableWidget>("exceptionsTable")->rowCount(), 1);
    EXPECT_EQ(shownWorkingDays(10), 21);
}

TEST_F(SettingsDialogTest, ImportingACalendarMergesItIntoTheTable)
{
    addDay(QDate(2026, 10, 1), DayType::ExtraWorkingDay, QStringLiteral("replaced by the file"));
    addDay(QDate(2026, 12, 31), DayType::Holiday, QStringLiteral("kept"));
    ASSERT_TRUE(m_dialog->importCalendar(calendarSample("holidays_zh_utf8.csv")));

    EXPECT_TRUE(message().contains(QStringLiteral("Imported 9 days"))) << message().toStdString();
    EXPECT_EQ(child<QTableWidget>("exceptionsTable")->rowCount(), 10);
    EXPECT_EQ(shownWorkingDays(9), 23);  // + Sunday 20th
    EXPECT_EQ(shownWorkingDays(10), 18); // - five weekdays + Saturday 10th
    EXPECT_EQ(octoberWorkingDays(m_document->service().settings().calendar), 22); // not saved yet

    button(QDialogButtonBox::Ok)->click();
    const WorkCalendar &saved = m_document->service().settings().calendar;
    EXPECT_EQ(octoberWorkingDays(saved), 18);
    EXPECT_EQ(saved.exceptions().size(), 10u);
    EXPECT_EQ(saved.exceptions().front().name, QStringLiteral("国庆节调休")); // 2026-09-20
    EXPECT_FALSE(saved.isWorkingDay(QDate(2026, 10, 1)));
}

TEST_F(SettingsDialogTest, ImportingAGb18030FileOfAnotherYearShowsThatYear)
{
    ASSERT_TRUE(m_dialog->importCalendar(calendarSample("english_tab.csv")));
    EXPECT_EQ(child<QSpinBox>("yearSpin")->value(), 2027);
    ASSERT_TRUE(m_dialog->importCalendar(calendarSample("holidays_gb18030.csv")));
    EXPECT_EQ(child<QSpinBox>("yearSpin")->value(), 2026);
    EXPECT_EQ(child<QTableWidget>("exceptionsTable")->item(0, 2)->text(), QStringLiteral("春节调休"));
}

TEST_F(SettingsDialogTest, ABadCalendarFileListsItsLinesAndMergesNothing)
{
    EXPECT_FALSE(m_dialog->importCalendar(calendarSample("bad_lines.csv")));
    const QString text = message();
    EXPECT_TRUE(text.contains(QStringLiteral("Nothing was imported from bad_lines.csv"))) << text.toStdString();
    for (const char *line : {"line 3, column date", "line 4, column type", "line 5", "line 6"})
        EXPECT_TRUE(text.contains(QLatin1String(line))) << line << "\n" << text.toStdString();
    EXPECT_EQ(child<QTableWidget>("exceptionsTable")->rowCount(), 0);
    EXPECT_EQ(shownWorkingDays(10), 22);
    EXPECT_FALSE(button(QDialogButtonBox::Apply)->isEnabled());

    EXPECT_FALSE(m_dialog->importCalendar(m_dir.filePath(QStringLiteral("missing.csv"))));
    EXPECT_TRUE(message().contains(QStringLiteral("Cannot open")));
}

TEST_F(SettingsDialogTest, CancelLeavesEverythingUnchanged)
{
    const PlanSettings before = m_document->service().settings();
    QSignalSpy changed(m_document.get(), &PlanDocument::settingsChanged);
    QSignalSpy unit(&m_options, &ViewOptions::displayUnitChanged);
    child<QDoubleSpinBox>("laggingSpin")->setValue(85.0);
    child<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("EUR"));
    child<QComboBox>("unitCombo")->setCurrentIndex(1);
    addDay(QDate(2026, 10, 8), DayType::Holiday, QString());
    ASSERT_TRUE(m_dialog->importCalendar(calendarSample("dates_only.csv")));
    button(QDialogButtonBox::Cancel)->click();

    EXPECT_EQ(m_dialog->result(), QDialog::Rejected);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(unit.count(), 0);
    EXPECT_EQ(m_options.displayUnit(), DisplayUnit::Yuan);
    EXPECT_EQ(m_document->service().settings(), before);
    EXPECT_EQ(reopenedSettings(), before);
}

TEST_F(SettingsDialogTest, ApplySetsTheDisplayUnitAndKeepsTheDialogOpen)
{
    QSignalSpy changed(m_document.get(), &PlanDocument::settingsChanged);
    auto *units = child<QComboBox>("unitCombo");
    units->setCurrentIndex(units->findData(int(DisplayUnit::TenThousand)));
    EXPECT_EQ(units->currentText(), QStringLiteral("10k CNY (万元)"));
    ASSERT_TRUE(button(QDialogButtonBox::Apply)->isEnabled());
    button(QDialogButtonBox::Apply)->click();

    EXPECT_EQ(m_options.displayUnit(), DisplayUnit::TenThousand);
    EXPECT_EQ(changed.count(), 0); // the unit is a view option, not a plan setting
    EXPECT_FALSE(button(QDialogButtonBox::Apply)->isEnabled());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);

    child<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("USD"));
    EXPECT_EQ(units->currentText(), QStringLiteral("10k USD")); // labels follow the currency
}

TEST_F(SettingsDialogTest, ChangingTheFiscalStartWarnsOnlyWhenThePlanHasTargets)
{
    child<QComboBox>("fiscalStartCombo")->setCurrentIndex(3);
    EXPECT_TRUE(child<QLabel>("fiscalWarningLabel")->isHidden()); // an empty plan: nothing to regroup

    openDemo();
    ASSERT_GT(m_document->service().targets().cellCount(), 0u);
    auto *months = child<QComboBox>("fiscalStartCombo");
    auto *warning = child<QLabel>("fiscalWarningLabel");
    EXPECT_TRUE(warning->isHidden());
    const int saved = m_document->service().settings().fiscalYearStartMonth;
    months->setCurrentIndex(saved == 4 ? 0 : 3);
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("regrouped")));
    months->setCurrentIndex(saved - 1);
    EXPECT_TRUE(warning->isHidden());
}

// Renders both tabs in English; with SALESTARGET_SCREENSHOT_DIR set the images are kept for review.
TEST_F(SettingsDialogTest, NothingIsClippedOnEitherTab)
{
    openDemo();
    m_dialog->importCalendar(calendarSample("holidays_zh_utf8.csv"));
    child<QComboBox>("fiscalStartCombo")->setCurrentIndex(3); // shows the warning about regrouping
    m_dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto *tabs = child<QTabWidget>("tabs");
    const QString dir = qEnvironmentVariable("SALESTARGET_SCREENSHOT_DIR");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QWidget *w : tabs->widget(tab)->findChildren<QWidget *>()) {
            if (!w->isVisible() || (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QComboBox *>(w) &&
                                    !(qobject_cast<QLabel *>(w) && !qobject_cast<QLabel *>(w)->wordWrap())))
                continue;
            EXPECT_GE(w->width(), w->minimumSizeHint().width()) << w->objectName().toStdString();
        }
        auto *months = child<QTableWidget>("monthDaysTable");
        if (tab == 1) {
            EXPECT_GE(months->viewport()->width(), months->horizontalHeader()->length()) << "month table scrolls sideways";
        }
        const QPixmap image = m_dialog->grab();
        EXPECT_FALSE(image.isNull());
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(QStringLiteral("SettingsDialog-%1.png").arg(tab)));
    }
    // A failed import lists its lines under the tabs; the buttons must stay on screen.
    EXPECT_FALSE(m_dialog->importCalendar(calendarSample("bad_lines.csv")));
    QCoreApplication::processEvents();
    EXPECT_LE(m_dialog->height(), 700);
    EXPECT_TRUE(child<QDialogButtonBox>("buttonBox")->isVisible());
    if (!dir.isEmpty())
        m_dialog->grab().save(QDir(dir).filePath(QStringLiteral("SettingsDialog-import-errors.png")));
}
