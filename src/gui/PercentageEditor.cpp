#include "salestarget/gui/PercentageEditor.h"

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Distribution.h"
#include "salestarget/domain/DomainError.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace st {

namespace {
constexpr int kColumns = 2; // label + field pairs per row; parts run down the columns (H1 | H2)
}

PercentageEditor::PercentageEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(8);
    layout->addLayout(m_grid);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("percentTotal"));
    m_total->setTextFormat(Qt::PlainText);
    layout->addWidget(m_total);

    auto *buttons = new QHBoxLayout;
    m_template4321 = new QPushButton(tr("&Template 4321"), this);
    m_template4321->setObjectName(QStringLiteral("template4321Button"));
    m_template4321->setToolTip(tr("Q1 30% / Q2 20% / Q3 30% / Q4 20%"));
    m_equal = new QPushButton(tr("Equa&l"), this);
    m_equal->setObjectName(QStringLiteral("equalButton"));
    m_equal->setToolTip(tr("The same percentage for every part"));
    m_current = new QPushButton(tr("As n&ow"), this);
    m_current->setObjectName(QStringLiteral("currentButton"));
    m_current->setToolTip(tr("The percentages of the current targets"));
    for (QPushButton *b : {m_template4321, m_equal, m_current}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_template4321, &QPushButton::clicked, this, &PercentageEditor::applyTemplate4321);
    connect(m_equal, &QPushButton::clicked, this, &PercentageEditor::applyEqual);
    connect(m_current, &QPushButton::clicked, this, &PercentageEditor::applyCurrent);
    setCurrentShares({});
    updateTotal();
}

PercentageEditor::~PercentageEditor() = default;

void PercentageEditor::clearFields()
{
    for (QLabel *l : m_labels)
        delete l;
    for (QDoubleSpinBox *f : m_fields)
        delete f;
    m_labels.clear();
    m_fields.clear();
}

void PercentageEditor::setParts(const QStringList &labels)
{
    clearFields();
    m_parts = labels;
    const int rows = (int(labels.size()) + kColumns - 1) / kColumns;
    QWidget *previous = nullptr;
    for (int i = 0; i < labels.size(); ++i) {
        auto *field = new QDoubleSpinBox(this);
        field->setObjectName(QStringLiteral("percent%1").arg(i));
        field->setRange(0.0, 100.0);
        field->setDecimals(2);
        field->setSuffix(QStringLiteral(" %"));
        field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        field->setAccelerated(true);
        field->setAccessibleName(labels[i]);
        auto *label = new QLabel(labels[i], this);
        label->setBuddy(field);
        const int row = rows > 0 ? i % rows : 0;
        const int column = rows > 0 ? i / rows : 0;
        m_grid->addWidget(label, row, 2 * column);
        m_grid->addWidget(field, row, 2 * column + 1);
        if (previous)
            setTabOrder(previous, field);
        previous = field;
        m_labels.push_back(label);
        m_fields.push_back(field);
        connect(field, &QDoubleSpinBox::valueChanged, this, [this] {
            updateTotal();
            Q_EMIT changed();
        });
    }
    for (int c = 0; c < 2 * kColumns; ++c)
        m_grid->setColumnStretch(c, c % 2 == 1 ? 1 : 0);
    if (previous)
        setTabOrder(previous, m_template4321);
    applyEqual();
}

void PercentageEditor::setTemplate4321Available(bool available)
{
    m_template4321->setVisible(available);
}

void PercentageEditor::setCurrentShares(const std::vector<std::int64_t> &weights)
{
    m_currentShares = weights;
    m_current->setEnabled(std::any_of(weights.begin(), weights.end(), [](std::int64_t w) { return w > 0; }));
}

void PercentageEditor::setBasisPoints(const std::vector<std::int64_t> &values)
{
    {
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(m_fields.size());
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            blockers.emplace_back(m_fields[i]);
            m_fields[i]->setValue(i < values.size() ? double(values[i]) / 100.0 : 0.0);
        }
    }
    updateTotal();
    Q_EMIT changed();
}

std::vector<std::int64_t> PercentageEditor::basisPoints() const
{
    std::vector<std::int64_t> values;
    values.reserve(m_fields.size());
    // The fields hold two decimals, so rounding value x 100 gives the exact basis points.
    for (const QDoubleSpinBox *f : m_fields)
        values.push_back(std::llround(f->value() * 100.0));
    return values;
}

QString PercentageEditor::text() const
{
    QStringList parts;
    for (std::int64_t bp : basisPoints())
        parts << Amount(bp).toDecimalString(2);
    return parts.join(u',');
}

std::optional<QString> PercentageEditor::problem() const
{
    try {
        Distribution::parsePercentages(text(), partCount());
    } catch (const DomainError &e) {
        return e.message();
    }
    return std::nullopt;
}

void PercentageEditor::updateTotal()
{
    const std::vector<std::int64_t> values = basisPoints();
    const std::int64_t sum = std::accumulate(values.begin(), values.end(), std::int64_t(0));
    const QString shown = QLocale().toString(double(sum) / 100.0, 'f', 2);
    // Never colour alone: the mark says it too.
    if (problem()) {
        m_total->setText(tr("Total: %1% \u2717 must be exactly 100%").arg(shown));
        m_total->setStyleSheet(QStringLiteral("color: #C62828; font-weight: bold;"));
    } else {
        m_total->setText(tr("Total: %1% \u2713").arg(shown));
        m_total->setStyleSheet(QStringLiteral("color: #2E7D32;"));
    }
}

void PercentageEditor::applyTemplate4321()
{
    setBasisPoints(Distribution::template4321());
}

void PercentageEditor::applyEqual()
{
    if (m_fields.empty()) {
        updateTotal();
        return;
    }
    std::vector<std::int64_t> values;
    for (Amount a : Distribution::even(Amount(10000), partCount()))
        values.push_back(a.minor());
    setBasisPoints(values);
}

void PercentageEditor::applyCurrent()
{
    if (m_currentShares.size() != m_fields.size())
        return;
    std::vector<std::int64_t> values;
    for (Amount a : Distribution::proportional(Amount(10000), m_currentShares))
        values.push_back(a.minor());
    setBasisPoints(values);
}

} // namespace st
