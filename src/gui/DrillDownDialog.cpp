#include "salestarget/gui/DrillDownDialog.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

DrillDownDialog::DrillDownDialog(PlanDocument *document, ViewOptions *options, Dimension dimension, NodeId node,
                                 MetricId metric, const Period &period, QDate asOf, QWidget *parent)
    : QDialog(parent)
{
    PlanService &service = document->service();
    const Tree &tree = service.tree(dimension);
    EntryFilter filter;
    filter.from = period.first();
    filter.to = std::min(asOf, period.last());
    filter.metric = metric;
    if (node == 0) {
        filter.onlyUnassignedProduct = dimension == Dimension::Product;
        filter.onlyUnassignedRegion = dimension == Dimension::Region;
    } else if (node != kRootId) {
        const std::vector<NodeId> members = tree.subtree(node);
        (dimension == Dimension::Org ? filter.persons : dimension == Dimension::Product ? filter.products : filter.regions) = members;
    }
    if (filter.from <= filter.to)
        m_entries = service.repository().findEntries(filter);
    for (const ProgressEntry &e : m_entries)
        m_total += e.value;

    const Metric &m = Metric::byId(metric);
    const DisplayUnit unit = options->displayUnit();
    const QString who = node == 0 ? tr("(unassigned)") : tree.path(node) == u"/" ? tree.node(kRootId).name : tree.path(node);
    setWindowTitle(tr("Entries behind %1").arg(who));

    m_model = new QStandardItemModel(0, 8, this);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Person"), tr("Product"), tr("Region"), tr("Customer"),
                                        m.name(), tr("Reference"), tr("Note")});
    const auto pathOf = [&](Dimension d, NodeId id) { return id == 0 ? QString() : service.tree(d).path(id); };
    for (const ProgressEntry &e : m_entries) {
        QList<QStandardItem *> items;
        items << new QStandardItem(QLocale().toString(e.date, QLocale::ShortFormat))
              << new QStandardItem(pathOf(Dimension::Org, e.person)) << new QStandardItem(pathOf(Dimension::Product, e.product))
              << new QStandardItem(pathOf(Dimension::Region, e.region)) << new QStandardItem(e.customer);
        auto *value = new QStandardItem(DisplayFormat::amount(e.value, m, unit));
        value->setData(qint64(e.value.minor()), RawValueRole);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << value << new QStandardItem(e.ref) << new QStandardItem(e.note);
        items.front()->setData(e.date, RawValueRole);
        items.front()->setData(qint64(e.id), EntryIdRole);
        for (QStandardItem *item : items)
            item->setEditable(false);
        m_model->appendRow(items);
    }
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *summary = new QLabel(tr("%n entries from %1 to %2 · total %3 (the member's actual)", nullptr, int(m_entries.size()))
                                   .arg(QLocale().toString(filter.from, QLocale::ShortFormat),
                                        QLocale().toString(filter.to, QLocale::ShortFormat),
                                        DisplayFormat::amount(m_total, m, unit) + u' ' + DisplayFormat::unitLabel(m, unit, service.settings().currency)),
                               this);
    summary->setObjectName(QStringLiteral("drillDownSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 560);
}

} // namespace st
