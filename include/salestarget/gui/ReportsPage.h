#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/reporting/SummaryPdfWriter.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace st {

class PlanDocument;
class SummaryPreviewModel;
class ViewOptions;
struct WeeklySummary;

/// The weekly summary (周报) page: choose an ISO week, a dimension, a metric and an as-of date,
/// preview the node table exactly as it is exported, then export it (Excel, PDF or CSV through the
/// reporting writers, always written atomically) or print it. Every figure comes from
/// WeeklySummary::build(), the same as `salestarget-cli summary`.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    ReportsPage(PlanDocument *document, ViewOptions *options, QWidget *parent = nullptr);
    ~ReportsPage() override;

    SummaryPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// The chosen ISO week.
    Period week() const;
    /// Chooses ISO week `week` of `isoYear` (ignored when that week does not exist); the as-of
    /// date goes back to the week's default (its Sunday, or today when earlier).
    void setWeek(int isoYear, int week);
    QDate asOf() const;
    void setAsOf(QDate date);
    Dimension dimension() const;
    void setDimension(Dimension d);
    MetricId metric() const;
    void setMetric(MetricId metric);
    /// Whether exports hold every dimension (the chosen one first) or only the chosen one.
    bool allDimensions() const;
    void setAllDimensions(bool all);

    /// Rebuilds the preview now. Changes of the plan rebuild it on the next turn of the event loop.
    void refresh();
    /// The summary behind the preview (null when it could not be built; see lastError()).
    std::shared_ptr<const WeeklySummary> summary() const { return m_summary; }

    /// Writes the summary to `path` in the format of its suffix (xlsx, pdf, csv): the whole file
    /// or nothing. False on failure, with the reason in lastError() (also shown on the page).
    bool exportTo(const QString &path);
    /// Prints the summary on `printer` (A4 landscape unless the printer was set up otherwise).
    bool printTo(QPrinter &printer);
    /// Why the last export, print or preview failed (empty after a success).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void updateNote();
    void reloadChoices();
    void scheduleRefresh();
    void weekChanged();
    void stepWeek(int delta);
    void onExport();
    void onPrint();
    void showMessage(const QString &text, bool error);
    /// The summary as exported: the preview's, or rebuilt with every dimension.
    std::shared_ptr<const WeeklySummary> exportSummary();
    std::shared_ptr<WeeklySummary> build(bool every) const;
    /// Work that may report pages done (painting does; other work ignores the argument).
    using PagedWork = std::function<void(const SummaryPdfWriter::PageDone &)>;
    /// Runs `work` with a progress dialog when it lasts: on a worker thread, or here when `here`
    /// (painting), where the dialog moves on page by page.
    void runWithProgress(const QString &title, const QString &label, const PagedWork &work, bool here);

    PlanDocument *m_document;
    ViewOptions *m_options;
    SummaryPreviewModel *m_model = nullptr;
    std::shared_ptr<const WeeklySummary> m_summary;
    QString m_lastError;
    QSpinBox *m_yearBox = nullptr;
    QSpinBox *m_weekBox = nullptr;
    QLabel *m_weekDates = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QComboBox *m_dimensionBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QCheckBox *m_allDimensions = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_updating = false;
    bool m_dirty = true; // the plan or a choice changed since the preview was built
};

} // namespace st
