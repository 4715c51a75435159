#include "salestarget/gui/ReportsPage.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/SummaryPreviewModel.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/reporting/SummaryChartPainter.h"
#include "salestarget/reporting/SummaryColumns.h"
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
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
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

QFont printFont(double pointSize, bool bold = false)
{
    QFont f;
    // The same families as the PDF writer: a CJK font with good Latin glyphs first.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

/// The printed pages: blocks placed top to bottom in a page's body, painted once the page count
/// is known (so every page can say "Page 2 of 5"). The same layout as the PDF export.
class Printout final
{
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    explicit Printout(const QRectF &body) : m_body(body), m_y(body.top()), m_pages(1) {}

    const QRectF &body() const { return m_body; }
    double remaining() const { return m_body.bottom() - m_y; }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_body.top();
    }
    void skip(double h)
    {
        if (m_y <= m_body.top())
            return;
        if (h >= remaining())
            newPage();
        else
            m_y += h;
    }
    void place(double h, Paint paint)
    {
        if (h > remaining() && m_y > m_body.top())
            newPage();
        m_pages.back().push_back({QRectF(m_body.left(), m_y, m_body.width(), h), std::move(paint)});
        m_y += h;
    }
    int pageCount() const { return int(m_pages.size()); }
    void paint(QPrinter &printer, QPainter &painter, const std::function<void(QPainter &, int, int)> &decorate) const
    {
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                printer.newPage();
            for (const auto &[rect, paint] : m_pages[std::size_t(page)]) {
                painter.save();
                paint(painter, rect);
                painter.restore();
            }
            painter.save();
            decorate(painter, page + 1, pageCount());
            painter.restore();
        }
    }

private:
    QRectF m_body;
    double m_y;
    std::vector<std::vector<std::pair<QRectF, Paint>>> m_pages;
};

/// The node table of one section laid out for a page width: font size and column widths.
struct PrintTable {
    std::vector<SummaryColumns::Column> columns;
    std::vector<double> widths;
    QFont font;
    QFont bold;
    double rowHeight = 0;
    double padding = 0;
    double indentUnit = 0; // per level of a name

    PrintTable(const WeeklySummary &s, const SummarySection &section, double width, QPaintDevice *device, double mm)
        : columns(SummaryColumns::table())
    {
        // The largest font from 8 pt down to 5 pt at which every column fits the page width.
        for (double pt = 8.0; pt >= 5.0; pt -= 0.5) {
            font = printFont(pt);
            bold = printFont(pt, true);
            padding = 1.2 * mm * pt / 8.0;
            const QFontMetricsF fm(bold, device);
            widths.assign(columns.size(), 0.0);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                widths[c] = fm.horizontalAdvance(columns[c].title);
                for (const SummaryRow &row : section.rows) {
                    const SummaryColumns::Cell cell = SummaryColumns::tableCell(row, c);
                    const double indent = cell.kind == SummaryColumns::Kind::Name ? cell.depth * fm.height() : 0.0;
                    widths[c] = std::max(widths[c], indent + fm.horizontalAdvance(SummaryColumns::text(cell, s.decimals())));
                }
                widths[c] += 2 * padding;
            }
            double total = 0;
            for (double w : widths)
                total += w;
            if (total <= width || pt <= 5.0) {
                // Names give way when even the smallest font does not fit; spare room goes to them.
                widths[0] = std::max(widths[0] + width - total, 12 * mm);
                break;
            }
        }
        rowHeight = QFontMetricsF(font, device).height() * 1.45;
        indentUnit = QFontMetricsF(font, device).height();
    }

    double headerHeight() const { return 2 * rowHeight; }

    void paintHeader(QPainter &p, const QRectF &r, const WeeklySummary &s) const
    {
        p.setFont(bold);
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.fillRect(r, QColor(0xE7, 0xEC, 0xF3));
        double x = r.left();
        std::size_t c = 0;
        while (c < columns.size()) {
            // The period over its columns.
            std::size_t end = c;
            double span = 0;
            while (end < columns.size() && columns[end].group == columns[c].group) {
                span += widths[end];
                ++end;
            }
            if (columns[c].group != SummaryColumns::Group::None)
                p.drawText(QRectF(x, r.top(), span, rowHeight), Qt::AlignCenter,
                           SummaryColumns::groupTitle(s, columns[c].group));
            for (std::size_t k = c; k < end; ++k) {
                const Qt::Alignment a = columns[k].kind == SummaryColumns::Kind::Amount
                                                || columns[k].kind == SummaryColumns::Kind::Ratio
                                            ? Qt::AlignRight
                                            : Qt::AlignLeft;
                p.drawText(QRectF(x + padding, r.top() + rowHeight, widths[k] - 2 * padding, rowHeight),
                           a | Qt::AlignVCenter, columns[k].title);
                x += widths[k];
            }
            c = end;
        }
        p.setPen(QColor(0x80, 0x80, 0x80));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }

    void paintRow(QPainter &p, const QRectF &r, const SummaryRow &row, int decimals) const
    {
        const bool total = row.depth == 0 && !row.unassigned;
        double x = r.left();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const SummaryColumns::Cell cell = SummaryColumns::tableCell(row, c);
            const QRectF box(x, r.top(), widths[c], r.height());
            QColor ink(Qt::black);
            if (cell.kind == SummaryColumns::Kind::Status) {
                if (const std::uint32_t fill = SummaryColumns::statusFill(cell.status))
                    p.fillRect(box, QColor::fromRgb(QRgb(fill)));
                ink = QColor::fromRgb(QRgb(SummaryColumns::statusInk(cell.status)));
            }
            p.setPen(ink);
            p.setFont(total ? bold : font);
            const double indent = cell.kind == SummaryColumns::Kind::Name ? cell.depth * indentUnit : 0.0;
            const Qt::Alignment a =
                cell.kind == SummaryColumns::Kind::Amount || cell.kind == SummaryColumns::Kind::Ratio ? Qt::AlignRight
                                                                                                      : Qt::AlignLeft;
            const QRectF text = box.adjusted(padding + indent, 0, -padding, 0);
            p.drawText(text, a | Qt::AlignVCenter,
                       QFontMetricsF(p.font(), p.device()).elidedText(SummaryColumns::text(cell, decimals), Qt::ElideRight, text.width()));
            x += widths[c];
        }
        p.setPen(QColor(0xD9, 0xD9, 0xD9));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }
};

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

