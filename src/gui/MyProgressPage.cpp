#include "salestarget/gui/MyProgressPage.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/EntryCommands.h"
#include "salestarget/gui/EntryFilterProxy.h"
#include "salestarget/gui/EntryTableModel.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PersonFiguresModel.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace st {

namespace {

constexpr int kAllDates = -1;
constexpr int kCustomDates = 100;
constexpr qint64 kAnyProduct = -1;

/// The status as a coloured pill with its symbol and word (colour is never the only signal).
class StatusBadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant status = index.data(StatusRole);
        if (!status.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.backgroundBrush = QBrush();
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int width = std::min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 4);
        const int height = std::min(metrics.height() + 6, option.rect.height() - 4);
        QRect pill(0, 0, width, height);
        pill.moveCenter(option.rect.center());
        const Status s = Status(status.toInt());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(DisplayFormat::statusColor(s));
        painter->setBrush(DisplayFormat::statusBackground(s));
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setFont(bold);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(24, 6);
    }
};

/// Fills `box` with "(none)" and the members of tree `d` below the root, by path.
void fillMembers(QComboBox *box, const Tree &tree, const QString &noneText, qint64 noneValue)
{
    box->clear();
    box->addItem(noneText, noneValue);
    for (NodeId id : tree.preorder()) {
        if (id != kRootId)
            box->addItem(tree.path(id), qint64(id));
    }
}

/// Product and region cells are chosen from the tree, not typed.
class MemberDelegate final : public QStyledItemDelegate
{
public:
    MemberDelegate(PlanDocument *document, Dimension dimension, QObject *parent)
        : QStyledItemDelegate(parent), m_document(document), m_dimension(dimension)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        fillMembers(box, m_document->service().tree(m_dimension), EntryTableModel::tr("(none)"), 0);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toLongLong())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toLongLong(), Qt::EditRole);
    }

private:
    PlanDocument *m_document;
    Dimension m_dimension;
};

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MyProgressPage::MyProgressPage(PlanDocument *document, ViewOptions *options, QWidget *parent)
    : QWidget(parent), m_document(document), m_options(options)
{
    m_figures = new PersonFiguresModel(document, options, this);
    m_entries = new EntryTableModel(document, options, this);
    m_entries->setPaused(true); // until the page is shown: a hidden page reads no entries
    m_proxy = new EntryFilterProxy(document, this);
    m_proxy->setSourceModel(m_entries);
    buildUi();

    // Another file: ids mean other members there, so start from who I was remembered as.
    connect(m_document, &PlanDocument::opened, this, [this] {
        m_date->setDate(m_document->today());
        reloadMembers(false);
        reloadPeople(false);
        applyFilter();
    });
    connect(m_document, &PlanDocument::treeChanged, this, [this](Dimension d) {
        if (d == Dimension::Org)
            reloadPeople(true);
        else
            reloadMembers(true);
    });
    connect(m_document, &PlanDocument::settingsChanged, this, [this] {
        applyFilter();
        updateCaption();
    });
    connect(m_document, &PlanDocument::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_entries, &EntryTableModel::editRejected, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_options, &ViewOptions::displayUnitChanged, this, &MyProgressPage::updateCaption);
    connect(m_figures, &QAbstractItemModel::dataChanged, this, &MyProgressPage::updateCaption);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MyProgressPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MyProgressPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MyProgressPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MyProgressPage::updateCount);
    connect(m_entries, &QAbstractItemModel::modelReset, this, [this] { updateCustomers(0, m_entries->rowCount() - 1); });
    connect(m_entries, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { updateCustomers(first, last); });

    if (m_document->isOpen()) {
        m_date->setDate(m_document->today());
        reloadMembers(false);
        reloadPeople(false);
        applyFilter();
    }
}

MyProgressPage::~MyProgressPage() = default;

