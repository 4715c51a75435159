#include "CliApp.h"

#include "../common/AppPaths.h"

#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace st {

namespace {

const std::set<QString> kGlobalValued{QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("today")};

QString systemUser()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("cli") : u;
}

} // namespace

CliApp::CliApp(QStringList args) : m_args(std::move(args)) {}

CliApp::~CliApp() = default;

void CliApp::out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
}

void CliApp::err(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
}

QString CliApp::usage()
{
    return QStringLiteral(
        "Usage: salestarget-cli [--db FILE] [--user NAME] [--today YYYY-MM-DD] COMMAND ...\n"
        "\n"
        "Commands (see docs/cli.md for every option):\n"
        "  init [--fiscal-year-start MONTH] [--currency CODE] [--company NAME] [--demo]\n"
        "  settings [--fiscal-year-start MONTH] [--currency CODE] [--company NAME]\n"
        "           [--lagging-below PERCENT] [--ahead-above PERCENT]\n"
        "  calendar list [--year YEAR] | set --date D (--holiday|--workday) [--name N] | clear --date D\n"
        "  node add --dimension D --path P [--person] [--home-region PATH]\n"
        "  node rename|move|delete|list ...\n"
        "  target set --dimension D --path P --metric M --period PERIOD --value V [--reason R]\n"
        "  target distribute --dimension D --path P --metric M --period PERIOD\n"
        "                    --over children|quarters|months --method even|4321|weights:W1,...|history[:YEAR]\n"
        "  target lock|unlock|show --dimension D --path P --metric M --period PERIOD\n"
        "  progress add --date D --person ORGPATH --metric M --value V [--product P] [--region R]\n"
        "               [--customer C] [--ref ID] [--note N]\n"
        "  progress list [--person P] [--metric M] [--from D] [--to D] [--limit N] | delete --id N\n"
        "  import progress FILE.csv [--profile NAME] [--columns FIELD=HEADER,...] [--encoding E] [--delimiter D]\n"
        "                  [--date-format auto|ymd|mdy|dmy] [--dry-run]\n"
        "  report --dimension D --metric M --period PERIOD [--as-of DATE] [--format table|csv|json]\n"
        "  summary --week 2026-W47 [--dimension D|all] [--metric M] [--as-of DATE] [--format xlsx|pdf|csv] --out FILE\n"
        "  audit [--limit N]\n"
        "\n"
        "Without --db the default database is used: %1\n"
        "Metrics: sales, collected, new_customers, visits, opportunities. Dimensions: product, region, org.\n"
        "Periods: 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-22, FY2026, FY2026-Q1.\n")
        .arg(defaultDatabasePath());
}

int CliApp::run()
{
    try {
        // Global options may stand anywhere; take them out first.
        QStringList rest;
        m_dbPath = defaultDatabasePath();
        m_user = systemUser();
        m_today = QDate::currentDate();
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            const QString &a = m_args[i];
            if (a == u"--help" || a == u"-h") {
                out(usage());
                return 0;
            }
            if (a == u"--version") {
                out(QStringLiteral("salestarget-cli %1\n").arg(QStringLiteral(SALESTARGET_VERSION)));
                return 0;
            }
            const QString name = a.startsWith(QStringLiteral("--")) ? a.mid(2).section(u'=', 0, 0) : QString();
            if (!name.isEmpty() && kGlobalValued.count(name)) {
                QString value;
                if (a.contains(u'='))
                    value = a.section(u'=', 1);
                else if (i + 1 < m_args.size())
                    value = m_args[++i];
                else
                    throw UsageError(QStringLiteral("--%1 needs a value").arg(name));
                if (name == u"db")
                    m_dbPath = value;
                else if (name == u"user")
                    m_user = value;
                else {
                    m_today = QDate::fromString(value, Qt::ISODate);
                    if (!m_today.isValid())
                        throw UsageError(QStringLiteral("--today: \"%1\" is not a date (YYYY-MM-DD)").arg(value));
                }
                continue;
            }
            rest << a;
        }
        if (rest.isEmpty()) {
            err(usage());
            return 2;
        }
        return dispatch(rest);
    } catch (const UsageError &e) {
        err(QStringLiteral("salestarget-cli: %1\nRun 'salestarget-cli --help' for usage.\n").arg(e.message()));
        return 2;
    } catch (const DomainError &e) {
        err(QStringLiteral("salestarget-cli: error: %1\n").arg(e.message()));
        return 1;
    } catch (const std::exception &e) {
        err(QStringLiteral("salestarget-cli: error: %1\n").arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }
}

