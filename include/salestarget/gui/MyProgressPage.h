#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"

#include <QWidget>

class QAction;
class QComboBox;
class QCompleter;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;

namespace st {

class EntryFilterProxy;
class EntryTableModel;
class PersonFiguresModel;
class PlanDocument;
class ViewOptions;

/// The sales rep's page: choose who I am (remembered), see my figures for today, this week, month,
/// quarter and year for one metric, add today's progress with a one-line form (Enter submits), and
/// review, filter, edit and delete my entries. It only wires widgets to the models and the undo
/// commands; figures come from the domain reports, every change is an undoable command.
class MyProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyProgressPage)

public:
    /// The QSettings key remembering who I am (the person's organization path).
    static constexpr const char *kPersonKey = "progress/person";

    MyProgressPage(PlanDocument *document, ViewOptions *options, QWidget *parent = nullptr);
    ~MyProgressPage() override;

    PersonFiguresModel *figuresModel() const { return m_figures; }
    EntryTableModel *entryModel() const { return m_entries; }
    EntryFilterProxy *entryProxy() const { return m_proxy; }
    QTableView *figuresView() const { return m_figuresView; }
    QTableView *entriesView() const { return m_entriesView; }
    QAction *deleteAction() const { return m_deleteAction; }

    NodeId person() const;
    /// Shows the figures and entries of `person` (a sales rep of the organization tree) and remembers it.
    void setPerson(NodeId person);
    MetricId metric() const;
    void setMetric(MetricId metric);

    /// Stores the quick-entry form as one undoable entry; on bad input shows a message naming the
    /// field and stores nothing. True when stored.
    bool submitQuickEntry();
    /// Deletes the entries selected in the table as one undoable step.
    bool deleteSelectedEntries();

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    QWidget *buildFigures();
    QGroupBox *buildQuickEntry();
    QWidget *buildEntries();
    /// Refills the people (members) lists; `keepCurrent` keeps the chosen ids (same file).
    void reloadPeople(bool keepCurrent);
    void reloadMembers(bool keepCurrent);
    void onPersonChosen();
    void onMetricChosen();
    void applyFilter();
    void updateCount();
    void updateCaption();
    /// Adds the customers of entry rows [first, last] to the completer (all rows: replaces the list).
    void updateCustomers(int first, int last);
    void showMessage(const QString &text, bool error);

    PlanDocument *m_document;
    ViewOptions *m_options;
    PersonFiguresModel *m_figures = nullptr;
    EntryTableModel *m_entries = nullptr;
    EntryFilterProxy *m_proxy = nullptr;

    QComboBox *m_personBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_figuresView = nullptr;
    QLabel *m_definition = nullptr;

    QGroupBox *m_form = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_entryMetric = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_valueUnit = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_ref = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QStringListModel *m_customerList = nullptr;

    QComboBox *m_filterPeriod = nullptr;
    QDateEdit *m_filterFrom = nullptr;
    QDateEdit *m_filterTo = nullptr;
    QComboBox *m_filterMetric = nullptr;
    QComboBox *m_filterProduct = nullptr;
    QLineEdit *m_filterCustomer = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_entriesView = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace st