void MyProgressPage::buildUi()
{
    auto *bar = new QHBoxLayout;
    m_personBox = new QComboBox(this);
    m_personBox->setObjectName(QStringLiteral("personBox"));
    m_personBox->setMinimumContentsLength(24);
    m_personBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(fieldLabel(tr("&I am:"), m_personBox, this));
    bar->addWidget(m_personBox);
    bar->addSpacing(12);
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    for (const Metric &m : Metric::builtIns())
        m_metricBox->addItem(m.name(), m.id);
    bar->addWidget(fieldLabel(tr("&Metric:"), m_metricBox, this));
    bar->addWidget(m_metricBox);
    bar->addSpacing(12);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("figuresCaption"));
    bar->addWidget(m_caption, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(buildFigures());
    layout->addWidget(buildQuickEntry());
    layout->addWidget(buildEntries(), 1);

    connect(m_personBox, &QComboBox::currentIndexChanged, this, &MyProgressPage::onPersonChosen);
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &MyProgressPage::onMetricChosen);
    onMetricChosen();
}

QWidget *MyProgressPage::buildFigures()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_figuresView = new QTableView(box);
    m_figuresView->setObjectName(QStringLiteral("figuresView"));
    m_figuresView->setModel(m_figures);
    m_figuresView->setItemDelegateForColumn(PersonFiguresModel::StatusColumn, new StatusBadgeDelegate(m_figuresView));
    m_figuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figuresView->setSelectionMode(QAbstractItemView::NoSelection);
    m_figuresView->setFocusPolicy(Qt::NoFocus);
    m_figuresView->setAlternatingRowColors(true);
    m_figuresView->verticalHeader()->setVisible(false);
    m_figuresView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_figuresView->verticalHeader()->setDefaultSectionSize(m_figuresView->fontMetrics().height() + 12);
    m_figuresView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_figuresView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_figuresView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(PersonFiguresModel::PeriodColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PersonFiguresModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(80);
    // Exactly the five periods, no scrolling.
    const int rows = m_figuresView->verticalHeader()->defaultSectionSize() * PersonFiguresModel::RowCount;
    m_figuresView->setFixedHeight(rows + header->sizeHint().height() + 2 * m_figuresView->frameWidth() + 2);
    layout->addWidget(m_figuresView);

    m_definition = new QLabel(box);
    m_definition->setObjectName(QStringLiteral("metricDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::PlainText);
    layout->addWidget(m_definition);
    return box;
}

QGroupBox *MyProgressPage::buildQuickEntry()
{
    m_form = new QGroupBox(tr("Quick entry — press Enter to add"), this);
    m_form->setObjectName(QStringLiteral("quickEntry"));
    auto *grid = new QGridLayout(m_form);

    m_date = new QDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_entryMetric = new QComboBox(m_form);
    m_entryMetric->setObjectName(QStringLiteral("entryMetric"));
    for (const Metric &m : Metric::builtIns())
        m_entryMetric->addItem(m.name(), m.id);
    m_value = new QLineEdit(m_form);
    m_value->setObjectName(QStringLiteral("entryValue"));
    m_value->setPlaceholderText(tr("12,345.67 or 5万"));
    m_value->setAlignment(Qt::AlignRight);
    m_valueUnit = new QLabel(m_form);
    m_product = new QComboBox(m_form);
    m_product->setObjectName(QStringLiteral("entryProduct"));
    m_region = new QComboBox(m_form);
    m_region->setObjectName(QStringLiteral("entryRegion"));
    m_customer = new QLineEdit(m_form);
    m_customer->setObjectName(QStringLiteral("entryCustomer"));
    m_customerList = new QStringListModel(this);
    auto *completer = new QCompleter(m_customerList, m_customer);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_customer->setCompleter(completer);
    m_ref = new QLineEdit(m_form);
    m_ref->setObjectName(QStringLiteral("entryRef"));
    m_ref->setPlaceholderText(tr("contract or invoice no."));
    m_note = new QLineEdit(m_form);
    m_note->setObjectName(QStringLiteral("entryNote"));
    m_add = new QPushButton(tr("&Add entry"), m_form);
    m_add->setObjectName(QStringLiteral("addEntryButton"));

    auto *value = new QHBoxLayout;
    value->addWidget(m_value, 1);
    value->addWidget(m_valueUnit);
    grid->addWidget(fieldLabel(tr("&Date:"), m_date, m_form), 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(fieldLabel(tr("M&etric:"), m_entryMetric, m_form), 0, 2);
    grid->addWidget(m_entryMetric, 0, 3);
    grid->addWidget(fieldLabel(tr("&Value:"), m_value, m_form), 0, 4);
    grid->addLayout(value, 0, 5);
    grid->addWidget(fieldLabel(tr("&Product:"), m_product, m_form), 0, 6);
    grid->addWidget(m_product, 0, 7);
    grid->addWidget(fieldLabel(tr("Re&gion:"), m_region, m_form), 0, 8);
    grid->addWidget(m_region, 0, 9);
    grid->addWidget(fieldLabel(tr("&Customer:"), m_customer, m_form), 1, 0);
    grid->addWidget(m_customer, 1, 1, 1, 3);
    grid->addWidget(fieldLabel(tr("&Reference:"), m_ref, m_form), 1, 4);
    grid->addWidget(m_ref, 1, 5);
    grid->addWidget(fieldLabel(tr("&Note:"), m_note, m_form), 1, 6);
    grid->addWidget(m_note, 1, 7, 1, 2);
    grid->addWidget(m_add, 1, 9);
    // The value, product and customer need the room; the date and metric fit their contents.
    for (const auto &[column, stretch] : {std::pair{1, 0}, {3, 1}, {5, 2}, {7, 2}, {9, 1}})
        grid->setColumnStretch(column, stretch);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(m_value->placeholderText()) + 24);

    m_form->installEventFilter(this); // Enter in any field submits (the fields leave Return to their parent)
    connect(m_add, &QPushButton::clicked, this, &MyProgressPage::submitQuickEntry);
    connect(m_entryMetric, &QComboBox::currentIndexChanged, this, &MyProgressPage::updateCaption);
    return m_form;
}

QWidget *MyProgressPage::buildEntries()
{
    auto *box = new QGroupBox(tr("My entries"), this);
    box->setObjectName(QStringLiteral("myEntries"));
    auto *layout = new QVBoxLayout(box);
    auto *filters = new QHBoxLayout;
    m_filterPeriod = new QComboBox(box);
    m_filterPeriod->setObjectName(QStringLiteral("filterPeriod"));
    m_filterPeriod->addItem(tr("All dates"), kAllDates);
    m_filterPeriod->addItem(tr("This week"), int(PeriodKind::Week));
    m_filterPeriod->addItem(tr("This month"), int(PeriodKind::Month));
    m_filterPeriod->addItem(tr("This quarter"), int(PeriodKind::Quarter));
    m_filterPeriod->addItem(tr("This year"), int(PeriodKind::Year));
    m_filterPeriod->addItem(tr("From … to …"), kCustomDates);
    m_filterFrom = new QDateEdit(box);
    m_filterFrom->setObjectName(QStringLiteral("filterFrom"));
    m_filterTo = new QDateEdit(box);
    m_filterTo->setObjectName(QStringLiteral("filterTo"));
    for (QDateEdit *e : {m_filterFrom, m_filterTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setVisible(false);
        connect(e, &QDateEdit::dateChanged, this, &MyProgressPage::applyFilter);
    }
    m_filterMetric = new QComboBox(box);
    m_filterMetric->setObjectName(QStringLiteral("filterMetric"));
    m_filterMetric->addItem(tr("All metrics"), 0);
    for (const Metric &m : Metric::builtIns())
        m_filterMetric->addItem(m.name(), m.id);
    m_filterProduct = new QComboBox(box);
    m_filterProduct->setObjectName(QStringLiteral("filterProduct"));
    m_filterProduct->setMinimumContentsLength(14);
    m_filterProduct->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filterCustomer = new QLineEdit(box);
    m_filterCustomer->setObjectName(QStringLiteral("filterCustomer"));
    m_filterCustomer->setPlaceholderText(tr("Customer contains…"));
    m_filterCustomer->setClearButtonEnabled(true);
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("entryCount"));
    auto *remove = new QPushButton(tr("De&lete"), box);
    remove->setObjectName(QStringLiteral("deleteEntriesButton"));
    remove->setToolTip(tr("Delete the selected entries (you can undo this)"));

    filters->addWidget(m_filterPeriod);
    filters->addWidget(m_filterFrom);
    filters->addWidget(m_filterTo);
    filters->addWidget(m_filterMetric);
    filters->addWidget(m_filterProduct);
    filters->addWidget(m_filterCustomer, 1);
    filters->addWidget(m_count);
    filters->addWidget(remove);
    layout->addLayout(filters);

    m_entriesView = new QTableView(box);
    m_entriesView->setObjectName(QStringLiteral("entriesView"));
    m_entriesView->setModel(m_proxy);
    m_entriesView->setSortingEnabled(true);
    m_entriesView->sortByColumn(EntryTableModel::DateColumn, Qt::DescendingOrder); // newest first
    m_entriesView->setAlternatingRowColors(true);
    m_entriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_entriesView->verticalHeader()->setVisible(false);
    m_entriesView->verticalHeader()->setDefaultSectionSize(m_entriesView->fontMetrics().height() + 10);
    m_entriesView->setItemDelegateForColumn(EntryTableModel::ProductColumn,
                                            new MemberDelegate(m_document, Dimension::Product, m_entriesView));
    m_entriesView->setItemDelegateForColumn(EntryTableModel::RegionColumn,
                                            new MemberDelegate(m_document, Dimension::Region, m_entriesView));
    QHeaderView *header = m_entriesView->horizontalHeader();
    header->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {{EntryTableModel::DateColumn, 100},   {EntryTableModel::MetricColumn, 140},
                                          {EntryTableModel::ValueColumn, 130},  {EntryTableModel::ProductColumn, 170},
                                          {EntryTableModel::RegionColumn, 110}, {EntryTableModel::CustomerColumn, 200},
                                          {EntryTableModel::RefColumn, 120}};
    for (const auto &[column, width] : widths)
        m_entriesView->setColumnWidth(column, width);
    layout->addWidget(m_entriesView, 1);

    m_deleteAction = new QAction(tr("Delete entry"), m_entriesView);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_entriesView->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &MyProgressPage::deleteSelectedEntries);
    connect(remove, &QPushButton::clicked, this, &MyProgressPage::deleteSelectedEntries);
    connect(m_filterPeriod, &QComboBox::currentIndexChanged, this, &MyProgressPage::applyFilter);
    connect(m_filterMetric, &QComboBox::currentIndexChanged, this, &MyProgressPage::applyFilter);
    connect(m_filterProduct, &QComboBox::currentIndexChanged, this, &MyProgressPage::applyFilter);
    connect(m_filterCustomer, &QLineEdit::textChanged, this, &MyProgressPage::applyFilter);
    return box;
}

void MyProgressPage::reloadPeople(bool keepCurrent)
{
    if (!m_document->isOpen())
        return;
    const Tree &org = m_document->service().tree(Dimension::Org);
    NodeId keep = keepCurrent ? person() : 0;
    if (keep == 0) { // who was I last time?
        const QString remembered = QSettings().value(QLatin1String(kPersonKey)).toString();
        if (const auto id = remembered.isEmpty() ? std::nullopt : org.find(remembered))
            keep = *id;
    }
    {
        const QSignalBlocker block(m_personBox);
        m_personBox->clear();
        for (NodeId id : org.preorder()) {
            const Node &n = org.node(id);
            if (!n.person)
                continue;
            const QString team = n.parent != 0 && n.parent != kRootId ? org.path(n.parent) : QString();
            m_personBox->addItem(team.isEmpty() ? n.name : tr("%1 — %2").arg(n.name, team), qint64(id));
        }
        m_personBox->setCurrentIndex(std::max(0, m_personBox->findData(qint64(keep))));
    }
    onPersonChosen();
}

void MyProgressPage::reloadMembers(bool keepCurrent)
{
    if (!m_document->isOpen())
        return;
    const PlanService &service = m_document->service();
    const auto refill = [&](QComboBox *box, Dimension d, const QString &noneText, qint64 noneValue, bool withAny) {
        const QVariant keep = keepCurrent ? box->currentData() : QVariant();
        const QSignalBlocker block(box);
        fillMembers(box, service.tree(d), noneText, noneValue);
        if (withAny)
            box->insertItem(0, tr("All products"), kAnyProduct);
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    };
    refill(m_product, Dimension::Product, tr("(none)"), 0, false);
    refill(m_region, Dimension::Region, tr("(none)"), 0, false);
    refill(m_filterProduct, Dimension::Product, tr("(no product)"), 0, true);
    if (m_region->currentIndex() == 0 && person() != 0 && service.tree(Dimension::Org).contains(person()))
        m_region->setCurrentIndex(std::max(0, m_region->findData(qint64(service.tree(Dimension::Org).node(person()).homeRegion))));
    applyFilter();
}

NodeId MyProgressPage::person() const
{
    return m_personBox->currentIndex() >= 0 ? m_personBox->currentData().toLongLong() : 0;
}

void MyProgressPage::setPerson(NodeId person)
{
    const int index = m_personBox->findData(qint64(person));
    if (index >= 0)
        m_personBox->setCurrentIndex(index);
}

MetricId MyProgressPage::metric() const
{
    return m_metricBox->currentData().toInt();
}

void MyProgressPage::setMetric(MetricId metric)
{
    m_metricBox->setCurrentIndex(std::max(0, m_metricBox->findData(metric)));
}

void MyProgressPage::onPersonChosen()
{
    const NodeId me = person();
    m_figures->setPerson(me);
    m_entries->setPerson(me);
    if (me != 0 && m_document->isOpen()) {
        const Tree &org = m_document->service().tree(Dimension::Org);
        QSettings().setValue(QLatin1String(kPersonKey), org.path(me));
        m_region->setCurrentIndex(std::max(0, m_region->findData(qint64(org.node(me).homeRegion))));
    }
    updateCaption();
}

void MyProgressPage::onMetricChosen()
{
    const Metric &m = Metric::byId(metric());
    m_figures->setMetric(m.id);
    m_entryMetric->setCurrentIndex(std::max(0, m_entryMetric->findData(m.id)));
    m_definition->setText(tr("%1 — definition (统计口径): %2").arg(m.name(), m.definition()));
    m_metricBox->setToolTip(m.definition());
    updateCaption();
}

void MyProgressPage::updateCaption()
{
    if (!m_document->isOpen())
        return;
    const QString currency = m_document->service().settings().currency;
    const Metric &shown = Metric::byId(metric());
    m_caption->setText(tr("As of %1 · %2 in %3")
                           .arg(QLocale().toString(m_figures->asOf(), QLocale::LongFormat), shown.name(),
                                DisplayFormat::unitLabel(shown, m_options->displayUnit(), currency)));
    const Metric &entered = Metric::byId(m_entryMetric->currentData().toInt());
    m_valueUnit->setText(DisplayFormat::unitLabel(entered, m_options->displayUnit(), currency));
    m_value->setToolTip(entered.definition());
}

void MyProgressPage::applyFilter()
{
    const int choice = m_filterPeriod->currentData().toInt();
    const bool custom = choice == kCustomDates;
    m_filterFrom->setVisible(custom);
    m_filterTo->setVisible(custom);
    QDate from;
    QDate to;
    if (custom) {
        from = m_filterFrom->date();
        to = m_filterTo->date();
    } else if (choice != kAllDates && m_document->isOpen()) {
        const Period p = Period::containing(PeriodKind(choice), m_document->today(),
                                            m_document->service().settings().fiscalYearStartMonth);
        from = p.first();
        to = p.last();
        // Start a custom range from the last chosen period.
        const QSignalBlocker blockFrom(m_filterFrom);
        const QSignalBlocker blockTo(m_filterTo);
        m_filterFrom->setDate(from);
        m_filterTo->setDate(to);
    }
    m_proxy->setDateRange(from, to);
    m_proxy->setMetric(m_filterMetric->currentData().toInt());
    const qint64 product = m_filterProduct->count() ? m_filterProduct->currentData().toLongLong() : kAnyProduct;
    m_proxy->setProduct(product == kAnyProduct ? std::nullopt : std::optional<NodeId>(product));
    m_proxy->setCustomer(m_filterCustomer->text());
    updateCount();
}

void MyProgressPage::updateCount()
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2 entries").arg(locale.toString(m_proxy->rowCount()), locale.toString(m_entries->rowCount())));
}