int CliApp::dispatch(const QStringList &args)
{
    const QString cmd = args.front();
    const QString sub = args.size() > 1 && !args[1].startsWith(QStringLiteral("--")) ? args[1] : QString();
    const QStringList rest = args.mid(sub.isEmpty() ? 1 : 2);
    const auto parse = [&](std::set<QString> valued, std::set<QString> flags) {
        ArgList a(rest, valued, flags);
        if (!a.words().isEmpty())
            throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(a.words().front()));
        return a;
    };
    const std::set<QString> nodeOpts{QStringLiteral("dimension"), QStringLiteral("path"), QStringLiteral("metric"),
                                     QStringLiteral("period")};
    if (cmd == u"init")
        return cmdInit(ArgList(args.mid(1), {QStringLiteral("fiscal-year-start"), QStringLiteral("currency"),
                                             QStringLiteral("company")}, {QStringLiteral("demo")}));
    if (cmd == u"settings")
        return cmdSettings(ArgList(args.mid(1), {QStringLiteral("fiscal-year-start"), QStringLiteral("currency"),
                                                 QStringLiteral("company"), QStringLiteral("lagging-below"),
                                                 QStringLiteral("ahead-above")}, {}));
    if (cmd == u"audit")
        return cmdAudit(ArgList(args.mid(1), {QStringLiteral("limit")}, {}));
    if (cmd == u"report")
        return cmdReport(ArgList(args.mid(1), {QStringLiteral("dimension"), QStringLiteral("metric"), QStringLiteral("period"),
                                               QStringLiteral("as-of"), QStringLiteral("format")}, {}));
    if (cmd == u"summary")
        return cmdSummary(ArgList(args.mid(1), {QStringLiteral("week"), QStringLiteral("dimension"), QStringLiteral("metric"),
                                                QStringLiteral("as-of"), QStringLiteral("format"), QStringLiteral("out")}, {}));
    if (cmd == u"calendar")
        return cmdCalendar(sub, parse({QStringLiteral("year"), QStringLiteral("date"), QStringLiteral("name")},
                                      {QStringLiteral("holiday"), QStringLiteral("workday")}));
    if (cmd == u"node")
        return cmdNode(sub, parse({QStringLiteral("dimension"), QStringLiteral("path"), QStringLiteral("home-region"),
                                   QStringLiteral("name"), QStringLiteral("to"), QStringLiteral("position")},
                                  {QStringLiteral("person"), QStringLiteral("with-targets")}));
    if (cmd == u"target") {
        std::set<QString> valued = nodeOpts;
        valued.insert({QStringLiteral("value"), QStringLiteral("reason"), QStringLiteral("over"), QStringLiteral("method")});
        return cmdTarget(sub, parse(valued, {QStringLiteral("dry-run")}));
    }
    if (cmd == u"progress")
        return cmdProgress(sub, parse({QStringLiteral("date"), QStringLiteral("person"), QStringLiteral("metric"),
                                       QStringLiteral("value"), QStringLiteral("product"), QStringLiteral("region"),
                                       QStringLiteral("customer"), QStringLiteral("ref"), QStringLiteral("note"),
                                       QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"),
                                       QStringLiteral("id")}, {}));
    if (cmd == u"import") {
        ArgList a(args.mid(2),
                  {QStringLiteral("delimiter"), QStringLiteral("encoding"), QStringLiteral("date-format"), QStringLiteral("columns"),
                   QStringLiteral("profile")},
                  {QStringLiteral("dry-run")});
        return cmdImport(sub, a);
    }
    throw UsageError(QStringLiteral("unknown command \"%1\"").arg(cmd));
}

void CliApp::openPlan()
{
    if (m_service)
        return;
    const QFileInfo info(m_dbPath);
    if (m_dbPath != u":memory:" && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw DomainError(QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath()));
    m_repository = SqliteRepository::open(m_dbPath);
    m_service = std::make_unique<PlanService>(*m_repository, [] { return QDateTime::currentDateTimeUtc(); }, m_user);
    m_service->load();
}

PlanService &CliApp::service()
{
    openPlan();
    return *m_service;
}

