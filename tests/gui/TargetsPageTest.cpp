// TargetsPage: the manager's workflow driven through the real view — type into cells, undo/redo,
// refuse bad input, distribute through the dialog, and find everything again after reopening.
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DistributeDialog.h"
#include "salestarget/gui/PlanCheckModel.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetTreeModel.h"
#include "salestarget/gui/TargetsPage.h"
#include "salestarget/gui/ViewOptions.h"

#include <QApplication>
#include <QKeyEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace st {
namespace {

const MetricId kSales = 1;

class TargetsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("plan.db"));
        document.open(path);
        PlanService &s = document.service();
        a = s.ensurePath(Dimension::Product, QStringLiteral("产品线A"));
        b = s.ensurePath(Dimension::Product, QStringLiteral("产品线B"));
        c = s.ensurePath(Dimension::Product, QStringLiteral("服务"));
        page = std::make_unique<TargetsPage>(&document, &options);
        page->resize(1200, 700);
        page->show();
        page->setFiscalYear(2026);
        page->setDimension(Dimension::Product);
        page->setMetric(kSales);
    }

    /// Types `text` into a cell through the view's editor and presses Enter, as a user would.
    void typeInto(NodeId node, int column, const QString &text)
    {
        QTreeView *view = page->treeView();
        const QModelIndex index = page->model()->indexOf(node, column);
        ASSERT_TRUE(index.isValid());
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        // Key events carrying the text (QTest::keyClicks only knows ASCII keys, not 万 or 亿).
        for (const QChar ch : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(editor, &press);
        }
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor goes away
    }

    Amount year(NodeId node) const
    {
        return document.service().targets().sum(kSales, node, Month(2026, 1), Month(2026, 12));
    }
    QString shown(NodeId node, int column) const
    {
        return page->model()->indexOf(node, column).data().toString();
    }

    QTemporaryDir dir;
    QString path;
    PlanDocument document{[] { return QDateTime(QDate(2026, 11, 22), QTime(9, 0)); }};
    ViewOptions options;
    std::unique_ptr<TargetsPage> page;
    NodeId a = 0, b = 0, c = 0;
};

TEST_F(TargetsPageTest, TypingUndoRedoAndBadInput)
{
    typeInto(kRootId, TargetTreeModel::Year, QStringLiteral("5000万"));
    EXPECT_EQ(year(kRootId), Amount(5000'0000'00LL));
    EXPECT_EQ(shown(kRootId, TargetTreeModel::Year), QStringLiteral("50,000,000.00"));
    EXPECT_EQ(shown(kRootId, TargetTreeModel::M1), QStringLiteral("4,166,666.67"));
    // Nothing is allocated yet: the remainder is the whole target, with its sign.
    EXPECT_EQ(shown(kRootId, TargetTreeModel::Unallocated), QStringLiteral("+50,000,000.00"));

    typeInto(a, TargetTreeModel::Year, QStringLiteral("2,000万"));
    typeInto(a, TargetTreeModel::Year, QStringLiteral("2000万")); // a second edit of the same cell merges
    EXPECT_EQ(year(a), Amount(2000'0000'00LL));
    QUndoStack *undo = document.undoStack();
    EXPECT_EQ(undo->count(), 2);
    undo->undo();
    EXPECT_EQ(year(a), Amount());
    EXPECT_EQ(shown(a, TargetTreeModel::Year), QStringLiteral("0.00"));
    undo->redo();
    EXPECT_EQ(year(a), Amount(2000'0000'00LL));

    // A bad value is refused with a message naming the cell, and nothing changes.
    typeInto(b, TargetTreeModel::Q3, QStringLiteral("1,23"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageBar"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("产品线B"))) << message->text().toStdString();
    EXPECT_EQ(year(b), Amount());
    EXPECT_EQ(undo->count(), 2);

    // 万元 display: the same cells in ten-thousands.
    options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_EQ(shown(a, TargetTreeModel::Year), QStringLiteral("2,000.00"));
    typeInto(b, TargetTreeModel::Year, QStringLiteral("1500")); // a bare number is in 万元 now
    EXPECT_EQ(year(b), Amount(1500'0000'00LL));
}

TEST_F(TargetsPageTest, DistributeThroughTheDialogIsOneUndoStep)
{
    typeInto(kRootId, TargetTreeModel::Year, QStringLiteral("1000"));
    const int before = document.undoStack()->count();
    page->selectNode(kRootId);
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DistributeDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        sawDialog = true;
        dialog->findChild<QRadioButton *>(QStringLiteral("overChildrenRadio"))->click();
        dialog->findChild<QRadioButton *>(QStringLiteral("methodEvenRadio"))->click();
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        ASSERT_NE(buttons, nullptr);
        QPushButton *apply = buttons->button(QDialogButtonBox::Apply) ? buttons->button(QDialogButtonBox::Apply)
                                                                       : buttons->button(QDialogButtonBox::Ok);
        ASSERT_NE(apply, nullptr);
        ASSERT_TRUE(apply->isEnabled());
        apply->click();
    });
    page->distributeAction()->trigger();
    EXPECT_TRUE(sawDialog);
    // 1,000.00 over three children, exact to the fen.
    EXPECT_EQ(year(a), Amount(33334));
    EXPECT_EQ(year(b), Amount(33333));
    EXPECT_EQ(year(c), Amount(33333));
    EXPECT_EQ(shown(kRootId, TargetTreeModel::Unallocated), QStringLiteral("0.00"));
    EXPECT_EQ(page->planCheck()->rowCount(), 0);
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    document.undoStack()->undo();
    EXPECT_EQ(year(a), Amount());
    EXPECT_EQ(page->planCheck()->rowCount(), 1); // the root's children no longer add up
}