void MyProgressPage::updateCustomers(int first, int last)
{
    // All of them after a reset; otherwise only the rows just added can bring a new name.
    const bool all = first == 0 && last == m_entries->rowCount() - 1;
    std::set<QString> names;
    if (!all) {
        const QStringList known = m_customerList->stringList();
        names.insert(known.begin(), known.end());
    }
    const std::size_t before = names.size();
    for (int row = first; row <= last; ++row) {
        if (const QString &c = m_entries->entryAt(row).customer; !c.isEmpty())
            names.insert(c);
    }
    if (all || names.size() != before)
        m_customerList->setStringList(QStringList(names.begin(), names.end()));
}

bool MyProgressPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && plain) {
            submitQuickEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MyProgressPage::showEvent(QShowEvent *event)
{
    // The page may have stayed open past midnight: "today" and every period move on.
    if (m_document->isOpen() && m_figures->asOf() != m_document->today()) {
        m_figures->rebuild();
        m_date->setDate(m_document->today());
        applyFilter();
        updateCaption();
    }
    m_entries->setPaused(false);
    QWidget::showEvent(event);
}

void MyProgressPage::hideEvent(QHideEvent *event)
{
    m_entries->setPaused(true);
    QWidget::hideEvent(event);
}

bool MyProgressPage::submitQuickEntry()
{
    showMessage({}, false);
    if (!m_document->isOpen())
        return false;
    const NodeId me = person();
    if (me == 0) {
        showMessage(tr("I am: choose who you are first (the organization tree has no sales rep yet)."), true);
        return false;
    }
    const Metric &metric = Metric::byId(m_entryMetric->currentData().toInt());
    ProgressEntry entry;
    entry.date = m_date->date();
    entry.metric = metric.id;
    entry.person = me;
    entry.product = m_product->currentData().toLongLong();
    entry.region = m_region->currentData().toLongLong();
    entry.customer = m_customer->text().trimmed();
    entry.ref = m_ref->text().trimmed();
    entry.note = m_note->text().trimmed();
    try {
        if (m_value->text().trimmed().isEmpty())
            throw DomainError(tr("enter an amount, e.g. 12,345.67 or 5万."));
        entry.value = DisplayFormat::parseInput(m_value->text(), metric, m_options->displayUnit());
    } catch (const DomainError &e) {
        showMessage(tr("Value: %1").arg(e.message()), true);
        m_value->setFocus();
        m_value->selectAll();
        return false;
    }
    auto *command = new AddEntryCommand(m_document, entry);
    if (!m_document->push(command))
        return false; // failed() showed why (the field is named in the message)
    const QString done = tr("Added %1 %2 on %3.")
                             .arg(metric.name(), DisplayFormat::amount(entry.value, metric, m_options->displayUnit()),
                                  entry.date.toString(Qt::ISODate));
    for (QLineEdit *e : {m_value, m_customer, m_ref, m_note})
        e->clear();
    showMessage(done, false);
    m_value->setFocus();
    return true;
}

bool MyProgressPage::deleteSelectedEntries()
{
    showMessage({}, false);
    std::vector<int> rows;
    for (const QModelIndex &index : m_entriesView->selectionModel()->selectedRows())
        rows.push_back(m_proxy->mapToSource(index).row());
    if (rows.empty() && m_entriesView->currentIndex().isValid())
        rows.push_back(m_proxy->mapToSource(m_entriesView->currentIndex()).row());
    if (rows.empty())
        return false;
    const bool ok = m_entries->removeEntries(rows);
    if (ok)
        showMessage(tr("Deleted %n entries. Undo brings them back.", nullptr, int(rows.size())), false);
    return ok;
}

void MyProgressPage::showMessage(const QString &text, bool error)
{
    m_message->setText((error ? QStringLiteral("\u26A0 ") : QString()) + text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background:#FDECEA; color:#8A1C1C; padding:6px; border-radius:3px; }")
                                   : QStringLiteral("QLabel { background:#E8F5E9; color:#1B5E20; padding:6px; border-radius:3px; }"));
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

} // namespace st
