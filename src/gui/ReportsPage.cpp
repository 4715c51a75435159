#include "salestarget/gui/ReportsPage.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/SummaryPreviewModel.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/reporting/SummaryCsvWriter.h"
#include "salestarget/reporting/SummaryPdfWriter.h"
#include "salestarget/reporting/SummaryXlsxWriter.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

namespace {

constexpr int kProgressAfterMs = 300; // an export that lasts longer shows a progress dialog

/// Number of ISO weeks of ISO year `year` (52 or 53).
int weeksIn(int year)
{
    int isoYear = 0;
    const int w = QDate(year, 12, 28).weekNumber(&isoYear);
    return w;
}

} // namespace

ReportsPage::ReportsPage(PlanDocument *document, ViewOptions *options, QWidget *parent)
    : QWidget(parent), m_document(document), m_options(options)
{
    m_model = new SummaryPreviewModel(this);
    m_model->setDisplayUnit(options->displayUnit());
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsPage::refresh);
    buildUi();
    connect(m_options, &ViewOptions::displayUnitChanged, this, [this](DisplayUnit unit) {
        m_model->setDisplayUnit(unit);
        updateNote();
        m_view->resizeColumnsToContents();
    });
    connect(m_document, &PlanDocument::opened, this, &ReportsPage::reloadChoices);
    connect(m_document, &PlanDocument::settingsChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_document, &PlanDocument::treeChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_document, &PlanDocument::targetsChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_document, &PlanDocument::entriesChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_document, &PlanDocument::entryChanged, this, &ReportsPage::scheduleRefresh);
    if (m_document->isOpen())
        reloadChoices();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildUi()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Week:"), this));
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous week"));
    bar->addWidget(previous);
    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("weekYearBox"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setToolTip(tr("ISO year of the week"));
    bar->addWidget(m_yearBox);
    m_weekBox = new QSpinBox(this);
    m_weekBox->setObjectName(QStringLiteral("weekNumberBox"));
    m_weekBox->setPrefix(QStringLiteral("W"));
    m_weekBox->setRange(1, 53);
    m_weekBox->setToolTip(tr("ISO week number (Monday to Sunday)"));
    bar->addWidget(m_weekBox);
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week"));
    bar->addWidget(next);
    m_weekDates = new QLabel(this);
    m_weekDates->setObjectName(QStringLiteral("weekDatesLabel"));
    bar->addWidget(m_weekDates);
    auto *thisWeek = new QPushButton(tr("This week"), this);
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    bar->addWidget(thisWeek);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("As of:"), this));
    m_asOfEdit = new QDateEdit(this);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setToolTip(tr("Actuals count through this day; the month, quarter and year are those containing it."));
    bar->addWidget(m_asOfEdit);
    bar->addStretch(1);

    auto *bar2 = new QHBoxLayout;
    bar2->addWidget(new QLabel(tr("Dimension:"), this));
    m_dimensionBox = new QComboBox(this);
    m_dimensionBox->setObjectName(QStringLiteral("dimensionBox"));
    for (Dimension d : {Dimension::Org, Dimension::Product, Dimension::Region})
        m_dimensionBox->addItem(dimensionName(d), int(d));
    bar2->addWidget(m_dimensionBox);
    bar2->addSpacing(12);
    bar2->addWidget(new QLabel(tr("Metric:"), this));
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    for (const Metric &m : Metric::builtIns())
        m_metricBox->addItem(m.name(), m.id);
    bar2->addWidget(m_metricBox);
    bar2->addSpacing(12);
    m_allDimensions = new QCheckBox(tr("Export every dimension"), this);
    m_allDimensions->setObjectName(QStringLiteral("allDimensionsCheck"));
    m_allDimensions->setToolTip(tr("Excel gets a sheet and PDF/CSV a section per dimension, the chosen one first."));
    bar2->addWidget(m_allDimensions);
    bar2->addStretch(1);
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the weekly summary as an Excel workbook, a PDF or a CSV file"));
    bar2->addWidget(m_exportButton);
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    bar2->addWidget(m_printButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(bar2);
    layout->addWidget(m_message);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(previous, &QToolButton::clicked, this, [this] { stepWeek(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepWeek(1); });
    connect(thisWeek, &QPushButton::clicked, this, [this] {
        int isoYear = 0;
        const int w = m_document->today().weekNumber(&isoYear);
        setWeek(isoYear, w);
    });
    connect(m_yearBox, &QSpinBox::valueChanged, this, &ReportsPage::weekChanged);
    connect(m_weekBox, &QSpinBox::valueChanged, this, &ReportsPage::weekChanged);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_dimensionBox, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::onExport);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::onPrint);
}

