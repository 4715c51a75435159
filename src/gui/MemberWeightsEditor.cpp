#include "salestarget/gui/MemberWeightsEditor.h"

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Distribution.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace st {

namespace {
enum Column { NameColumn, WeightColumn, ShareColumn, ColumnCount };
constexpr double kMaxWeight = 1e9;
}

MemberWeightsEditor::MemberWeightsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(tr("Relative weights, for example each member's potential or account pool. At least one "
                               "must be above zero."),
                            this);
    note->setObjectName(QStringLiteral("childWeightsNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("childWeightsTable"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Weight"), tr("Share")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the weight fields
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_equal = new QPushButton(tr("Equa&l"), this);
    m_equal->setObjectName(QStringLiteral("childEqualButton"));
    m_equal->setToolTip(tr("The same weight for every member"));
    m_current = new QPushButton(tr("As n&ow"), this);
    m_current->setObjectName(QStringLiteral("childCurrentButton"));
    m_current->setToolTip(tr("Weights in proportion to the members' current targets"));
    for (QPushButton *b : {m_equal, m_current}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_equal, &QPushButton::clicked, this,
            [this] { setWeights(std::vector<std::int64_t>(m_fields.size(), 100)); });
    connect(m_current, &QPushButton::clicked, this, &MemberWeightsEditor::applyCurrent);
    setCurrentTargets({});
}

MemberWeightsEditor::~MemberWeightsEditor() = default;

void MemberWeightsEditor::setMembers(const QStringList &names, const QStringList &paths)
{
    m_fields.clear();
    m_table->setRowCount(0);
    m_table->setRowCount(int(names.size()));
    QWidget *previous = nullptr;
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names[row]);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(row < paths.size() ? paths[row] : names[row]);
        m_table->setItem(row, NameColumn, name);
        auto *field = new QDoubleSpinBox(m_table);
        field->setObjectName(QStringLiteral("childWeight%1").arg(row));
        field->setRange(0.0, kMaxWeight);
        field->setDecimals(2);
        field->setValue(1.0);
        field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        field->setFrame(false);
        field->setAccessibleName(names[row]);
        m_table->setCellWidget(row, WeightColumn, field);
        auto *share = new QTableWidgetItem;
        share->setFlags(Qt::ItemIsEnabled);
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ShareColumn, share);
        if (previous)
            setTabOrder(previous, field);
        previous = field;
        m_fields.push_back(field);
        connect(field, &QDoubleSpinBox::valueChanged, this, [this] {
            updateShares();
            Q_EMIT changed();
        });
    }
    if (previous)
        setTabOrder(previous, m_equal);
    updateShares();
}

void MemberWeightsEditor::setCurrentTargets(const std::vector<std::int64_t> &targets)
{
    m_currentTargets = targets;
    m_current->setEnabled(std::any_of(targets.begin(), targets.end(), [](std::int64_t t) { return t > 0; }));
}

void MemberWeightsEditor::setWeights(const std::vector<std::int64_t> &hundredths)
{
    for (std::size_t i = 0; i < m_fields.size() && i < hundredths.size(); ++i) {
        const QSignalBlocker blocker(m_fields[i]);
        m_fields[i]->setValue(double(hundredths[i]) / 100.0);
    }
    updateShares();
    Q_EMIT changed();
}

std::vector<std::int64_t> MemberWeightsEditor::weights() const
{
    std::vector<std::int64_t> values;
    values.reserve(m_fields.size());
    // Two decimals in the field: value x 100 rounds to the exact hundredths.
    for (const QDoubleSpinBox *f : m_fields)
        values.push_back(std::llround(f->value() * 100.0));
    return values;
}

QString MemberWeightsEditor::text() const
{
    QStringList parts;
    for (std::int64_t w : weights())
        parts << Amount(w).toDecimalString(2);
    return parts.join(u',');
}

void MemberWeightsEditor::updateShares()
{
    const std::vector<std::int64_t> values = weights();
    std::int64_t sum = 0;
    for (std::int64_t v : values)
        sum += v;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::optional<double> share = sum > 0 ? std::optional(double(values[i]) / double(sum)) : std::nullopt;
        m_table->item(int(i), ShareColumn)->setText(DisplayFormat::percent(share));
    }
}

void MemberWeightsEditor::applyCurrent()
{
    if (m_currentTargets.size() != m_fields.size())
        return;
    std::vector<std::int64_t> shares;
    // Percentages of the current split with two decimals: readable weights that keep the proportions.
    for (Amount a : Distribution::proportional(Amount(10000), m_currentTargets))
        shares.push_back(a.minor());
    setWeights(shares);
}

} // namespace st