TEST_F(TargetsPageTest, ReopenedFileShowsTheSameValues)
{
    typeInto(kRootId, TargetTreeModel::Year, QStringLiteral("1.2亿"));
    typeInto(c, TargetTreeModel::M3, QStringLiteral("12,345.67"));
    const QString rootYear = shown(kRootId, TargetTreeModel::Year);
    const QString march = shown(c, TargetTreeModel::M3);
    page.reset();

    PlanDocument reopened([] { return QDateTime(QDate(2026, 11, 22), QTime(9, 0)); });
    reopened.open(path);
    TargetsPage again(&reopened, &options);
    again.setFiscalYear(2026);
    again.setDimension(Dimension::Product);
    again.setMetric(kSales);
    EXPECT_EQ(again.model()->indexOf(kRootId, TargetTreeModel::Year).data().toString(), rootYear);
    EXPECT_EQ(again.model()->indexOf(c, TargetTreeModel::M3).data().toString(), march);
    EXPECT_EQ(march, QStringLiteral("12,345.67"));
}

TEST_F(TargetsPageTest, AddRenameDeleteMembersWithUndo)
{
    ASSERT_TRUE(page->addChild(a, QStringLiteral("智能终端")));
    const auto child = document.service().tree(Dimension::Product).childNamed(a, QStringLiteral("智能终端"));
    ASSERT_TRUE(child);
    EXPECT_EQ(page->selectedNode(), *child);
    EXPECT_TRUE(page->renameNode(*child, QStringLiteral("终端")));
    EXPECT_EQ(document.service().tree(Dimension::Product).node(*child).name, QStringLiteral("终端"));
    EXPECT_FALSE(page->renameNode(*child, QStringLiteral("a/b"))); // refused, with a message
    EXPECT_TRUE(page->deleteNode(*child));
    EXPECT_FALSE(document.service().tree(Dimension::Product).contains(*child));
    document.undoStack()->undo(); // the delete
    EXPECT_TRUE(document.service().tree(Dimension::Product).contains(*child));
    EXPECT_TRUE(page->model()->indexOf(*child).isValid());
}

} // namespace
} // namespace st
