#include "salestarget/gui/TargetsPage.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DistributeDialog.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanCheckModel.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetTreeModel.h"
#include "salestarget/gui/TreeEditCommand.h"
#include "salestarget/gui/ViewOptions.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

TargetsPage::TargetsPage(PlanDocument *document, ViewOptions *options, QWidget *parent)
    : QWidget(parent), m_document(document), m_options(options)
{
    m_model = new TargetTreeModel(document, options, this);
    m_check = new PlanCheckModel(document, options, this);
    buildUi();
    connect(m_document, &PlanDocument::opened, this, &TargetsPage::reloadChoices);
    connect(m_document, &PlanDocument::settingsChanged, this, &TargetsPage::reloadChoices);
    connect(m_document, &PlanDocument::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_model, &TargetTreeModel::editRejected, this, [this](const QString &m) { showMessage(m, true); });
    if (m_document->isOpen())
        reloadChoices();
}

TargetsPage::~TargetsPage() = default;

void TargetsPage::buildUi()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Metric:"), this));
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    for (const Metric &m : Metric::builtIns())
        m_metricBox->addItem(m.name(), m.id);
    bar->addWidget(m_metricBox);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Fiscal year:"), this));
    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    bar->addWidget(m_yearBox);
    bar->addSpacing(12);
    m_dimensionGroup = new QButtonGroup(this);
    for (Dimension d : kDimensions) {
        auto *button = new QToolButton(this);
        button->setText(dimensionName(d));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(QStringLiteral("dimension_") + dimensionKey(d));
        m_dimensionGroup->addButton(button, int(d));
        bar->addWidget(button);
    }
    m_dimensionGroup->button(0)->setChecked(true);
    bar->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("targetTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setDefaultSectionSize(112);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 220);
    // Remainders next to the year, so that they stay in sight while the months scroll.
    m_tree->header()->moveSection(TargetTreeModel::Allocated, TargetTreeModel::Year + 1);
    m_tree->header()->moveSection(TargetTreeModel::Unallocated, TargetTreeModel::Year + 2);

    m_checkTitle = new QLabel(this);
    m_checkTitle->setObjectName(QStringLiteral("planCheckTitle"));
    m_checkTitle->setWordWrap(true);
    m_checkView = new QTableView(this);
    m_checkView->setObjectName(QStringLiteral("planCheckView"));
    m_checkView->setModel(m_check);
    m_checkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkView->verticalHeader()->setVisible(false);
    m_checkView->horizontalHeader()->setStretchLastSection(true);
    m_checkView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checkView->setMinimumWidth(260);
    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("metricDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::PlainText);

    m_reviews = new QLabel(this);
    m_reviews->setObjectName(QStringLiteral("previousReviews"));
    m_reviews->setWordWrap(true);
    m_reviews->setTextFormat(Qt::PlainText);
    m_reviews->setStyleSheet(QStringLiteral("QLabel { background:#FFF8E1; padding:6px; border-radius:3px; }"));
    m_reviews->hide();

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_checkTitle);
    sideLayout->addWidget(m_checkView, 1);
    sideLayout->addStretch(0); // keeps the title at the top when the list is hidden
    sideLayout->addWidget(m_reviews);
    sideLayout->addWidget(m_definition);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    m_addChild = new QAction(tr("Add &member"), this);
    m_addChild->setToolTip(tr("Add a member under the selected one"));
    m_addChild->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addPerson = new QAction(tr("Add &person"), this);
    m_addPerson->setToolTip(tr("Add a sales rep under the selected team"));
    m_rename = new QAction(tr("&Rename…"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_lock = new QAction(tr("&Lock / unlock cell"), this);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_distribute = new QAction(tr("D&istribute…"), this);
    m_distribute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    for (QAction *a : {m_addChild, m_addPerson, m_rename, m_delete, m_lock, m_distribute})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_addChild, m_addPerson, m_rename, m_delete, m_lock, m_distribute});

    connect(m_addChild, &QAction::triggered, this, [this] { onAddChild(false); });
    connect(m_addPerson, &QAction::triggered, this, [this] { onAddChild(true); });
    connect(m_rename, &QAction::triggered, this, &TargetsPage::onRename);
    connect(m_delete, &QAction::triggered, this, &TargetsPage::onDelete);
    connect(m_lock, &QAction::triggered, this, &TargetsPage::onToggleLock);
    connect(m_distribute, &QAction::triggered, this, &TargetsPage::onDistribute);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &TargetsPage::onContextMenu);
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &TargetsPage::applySelection);
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, &TargetsPage::applySelection);
    connect(m_dimensionGroup, &QButtonGroup::idClicked, this, &TargetsPage::applySelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsPage::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsPage::updateReviews);
    connect(m_document, &PlanDocument::trackingChanged, this, &TargetsPage::updateReviews);
    connect(m_checkView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        selectNode(index.data(NodeIdRole).toLongLong());
    });
    connect(m_check, &QAbstractItemModel::modelReset, this, &TargetsPage::updatePlanCheckTitle);
    connect(m_check, &QAbstractItemModel::layoutChanged, this, &TargetsPage::updatePlanCheckTitle);
    connect(m_check, &QAbstractItemModel::rowsInserted, this, &TargetsPage::updatePlanCheckTitle);
    connect(m_check, &QAbstractItemModel::rowsRemoved, this, &TargetsPage::updatePlanCheckTitle);
}

