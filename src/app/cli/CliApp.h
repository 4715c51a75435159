#pragma once

#include "ArgList.h"

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/PlanService.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace st {

class Repository;
struct Metric;

/// `salestarget-cli`: the headless front end over the same library as the GUI. Parses the command
/// line, runs one command against the plan-set file and prints the result. The command set and
/// output formats are a contract documented in docs/cli.md.
class CliApp final
{
public:
    /// `args` without the program name.
    explicit CliApp(QStringList args);
    Q_DISABLE_COPY_MOVE(CliApp)
    ~CliApp();

    /// Runs the command: 0 on success, 1 when the command failed (message on stderr), 2 on a usage error.
    int run();

    static QString usage();

private:
    int dispatch(const QStringList &args);
    void openPlan();
    PlanService &service();

    int cmdInit(const ArgList &a);
    int cmdSettings(const ArgList &a);
    int cmdCalendar(const QString &sub, const ArgList &a);
    int cmdAudit(const ArgList &a);
    int cmdNode(const QString &sub, const ArgList &a);
    int cmdTarget(const QString &sub, const ArgList &a);
    int cmdProgress(const QString &sub, const ArgList &a);
    int cmdImport(const QString &sub, const ArgList &a);
    int cmdReport(const ArgList &a);
    int cmdSummary(const ArgList &a);

    // Shared argument readers (throw DomainError / UsageError with the option named).
    Dimension dimensionArg(const ArgList &a) const;
    NodeId pathArg(const ArgList &a, Dimension d, const QString &option = QStringLiteral("path")) const;
    const Metric &metricArg(const ArgList &a) const;
    Period periodArg(const ArgList &a) const;
    QDate dateArg(const ArgList &a, const QString &option) const;

    static void out(const QString &text);
    static void err(const QString &text);

    QStringList m_args;
    QString m_dbPath;
    QString m_user;
    QDate m_today;
    std::unique_ptr<Repository> m_repository;
    std::unique_ptr<PlanService> m_service;
};

} // namespace st
