#include "salestarget/gui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/reporting/CalendarImporter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>

#include <array>

namespace st {

namespace {

using DayType = WorkCalendar::DayType;

enum ExceptionColumn { DateColumn, TypeColumn, NameColumn };
enum MonthTableColumn { MonthColumn, DaysColumn, ChangeColumn };
constexpr int kShownIssues = 10;

const Metric &moneyMetric()
{
    for (const Metric &m : Metric::builtIns()) {
        if (m.unit == MetricUnit::Currency)
            return m;
    }
    return Metric::builtIns().front();
}

std::optional<WorkCalendar::Exception> exceptionOn(const WorkCalendar &calendar, QDate date)
{
    for (const WorkCalendar::Exception &e : calendar.exceptions()) {
        if (e.date == date)
            return e;
    }
    return std::nullopt;
}

// A holiday on a weekend or an extra working day on a weekday is allowed but changes nothing.
bool hasNoEffect(const WorkCalendar::Exception &e)
{
    const bool weekday = e.date.dayOfWeek() <= 5;
    return (e.type == DayType::Holiday) != weekday;
}

// Thresholds are shown with one decimal; keep a finer stored value the user did not touch.
int basisPoints(double percent, int saved)
{
    const int bp = qRound(percent * 100.0);
    return qRound(saved / 10.0) * 10 == bp ? saved : bp;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

SettingsDialog::SettingsDialog(PlanDocument *document, ViewOptions *options, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_document(document), m_options(options)
{
    Q_ASSERT(m_document && m_document->isOpen() && m_options);
    m_ui->setupUi(this);
    fillChoices();
    loadFromDocument();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    connect(m_ui->companyEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_ui->fiscalStartCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFiscalWarning);
    connect(m_ui->fiscalStartCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this, &SettingsDialog::fillUnitChoices);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_ui->laggingSpin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_ui->aheadSpin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateApplyButton);

    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &SettingsDialog::showYear);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &SettingsDialog::updateEditButtons);
    connect(m_ui->exceptionsTable, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::editSelectedException);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SettingsDialog::addOrUpdateException);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SettingsDialog::removeSelectedExceptions);
    connect(m_ui->importButton, &QPushButton::clicked, this, &SettingsDialog::chooseCalendarFile);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillChoices()
{
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_ui->fiscalStartCombo->addItem(locale.standaloneMonthName(month), month);
    m_ui->currencyCombo->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                   QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("GBP"),
                                   QStringLiteral("TWD"), QStringLiteral("SGD"), QStringLiteral("KRW"),
                                   QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("CHF")});
    m_ui->typeCombo->addItem(tr("Holiday"), int(DayType::Holiday));
    m_ui->typeCombo->addItem(tr("Extra working day"), int(DayType::ExtraWorkingDay));
    m_ui->dateEdit->setDateRange(QDate(m_ui->yearSpin->minimum(), 1, 1), QDate(m_ui->yearSpin->maximum(), 12, 31));

    // Columns and headers are in the form; row heights follow the font, so they are set here.
    const int rowHeight = fontMetrics().height() + 8;
    m_ui->exceptionsTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->exceptionsTable->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_ui->exceptionsTable->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_ui->monthDaysTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->monthDaysTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->monthDaysTable->setRowCount(13); // twelve months and the year

    // The three group boxes have forms of their own: one label width lines their fields up.
    const std::array labels{m_ui->companyLabel, m_ui->fiscalStartLabel, m_ui->currencyLabel,
                            m_ui->laggingLabel, m_ui->aheadLabel,       m_ui->unitLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);

    // QFormLayout sizes a wrapped label's row for a narrow guess of its width, which leaves blank
    // lines around it; a realistic minimum width makes the guess right.
    for (QLabel *wrapped : {m_ui->fiscalWarningLabel, m_ui->thresholdHintLabel})
        wrapped->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    QPalette warning = m_ui->fiscalWarningLabel->palette();
    warning.setColor(QPalette::WindowText, DisplayFormat::statusColor(Status::Lagging));
    m_ui->fiscalWarningLabel->setPalette(warning);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
}

