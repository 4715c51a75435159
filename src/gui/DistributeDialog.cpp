#include "salestarget/gui/DistributeDialog.h"

#include "ui_DistributeDialog.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/DistributionParts.h"
#include "salestarget/gui/DistributionPreviewModel.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetChangesCommand.h"
#include "salestarget/gui/ViewOptions.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

namespace st {

DistributeDialog::DistributeDialog(PlanDocument *document, ViewOptions *options, Dimension d, NodeId node,
                                   MetricId metric, int fiscalYear, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DistributeDialog>()), m_document(document), m_options(options),
      m_dimension(d), m_node(node), m_metric(metric), m_fiscalYear(fiscalYear)
{
    const Tree &tree = m_document->service().tree(d);
    tree.node(node); // a member of another tree is refused before any widget exists
    const Metric &m = Metric::byId(metric);
    m_children = tree.children(node);

    m_ui->setupUi(this);
    m_apply = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Apply"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);

    m_ui->nodeValue->setText(tr("%1 (%2)").arg(nodeLabel(node), dimensionName(d)));
    m_ui->metricValue->setText(m.name());
    m_ui->metricValue->setToolTip(m.definition());
    m_ui->metricCaption->setToolTip(m.definition());
    m_ui->overChildrenRadio->setText(tr("&Members (%1)").arg(m_children.size()));
    m_ui->overChildrenRadio->setToolTip(m_children.empty() ? tr("%1 has no members.").arg(nodeLabel(node)) : QString());
    m_ui->referenceYearSpin->setMaximum(fiscalYear);
    m_ui->referenceYearSpin->setValue(fiscalYear - 1);
    m_ui->messageLabel->hide();

    m_preview = new DistributionPreviewModel(this);
    m_ui->previewTable->setModel(m_preview);
    QHeaderView *header = m_ui->previewTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignCenter);
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QStringList names, paths;
    for (NodeId child : m_children) {
        names << tree.node(child).name;
        paths << tree.path(child);
    }
    m_ui->memberWeightsEditor->setMembers(names, paths);
    fillPeriods();
    m_ui->methodEvenRadio->setChecked(true);
    updateOverChoices();
    updateMethodPage();
    updateHeader();

    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &DistributeDialog::periodChanged);
    for (QRadioButton *b : {m_ui->overChildrenRadio, m_ui->overQuartersRadio, m_ui->overMonthsRadio, m_ui->methodEvenRadio,
                            m_ui->methodWeightsRadio, m_ui->methodHistoryRadio}) {
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return; // the button switched on reports the change
            updateMethodPage();
            updateHeader();
            recompute();
        });
    }
    connect(m_ui->percentageEditor, &PercentageEditor::changed, this, &DistributeDialog::recompute);
    connect(m_ui->referenceYearSpin, &QSpinBox::valueChanged, this, &DistributeDialog::recompute);
    connect(m_ui->memberWeightsEditor, &MemberWeightsEditor::changed, this, &DistributeDialog::recompute);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DistributeDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_options) {
        connect(m_options, &ViewOptions::displayUnitChanged, this, [this] {
            updateHeader();
            showPreview();
        });
    }
    connect(m_document, &PlanDocument::targetsChanged, this, [this] {
        updateHeader();
        recompute();
    });

    setWindowTitle(tr("Distribute %1").arg(m.name()));
    recompute();
    resize(sizeHint().expandedTo(QSize(980, 640)));
    m_ui->periodCombo->setFocus();
}

DistributeDialog::~DistributeDialog() = default;

// --- inputs -------------------------------------------------------------------------------------

void DistributeDialog::fillPeriods()
{
    const int start = m_document->service().settings().fiscalYearStartMonth;
    const Period year = Period::year(m_fiscalYear, start);
    const auto span = [](const Period &p) {
        return tr("%1 \u2013 %2").arg(Month::of(p.first()).toString(), Month::of(p.last()).toString());
    };
    m_periods.push_back(year);
    m_ui->periodCombo->addItem(tr("FY%1 (%2)").arg(m_fiscalYear).arg(span(year)));
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->periodCombo->model());
    for (int q = 1; q <= 4; ++q) {
        const Period quarter = Period::quarter(m_fiscalYear, q, start);
        m_periods.push_back(quarter);
        m_ui->periodCombo->addItem(QStringLiteral("  ") + tr("Q%1 (%2)").arg(q).arg(span(quarter)));
        for (Month month : quarter.months()) {
            m_periods.push_back(Period::month(month));
            m_ui->periodCombo->addItem(QStringLiteral("    ") + month.toString());
            // A single month can only go to the members below.
            if (model && m_children.empty())
                model->item(m_ui->periodCombo->count() - 1)->setEnabled(false);
        }
    }
}

Period DistributeDialog::period() const
{
    const int index = std::max(0, m_ui->periodCombo->currentIndex());
    return m_periods.at(std::size_t(index));
}

DistributeOver DistributeDialog::over() const
{
    if (m_ui->overChildrenRadio->isChecked())
        return DistributeOver::Children;
    return m_ui->overQuartersRadio->isChecked() ? DistributeOver::Quarters : DistributeOver::Months;
}

