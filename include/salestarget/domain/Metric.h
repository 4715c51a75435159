#pragma once

#include <QString>

#include <vector>

namespace st {

using MetricId = int;

enum class MetricKind { Result, Process };
enum class MetricUnit { Currency, Count };

/// A tracked quantity (sales amount, visits, ...). Values are integers in minor units:
/// `decimals` is 2 for money (fen) and 0 for counts.
struct Metric {
    MetricId id = 0;
    QString key;          // command-line id: sales, collected, new_customers, visits, opportunities
    MetricKind kind = MetricKind::Result;
    MetricUnit unit = MetricUnit::Currency;
    int decimals = 2;
    const char *nameSource = "";       // English name, translated with tr("Metric", ...)
    const char *definitionSource = ""; // 统计口径, translated the same way

    /// Localised display name.
    QString name() const;
    /// Localised written definition (统计口径).
    QString definition() const;
    /// Localised unit label (the currency code, or a count unit).
    QString unitLabel(const QString &currency) const;

    /// The five built-in metrics, ids 1..5 in the order of design.md.
    static const std::vector<Metric> &builtIns();
    /// The built-in metric with `key`; throws DomainError listing the valid keys.
    static const Metric &byKey(const QString &key);
    /// The built-in metric with `id`; throws DomainError.
    static const Metric &byId(MetricId id);
};

} // namespace st