void SettingsDialog::fillUnitChoices()
{
    // The labels name the currency being typed, so "10k USD" follows a change of currency.
    const QString currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    const int index = std::max(m_ui->unitCombo->currentIndex(), 0);
    const QSignalBlocker blocker(m_ui->unitCombo);
    m_ui->unitCombo->clear();
    for (DisplayUnit unit : {DisplayUnit::Yuan, DisplayUnit::TenThousand})
        m_ui->unitCombo->addItem(DisplayFormat::unitLabel(moneyMetric(), unit, currency), int(unit));
    m_ui->unitCombo->setCurrentIndex(index);
}

void SettingsDialog::loadFromDocument()
{
    const PlanService &service = m_document->service();
    const PlanSettings &s = service.settings();
    m_ui->companyEdit->setText(s.companyName);
    // An unnamed root is shown as "/", which is no example of a company name.
    const QString rootName = service.tree(Dimension::Product).node(kRootId).name;
    m_ui->companyEdit->setPlaceholderText(rootName == u"/" ? tr("Shown at the top of every tree, e.g. Acme Sales")
                                                           : rootName);
    m_ui->fiscalStartCombo->setCurrentIndex(s.fiscalYearStartMonth - 1);
    m_ui->currencyCombo->setCurrentText(s.currency);
    fillUnitChoices();
    m_ui->unitCombo->setCurrentIndex(m_ui->unitCombo->findData(int(m_options->displayUnit())));
    m_ui->laggingSpin->setValue(s.laggingBelowBp / 100.0);
    m_ui->aheadSpin->setValue(s.aheadAboveBp / 100.0);
    m_calendar = s.calendar;

    const QDate today = m_document->today();
    m_ui->dateEdit->setDate(today);
    m_ui->yearSpin->setValue(today.year());
    showYear();
    updateFiscalWarning();
    updateApplyButton();
    clearMessage();
}

PlanSettings SettingsDialog::pendingSettings() const
{
    const PlanSettings &saved = m_document->service().settings();
    PlanSettings s = saved; // keeps anything this dialog does not show
    s.companyName = m_ui->companyEdit->text().trimmed();
    s.fiscalYearStartMonth = m_ui->fiscalStartCombo->currentData().toInt();
    s.currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    s.laggingBelowBp = basisPoints(m_ui->laggingSpin->value(), saved.laggingBelowBp);
    s.aheadAboveBp = basisPoints(m_ui->aheadSpin->value(), saved.aheadAboveBp);
    s.calendar = m_calendar;
    return s;
}

DisplayUnit SettingsDialog::pendingDisplayUnit() const
{
    return DisplayUnit(m_ui->unitCombo->currentData().toInt());
}

bool SettingsDialog::apply()
{
    clearMessage();
    const PlanSettings settings = pendingSettings();
    try {
        settings.validate();
        if (!(settings == m_document->service().settings()))
            m_document->saveSettings(settings); // one audited transaction; emits settingsChanged()
    } catch (const DomainError &e) {
        showMessage(e.message(), true);
        return false;
    } catch (const std::exception &e) {
        showMessage(tr("The settings could not be saved: %1").arg(QString::fromLocal8Bit(e.what())), true);
        return false;
    }
    m_options->setDisplayUnit(pendingDisplayUnit());
    updateFiscalWarning();
    updateApplyButton();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the day editor adds the day instead of closing the dialog with OK.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget *focus = focusWidget();
    if (enter && focus && (focus == m_ui->nameEdit || m_ui->dateEdit->isAncestorOf(focus) || focus == m_ui->dateEdit)) {
        addOrUpdateException();
        return;
    }
    QDialog::keyPressEvent(event);
}

// --- working days ----------------------------------------------------------------------------

void SettingsDialog::showYear()
{
    const int year = m_ui->yearSpin->value();
    const QDate shown = m_ui->dateEdit->date();
    if (shown.year() != year) {
        const QDate first(year, shown.month(), 1);
        m_ui->dateEdit->setDate(QDate(year, shown.month(), std::min(shown.day(), first.daysInMonth())));
    }
    refreshExceptions();
    refreshMonthDays();
}