void ReportsPage::reloadChoices()
{
    int isoYear = 0;
    const int w = m_document->today().weekNumber(&isoYear);
    setWeek(isoYear, w);
    refresh();
}

Period ReportsPage::week() const
{
    try {
        return Period::week(m_yearBox->value(), m_weekBox->value());
    } catch (const DomainError &) {
        return Period::week(m_yearBox->value(), 1);
    }
}

void ReportsPage::setWeek(int isoYear, int week)
{
    if (isoYear < m_yearBox->minimum() || isoYear > m_yearBox->maximum() || week < 1 || week > weeksIn(isoYear))
        return;
    m_updating = true;
    m_yearBox->setValue(isoYear);
    m_weekBox->setMaximum(weeksIn(isoYear));
    m_weekBox->setValue(week);
    m_updating = false;
    weekChanged();
}

void ReportsPage::weekChanged()
{
    if (m_updating)
        return;
    m_updating = true;
    m_weekBox->setMaximum(weeksIn(m_yearBox->value()));
    m_updating = false;
    const Period w = week();
    m_weekDates->setText(tr("%1 – %2").arg(w.first().toString(Qt::ISODate), w.last().toString(Qt::ISODate)));
    {
        const QSignalBlocker block(m_asOfEdit);
        m_asOfEdit->setDate(WeeklySummary::defaultAsOf(w, m_document->isOpen() ? m_document->today() : w.last()));
    }
    scheduleRefresh();
}

void ReportsPage::stepWeek(int delta)
{
    QDate monday = week().first().addDays(7 * delta);
    int isoYear = 0;
    const int w = monday.weekNumber(&isoYear);
    setWeek(isoYear, w);
}

QDate ReportsPage::asOf() const
{
    return m_asOfEdit->date();
}

void ReportsPage::setAsOf(QDate date)
{
    if (date.isValid())
        m_asOfEdit->setDate(date);
}

Dimension ReportsPage::dimension() const
{
    return Dimension(m_dimensionBox->currentData().toInt());
}

void ReportsPage::setDimension(Dimension d)
{
    m_dimensionBox->setCurrentIndex(m_dimensionBox->findData(int(d)));
}

MetricId ReportsPage::metric() const
{
    return m_metricBox->currentData().toInt();
}

void ReportsPage::setMetric(MetricId metric)
{
    if (const int i = m_metricBox->findData(metric); i >= 0)
        m_metricBox->setCurrentIndex(i);
}

bool ReportsPage::allDimensions() const
{
    return m_allDimensions->isChecked();
}

void ReportsPage::setAllDimensions(bool all)
{
    m_allDimensions->setChecked(all);
}

void ReportsPage::scheduleRefresh()
{
    // A hidden page rebuilds when it is shown (or exported from), not on every change of the plan.
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer->start();
}

void ReportsPage::updateNote()
{
    if (!m_summary) {
        m_note->clear();
        return;
    }
    const Metric &metric = m_summary->metricInfo();
    m_note->setText(tr("Amounts in %1. %2")
                        .arg(DisplayFormat::unitLabel(metric, m_options->displayUnit(), m_summary->currency),
                             m_summary->note()));
}

std::shared_ptr<WeeklySummary> ReportsPage::build(bool every) const
{
    std::vector<Dimension> dimensions{dimension()};
    if (every) {
        for (Dimension d : {Dimension::Org, Dimension::Product, Dimension::Region}) {
            if (d != dimension())
                dimensions.push_back(d);
        }
    }
    int isoYear = 0;
    const int w = week().first().weekNumber(&isoYear);
    return std::make_shared<WeeklySummary>(WeeklySummary::build(m_document->service(), dimensions, metric(), isoYear, w,
                                                                asOf(), m_document->now()));
}

void ReportsPage::refresh()
{
    m_refreshTimer->stop();
    if (!m_document->isOpen())
        return;
    m_dirty = false;
    try {
        m_summary = build(false);
        m_model->setSummary(m_summary, 0);
        updateNote();
        const int lagging = m_summary->laggingCount();
        m_message->setVisible(false);
        m_lastError.clear();
        m_view->resizeColumnsToContents();
        Q_EMIT statusMessage(tr("Weekly summary %1: %n lagging node(s).", nullptr, lagging)
                                 .arg(WeeklySummary::periodLabel(m_summary->week)));
    } catch (const DomainError &e) {
        m_summary.reset();
        m_model->setSummary(nullptr);
        updateNote();
        showMessage(e.message(), true);
    }
    m_exportButton->setEnabled(m_summary != nullptr);
    m_printButton->setEnabled(m_summary != nullptr);
}

