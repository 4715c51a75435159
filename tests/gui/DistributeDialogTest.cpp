// DistributeDialog driven as a user would: by the widgets' object names, over a real SQLite file.
#include "salestarget/gui/DistributeDialog.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/gui/DistributionPreviewModel.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <map>

namespace st {
namespace {

constexpr MetricId kSales = 1;
constexpr int kYear = 2026;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
}

// Lets posted layout requests run, as the event loop would before painting.
QPixmap grabbed(QWidget &w)
{
    QCoreApplication::processEvents();
    return w.grab();
}

template <typename T>
T *widget(const QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// Each node's total over the period after the planned changes (cells not changed keep their value).
std::map<NodeId, Amount> totalsAfter(const PlanService &service, const std::vector<TargetChange> &changes,
                                     const std::vector<NodeId> &nodes, const Period &period)
{
    std::map<NodeId, Amount> totals;
    for (NodeId n : nodes)
        totals[n] = service.targets().sum(kSales, n, Month::of(period.first()), Month::of(period.last()));
    for (const TargetChange &c : changes)
        totals[c.node] += c.after.value - c.before.value;
    return totals;
}

// A small plan: the company (1,000.00 for 2026) over products A, B and C; A has X and Y.
class DistributeDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        document.open(dir.filePath(QStringLiteral("plan.sqlite")), false);
        PlanService &service = document.service();
        a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
        b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
        c = service.ensurePath(Dimension::Product, QStringLiteral("C"));
        x = service.ensurePath(Dimension::Product, QStringLiteral("A/X"));
        y = service.ensurePath(Dimension::Product, QStringLiteral("A/Y"));
        service.setTarget(kRootId, kSales, year, Amount(1000'00));
    }

    std::unique_ptr<DistributeDialog> dialogFor(NodeId node)
    {
        return std::make_unique<DistributeDialog>(&document, &options, Dimension::Product, node, kSales, kYear);
    }

    QTemporaryDir dir;
    PlanDocument document{fixedNow};
    ViewOptions options;
    Period year = Period::year(kYear);
    NodeId a = 0, b = 0, c = 0, x = 0, y = 0;
};

TEST_F(DistributeDialogTest, ShowsWhatIsDistributed)
{
    auto dialog = dialogFor(kRootId);
    EXPECT_EQ(widget<QLabel>(*dialog, "totalValue")->text(), QStringLiteral("1,000.00 CNY (元)"));
    EXPECT_FALSE(widget<QLabel>(*dialog, "metricValue")->toolTip().isEmpty()); // the metric's definition
    EXPECT_TRUE(widget<QRadioButton>(*dialog, "overChildrenRadio")->isChecked());
    EXPECT_EQ(widget<QSpinBox>(*dialog, "referenceYearSpin")->value(), kYear - 1);
    EXPECT_EQ(dialog->period(), year);
    EXPECT_EQ(widget<QComboBox>(*dialog, "periodCombo")->count(), 1 + 4 + 12);
}

TEST_F(DistributeDialogTest, EvenOverChildrenIsExactToTheCent)
{
    auto dialog = dialogFor(kRootId);
    const auto totals = totalsAfter(document.service(), dialog->plannedChanges(), {a, b, c}, year);
    EXPECT_EQ(totals.at(a), Amount(333'34));
    EXPECT_EQ(totals.at(b), Amount(333'33));
    EXPECT_EQ(totals.at(c), Amount(333'33));
    EXPECT_TRUE(widget<QPushButton>(*dialog, "applyButton")->isEnabled());

    // The preview lists every changed cell and a totals row: before 0, after the whole.
    const auto *preview = widget<QTableView>(*dialog, "previewTable")->model();
    ASSERT_EQ(preview->rowCount(), int(dialog->plannedChanges().size()) + 1);
    const int total = preview->rowCount() - 1;
    EXPECT_EQ(preview->index(total, DistributionPreviewModel::PartColumn).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(preview->index(total, DistributionPreviewModel::AfterColumn).data().toString(), QStringLiteral("1,000.00"));
    EXPECT_EQ(preview->index(total, DistributionPreviewModel::ChangeColumn).data().toString(), QStringLiteral("+1,000.00"));
    EXPECT_EQ(preview->index(0, DistributionPreviewModel::PartColumn).data().toString(), QStringLiteral("A"));
    EXPECT_TRUE(widget<QLabel>(*dialog, "previewNote")->text().contains(QStringLiteral("A 333.34 (33.3%)")));
}

TEST_F(DistributeDialogTest, ManualChildWeightsThreeToOne)
{
    document.service().setTarget(a, kSales, year, Amount(1000'00));
    auto dialog = dialogFor(a);
    widget<QRadioButton>(*dialog, "methodWeightsRadio")->click();
    widget<QDoubleSpinBox>(*dialog, "childWeight0")->setValue(3);
    widget<QDoubleSpinBox>(*dialog, "childWeight1")->setValue(1);
    const auto totals = totalsAfter(document.service(), dialog->plannedChanges(), {x, y}, year);
    EXPECT_EQ(totals.at(x), Amount(750'00));
    EXPECT_EQ(totals.at(y), Amount(250'00));

    // All zero is refused by the domain, visibly.
    widget<QDoubleSpinBox>(*dialog, "childWeight0")->setValue(0);
    widget<QDoubleSpinBox>(*dialog, "childWeight1")->setValue(0);
    EXPECT_TRUE(dialog->plannedChanges().empty());
    EXPECT_FALSE(widget<QPushButton>(*dialog, "applyButton")->isEnabled());
    EXPECT_FALSE(widget<QLabel>(*dialog, "messageLabel")->isHidden());
}

TEST_F(DistributeDialogTest, QuartersWith4321PutThirtyPercentInQ1)
{
    auto dialog = dialogFor(kRootId);
    widget<QRadioButton>(*dialog, "overQuartersRadio")->click();
    widget<QRadioButton>(*dialog, "methodWeightsRadio")->click();
    widget<QPushButton>(*dialog, "template4321Button")->click();
    EXPECT_EQ(dialog->method().weights, (std::vector<std::int64_t>{3000, 2000, 3000, 2000}));

    Amount q1;
    std::map<Month, Amount> after;
    for (Month m : year.months())
        after[m] = document.service().targets().value(kSales, kRootId, m);
    for (const TargetChange &change : dialog->plannedChanges())
        after[change.month] = change.after.value;
    for (int m = 1; m <= 3; ++m)
        q1 += after[Month(kYear, m)];
    EXPECT_EQ(q1, Amount(300'00));
    EXPECT_EQ(after[Month(kYear, 1)], Amount(100'00));
    EXPECT_TRUE(widget<QLabel>(*dialog, "previewNote")->text().contains(QStringLiteral("Q1 300.00 (30.0%)")))
        << widget<QLabel>(*dialog, "previewNote")->text().toStdString();
    EXPECT_TRUE(widget<QPushButton>(*dialog, "applyButton")->isEnabled());
}

TEST_F(DistributeDialogTest, MonthlyPercentagesMustTotalExactlyOneHundred)
{
    auto dialog = dialogFor(kRootId);
    widget<QRadioButton>(*dialog, "overMonthsRadio")->click();
    widget<QRadioButton>(*dialog, "methodWeightsRadio")->click();
    auto *jan = widget<QDoubleSpinBox>(*dialog, "percent0");
    ASSERT_NE(widget<QDoubleSpinBox>(*dialog, "percent11"), nullptr); // twelve fields for a year
    auto *apply = widget<QPushButton>(*dialog, "applyButton");
    auto *message = widget<QLabel>(*dialog, "messageLabel");
    auto *total = widget<QLabel>(*dialog, "percentTotal");

    for (int i = 0; i < 12; ++i)
        widget<QDoubleSpinBox>(*dialog, QStringLiteral("percent%1").arg(i).toLatin1().constData())->setValue(i < 3 ? 9 : 8);
    EXPECT_TRUE(total->text().contains(QStringLiteral("99.00%"))) << total->text().toStdString();
    EXPECT_FALSE(apply->isEnabled());
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("99%"))) << message->text().toStdString();
    EXPECT_TRUE(dialog->plannedChanges().empty());

    jan->setValue(10); // 10 + 9 + 9 + 9 x 8 = 100
    EXPECT_TRUE(total->text().contains(QStringLiteral("100.00%")));
    EXPECT_TRUE(apply->isEnabled());
    EXPECT_TRUE(message->isHidden());
    std::map<Month, Amount> after;
    for (const TargetChange &change : dialog->plannedChanges())
        after[change.month] = change.after.value;
    EXPECT_EQ(after[Month(kYear, 1)], Amount(100'00));
}

TEST_F(DistributeDialogTest, QuarterPeriodOffersThreeMonthsAndNoQuarters)
{
    auto dialog = dialogFor(kRootId);
    widget<QRadioButton>(*dialog, "overMonthsRadio")->click();
    auto *period = widget<QComboBox>(*dialog, "periodCombo");
    period->setCurrentIndex(period->findText(QStringLiteral("Q2"), Qt::MatchContains));
    EXPECT_EQ(dialog->period(), Period::quarter(kYear, 2));
    EXPECT_FALSE(widget<QRadioButton>(*dialog, "overQuartersRadio")->isEnabled());
    widget<QRadioButton>(*dialog, "methodWeightsRadio")->click();
    EXPECT_NE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("percent2")), nullptr);
    EXPECT_EQ(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("percent3")), nullptr);

    // A single month only goes to the members below.
    period->setCurrentIndex(period->findText(QStringLiteral("2026-05"), Qt::MatchContains));
    EXPECT_FALSE(widget<QRadioButton>(*dialog, "overMonthsRadio")->isEnabled());
    EXPECT_TRUE(widget<QRadioButton>(*dialog, "overChildrenRadio")->isChecked());
    EXPECT_EQ(dialog->over(), DistributeOver::Children);
}

TEST_F(DistributeDialogTest, LeafOffersNoChildrenAndNoSingleMonths)
{
    auto dialog = dialogFor(x);
    EXPECT_FALSE(widget<QRadioButton>(*dialog, "overChildrenRadio")->isEnabled());
    EXPECT_NE(dialog->over(), DistributeOver::Children);
}

TEST_F(DistributeDialogTest, ApplyIsOneUndoStepAndUndoRestoresEveryCell)
{
    QUndoStack *undo = document.undoStack();
    const int before = undo->count();
    auto dialog = dialogFor(kRootId);
    const std::vector<TargetChange> planned = dialog->plannedChanges();
    ASSERT_FALSE(planned.empty());
    widget<QPushButton>(*dialog, "applyButton")->click();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(undo->count(), before + 1);
    for (const TargetChange &c : planned)
        EXPECT_EQ(document.service().targets().value(kSales, c.node, c.month), c.after.value);

    undo->undo();
    for (const TargetChange &c : planned)
        EXPECT_EQ(document.service().targets().value(kSales, c.node, c.month), c.before.value);
    undo->redo();
    for (const TargetChange &c : planned)
        EXPECT_EQ(document.service().targets().value(kSales, c.node, c.month), c.after.value);
}

TEST_F(DistributeDialogTest, CancelWritesNothing)
{
    const int before = document.undoStack()->count();
    auto dialog = dialogFor(kRootId);
    dialog->reject();
    EXPECT_EQ(document.undoStack()->count(), before);
    EXPECT_TRUE(document.service().targets().sum(kSales, a, Month(kYear, 1), Month(kYear, 12)).isZero());
}

TEST_F(DistributeDialogTest, LockedPartsAboveTheTotalAreShownNotThrown)
{
    PlanService &service = document.service();
    service.setTarget(a, kSales, Period::month(Month(kYear, 1)), Amount(500'00));
    service.setLocked(a, kSales, Month(kYear, 1), true);
    std::unique_ptr<DistributeDialog> dialog;
    ASSERT_NO_THROW(dialog = dialogFor(kRootId));
    EXPECT_TRUE(dialog->plannedChanges().empty());
    EXPECT_FALSE(widget<QPushButton>(*dialog, "applyButton")->isEnabled());
    auto *message = widget<QLabel>(*dialog, "messageLabel");
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("locked"))) << message->text().toStdString();
    EXPECT_FALSE(widget<QLabel>(*dialog, "lockedNote")->isHidden());

    // Over the other months the lock does not matter.
    auto *period = widget<QComboBox>(*dialog, "periodCombo");
    period->setCurrentIndex(period->findText(QStringLiteral("Q2"), Qt::MatchContains));
    EXPECT_FALSE(dialog->plannedChanges().empty());
    EXPECT_TRUE(message->isHidden());
}

TEST_F(DistributeDialogTest, DisplayUnitFollowsViewOptions)
{
    auto dialog = dialogFor(kRootId);
    options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_TRUE(widget<QLabel>(*dialog, "totalValue")->text().contains(QStringLiteral("万元")));
    const auto *preview = widget<QTableView>(*dialog, "previewTable")->model();
    EXPECT_EQ(preview->index(preview->rowCount() - 1, DistributionPreviewModel::AfterColumn).data().toString(),
              QStringLiteral("0.10"));
}

TEST_F(DistributeDialogTest, RefusesAMemberOfAnotherTree)
{
    EXPECT_THROW(DistributeDialog(&document, &options, Dimension::Region, a, kSales, kYear), DomainError);
}

// The demo plan: history over children and a look at the dialog.
class DistributeDialogDemoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        document.open(dir.filePath(QStringLiteral("demo.sqlite")), true);
    }

    QTemporaryDir dir;
    PlanDocument document{fixedNow};
    ViewOptions options;
};

TEST_F(DistributeDialogDemoTest, HistoryOverChildrenKeepsTheWhole)
{
    DistributeDialog dialog(&document, &options, Dimension::Product, kRootId, kSales, kYear);
    widget<QRadioButton>(dialog, "methodHistoryRadio")->click();
    EXPECT_EQ(dialog.method().referenceYear, kYear - 1);
    EXPECT_TRUE(widget<QLabel>(dialog, "messageLabel")->isHidden());
    const PlanService &service = document.service();
    const Period year = Period::year(kYear);
    const std::vector<NodeId> lines = service.tree(Dimension::Product).children(kRootId);
    const auto totals = totalsAfter(service, dialog.plannedChanges(), lines, year);
    Amount sum;
    for (const auto &[node, total] : totals)
        sum += total;
    EXPECT_EQ(sum, Amount(5000'0000'00));

    dialog.show();
    EXPECT_TRUE(grabbed(dialog).save(QStringLiteral("/tmp/distribute-dialog.png")));
    widget<QRadioButton>(dialog, "methodWeightsRadio")->click();
    widget<QDoubleSpinBox>(dialog, "childWeight0")->setValue(3);
    EXPECT_TRUE(grabbed(dialog).save(QStringLiteral("/tmp/distribute-dialog-weights.png")));
}

TEST_F(DistributeDialogDemoTest, MonthEditorLook)
{
    DistributeDialog dialog(&document, &options, Dimension::Product, kRootId, kSales, kYear);
    widget<QRadioButton>(dialog, "overMonthsRadio")->click();
    widget<QRadioButton>(dialog, "methodWeightsRadio")->click();
    widget<QDoubleSpinBox>(dialog, "percent0")->setValue(7.34);
    EXPECT_FALSE(widget<QPushButton>(dialog, "applyButton")->isEnabled());
    dialog.show();
    EXPECT_TRUE(grabbed(dialog).save(QStringLiteral("/tmp/distribute-dialog-months.png")));
}

TEST_F(DistributeDialogDemoTest, QuarterEditorLook)
{
    DistributeDialog dialog(&document, &options, Dimension::Product, kRootId, kSales, kYear);
    widget<QRadioButton>(dialog, "overQuartersRadio")->click();
    widget<QRadioButton>(dialog, "methodWeightsRadio")->click();
    EXPECT_EQ(dialog.method().weights, (std::vector<std::int64_t>{2500, 2500, 2500, 2500}));
    EXPECT_FALSE(dialog.plannedChanges().empty()); // the demo is 4321
    dialog.show();
    EXPECT_TRUE(grabbed(dialog).save(QStringLiteral("/tmp/distribute-dialog-quarters.png")));
}

} // namespace
} // namespace st
