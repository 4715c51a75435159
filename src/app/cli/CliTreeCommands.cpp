// CliApp: `node` and `target` commands.
#include "CliApp.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"

namespace st {

int CliApp::cmdNode(const QString &sub, const ArgList &a)
{
    PlanService &s = service();
    const Dimension d = dimensionArg(a);
    if (sub == u"add") {
        NodeId home = 0;
        if (a.value(QStringLiteral("home-region")))
            home = pathArg(a, Dimension::Region, QStringLiteral("home-region"));
        const bool person = a.has(QStringLiteral("person"));
        if ((person || home != 0) && d != Dimension::Org)
            throw UsageError(QStringLiteral("--person and --home-region are for --dimension org"));
        const NodeId id = s.ensurePath(d, a.required(QStringLiteral("path")), person, home);
        out(QStringLiteral("%1\n").arg(s.tree(d).path(id)));
        return 0;
    }
    if (sub == u"list") {
        const Tree &t = s.tree(d);
        for (NodeId id : t.preorder()) {
            const Node &n = t.node(id);
            QString line = t.path(id);
            if (n.person)
                line += QStringLiteral("\tperson");
            if (n.homeRegion != 0)
                line += QStringLiteral("\thome-region=") + s.tree(Dimension::Region).path(n.homeRegion);
            out(line + u'\n');
        }
        return 0;
    }
    const NodeId id = pathArg(a, d);
    if (sub == u"rename") {
        s.renameNode(d, id, a.required(QStringLiteral("name")));
    } else if (sub == u"move") {
        const NodeId to = pathArg(a, d, QStringLiteral("to"));
        s.moveNode(d, id, to, a.value(QStringLiteral("position")).value_or(QStringLiteral("-1")).toInt());
    } else if (sub == u"delete") {
        s.deleteNode(d, id, a.has(QStringLiteral("with-targets")));
    } else {
        throw UsageError(QStringLiteral("node needs add, rename, move, delete or list"));
    }
    return 0;
}

int CliApp::cmdTarget(const QString &sub, const ArgList &a)
{
    PlanService &s = service();
    const Dimension d = dimensionArg(a);
    const NodeId node = pathArg(a, d);
    const Metric &metric = metricArg(a);
    const Period period = periodArg(a);
    const QString reason = a.value(QStringLiteral("reason")).value_or(QString());
    const auto printChanges = [&](const std::vector<TargetChange> &changes) {
        for (const TargetChange &c : changes) {
            out(QStringLiteral("%1\t%2\t%3 -> %4\n")
                    .arg(s.tree(d).path(c.node), c.month.toString(), c.before.value.toString(metric.decimals),
                         c.after.value.toString(metric.decimals)));
        }
    };
    if (sub == u"set") {
        Amount value;
        try {
            value = Amount::parse(a.required(QStringLiteral("value")), metric.decimals);
        } catch (const DomainError &e) {
            throw DomainError(QStringLiteral("--value: %1").arg(e.message()));
        }
        const auto changes = s.planSetTarget(node, metric.id, period, value);
        if (!a.has(QStringLiteral("dry-run")))
            s.applyTargetChanges(changes, reason);
        printChanges(changes);
        return 0;
    }
    if (sub == u"distribute") {
        const QString overText = a.required(QStringLiteral("over"));
        DistributeOver over;
        int parts = 0;
        if (overText == u"children") {
            over = DistributeOver::Children;
            parts = int(s.tree(d).children(node).size());
        } else if (overText == u"quarters") {
            over = DistributeOver::Quarters;
            parts = 4;
        } else if (overText == u"months") {
            over = DistributeOver::Months;
            parts = int(period.months().size());
        } else {
            throw UsageError(QStringLiteral("--over takes children, quarters or months"));
        }
        DistributionMethod method;
        try {
            method = DistributionMethod::parse(a.required(QStringLiteral("method")), over, parts);
        } catch (const DomainError &e) {
            throw DomainError(QStringLiteral("--method: %1").arg(e.message()));
        }
        const auto changes = s.planDistribution(d, node, metric.id, period, over, method);
        if (!a.has(QStringLiteral("dry-run")))
            s.applyTargetChanges(changes, reason);
        printChanges(changes);
        return 0;
    }
    if (sub == u"lock" || sub == u"unlock") {
        if (period.months().empty())
            throw DomainError(QStringLiteral("--period: months are locked, so give a month, quarter or year."));
        std::vector<TargetChange> changes;
        for (Month m : period.months()) {
            const TargetCell c = s.targets().cell(metric.id, node, m);
            if (c.locked != (sub == u"lock"))
                changes.push_back({metric.id, node, m, c, {c.value, sub == u"lock"}});
        }
        s.applyTargetChanges(changes, reason);
        return 0;
    }
    if (sub == u"show") {
        const auto months = period.months();
        Amount total;
        for (Month m : months) {
            const TargetCell c = s.targets().cell(metric.id, node, m);
            total += c.value;
            out(QStringLiteral("%1\t%2%3\n").arg(m.toString(), c.value.toString(metric.decimals),
                                               c.locked ? QStringLiteral("\tlocked") : QString()));
        }
        out(QStringLiteral("%1\t%2\n").arg(period.toString(), total.toString(metric.decimals)));
        return 0;
    }
    throw UsageError(QStringLiteral("target needs set, distribute, lock, unlock or show"));
}

} // namespace st