void TargetsPage::reloadChoices()
{
    const PlanSettings &settings = m_document->service().settings();
    const int current = fiscalYearOf(m_document->today(), settings.fiscalYearStartMonth);
    const int keep = m_yearBox->count() ? m_yearBox->currentData().toInt() : current;
    const QSignalBlocker block(m_yearBox);
    m_yearBox->clear();
    for (int y = current - 2; y <= current + 1; ++y) {
        const Period p = Period::year(y, settings.fiscalYearStartMonth);
        m_yearBox->addItem(p.toString(), y);
    }
    m_yearBox->setCurrentIndex(std::max(0, m_yearBox->findData(keep)));
    applySelection();
}

Dimension TargetsPage::dimension() const
{
    return Dimension(std::max(0, m_dimensionGroup->checkedId()));
}

MetricId TargetsPage::metric() const
{
    return m_metricBox->currentData().toInt();
}

int TargetsPage::fiscalYear() const
{
    return m_yearBox->currentData().toInt();
}

void TargetsPage::setDimension(Dimension d)
{
    m_dimensionGroup->button(int(d))->setChecked(true);
    applySelection();
}

void TargetsPage::setMetric(MetricId metric)
{
    m_metricBox->setCurrentIndex(m_metricBox->findData(metric));
}

void TargetsPage::setFiscalYear(int year)
{
    m_yearBox->setCurrentIndex(m_yearBox->findData(year));
}

void TargetsPage::setShowMonths(bool show)
{
    for (int c = TargetTreeModel::M1; c <= TargetTreeModel::M12; ++c)
        m_tree->setColumnHidden(c, !show);
}

void TargetsPage::applySelection()
{
    if (!m_document->isOpen() || m_yearBox->count() == 0)
        return;
    m_model->setDimension(dimension());
    m_model->setMetric(metric());
    m_model->setFiscalYear(fiscalYear());
    m_check->setDimension(dimension());
    m_check->setMetric(metric());
    m_check->setFiscalYear(fiscalYear());
    // Down to the people in the organization (company → department → team → person).
    m_tree->expandToDepth(dimension() == Dimension::Org ? 2 : 1);
    if (!m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(m_model->indexOf(kRootId));
    updatePlanCheckTitle();
    m_addPerson->setVisible(dimension() == Dimension::Org);
    updateDefinition();
    updateActions();
    updateReviews();
}

void TargetsPage::updatePlanCheckTitle()
{
    const int n = m_check->rowCount();
    m_checkTitle->setText(n == 0 ? tr("\u2714 Plan check: every member's children add up to it.")
                                 : tr("\u26A0 Plan check: %n member(s) whose children do not add up — click one to select it.",
                                      nullptr, n));
    m_checkView->setVisible(n > 0);
}

void TargetsPage::updateReviews()
{
    // The period reviews (复盘) written for the selected member during the previous fiscal year:
    // what worked and what did not, shown while planning the next one.
    const NodeId node = selectedNode();
    QStringList lines;
    if (m_document->isOpen() && node != 0 && m_yearBox->count() > 0) {
        const PlanService &service = m_document->service();
        const int start = service.settings().fiscalYearStartMonth;
        const Period previous = Period::year(fiscalYear() - 1, start);
        std::vector<std::pair<Period, const PeriodReview *>> found;
        for (const PeriodReview &r : service.reviews()) {
            if (r.node != node || (r.metric != 0 && r.metric != metric()))
                continue;
            try {
                const Period p = Period::parse(r.period, start);
                if (previous.contains(p.first()) && previous.contains(p.last()))
                    found.emplace_back(p, &r);
            } catch (const DomainError &) {
                // a period text written under another fiscal start: not part of this year
            }
        }
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first.last() > b.first.last(); });
        for (const auto &[period, review] : found) {
            lines << tr("Review %1 — worked: %2").arg(period.toString(), review->worked.isEmpty() ? QStringLiteral("–") : review->worked)
                  << tr("did not work: %1").arg(review->didNotWork.isEmpty() ? QStringLiteral("–") : review->didNotWork);
        }
    }
    m_reviews->setText(lines.join(u'\n'));
    m_reviews->setVisible(!lines.isEmpty());
}