std::shared_ptr<const WeeklySummary> ReportsPage::exportSummary()
{
    if (m_dirty || !m_summary)
        refresh();
    if (!m_summary)
        throw DomainError(m_lastError.isEmpty() ? tr("There is no summary to export.") : m_lastError);
    if (!allDimensions())
        return m_summary;
    return build(true);
}

void ReportsPage::showMessage(const QString &text, bool error)
{
    if (error)
        m_lastError = text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #FDECEA; color: #9C0006; padding: 4px; }")
                                   : QStringLiteral("QLabel { background: #E8F5E9; color: #1B5E20; padding: 4px; }"));
    m_message->setVisible(true);
    Q_EMIT statusMessage(text);
}

void ReportsPage::runWithProgress(const QString &title, const QString &label, const PagedWork &work, bool here)
{
    QProgressDialog progress(label, QString(), 0, 0, this);
    progress.setWindowTitle(title);
    progress.setCancelButton(nullptr);
    progress.setWindowModality(Qt::WindowModal); // no input reaches the window meanwhile
    progress.setMinimumDuration(kProgressAfterMs);
    progress.setValue(0);
    if (here) {
        // Pages are laid out and painted with fonts, which only the GUI thread may use everywhere:
        // the dialog moves on (and repaints) after each page.
        work([&progress](int page, int pageCount) {
            progress.setMaximum(pageCount);
            progress.setValue(page);
        });
        return;
    }
    QThread *thread = QThread::create([&work] { work({}); });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

bool ReportsPage::exportTo(const QString &path)
{
    m_lastError.clear();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"pdf" && suffix != u"csv") {
        showMessage(tr("Cannot export to %1: choose a file name ending in .xlsx, .pdf or .csv.")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
        return false;
    }
    std::shared_ptr<const WeeklySummary> summary;
    try {
        summary = exportSummary();
    } catch (const DomainError &e) {
        showMessage(e.message(), true);
        return false;
    }
    QString error;
    QElapsedTimer timer;
    timer.start();
    runWithProgress(
        tr("Export"), tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [summary, path, suffix, &error](const SummaryPdfWriter::PageDone &pageDone) {
            try {
                if (suffix == u"xlsx")
                    SummaryXlsxWriter::write(*summary, path);
                else if (suffix == u"pdf")
                    SummaryPdfWriter::write(*summary, path, pageDone);
                else
                    SummaryCsvWriter::write(*summary, path);
            } catch (const DomainError &e) {
                error = e.message();
            } catch (const std::exception &e) {
                error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
            }
        },
        suffix == u"pdf");
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Saved the weekly summary %1 to %2 (%3 ms).")
                    .arg(summary->week.toString(), QDir::toNativeSeparators(path))
                    .arg(timer.elapsed()),
                false);
    return true;
}

void ReportsPage::onExport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("reports/exportDir"), QDir::homePath()).toString();
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString csv = tr("CSV file (*.csv)");
    QString filter = xlsx;
    const QString suggested = QDir(dir).filePath(tr("weekly-summary-%1").arg(week().toString()) + QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the weekly summary"), suggested,
                                                QStringList{xlsx, pdf, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // The filter decides the format unless the name already ends in one of the three.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"pdf" && suffix != u"csv")
        path += filter == pdf ? QStringLiteral(".pdf") : filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    settings.setValue(QStringLiteral("reports/exportDir"), QFileInfo(path).absolutePath());
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export"), tr("The weekly summary was not saved.\n\n%1").arg(m_lastError));
}

void ReportsPage::onPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Weekly summary %1").arg(week().toString()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the weekly summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        QMessageBox::warning(this, tr("Print"), m_lastError);
}

bool ReportsPage::printTo(QPrinter &printer)
{
    m_lastError.clear();
    std::shared_ptr<const WeeklySummary> summary;
    try {
        summary = exportSummary();
    } catch (const DomainError &e) {
        showMessage(e.message(), true);
        return false;
    }
    // The same document as the PDF export, laid out on the printer's paper.
    int pages = 0;
    QString error;
    runWithProgress(
        tr("Print"), tr("Printing…"),
        [&](const SummaryPdfWriter::PageDone &pageDone) {
            try {
                pages = SummaryPdfWriter::paint(*summary, printer, pageDone);
            } catch (const DomainError &e) {
                error = e.message();
            }
        },
        true);
    if (!error.isEmpty()) {
        showMessage(tr("Printing failed: %1.").arg(error), true);
        return false;
    }
    if (printer.printerState() == QPrinter::Error) {
        showMessage(tr("Printing failed."), true);
        return false;
    }
    showMessage(tr("Printed the weekly summary %1 (%n page(s)).", nullptr, pages).arg(summary->week.toString()), false);
    return true;
}

} // namespace st