int CliApp::cmdInit(const ArgList &a)
{
    const bool existed = QFileInfo::exists(m_dbPath);
    PlanService &s = service();
    PlanSettings settings = s.settings();
    if (const auto m = a.value(QStringLiteral("fiscal-year-start")))
        settings.fiscalYearStartMonth = m->toInt();
    if (const auto c = a.value(QStringLiteral("currency")))
        settings.currency = c->trimmed().toUpper();
    if (const auto c = a.value(QStringLiteral("company")))
        settings.companyName = *c;
    if (!(settings == s.settings()))
        s.saveSettings(settings, QStringLiteral("init"));
    const int year = fiscalYearOf(m_today, settings.fiscalYearStartMonth);
    if (a.has(QStringLiteral("demo")))
        DemoPlan::populate(s, m_today);
    const auto years = s.repository().planYears();
    if (std::find(years.begin(), years.end(), year) == years.end())
        s.repository().addPlanYear(year, AuditStamp{m_user, QDateTime::currentDateTimeUtc(), QStringLiteral("init")});
    out(QStringLiteral("%1 %2 (fiscal year starts in month %3, currency %4)%5\n")
            .arg(existed ? QStringLiteral("Opened") : QStringLiteral("Created"), QDir::toNativeSeparators(m_dbPath))
            .arg(settings.fiscalYearStartMonth)
            .arg(settings.currency, a.has(QStringLiteral("demo")) ? QStringLiteral("; demo plan loaded") : QString()));
    return 0;
}

int CliApp::cmdSettings(const ArgList &a)
{
    PlanService &s = service();
    PlanSettings settings = s.settings();
    const auto percent = [](const QString &option, const QString &text) {
        try {
            return int(Amount::parse(QString(text).remove(u'%'), 2).minor());
        } catch (const DomainError &e) {
            throw DomainError(QStringLiteral("--%1: %2").arg(option, e.message()));
        }
    };
    if (const auto m = a.value(QStringLiteral("fiscal-year-start")))
        settings.fiscalYearStartMonth = m->toInt();
    if (const auto c = a.value(QStringLiteral("currency")))
        settings.currency = c->trimmed().toUpper();
    if (const auto c = a.value(QStringLiteral("company")))
        settings.companyName = *c;
    if (const auto v = a.value(QStringLiteral("lagging-below")))
        settings.laggingBelowBp = percent(QStringLiteral("lagging-below"), *v);
    if (const auto v = a.value(QStringLiteral("ahead-above")))
        settings.aheadAboveBp = percent(QStringLiteral("ahead-above"), *v);
    if (!(settings == s.settings()))
        s.saveSettings(settings);
    out(QStringLiteral("fiscal-year-start: %1\ncurrency: %2\ncompany: %3\nlagging-below: %4%\nahead-above: %5%\n")
            .arg(settings.fiscalYearStartMonth)
            .arg(settings.currency, settings.companyName, Amount(settings.laggingBelowBp).toDecimalString(2),
                 Amount(settings.aheadAboveBp).toDecimalString(2)));
    return 0;
}

int CliApp::cmdCalendar(const QString &sub, const ArgList &a)
{
    PlanService &s = service();
    PlanSettings settings = s.settings();
    if (sub == u"list") {
        const int year = a.value(QStringLiteral("year")) ? a.value(QStringLiteral("year"))->toInt() : 0;
        for (const auto &e : settings.calendar.exceptions()) {
            if (year == 0 || e.date.year() == year)
                out(QStringLiteral("%1\t%2\t%3\n").arg(e.date.toString(Qt::ISODate),
                    e.type == WorkCalendar::DayType::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday"), e.name));
        }
        return 0;
    }
    const QDate date = dateArg(a, QStringLiteral("date"));
    if (sub == u"set") {
        if (a.has(QStringLiteral("holiday")) == a.has(QStringLiteral("workday")))
            throw UsageError(QStringLiteral("calendar set needs exactly one of --holiday or --workday"));
        settings.calendar.setException(date, a.has(QStringLiteral("holiday")) ? WorkCalendar::DayType::Holiday
                                                                             : WorkCalendar::DayType::ExtraWorkingDay,
                                       a.value(QStringLiteral("name")).value_or(QString()));
    } else if (sub == u"clear") {
        settings.calendar.clearException(date);
    } else {
        throw UsageError(QStringLiteral("calendar needs list, set or clear"));
    }
    s.saveSettings(settings);
    return 0;
}

int CliApp::cmdAudit(const ArgList &a)
{
    const int limit = a.value(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt();
    for (const AuditRecord &r : service().repository().auditLog(limit)) {
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 -> %7\t%8\n")
                .arg(r.at.toString(Qt::ISODateWithMs), r.user, r.action, r.entity, r.key, r.oldValue, r.newValue, r.reason));
    }
    return 0;
}

} // namespace st