void TargetsPage::updateDefinition()
{
    const Metric &m = Metric::byId(metric());
    m_definition->setText(tr("%1 — definition (统计口径): %2").arg(m.name(), m.definition()));
    m_metricBox->setToolTip(m.definition());
}

void TargetsPage::showMessage(const QString &text, bool error)
{
    m_message->setText((error ? QStringLiteral("\u26A0 ") : QString()) + text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background:#FDECEA; color:#8A1C1C; padding:6px; border-radius:3px; }")
                                   : QStringLiteral("QLabel { background:#E8F5E9; color:#1B5E20; padding:6px; border-radius:3px; }"));
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusMessage(text);
}

NodeId TargetsPage::selectedNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->nodeId(current) : 0;
}

void TargetsPage::selectNode(NodeId node)
{
    const QModelIndex index = m_model->indexOf(node);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_tree->setFocus();
}

void TargetsPage::updateActions()
{
    const NodeId node = selectedNode();
    const bool open = m_document->isOpen();
    const bool any = open && node != 0;
    const bool isPerson = any && dimension() == Dimension::Org && node != kRootId
                       && m_document->service().tree(Dimension::Org).node(node).person;
    m_addChild->setEnabled(any && !isPerson);
    m_addPerson->setEnabled(any && !isPerson);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any && node != kRootId);
    m_lock->setEnabled(any && m_model->monthOf(m_tree->currentIndex().column()).has_value());
    m_distribute->setEnabled(any);
}

bool TargetsPage::addChild(NodeId parent, const QString &name, bool person, NodeId homeRegion)
{
    showMessage({}, false);
    const bool ok = m_document->push(TreeEditCommand::addNode(m_document, dimension(), parent, name, person, homeRegion));
    if (ok) {
        if (const auto id = m_document->service().tree(dimension()).childNamed(parent, name))
            selectNode(*id);
    }
    return ok;
}

bool TargetsPage::renameNode(NodeId node, const QString &name)
{
    showMessage({}, false);
    return m_document->push(TreeEditCommand::renameNode(m_document, dimension(), node, name));
}

bool TargetsPage::deleteNode(NodeId node)
{
    showMessage({}, false);
    return m_document->push(TreeEditCommand::deleteNode(m_document, dimension(), node));
}

void TargetsPage::onAddChild(bool person)
{
    const NodeId parent = selectedNode();
    if (parent == 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, person ? tr("Add person") : tr("Add member"),
                                               tr("Name of the new member under \"%1\":")
                                                   .arg(m_document->service().tree(dimension()).node(parent).name),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    NodeId home = 0;
    if (person) {
        const Tree &regions = m_document->service().tree(Dimension::Region);
        QStringList paths{tr("(none)")};
        std::vector<NodeId> ids{0};
        for (NodeId id : regions.preorder()) {
            if (id != kRootId) {
                paths << regions.path(id);
                ids.push_back(id);
            }
        }
        const QString chosen = QInputDialog::getItem(this, tr("Add person"), tr("Home region of %1:").arg(name), paths, 0,
                                                     false, &ok);
        if (!ok)
            return;
        home = ids[std::size_t(std::max<qsizetype>(0, paths.indexOf(chosen)))];
    }
    addChild(parent, name, person, home);
}

void TargetsPage::onRename()
{
    const NodeId node = selectedNode();
    if (node == 0)
        return;
    bool ok = false;
    const QString old = m_document->service().tree(dimension()).node(node).name;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name of \"%1\":").arg(old), QLineEdit::Normal,
                                               old, &ok).trimmed();
    if (ok && !name.isEmpty() && name != old)
        renameNode(node, name);
}

void TargetsPage::onDelete()
{
    const NodeId node = selectedNode();
    if (node == 0 || node == kRootId)
        return;
    const Tree &t = m_document->service().tree(dimension());
    const auto members = t.subtree(node);
    const QString question = members.size() > 1
        ? tr("Delete \"%1\" and the %2 members under it, with their targets?").arg(t.path(node)).arg(members.size() - 1)
        : tr("Delete \"%1\" with its targets?").arg(t.path(node));
    if (QMessageBox::question(this, tr("Delete member"), question + u'\n' + tr("You can undo this.")) == QMessageBox::Yes)
        deleteNode(node);
}

void TargetsPage::onToggleLock()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_model->monthOf(current.column()))
        return;
    m_model->setLocked(current, !current.data(LockedRole).toBool());
}

void TargetsPage::onDistribute()
{
    const NodeId node = selectedNode();
    if (node == 0)
        return;
    DistributeDialog dialog(m_document, m_options, dimension(), node, metric(), fiscalYear(), this);
    dialog.exec();
}

void TargetsPage::onContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_addChild);
    if (dimension() == Dimension::Org)
        menu.addAction(m_addPerson);
    menu.addAction(m_rename);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_lock);
    menu.addAction(m_distribute);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace st