DistributionMethod DistributeDialog::method() const
{
    DistributionMethod method;
    if (m_ui->methodWeightsRadio->isChecked()) {
        method.kind = DistributionMethod::Kind::Weights;
        method.weights = over() == DistributeOver::Children
                             ? Distribution::parseWeights(m_ui->memberWeightsEditor->text(), int(m_children.size()))
                             : Distribution::parsePercentages(m_ui->percentageEditor->text(),
                                                              m_ui->percentageEditor->partCount());
    } else if (m_ui->methodHistoryRadio->isChecked()) {
        method.kind = DistributionMethod::Kind::History;
        method.referenceYear = m_ui->referenceYearSpin->value();
    }
    return method;
}

void DistributeDialog::periodChanged()
{
    updateOverChoices();
    updateMethodPage();
    updateHeader();
    recompute();
}

void DistributeDialog::updateOverChoices()
{
    const PeriodKind kind = period().kind();
    const bool children = !m_children.empty();
    const bool quarters = kind == PeriodKind::Year;
    const bool months = kind != PeriodKind::Month;
    m_ui->overChildrenRadio->setEnabled(children);
    m_ui->overQuartersRadio->setEnabled(quarters);
    m_ui->overQuartersRadio->setToolTip(quarters ? QString() : tr("Only a whole year is distributed over quarters."));
    m_ui->overMonthsRadio->setEnabled(months);
    m_ui->overMonthsRadio->setToolTip(months ? QString() : tr("A single month has no months to distribute over."));
    QRadioButton *checked = m_ui->overChildrenRadio->isChecked()   ? m_ui->overChildrenRadio
                            : m_ui->overQuartersRadio->isChecked() ? m_ui->overQuartersRadio
                            : m_ui->overMonthsRadio->isChecked()   ? m_ui->overMonthsRadio
                                                                   : nullptr;
    if (checked && checked->isEnabled())
        return;
    // Keep distributing over time when the period still has months; otherwise go to the members.
    QRadioButton *pick = children ? m_ui->overChildrenRadio : quarters ? m_ui->overQuartersRadio : m_ui->overMonthsRadio;
    if (checked && checked != m_ui->overChildrenRadio && months)
        pick = m_ui->overMonthsRadio;
    const QSignalBlocker a(m_ui->overChildrenRadio), b(m_ui->overQuartersRadio), c(m_ui->overMonthsRadio);
    pick->setChecked(true);
}

void DistributeDialog::updateMethodPage()
{
    const DistributeOver o = over();
    QWidget *page = m_ui->methodEvenRadio->isChecked()      ? m_ui->evenPage
                    : m_ui->methodHistoryRadio->isChecked() ? m_ui->historyPage
                    : o == DistributeOver::Children         ? m_ui->childWeightsPage
                                                            : m_ui->percentPage;
    // Pages are shown one at a time (not stacked) so that a short page does not keep the height of the tallest.
    for (QWidget *p : {m_ui->evenPage, m_ui->percentPage, m_ui->childWeightsPage, m_ui->historyPage})
        p->setVisible(p == page);
    m_ui->evenNote->setText(o == DistributeOver::Children
                                ? tr("Every member gets the same share of the total. Cents left over by rounding go "
                                     "to the first members.")
                            : o == DistributeOver::Quarters
                                ? tr("Every quarter gets the same share of the total, spread evenly over its months.")
                                : tr("Every month gets the same share of the total."));

    if (o == DistributeOver::Children)
        return;
    // The percentage fields follow the parts of the period; values typed for the same parts stay.
    const DistributionParts parts = currentParts();
    const QStringList &labels = parts.labels();
    PercentageEditor *editor = m_ui->percentageEditor;
    if (editor->parts() != labels) {
        const QSignalBlocker blocker(editor);
        editor->setParts(labels);
        editor->setTemplate4321Available(o == DistributeOver::Quarters);
    }
    std::vector<std::int64_t> now;
    for (Amount a : parts.currentTotals())
        now.push_back(std::max<std::int64_t>(0, a.minor()));
    editor->setCurrentShares(now);
}

// --- figures ------------------------------------------------------------------------------------

DistributionParts DistributeDialog::currentParts() const
{
    return DistributionParts(m_document->service(), m_dimension, m_node, m_metric, period(), over());
}

void DistributeDialog::updateHeader()
{
    const Metric &metric = Metric::byId(m_metric);
    const DisplayUnit unit = m_options ? m_options->displayUnit() : DisplayUnit::Yuan;
    const QString currency = m_document->service().settings().currency;
    const Period p = period();
    const Amount total = m_document->service().targets().sum(m_metric, m_node, Month::of(p.first()), Month::of(p.last()));
    m_ui->totalValue->setText(tr("%1 %2").arg(DisplayFormat::amount(total, metric, unit),
                                              DisplayFormat::unitLabel(metric, unit, currency)));
    const int locked = currentParts().lockedCells();
    m_ui->lockedNote->setVisible(locked > 0);
    m_ui->lockedNote->setText(tr("Locked months keep their value (%1 here); the others absorb the difference.").arg(locked));
    std::vector<std::int64_t> childTargets;
    for (Amount a : DistributionParts(m_document->service(), m_dimension, m_node, m_metric, p, DistributeOver::Children)
                        .currentTotals())
        childTargets.push_back(std::max<std::int64_t>(0, a.minor()));
    m_ui->memberWeightsEditor->setCurrentTargets(childTargets);
}

