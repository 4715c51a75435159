#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace st {

/// Percentage fields for the parts of a period (4 quarters, 12 or 3 months) with a running total
/// and templates (4321, equal, as now). It only collects numbers: whether they are acceptable is
/// decided by the domain (Distribution::parsePercentages), whose message problem() returns.
class PercentageEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PercentageEditor)

public:
    explicit PercentageEditor(QWidget *parent = nullptr);
    ~PercentageEditor() override;

    /// Rebuilds the fields, one per label, filled with an equal split.
    void setParts(const QStringList &labels);
    /// The labels of the parts, as given to setParts().
    const QStringList &parts() const { return m_parts; }
    int partCount() const { return int(m_fields.size()); }
    /// Shows the "4321" template button (quarters of a year only).
    void setTemplate4321Available(bool available);
    /// The current split in basis points used by "As now" (all zero: the button is disabled).
    void setCurrentShares(const std::vector<std::int64_t> &weights);

    /// Fills the fields with percentages in basis points (100% = 10000).
    void setBasisPoints(const std::vector<std::int64_t> &values);
    /// The fields in basis points.
    std::vector<std::int64_t> basisPoints() const;
    /// The fields as text for Distribution::parsePercentages (`30,20,8.34,...`).
    QString text() const;
    /// Why the fields cannot be used (the domain's message), or nothing when they total 100%.
    std::optional<QString> problem() const;

Q_SIGNALS:
    /// Any field changed (once per user edit or template).
    void changed();

private:
    void clearFields();
    void updateTotal();
    void applyTemplate4321();
    void applyEqual();
    void applyCurrent();

    QGridLayout *m_grid = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_template4321 = nullptr;
    QPushButton *m_equal = nullptr;
    QPushButton *m_current = nullptr;
    QStringList m_parts;
    std::vector<QLabel *> m_labels;
    std::vector<QDoubleSpinBox *> m_fields;
    std::vector<std::int64_t> m_currentShares;
};

} // namespace st
