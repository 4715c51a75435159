#pragma once

#include "salestarget/domain/Figures.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/ProgressEntry.h"

#include <QAbstractTableModel>
#include <QDate>

#include <array>
#include <memory>
#include <optional>

namespace st {

class PlanDocument;
class Report;
class ViewOptions;

/// One person's figures for one metric as of the document's today, one row per period that
/// contains today: the day, the ISO week, the month, the (fiscal) quarter and the (fiscal) year.
/// Every figure comes from a domain Report of the organization tree built from the document's
/// FactCache; an added, edited or deleted entry is applied to those reports (Report::applyFact),
/// so the figures follow every entry without reading the database again.
class PersonFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonFiguresModel)

public:
    enum Column {
        PeriodColumn,
        TargetColumn,
        ActualColumn,
        AchievementColumn,
        GapColumn,
        ExpectedColumn,
        PaceColumn,
        StatusColumn,
        ProjectionColumn,
        RequiredDailyColumn,
        ColumnCount
    };
    enum PeriodRow { TodayRow, WeekRow, MonthRow, QuarterRow, YearRow, RowCount };

    PersonFiguresModel(PlanDocument *document, ViewOptions *options, QObject *parent = nullptr);
    ~PersonFiguresModel() override;

    /// The person (an organization member; 0: none) and the metric shown.
    void setPerson(NodeId person);
    NodeId person() const { return m_person; }
    void setMetric(MetricId metric);
    MetricId metric() const { return m_metric; }
    /// The as-of date of the figures (the document's today when they were built).
    QDate asOf() const { return m_asOf; }
    /// The period of `row`.
    const Period &period(int row) const { return m_periods[std::size_t(row)]; }
    /// The person's figures in `row` (nullopt when no person or no file).
    std::optional<Figures> figures(int row) const;
    /// Rebuilds every report from the document's facts (the document's signals do this when needed).
    void rebuild();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEntryChanged(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after);
    void onTargetsChanged();
    void emitAllChanged();
    QString periodText(int row) const;
    QString amountText(Amount value) const;
    QVariant cellText(int row, int column, const Figures &f) const;
    QVariant rawValue(int column, const Figures &f) const;

    PlanDocument *m_document;
    ViewOptions *m_options;
    NodeId m_person = 0;
    MetricId m_metric;
    QDate m_asOf;
    std::array<Period, RowCount> m_periods{};
    std::array<std::unique_ptr<Report>, RowCount> m_reports;
};

} // namespace st