void ReportsPage::runWithProgress(const QString &label, const std::function<void()> &work, bool here)
{
    QProgressDialog progress(label, QString(), 0, 0, this);
    progress.setWindowTitle(tr("Export"));
    progress.setCancelButton(nullptr);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kProgressAfterMs);
    progress.setValue(0);
    if (here) {
        // PDF pages are laid out with fonts, which only the GUI thread may use everywhere.
        work();
        return;
    }
    QThread *thread = QThread::create(work);
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
        tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [summary, path, suffix, &error] {
            try {
                if (suffix == u"xlsx")
                    SummaryXlsxWriter::write(*summary, path);
                else if (suffix == u"pdf")
                    SummaryPdfWriter::write(*summary, path);
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
    const WeeklySummary &s = *summary;
    QPainter painter;
    if (!painter.begin(&printer)) {
        showMessage(tr("The printer could not be started."), true);
        return false;
    }
    const double mm = printer.logicalDpiX() / 25.4;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRectF paper(0, 0, page.width(), page.height());
    const double band = 7 * mm;
    Printout out(paper.adjusted(0, band, 0, -band));
    const double width = out.body().width();
    const auto textHeight = [&](const QString &text, const QFont &font) {
        return QFontMetricsF(font, &printer).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height() * 1.15;
    };
    const auto paragraph = [&](const QString &text, const QFont &font, const QColor &ink) {
        out.place(textHeight(text, font), [=](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(ink);
            p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        });
    };
    // Title block: title, header fields, note.
    paragraph(s.title(), printFont(16, true), Qt::black);
    out.skip(1.5 * mm);
    const QFont label = printFont(9, true);
    const QFont value = printFont(9);
    double labelWidth = 0;
    for (const SummaryDefinition &f : s.headerFields())
        labelWidth = std::max(labelWidth, QFontMetricsF(label, &printer).horizontalAdvance(f.term));
    for (const SummaryDefinition &f : s.headerFields()) {
        out.place(QFontMetricsF(value, &printer).height() * 1.25, [=](QPainter &p, const QRectF &r) {
            p.setFont(label);
            p.drawText(QRectF(r.left(), r.top(), labelWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter, f.term);
            p.setFont(value);
            p.drawText(r.adjusted(labelWidth + 3 * mm, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, f.text);
        });
    }
    out.skip(1.5 * mm);
    QFont note = printFont(8);
    note.setItalic(true);
    paragraph(s.note(), note, QColor(0x59, 0x59, 0x59));
    out.skip(3 * mm);
    // Per section: the charts, then the node table with its header repeated on every page.
    for (std::size_t i = 0; i < s.sections.size(); ++i) {
        const SummarySection &section = s.sections[i];
        if (i > 0)
            out.newPage();
        const bool progress = i == 0;
        const QFont chartFont = printFont(8);
        out.place((progress ? 68 : 55) * mm, [&s, &section, chartFont, progress, mm](QPainter &p, const QRectF &r) {
            const double gap = 8 * mm;
            const double half = (r.width() - gap) / 2;
            if (progress)
                SummaryChartPainter::paintProgress(p, QRectF(r.left(), r.top(), half, r.height()), s, chartFont);
            SummaryChartPainter::paintChildren(p, QRectF(progress ? r.left() + half + gap : r.left(), r.top(), half, r.height()),
                                               s, section, chartFont);
        });
        out.skip(4 * mm);
        auto table = std::make_shared<PrintTable>(s, section, width, &printer, mm);
        const QFont heading = printFont(11, true);
        const double headingHeight = QFontMetricsF(heading, &printer).height() * 1.5;
        if (out.remaining() < headingHeight + table->headerHeight() + table->rowHeight)
            out.newPage();
        paragraph(dimensionName(section.dimension), heading, Qt::black);
        bool header = true;
        for (const SummaryRow &row : section.rows) {
            if (out.remaining() < table->rowHeight + (header ? table->headerHeight() : 0.0)) {
                out.newPage();
                header = true;
            }
            if (header) {
                out.place(table->headerHeight(), [table, &s](QPainter &p, const QRectF &r) { table->paintHeader(p, r, s); });
                header = false;
            }
            const int decimals = s.decimals();
            out.place(table->rowHeight,
                      [table, &row, decimals](QPainter &p, const QRectF &r) { table->paintRow(p, r, row, decimals); });
        }
        out.skip(5 * mm);
    }
    // The lagging nodes: a line of figures each, then its corrective actions, indented.
    const auto laggingColumns = SummaryColumns::lagging();
    const QColor laggingInk = QColor::fromRgb(QRgb(SummaryColumns::statusInk(Status::Lagging)));
    const QFont laggingFont = printFont(8);
    const double actionIndent = 6 * mm;
    const auto indented = [&](const QString &text, const QFont &font, const QColor &ink) {
        const double h = QFontMetricsF(font, &printer)
                             .boundingRect(QRectF(0, 0, width - actionIndent, 1e9), Qt::TextWordWrap, text)
                             .height() * 1.15;
        out.place(h, [=](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(ink);
            p.drawText(r.adjusted(actionIndent, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        });
    };
    const QString laggingHeading = tr("Lagging nodes (month to date)");
    const QFont headingFont = printFont(11, true);
    // The heading stays with the first node below it.
    if (out.remaining() < textHeight(laggingHeading, headingFont) + 2 * textHeight(QStringLiteral("X"), laggingFont))
        out.newPage();
    paragraph(laggingHeading, headingFont, Qt::black);
    bool anyLagging = false;
    for (const SummarySection &section : s.sections) {
        for (const LaggingNode &node : section.lagging) {
            QStringList parts;
            for (std::size_t c = 0; c < SummaryColumns::kFirstActionColumn; ++c) {
                const QString text = SummaryColumns::text(SummaryColumns::laggingCell(section, node, 0, c), s.decimals());
                parts << (c < 2 ? text : laggingColumns[c].fullTitle + QStringLiteral(" ") + text);
            }
            out.skip(1 * mm);
            paragraph(parts.join(QStringLiteral(" · ")), laggingFont, laggingInk);
            if (node.actions.empty())
                indented(SummaryColumns::noActionText(), laggingFont, QColor(0x59, 0x59, 0x59));
            for (const CorrectiveAction &a : node.actions)
                indented(QStringLiteral("• ") + SummaryColumns::actionLine(a), laggingFont, Qt::black);
            anyLagging = true;
        }
    }
    if (!anyLagging)
        paragraph(tr("No node is lagging."), printFont(9), Qt::black);
    out.skip(5 * mm);
    // The definitions (统计口径).
    paragraph(tr("Definitions"), printFont(11, true), Qt::black);
    for (const SummaryDefinition &d : s.definitions())
        paragraph(d.term + QStringLiteral(": ") + d.text, printFont(8), Qt::black);

    const QColor muted(0x59, 0x59, 0x59);
    out.paint(printer, painter, [&](QPainter &p, int number, int count) {
        p.setFont(printFont(7.5));
        p.setPen(muted);
        const QRectF top(paper.left(), paper.top(), paper.width(), band * 0.7);
        p.drawText(top, Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral("%1 · %2 · %3").arg(s.title(), s.metricInfo().name(), WeeklySummary::periodLabel(s.week)));
        p.drawText(top, Qt::AlignRight | Qt::AlignTop, tr("As of %1").arg(s.asOf.toString(Qt::ISODate)));
        const QRectF bottom(paper.left(), paper.bottom() - band * 0.6, paper.width(), band * 0.6);
        p.drawText(bottom, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(number).arg(count));
        p.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, s.company);
    });
    if (!painter.end() || printer.printerState() == QPrinter::Error) {
        showMessage(tr("Printing failed."), true);
        return false;
    }
    showMessage(tr("Printed the weekly summary %1 (%n page(s)).", nullptr, out.pageCount()).arg(s.week.toString()), false);
    return true;
}

} // namespace st