void SettingsDialog::refreshExceptions()
{
    const int year = m_ui->yearSpin->value();
    const QLocale locale;
    QTableWidget *table = m_ui->exceptionsTable;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(0);
    for (const WorkCalendar::Exception &e : m_calendar.exceptions()) {
        if (e.date.year() != year)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        auto *date = cell(locale.toString(e.date, QStringLiteral("yyyy-MM-dd ddd")));
        date->setData(Qt::UserRole, e.date);
        const QString type = e.type == DayType::Holiday ? tr("Holiday") : tr("Extra working day");
        auto *typeItem = cell(hasNoEffect(e) ? tr("%1 (no effect)").arg(type) : type);
        typeItem->setData(Qt::UserRole, int(e.type));
        auto *name = cell(e.name);
        if (hasNoEffect(e)) {
            const QString why = e.type == DayType::Holiday ? tr("A weekend is a day off already.")
                                                           : tr("A weekday is a working day already.");
            for (QTableWidgetItem *item : {date, typeItem, name})
                item->setToolTip(why);
        }
        table->setItem(row, DateColumn, date);
        table->setItem(row, TypeColumn, typeItem);
        table->setItem(row, NameColumn, name);
    }
    updateEditButtons();
}

void SettingsDialog::refreshMonthDays()
{
    const int year = m_ui->yearSpin->value();
    const QLocale locale;
    const WorkCalendar plain; // Monday to Friday: what the exceptions change
    QTableWidget *table = m_ui->monthDaysTable;
    int total = 0, totalPlain = 0;
    for (int row = 0; row <= 12; ++row) {
        const bool yearRow = row == 12;
        const QDate first(year, yearRow ? 1 : row + 1, 1);
        const QDate last = yearRow ? QDate(year, 12, 31) : first.addMonths(1).addDays(-1);
        const int days = yearRow ? total : m_calendar.workingDays(first, last);
        const int plainDays = yearRow ? totalPlain : plain.workingDays(first, last);
        total += days;
        totalPlain += plainDays;
        const int change = days - plainDays;
        const QString changeText = change == 0 ? QString()
                                 : change > 0  ? QStringLiteral("+%1").arg(change)
                                               : QStringLiteral("−%1").arg(-change);
        const auto numeric = Qt::AlignRight | Qt::AlignVCenter;
        table->setItem(row, MonthColumn, cell(yearRow ? tr("Year %1").arg(year) : locale.standaloneMonthName(row + 1)));
        table->setItem(row, DaysColumn, cell(locale.toString(days), numeric));
        table->setItem(row, ChangeColumn, cell(changeText, numeric));
        table->item(row, DaysColumn)->setData(Qt::UserRole, days);
        if (yearRow) {
            for (int column = 0; column < table->columnCount(); ++column) {
                QFont bold = table->font();
                bold.setBold(true);
                table->item(row, column)->setFont(bold);
            }
        }
    }
    table->setMinimumWidth(table->horizontalHeader()->length() + 2 * table->frameWidth() +
                           table->verticalScrollBar()->sizeHint().width());
}

void SettingsDialog::addOrUpdateException()
{
    const QDate date = m_ui->dateEdit->date();
    const WorkCalendar::Exception e{date, DayType(m_ui->typeCombo->currentData().toInt()),
                                    m_ui->nameEdit->text().trimmed()};
    m_calendar.setException(e.date, e.type, e.name);
    clearMessage();
    if (m_ui->yearSpin->value() != date.year()) {
        m_ui->yearSpin->setValue(date.year()); // shows that year
    } else {
        refreshExceptions();
        refreshMonthDays();
    }
    for (int row = 0; row < m_ui->exceptionsTable->rowCount(); ++row) {
        if (m_ui->exceptionsTable->item(row, DateColumn)->data(Qt::UserRole).toDate() == date)
            m_ui->exceptionsTable->selectRow(row);
    }
    if (hasNoEffect(e))
        showMessage(e.type == DayType::Holiday
                        ? tr("%1 is a weekend day: as a holiday it changes no working-day count.").arg(date.toString(Qt::ISODate))
                        : tr("%1 is a weekday: as an extra working day it changes no working-day count.").arg(date.toString(Qt::ISODate)),
                    false);
    updateApplyButton();
}

