#pragma once

#include "salestarget/domain/Tracking.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace st {

/// Form for one corrective action (调整措施): description, owner, due date, expected effect,
/// status, and the variance reason (category and note). Only edits a value; the caller stores it.
class ActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDialog)

public:
    /// `memberName` is shown in the title; `action` gives the starting values (its id and node kept);
    /// `today` is the first due date offered.
    ActionDialog(const CorrectiveAction &action, const QString &memberName, QDate today, QWidget *parent = nullptr);

    CorrectiveAction action() const;
    void setAction(const CorrectiveAction &action);
    /// Shows `message` (a refusal from the domain) in the dialog.
    void showError(const QString &message);

    QLineEdit *descriptionEdit() const { return m_description; }

private:
    CorrectiveAction m_base;
    QDate m_today;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_effect = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace st
