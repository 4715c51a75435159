#include "salestarget/gui/ActionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace st {

ActionDialog::ActionDialog(const CorrectiveAction &action, const QString &memberName, QDate today, QWidget *parent)
    : QDialog(parent), m_base(action), m_today(today)
{
    setWindowTitle(action.id == 0 ? tr("New corrective action for %1").arg(memberName)
                                  : tr("Corrective action for %1").arg(memberName));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What will be done, e.g. 加密重点客户拜访"));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_hasDue = new QCheckBox(tr("Due by"), this);
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    m_effect = new QLineEdit(this);
    m_effect->setObjectName(QStringLiteral("effect"));
    m_effect->setPlaceholderText(tr("e.g. +50万 sales by month end"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("○ Open"), int(ActionStatus::Open));
    m_status->addItem(tr("✔ Done"), int(ActionStatus::Done));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("(no reason given)"), int(ReasonCategory::None));
    m_category->addItem(tr("Internal (our own execution)"), int(ReasonCategory::Internal));
    m_category->addItem(tr("External (market, customer, policy)"), int(ReasonCategory::External));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reasonNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Due date:"), dueRow);
    form->addRow(tr("&Expected effect:"), m_effect);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Variance &reason:"), m_category);
    form->addRow(tr("Reason &note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setAction(action);
    resize(520, sizeHint().height());
}

void ActionDialog::setAction(const CorrectiveAction &action)
{
    m_base = action;
    m_description->setText(action.description);
    m_owner->setText(action.owner);
    m_hasDue->setChecked(action.due.isValid());
    m_due->setEnabled(action.due.isValid());
    m_due->setDate(action.due.isValid() ? action.due : m_today);
    m_effect->setText(action.expectedEffect);
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_category->setCurrentIndex(m_category->findData(int(action.reasonCategory)));
    m_note->setPlainText(action.reasonNote);
}

CorrectiveAction ActionDialog::action() const
{
    CorrectiveAction a = m_base;
    a.description = m_description->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.expectedEffect = m_effect->text().trimmed();
    a.status = ActionStatus(m_status->currentData().toInt());
    a.reasonCategory = ReasonCategory(m_category->currentData().toInt());
    a.reasonNote = m_note->toPlainText().trimmed();
    return a;
}

void ActionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace st