void SettingsDialog::removeSelectedExceptions()
{
    const QModelIndexList rows = m_ui->exceptionsTable->selectionModel()->selectedRows(DateColumn);
    for (const QModelIndex &index : rows)
        m_calendar.clearException(index.data(Qt::UserRole).toDate());
    refreshExceptions();
    refreshMonthDays();
    updateApplyButton();
}

void SettingsDialog::editSelectedException()
{
    const QModelIndexList rows = m_ui->exceptionsTable->selectionModel()->selectedRows(DateColumn);
    if (rows.size() == 1) {
        const int row = rows.front().row();
        const QTableWidget *table = m_ui->exceptionsTable;
        m_ui->dateEdit->setDate(table->item(row, DateColumn)->data(Qt::UserRole).toDate());
        m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(table->item(row, TypeColumn)->data(Qt::UserRole)));
        m_ui->nameEdit->setText(table->item(row, NameColumn)->text());
    }
    updateEditButtons();
}

void SettingsDialog::updateEditButtons()
{
    const bool listed = exceptionOn(m_calendar, m_ui->dateEdit->date()).has_value();
    m_ui->addButton->setText(listed ? tr("&Update") : tr("A&dd"));
    m_ui->removeButton->setEnabled(m_ui->exceptionsTable->selectionModel()->hasSelection());
}

void SettingsDialog::chooseCalendarFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Working-Day Calendar"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCalendar(path);
}

bool SettingsDialog::importCalendar(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const CalendarReading reading = CalendarImporter::read(file.readAll());
    if (!reading.ok()) {
        QStringList lines{tr("Nothing was imported from %1. Correct these lines and import it again:").arg(fileName)};
        const int count = int(reading.issues.size());
        for (int i = 0; i < std::min(count, kShownIssues); ++i)
            lines << QStringLiteral("  • ") + reading.issues[std::size_t(i)].toString();
        if (count > kShownIssues)
            lines << tr("  … and %1 more.").arg(count - kShownIssues);
        showMessage(lines.join(u'\n'), true);
        return false;
    }
    bool inShownYear = false;
    for (const WorkCalendar::Exception &e : reading.exceptions) {
        m_calendar.setException(e.date, e.type, e.name);
        inShownYear = inShownYear || e.date.year() == m_ui->yearSpin->value();
    }
    if (!inShownYear) {
        m_ui->yearSpin->setValue(reading.exceptions.front().date.year());
    } else {
        refreshExceptions();
        refreshMonthDays();
    }
    // Two texts rather than %n: English plurals would need a translation file of their own.
    const qsizetype count = qsizetype(reading.exceptions.size());
    showMessage(count == 1 ? tr("Imported 1 day from %1. It is saved when you click OK or Apply.").arg(fileName)
                           : tr("Imported %1 days from %2. They are saved when you click OK or Apply.").arg(count).arg(fileName),
                false);
    updateApplyButton();
    return true;
}

// --- state ------------------------------------------------------------------------------------

void SettingsDialog::updateFiscalWarning()
{
    const bool changed = m_ui->fiscalStartCombo->currentData().toInt() != m_document->service().settings().fiscalYearStartMonth;
    m_ui->fiscalWarningLabel->setVisible(changed && m_document->service().targets().cellCount() > 0);
}

void SettingsDialog::updateApplyButton()
{
    const bool changed = !(pendingSettings() == m_document->service().settings()) ||
                         pendingDisplayUnit() != m_options->displayUnit();
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(changed);
}

void SettingsDialog::showMessage(const QString &text, bool error)
{
    QPalette palette = m_ui->messageLabel->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, DisplayFormat::statusColor(Status::Lagging));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setText(error ? QStringLiteral("⚠ ") + text : text);
    m_ui->messageLabel->show();
}

void SettingsDialog::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

} // namespace st