void DistributeDialog::recompute()
{
    m_changes.clear();
    m_error.reset();
    try {
        m_changes = m_document->service().planDistribution(m_dimension, m_node, m_metric, period(), over(), method());
    } catch (const DomainError &e) {
        m_error = e.message();
    } catch (const std::exception &e) {
        m_error = QString::fromLocal8Bit(e.what());
    }
    showPreview();
}

void DistributeDialog::showPreview()
{
    const Metric &metric = Metric::byId(m_metric);
    const DisplayUnit unit = m_options ? m_options->displayUnit() : DisplayUnit::Yuan;
    const DistributeOver o = over();
    const DistributionParts parts = currentParts();

    // Part totals after the change (for the summary line): the current totals plus the changes.
    std::vector<Amount> after = parts.currentTotals();
    std::vector<DistributionPreviewModel::Row> rows;
    rows.reserve(m_changes.size());
    for (const TargetChange &c : m_changes) {
        if (const int part = parts.partOf(c); part >= 0)
            after[std::size_t(part)] += c.after.value - c.before.value;
        rows.push_back({parts.rowLabel(c), c.month, c.before.value, c.after.value});
    }
    m_preview->setFormat(m_metric, unit);
    m_preview->setRows(std::move(rows), o == DistributeOver::Children ? tr("Member")
                                        : o == DistributeOver::Quarters ? tr("Quarter")
                                                                        : QString());
    m_ui->previewTable->setColumnHidden(DistributionPreviewModel::PartColumn, o == DistributeOver::Months);
    QHeaderView *header = m_ui->previewTable->horizontalHeader();
    header->setSectionResizeMode(DistributionPreviewModel::PartColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DistributionPreviewModel::MonthColumn,
                                 o == DistributeOver::Months ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    QString note;
    if (m_error) {
        note = tr("No preview while the inputs cannot be used.");
    } else if (m_changes.empty()) {
        note = tr("Nothing changes: the targets already match this distribution.");
    } else {
        const QString unitText = DisplayFormat::unitLabel(metric, unit, m_document->service().settings().currency);
        note = tr("Cells that change: %1. Amounts in %2.").arg(m_changes.size()).arg(unitText);
        if (o != DistributeOver::Months) {
            Amount whole;
            for (Amount a : after)
                whole += a;
            QStringList shares;
            for (std::size_t i = 0; i < after.size(); ++i) {
                const std::optional<double> share =
                    whole.isZero() ? std::nullopt : std::optional(double(after[i].minor()) / double(whole.minor()));
                shares << tr("%1 %2 (%3)").arg(parts.labels()[qsizetype(i)], DisplayFormat::amount(after[i], metric, unit),
                                               DisplayFormat::percent(share));
            }
            note += u'\n' + tr("After: %1").arg(shares.join(tr(" \u00b7 ")));
        }
    }
    m_ui->previewNote->setText(note);
    showMessage(m_error.value_or(QString()), m_error.has_value());
    m_apply->setEnabled(!m_error && !m_changes.empty());
}

void DistributeDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setVisible(!text.isEmpty());
    // Never colour alone: the warning sign says it too.
    m_ui->messageLabel->setText(error ? tr("\u26a0 %1").arg(text) : text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #C62828;") : QString());
}

void DistributeDialog::apply()
{
    recompute();
    if (m_error || m_changes.empty())
        return;
    const QString text = tr("Distribute %1 of %2 over %3")
                             .arg(Metric::byId(m_metric).name(), nodeLabel(m_node), overText());
    QString failure;
    const QMetaObject::Connection watch =
        connect(m_document, &PlanDocument::failed, this, [&failure](const QString &message) { failure = message; });
    const bool done = m_document->push(new TargetChangesCommand(m_document, m_changes, text));
    disconnect(watch);
    if (!done) {
        recompute();
        showMessage(failure, true);
        m_apply->setEnabled(false);
        return;
    }
    accept();
}

// --- labels -------------------------------------------------------------------------------------

QString DistributeDialog::nodeLabel(NodeId id) const
{
    const Tree &tree = m_document->service().tree(m_dimension);
    const QString rootName = tree.node(tree.rootId()).name;
    const QString company = rootName == u"/" ? tr("Whole company") : rootName;
    if (id == tree.rootId())
        return company;
    return company + tr(" / ") + tree.path(id).split(u'/').join(tr(" / "));
}

QString DistributeDialog::overText() const
{
    switch (over()) {
    case DistributeOver::Children:
        return tr("members");
    case DistributeOver::Quarters:
        return tr("quarters");
    case DistributeOver::Months:
        break;
    }
    return tr("months");
}

} // namespace st
