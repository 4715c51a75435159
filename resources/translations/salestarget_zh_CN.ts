<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualRollup</name>
    <message>
        <source>The actuals are too large to add up.</source>
        <translation>实际值过大，无法求和。</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>"%1" is not a valid amount: %2</source>
        <translation>“%1”不是有效的数值：%2</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>请输入数值。</translation>
    </message>
    <message>
        <source>there is no number</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation>千位分隔符位置不正确</translation>
    </message>
    <message>
        <source>unexpected character "%1"</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>this metric counts whole units</source>
        <translation>该指标只能为整数</translation>
    </message>
    <message>
        <source>at most %1 decimal places are allowed</source>
        <translation>最多允许 %1 位小数</translation>
    </message>
    <message>
        <source>An amount is too large to add up.</source>
        <translation>数值过大，无法相加。</translation>
    </message>
    <message>
        <source>An amount is too large to subtract.</source>
        <translation>数值过大，无法相减。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CalendarImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file lists no dates.</source>
        <translation>文件中没有列出任何日期。</translation>
    </message>
    <message>
        <source>a date is required.</source>
        <translation>日期不能为空。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use 2026-10-01, 2026/10/01, 2026年10月1日 or 10/01/2026).</source>
        <translation>“%1”不是日期（请使用 2026-10-01、2026/10/01、2026年10月1日或 10/01/2026 格式）。</translation>
    </message>
    <message>
        <source>"%1" is not a day type (use holiday/休 or workday/班).</source>
        <translation>“%1”不是日期类型（请使用 holiday/休 或 workday/班）。</translation>
    </message>
    <message>
        <source>%1 is also on line %2 as %3.</source>
        <translation>%1 也出现在第 %2 行，且在那里标为%3。</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>an extra working day</source>
        <translation>调休上班日</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote character inside an unquoted field (enclose the field in quotes and double the quote)</source>
        <translation>未加引号的字段中含有引号字符（请用引号括起该字段，并将其中的引号写两遍）</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾都没有闭合</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>带引号字段的结束引号之后还有文字</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>第 %1 行第 %2 列：%3。</translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>The demo needs an empty plan; this one already has members. Use a new file.</source>
        <translation>演示数据需要空白计划，而此计划已有成员。请使用新文件。</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Unknown dimension "%1": use product, region or org.</source>
        <translation>未知维度“%1”：请使用 product、region 或 org。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>10k CNY (万元)</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>CNY (元)</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10k %1</source>
        <translation>万 %1</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <source>Distribute Target</source>
        <translation>分解目标</translation>
    </message>
    <message>
        <source>What is distributed</source>
        <translation>分解对象</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>分解到</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Mo&amp;nths</source>
        <translation>月份(&amp;N)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>分解方法</translation>
    </message>
    <message>
        <source>&amp;Even</source>
        <translation>平均(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>按权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>按历史(&amp;H)</translation>
    </message>
    <message>
        <source>Reference &amp;year:</source>
        <translation>参考年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>In proportion to the actuals of the reference year. Parts without actuals get the average share; without any actuals the split is even.</source>
        <translation>按参考年份的实际完成比例分解。没有实际数据的部分取平均占比；完全没有实际数据时平均分解。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>A weight is negative; weights must be zero or more.</source>
        <translation>有权重为负数；权重必须大于或等于零。</translation>
    </message>
    <message>
        <source>There is nothing to distribute over.</source>
        <translation>没有可分解的对象。</translation>
    </message>
    <message>
        <source>Every part is locked, so the total cannot change. Unlock a part first.</source>
        <translation>所有部分都已锁定，合计无法更改。请先解锁其中一部分。</translation>
    </message>
    <message>
        <source>The locked parts already total more than the new total. Unlock a part or raise the total.</source>
        <translation>已锁定部分的合计已超过新的合计。请解锁一部分或调高合计。</translation>
    </message>
    <message>
        <source>A part of the distribution is negative.</source>
        <translation>分解结果中有部分为负数。</translation>
    </message>
    <message>
        <source>A period of the distribution is negative.</source>
        <translation>分解结果中有期间为负数。</translation>
    </message>
    <message>
        <source>The parts do not add up to the whole.</source>
        <translation>各部分之和不等于总数。</translation>
    </message>
    <message>
        <source>%1 values are needed, one per part, but "%2" has %3.</source>
        <translation>需要 %1 个值（每部分一个），但“%2”中有 %3 个。</translation>
    </message>
    <message>
        <source>Value %1 ("%2") is negative; weights must be zero or more.</source>
        <translation>第 %1 个值（“%2”）为负数；权重必须大于或等于零。</translation>
    </message>
    <message>
        <source>far more than 100</source>
        <translation>远超 100</translation>
    </message>
    <message>
        <source>The percentages total %1%, not 100%.</source>
        <translation>百分比合计为 %1%，而不是 100%。</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>至少有一个权重必须大于零。</translation>
    </message>
</context>
<context>
    <name>DistributionParts</name>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%3 %1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>A projected amount is too large to compute.</source>
        <translation>预测值过大，无法计算。</translation>
    </message>
</context>
<context>
    <name>ImportProfiles</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>visits</source>
        <translation>次</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>个</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Signed contract value including VAT, counted on the signing date; cancelled contracts are entered as negative amounts.</source>
        <translation>含增值税的已签合同金额，按签约日期计入；已取消的合同以负数录入。</translation>
    </message>
    <message>
        <source>Cash collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <source>Payments received into the company account including VAT, counted on the date of receipt.</source>
        <translation>含增值税的到账款项，按到账日期计入。</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Customers whose first signed order falls in the period and who had no order in the previous 12 months.</source>
        <translation>首笔签约订单落在该期间内、且此前 12 个月内没有订单的客户。</translation>
    </message>
    <message>
        <source>Customer visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>Face-to-face or video meetings with a customer that have a visit report.</source>
        <translation>与客户的面对面或视频会谈，且有拜访报告。</translation>
    </message>
    <message>
        <source>New opportunities</source>
        <translation>新增商机数</translation>
    </message>
    <message>
        <source>Opportunities created in the CRM with a confirmed need, budget and decision maker.</source>
        <translation>在 CRM 中创建、且已确认需求、预算和决策人的商机。</translation>
    </message>
    <message>
        <source>Unknown metric "%1": use one of %2.</source>
        <translation>未知指标“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown metric id %1.</source>
        <translation>未知的指标编号 %1。</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>The year %1 is out of range (1900 to 9999).</source>
        <translation>年份 %1 超出范围（1900 至 9999）。</translation>
    </message>
    <message>
        <source>"%1" is not a month (expected YYYY-MM, e.g. 2026-11).</source>
        <translation>“%1”不是月份（格式应为 YYYY-MM，例如 2026-11）。</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>A quarter is numbered 1 to 4, not %1.</source>
        <translation>季度编号应为 1 至 4，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2 (it has %3).</source>
        <translation>%1 年没有 ISO 第 %2 周（该年共有 %3 周）。</translation>
    </message>
    <message>
        <source>"%1" is not a period. Use 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-22, FY2026 or FY2026-Q1.</source>
        <translation>“%1”不是期间。请使用 2026、2026-Q3、2026-11、2026-W47、2026-11-22、FY2026 或 FY2026-Q1。</translation>
    </message>
    <message>
        <source>The year %1 is out of range (1900 to 9999).</source>
        <translation>年份 %1 超出范围（1900 至 9999）。</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar.</source>
        <translation>%1 不是日历上存在的日期。</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>There is no node with id %1.</source>
        <translation>不存在编号为 %1 的节点。</translation>
    </message>
    <message>
        <source>The %1 tree has no node with id %2.</source>
        <translation>%1树中没有编号为 %2 的节点。</translation>
    </message>
    <message>
        <source>"%1" already has a child named "%2".</source>
        <translation>“%1”下已有名为“%2”的下级。</translation>
    </message>
    <message>
        <source>Only the organization tree has people.</source>
        <translation>只有组织树中才有销售代表。</translation>
    </message>
    <message>
        <source>"%1" is a person and cannot have members under it.</source>
        <translation>“%1”是销售代表，其下不能有成员。</translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>"%1" could not get its old id back.</source>
        <translation>“%1”无法恢复原来的编号。</translation>
    </message>
    <message>
        <source>The whole company cannot be a person.</source>
        <translation>全公司不能设为销售代表。</translation>
    </message>
    <message>
        <source>"%1" has members under it and cannot be a person.</source>
        <translation>“%1”下有成员，不能设为销售代表。</translation>
    </message>
    <message>
        <source>The whole company cannot be deleted.</source>
        <translation>全公司不能删除。</translation>
    </message>
    <message>
        <source>"%1" cannot be deleted: %2 progress entries refer to it or to members under it. Move or delete those entries first.</source>
        <translation>无法删除“%1”：有 %2 条业绩记录引用了它或其下级成员。请先移动或删除这些记录。</translation>
    </message>
    <message>
        <source>"%1" has targets (%2 monthly cells in it or under it). Confirm to delete them too.</source>
        <translation>“%1”已有目标（其本身及下级共有 %2 个月度单元格）。请确认一并删除这些目标。</translation>
    </message>
    <message>
        <source>Date: a valid date is required.</source>
        <translation>日期：需要有效的日期。</translation>
    </message>
    <message>
        <source>Person: a sales rep is required.</source>
        <translation>销售代表：不能为空。</translation>
    </message>
    <message>
        <source>Person: node %1 is not a sales rep of the organization tree.</source>
        <translation>销售代表：节点 %1 不是组织树中的销售代表。</translation>
    </message>
    <message>
        <source>Product: node %1 is not in the product tree.</source>
        <translation>产品：节点 %1 不在产品树中。</translation>
    </message>
    <message>
        <source>Region: node %1 is not in the region tree.</source>
        <translation>区域：节点 %1 不在区域树中。</translation>
    </message>
    <message>
        <source>Value: the amount is too large.</source>
        <translation>数值：数值过大。</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>Targets are set for a month, a quarter or a year; week and day targets follow from the months ("%1" is a %2).</source>
        <translation>目标按月、季度或年设定；周目标和日目标由月目标推算（“%1”是%2）。</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>The 4321 template splits a year over quarters; use --over quarters.</source>
        <translation>4321 模板用于将全年分解到各季度；请使用 --over quarters。</translation>
    </message>
    <message>
        <source>"%1" is not a reference year (history:2025).</source>
        <translation>“%1”不是有效的参考年份（例如 history:2025）。</translation>
    </message>
    <message>
        <source>Unknown method "%1": use even, 4321, weights:W1,W2,..., history or history:YEAR.</source>
        <translation>未知方法“%1”：请使用 even、4321、weights:W1,W2,...、history 或 history:YEAR。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>%1 is locked; unlock it to change its target.</source>
        <translation>%1 已锁定；请先解锁再修改目标。</translation>
    </message>
    <message>
        <source>A target cannot be negative (%1).</source>
        <translation>目标不能为负数（%1）。</translation>
    </message>
    <message>
        <source>"%1" has no members to distribute over.</source>
        <translation>“%1”没有可分解到的下级成员。</translation>
    </message>
    <message>
        <source>%1 weights are needed, one per member of "%2".</source>
        <translation>需要 %1 个权重，“%2”的每个成员一个。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 percentages are needed, one per month of %2.</source>
        <translation>需要 %1 个百分比，%2 的每个月一个。</translation>
    </message>
    <message>
        <source>Distributing over quarters needs a year, not "%1".</source>
        <translation>分解到季度需要选择整年，而不是“%1”。</translation>
    </message>
    <message>
        <source>4 percentages are needed, one per quarter.</source>
        <translation>需要 4 个百分比，每个季度一个。</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation>Q%1：%2</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Member: there is no member with id %1.</source>
        <translation>成员：不存在编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>Description: a corrective action needs a description.</source>
        <translation>措施：调整措施必须填写措施内容。</translation>
    </message>
    <message>
        <source>Corrective action id %1 is not valid.</source>
        <translation>调整措施编号 %1 无效。</translation>
    </message>
    <message>
        <source>Corrective action %1 already exists.</source>
        <translation>调整措施 %1 已存在。</translation>
    </message>
    <message>
        <source>Corrective action %1 does not exist.</source>
        <translation>调整措施 %1 不存在。</translation>
    </message>
    <message>
        <source>Period: a review needs the period it looks back on.</source>
        <translation>期间：复盘需要指定所复盘的期间。</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Period: write "%1" as "%2".</source>
        <translation>期间：请将“%1”写作“%2”。</translation>
    </message>
</context>
<context>
    <name>ProgressImporter</name>
    <message>
        <source>reference "%1" is also on line %2.</source>
        <translation>编号“%1”在第 %2 行也出现过。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has no %1 column (see docs/cli.md for the header names).</source>
        <translation>文件中没有 %1 列（列名请参阅 docs/cli.md）。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use 2026-11-22, 2026/11/22, 2026年11月22日 or 11/22/2026).</source>
        <translation>“%1”不是日期（请使用 2026-11-22、2026/11/22、2026年11月22日或 11/22/2026 格式）。</translation>
    </message>
    <message>
        <source>unknown metric "%1" (sales, collected, new_customers, visits, opportunities).</source>
        <translation>未知指标“%1”（可用：sales、collected、new_customers、visits、opportunities）。</translation>
    </message>
    <message>
        <source>a sales rep is required.</source>
        <translation>销售代表不能为空。</translation>
    </message>
    <message>
        <source>no sales rep "%1" in the organization tree.</source>
        <translation>组织树中没有销售代表“%1”。</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: %2.</source>
        <translation>“%1”有歧义：%2。</translation>
    </message>
    <message>
        <source>no "%1" in the %2 tree.</source>
        <translation>%2树中没有“%1”。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(unassigned)</source>
        <translation>（未归属）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation>计划设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>公司名称(&amp;C)：</translation>
    </message>
    <message>
        <source>The name of the whole company: the root of the product, region and organization trees.</source>
        <translation>全公司的名称：产品树、区域树和组织树的根节点。</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>财年起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>The fiscal year starts on the 1st of this month; quarters are counted from it.</source>
        <translation>财年从该月 1 日开始；季度从此月起算。</translation>
    </message>
    <message>
        <source>⚠ This plan already has targets. Quarters and fiscal years will be regrouped from the new start month; every monthly target keeps its value.</source>
        <translation>⚠ 此计划已有目标。季度和财年将按新的起始月份重新划分；每个月度目标保持原值不变。</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, such as CNY.</source>
        <translation>三个字母的 ISO 4217 代码，如 CNY。</translation>
    </message>
    <message>
        <source>Status thresholds</source>
        <translation>状态阈值</translation>
    </message>
    <message>
        <source>&amp;Lagging when pace is below:</source>
        <translation>进度比低于此值为落后(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Ahead when pace is above:</source>
        <translation>进度比高于此值为超前(&amp;A)：</translation>
    </message>
    <message>
        <source>Pace is the actual divided by the target expected to date. Between the two thresholds a figure is on track.</source>
        <translation>进度比 = 实际 ÷ 截至当前的应完成进度（时间进度目标）。介于两个阈值之间为正常。</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show &amp;money in:</source>
        <translation>金额显示单位(&amp;M)：</translation>
    </message>
    <message>
        <source>How amounts are shown in every view. Stored amounts are not changed.</source>
        <translation>所有视图中金额的显示方式。不会更改已保存的金额。</translation>
    </message>
    <message>
        <source>Working Days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Monday to Friday are working days. List the holidays and the extra working days (调休) here.</source>
        <translation>周一至周五为工作日。请在此列出节假日和调休上班日。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日天数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Working days added (+) or taken away (−) by the holidays and extra working days</source>
        <translation>节假日和调休上班日增加（+）或减少（−）的工作日天数</translation>
    </message>
    <message>
        <source>Name, e.g. National Day</source>
        <translation>名称，如 国庆节</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Read holidays and extra working days from a CSV file of dates (columns: date, type, name).</source>
        <translation>从 CSV 日期文件导入节假日和调休上班日（列：date、type、name）。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>超前</translation>
    </message>
</context>
<context>
    <name>SummaryChartPainter</name>
    <message>
        <source>Month %1 to date — %2: cumulative actual, expected and target</source>
        <translation>%1 月初至今 — %2：累计实际、应完成进度与目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected (daily target shares)</source>
        <translation>应完成进度（按日分摊的目标）</translation>
    </message>
    <message>
        <source>Month target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>No target and no actual in %1.</source>
        <translation>%1 没有目标，也没有实际数据。</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>实际 %1</translation>
    </message>
    <message>
        <source>Month %1 to date — %2 by %3: achievement</source>
        <translation>%1 月初至今 — %2 按%3：达成率</translation>
    </message>
    <message>
        <source>The top level has no members in this dimension.</source>
        <translation>顶层在此维度下没有成员。</translation>
    </message>
    <message>
        <source>Time elapsed %1</source>
        <translation>时间进度 %1</translation>
    </message>
</context>
<context>
    <name>SummaryColumns</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Week target</source>
        <translation>周目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Week actual</source>
        <translation>周实际</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Week achieved</source>
        <translation>周达成率</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change vs previous week</source>
        <translation>较上周变化</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>Change vs previous week %</source>
        <translation>较上周变化率</translation>
    </message>
    <message>
        <source>Month target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>Month actual</source>
        <translation>月度实际</translation>
    </message>
    <message>
        <source>Month achieved</source>
        <translation>月度达成率</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Month gap</source>
        <translation>月度差距</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度比</translation>
    </message>
    <message>
        <source>Pace (month to date)</source>
        <translation>进度比（月初至今）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status (month to date)</source>
        <translation>状态（月初至今）</translation>
    </message>
    <message>
        <source>Quarter target</source>
        <translation>季度目标</translation>
    </message>
    <message>
        <source>Quarter actual</source>
        <translation>季度实际</translation>
    </message>
    <message>
        <source>Quarter achieved</source>
        <translation>季度达成率</translation>
    </message>
    <message>
        <source>Quarter gap</source>
        <translation>季度差距</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Year actual</source>
        <translation>年度实际</translation>
    </message>
    <message>
        <source>Year achieved</source>
        <translation>年度达成率</translation>
    </message>
    <message>
        <source>Year gap</source>
        <translation>年度差距</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Required daily</source>
        <translation>日均需完成</translation>
    </message>
    <message>
        <source>Required daily rate</source>
        <translation>剩余日均需完成</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>周 %1</translation>
    </message>
    <message>
        <source>Month %1 to date</source>
        <translation>%1 月初至今</translation>
    </message>
    <message>
        <source>Quarter %1 to date</source>
        <translation>%1 季初至今</translation>
    </message>
    <message>
        <source>Year %1 to date</source>
        <translation>%1 年初至今</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>措施负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>措施截止日期</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>措施状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <source>Variance reason</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Variance reason note</source>
        <translation>偏差原因说明</translation>
    </message>
    <message>
        <source>No corrective action yet</source>
        <translation>尚无调整措施</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>expected effect: %1</source>
        <translation>预期效果：%1</translation>
    </message>
    <message>
        <source>variance reason: %1</source>
        <translation>偏差原因：%1</translation>
    </message>
    <message>
        <source>Corrective action (调整措施)</source>
        <translation>调整措施</translation>
    </message>
</context>
<context>
    <name>SummaryCsvWriter</name>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Lagging nodes</source>
        <translation>落后节点</translation>
    </message>
    <message>
        <source>No node is lagging.</source>
        <translation>没有落后的节点。</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>统计口径</translation>
    </message>
</context>
<context>
    <name>SummaryPdfWriter</name>
    <message>
        <source>Cannot write %1: a PDF needs Qt's graphical support (a QGuiApplication) for its fonts.</source>
        <translation>无法写入 %1：PDF 需要 Qt 的图形支持（QGuiApplication）来处理字体。</translation>
    </message>
    <message>
        <source>Lagging nodes (month to date)</source>
        <translation>落后节点（月初至今）</translation>
    </message>
    <message>
        <source>No node is lagging.</source>
        <translation>没有落后的节点。</translation>
    </message>
    <message>
        <source>Definitions (统计口径)</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the document could not be started</source>
        <translation>无法开始生成文档</translation>
    </message>
    <message>
        <source>the document could not be finished</source>
        <translation>无法完成文档</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>SummaryXlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Lagging nodes — %1</source>
        <translation>落后节点 — %1</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>No node is lagging.</source>
        <translation>没有落后的节点。</translation>
    </message>
    <message>
        <source>Definitions — %1</source>
        <translation>统计口径 — %1</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>How the figures of this workbook are counted (统计口径).</source>
        <translation>本工作簿中各数据的统计口径。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>libxlsxwriter could not start a workbook</source>
        <translation>libxlsxwriter 无法创建工作簿</translation>
    </message>
    <message>
        <source>sheet "%1"</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>sheet "%1" could not be added</source>
        <translation>无法添加工作表“%1”</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>cell %1,%2</source>
        <translation>第 %1 行第 %2 列的单元格</translation>
    </message>
    <message>
        <source>merged cells in row %1</source>
        <translation>第 %1 行的合并单元格</translation>
    </message>
    <message>
        <source>print titles</source>
        <translation>打印标题</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>writing the workbook</source>
        <translation>写入工作簿</translation>
    </message>
    <message>
        <source>Nodes whose month-to-date status is lagging, largest month gap first, with their corrective actions (one line each, open ones first) and variance reasons.</source>
        <translation>月初至今状态为落后的节点，按月差距从大到小排列，附调整措施（每项一行，未完成的在前）和偏差原因。</translation>
    </message>
</context>
<context>
    <name>TargetChangesCommand</name>
    <message>
        <source>undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file looks like UTF-8 but has an invalid byte sequence at byte offset %1.</source>
        <translation>文件看起来是 UTF-8 编码，但在字节偏移 %1 处有无效的字节序列。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK: invalid byte sequence at byte offset %1. Save it as UTF-8 and import it again.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 编码：字节偏移 %1 处有无效的字节序列。请将其另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file is not valid %1: invalid byte sequence at byte offset %2.</source>
        <translation>文件不是有效的 %1 编码：字节偏移 %2 处有无效的字节序列。</translation>
    </message>
    <message>
        <source>GB18030 decoding is not available in this build of Qt.</source>
        <translation>此 Qt 版本不支持 GB18030 解码。</translation>
    </message>
    <message>
        <source>The file is not valid %1: it ends in the middle of a character (byte offset %2).</source>
        <translation>文件不是有效的 %1 编码：文件在字符中间结束（字节偏移 %2）。</translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>There is no node with id %1 in the %2 tree.</source>
        <translation>%2树中没有编号为 %1 的节点。</translation>
    </message>
    <message>
        <source>The %1 tree has no "%2"%3.</source>
        <translation>%1树中没有%3“%2”。</translation>
    </message>
    <message>
        <source> under "%1"</source>
        <translation> “%1”下的</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>The name "%1" contains "/", which separates names in paths.</source>
        <translation>名称“%1”含有“/”，而“/”在路径中用于分隔名称。</translation>
    </message>
    <message>
        <source>The name "%1" starts or ends with blanks.</source>
        <translation>名称“%1”的开头或结尾有空格。</translation>
    </message>
    <message>
        <source>The name "%1…" is longer than 200 characters.</source>
        <translation>名称“%1…”超过 200 个字符。</translation>
    </message>
    <message>
        <source>Node id %1 is invalid or already in use.</source>
        <translation>节点编号 %1 无效或已被使用。</translation>
    </message>
    <message>
        <source>"%1" already has a child named "%2".</source>
        <translation>“%1”下已有名为“%2”的下级。</translation>
    </message>
    <message>
        <source>The whole company cannot be moved.</source>
        <translation>全公司不能移动。</translation>
    </message>
    <message>
        <source>"%1" cannot be moved under itself.</source>
        <translation>“%1”不能移到自身之下。</translation>
    </message>
    <message>
        <source>The whole company cannot be deleted.</source>
        <translation>全公司不能删除。</translation>
    </message>
</context>
<context>
    <name>TreeEditCommand</name>
    <message>
        <source>Add "%1"</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Rename "%1" to "%2"</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Move "%1"</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Delete "%1"</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>WeeklySummary</name>
    <message>
        <source>The weekly summary needs at least one dimension.</source>
        <translation>周报至少需要一个维度。</translation>
    </message>
    <message>
        <source>The dimension %1 is asked for twice.</source>
        <translation>维度 %1 被重复指定。</translation>
    </message>
    <message>
        <source>The weekly summary needs a valid as-of date.</source>
        <translation>周报需要有效的截止日期。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Weekly summary — %1</source>
        <translation>周报 — %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>%1, fiscal year %2</source>
        <translation>%1，财年 %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Month %1, quarter %2 and year %3 are the periods containing the as-of date: target of the whole period, actual through %4. Pace and status are those of the month to date.</source>
        <translation>月份 %1、季度 %2 和年度 %3 是包含截止日期的期间：目标为整个期间的目标，实际为截至 %4 的累计。进度比和状态按月初至今计算。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The target of the period: the sum of its months; a month's target is spread evenly over its working days, so a week's target is the sum of its days' shares.</source>
        <translation>期间目标：各月目标之和；每月目标平均分摊到该月各工作日，因此一周的目标是其各天份额之和。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>The sum of the entries dated in the period up to and including the as-of date %1.</source>
        <translation>期间内从期初到截止日期 %1（含当日）的各条记录之和。</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Actual ÷ target of the period (empty when there is no target).</source>
        <translation>实际 ÷ 期间目标（无目标时为空）。</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Target − actual: positive means still to do.</source>
        <translation>目标 − 实际：正数表示尚需完成的量。</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度比</translation>
    </message>
    <message>
        <source>Month to date: actual ÷ expected, where expected is the sum of the daily target shares from the first of the month through the as-of date.</source>
        <translation>月初至今：实际 ÷ 应完成进度，其中应完成进度为当月 1 日至截止日期各日目标份额之和。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lagging when the pace is below %1, ahead when it is above %2, otherwise on track; not started before the month's first working day; no target when the month has none.</source>
        <translation>进度比低于 %1 为落后，高于 %2 为超前，否则为正常；当月第一个工作日之前为未开始；当月没有目标时为无目标。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Week actual − actual of the previous week %1; the rate divides by the previous week's actual.</source>
        <translation>周实际 − 上周（%1）实际；变化率以上周实际为分母。</translation>
    </message>
    <message>
        <source>Required daily rate</source>
        <translation>剩余日均需完成</translation>
    </message>
    <message>
        <source>Month gap ÷ working days left in the month after the as-of date.</source>
        <translation>月度差距 ÷ 截止日期之后当月剩余的工作日天数。</translation>
    </message>
    <message>
        <source>Lagging nodes</source>
        <translation>落后节点</translation>
    </message>
    <message>
        <source>Nodes whose month-to-date status is lagging, largest gap first.</source>
        <translation>月初至今状态为落后的节点，按差距从大到小排列。</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>The corrective actions (调整措施) recorded on a lagging node for %1 or for all metrics, one line each: open ones first, then done ones, by due date. The variance reason recorded with an action is internal or external, with a note.</source>
        <translation>落后节点上针对%1或全部指标登记的调整措施，每项一行：先列未完成的，再列已完成的，按截止日期排序。随措施登记的偏差原因分为内部或外部，并附说明。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>st::ActionDialog</name>
    <message>
        <source>New corrective action for %1</source>
        <translation>为 %1 新建调整措施</translation>
    </message>
    <message>
        <source>Corrective action for %1</source>
        <translation>%1 的调整措施</translation>
    </message>
    <message>
        <source>What will be done, e.g. 加密重点客户拜访</source>
        <translation>要采取的措施，如 加密重点客户拜访</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>设定截止日期</translation>
    </message>
    <message>
        <source>e.g. +50万 sales by month end</source>
        <translation>如 月底前销售额 +50万</translation>
    </message>
    <message>
        <source>○ Open</source>
        <translation>○ 未完成</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ 已完成</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写原因）</translation>
    </message>
    <message>
        <source>Internal (our own execution)</source>
        <translation>内部（自身执行）</translation>
    </message>
    <message>
        <source>External (market, customer, policy)</source>
        <translation>外部（市场、客户、政策）</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>&amp;Expected effect:</source>
        <translation>预期效果(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Variance &amp;reason:</source>
        <translation>偏差原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason &amp;note:</source>
        <translation>原因说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>st::ActionsModel</name>
    <message>
        <source>✔ Done</source>
        <translation>✔ 已完成</translation>
    </message>
    <message>
        <source>○ Open</source>
        <translation>○ 未完成</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Variance reason</source>
        <translation>偏差原因</translation>
    </message>
</context>
<context>
    <name>st::ChildrenChartView</name>
    <message>
        <source>Achievement (%)</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>%1
%2
Achievement: %3
Pace: %4</source>
        <translation>%1
%2
达成率：%3
进度比：%4</translation>
    </message>
    <message>
        <source>%1 of target</source>
        <translation>目标的 %1</translation>
    </message>
    <message>
        <source>Expected to date %1</source>
        <translation>应完成进度 %1</translation>
    </message>
    <message>
        <source>Target 100%</source>
        <translation>目标 100%</translation>
    </message>
</context>
<context>
    <name>st::DashboardModel</name>
    <message>
        <source>Entries that name no member of this tree</source>
        <translation>未归属到本树任何成员的业绩记录</translation>
    </message>
    <message>
        <source>Pace = actual / expected to date. Lagging below %1, ahead above %2.</source>
        <translation>进度比 = 实际 / 应完成进度。低于 %1 为落后，高于 %2 为超前。</translation>
    </message>
    <message>
        <source>What is needed on each remaining working day to reach the target</source>
        <translation>达成目标在剩余每个工作日需要完成的量</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>应完成进度</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度比</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Needed per day</source>
        <translation>每日需完成</translation>
    </message>
</context>
<context>
    <name>st::DashboardPage</name>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Only lagging</source>
        <translation>仅显示落后</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>不足之处</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存复盘(&amp;S)</translation>
    </message>
    <message>
        <source>Period review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>Delete corrective action</source>
        <translation>删除调整措施</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>恢复为未完成(&amp;O)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>下级对比</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Review of %1 · %2 · %3</source>
        <translation>%1 · %2 · %3 复盘</translation>
    </message>
    <message>
        <source>%1 review — worked: %2 · did not: %3</source>
        <translation>%1 复盘 — 做得好的：%2 · 不足之处：%3</translation>
    </message>
    <message>
        <source>No review of %1 yet.</source>
        <translation>%1 尚无复盘。</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>请先选择成员。</translation>
    </message>
    <message>
        <source>Review of %1 saved.</source>
        <translation>已保存 %1 的复盘。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: cumulative progress</source>
        <translation>%1 · %2 · %3：累计进度</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: achievement of each member</source>
        <translation>%1 · %2 · %3：各成员达成率</translation>
    </message>
    <message>
        <source>%1 · %2: month by month</source>
        <translation>%1 · %2：逐月趋势</translation>
    </message>
</context>
<context>
    <name>st::Database</name>
    <message>
        <source>the file is not a SalesTarget database (it is not an SQLite file)</source>
        <translation>该文件不是 SalesTarget 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>the file cannot be opened or created (check that the folder exists and is writable)</source>
        <translation>无法打开或创建该文件（请检查文件夹是否存在且可写）</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>another member under the same parent already has this name</source>
        <translation>同一上级下已有同名成员</translation>
    </message>
    <message>
        <source>another progress entry already has this external reference</source>
        <translation>已有另一条业绩记录使用此外部编号</translation>
    </message>
    <message>
        <source>this fiscal year already has a plan</source>
        <translation>该财年已有计划</translation>
    </message>
    <message>
        <source>it would duplicate an existing record (%1)</source>
        <translation>会与现有记录重复（%1）</translation>
    </message>
    <message>
        <source>it refers to a member or metric that does not exist, or removes one that is still in use</source>
        <translation>引用了不存在的成员或指标，或删除了仍在使用的成员或指标</translation>
    </message>
    <message>
        <source>a value is missing or out of range (%1)</source>
        <translation>有值缺失或超出范围（%1）</translation>
    </message>
    <message>
        <source>the database is in use by another program; try again</source>
        <translation>数据库正被其他程序使用，请稍后重试</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>数据库文件为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>st::DistributeDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation>成员（%1）(&amp;M)</translation>
    </message>
    <message>
        <source>%1 has no members.</source>
        <translation>%1 没有下级成员。</translation>
    </message>
    <message>
        <source>Distribute %1</source>
        <translation>分解%1目标</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>FY%1 (%2)</source>
        <translation>%1财年（%2）</translation>
    </message>
    <message>
        <source>Q%1 (%2)</source>
        <translation>Q%1（%2）</translation>
    </message>
    <message>
        <source>Only a whole year is distributed over quarters.</source>
        <translation>只有整年才能分解到季度。</translation>
    </message>
    <message>
        <source>A single month has no months to distribute over.</source>
        <translation>单个月份无法再分解到各月。</translation>
    </message>
    <message>
        <source>Every member gets the same share of the total. Cents left over by rounding go to the first members.</source>
        <translation>每个成员分得合计的相同份额。四舍五入后余下的零头（分）计入排在前面的成员。</translation>
    </message>
    <message>
        <source>Every quarter gets the same share of the total, spread evenly over its months.</source>
        <translation>每个季度分得合计的相同份额，并平均分摊到该季度的各月。</translation>
    </message>
    <message>
        <source>Every month gets the same share of the total.</source>
        <translation>每个月分得合计的相同份额。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Locked months keep their value (%1 here); the others absorb the difference.</source>
        <translation>已锁定的月份保持原值（此处共 %1 个）；差额由其他月份承担。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>No preview while the inputs cannot be used.</source>
        <translation>输入无效，无法预览。</translation>
    </message>
    <message>
        <source>Nothing changes: the targets already match this distribution.</source>
        <translation>无变化：目标已与此分解结果一致。</translation>
    </message>
    <message>
        <source>Cells that change: %1. Amounts in %2.</source>
        <translation>变动的单元格：%1 个。单位：%2。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>分解后：%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Distribute %1 of %2 over %3</source>
        <translation>将“%2”的%1目标分解到各%3</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
</context>
<context>
    <name>st::DistributionPreviewModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>st::DrillDownDialog</name>
    <message>
        <source>(unassigned)</source>
        <translation>（未归属）</translation>
    </message>
    <message>
        <source>Entries behind %1</source>
        <translation>%1 的业绩明细</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from %1 to %2 · total %3 (the member's actual)</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 条记录 · 合计 %3（即该成员的实际完成）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::EntryImporter</name>
    <message>
        <source>Entry %1 of %2</source>
        <translation>第 %1 条记录（共 %2 条）</translation>
    </message>
    <message>
        <source>Entry %1 of %2 (reference "%3")</source>
        <translation>第 %1 条记录（共 %2 条，编号“%3”）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the entry could not be stored</source>
        <translation>无法保存该记录</translation>
    </message>
    <message>
        <source>it refers to a member or metric that does not exist</source>
        <translation>它引用了不存在的成员或指标</translation>
    </message>
    <message>
        <source>the entries could not be stored</source>
        <translation>无法保存这些记录</translation>
    </message>
</context>
<context>
    <name>st::EntryRow</name>
    <message>
        <source>a progress entry needs a valid date</source>
        <translation>业绩记录需要有效的日期</translation>
    </message>
    <message>
        <source>a progress entry needs a metric and a person</source>
        <translation>业绩记录需要指标和销售代表</translation>
    </message>
</context>
<context>
    <name>st::EntryStore</name>
    <message>
        <source>another progress entry already has the reference "%1"</source>
        <translation>已有另一条业绩记录使用编号“%1”</translation>
    </message>
    <message>
        <source>progress entry %1 does not exist</source>
        <translation>业绩记录 %1 不存在</translation>
    </message>
    <message>
        <source>Progress entry %1 does not exist.</source>
        <translation>业绩记录 %1 不存在。</translation>
    </message>
    <message>
        <source>progress entry id %1 is not valid</source>
        <translation>业绩记录编号 %1 无效</translation>
    </message>
    <message>
        <source>progress entry %1 already exists</source>
        <translation>业绩记录 %1 已存在</translation>
    </message>
</context>
<context>
    <name>st::EntryTableModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(deleted member %1)</source>
        <translation>（已删除的成员 %1）</translation>
    </message>
    <message>
        <source>Entered by %1 at %2</source>
        <translation>由 %1 录入于 %2</translation>
    </message>
    <message>
        <source>Money in %1; counts as they are.</source>
        <translation>金额单位：%1；数量按原值显示。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1: there is no member "%2".</source>
        <translation>%1：没有成员“%2”。</translation>
    </message>
    <message>
        <source>Date: enter a date as YYYY-MM-DD.</source>
        <translation>日期：请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>Entry of %1 (%2): %3</source>
        <translation>%1 的业绩记录（%2）：%3</translation>
    </message>
    <message>
        <source>Edit %1 of the entry on %2</source>
        <translation>修改 %2 业绩记录的%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>删除 %n 条业绩记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::FactStore</name>
    <message>
        <source>the summary of the progress entries is damaged; restore a backup copy</source>
        <translation>进度记录的汇总数据已损坏，请恢复备份</translation>
    </message>
</context>
<context>
    <name>st::ImportWizard</name>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入业绩记录</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV export with one progress entry per row and a header row.</source>
        <translation>带表头行的 CSV 导出文件，每行一条业绩记录。</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, else GB18030)</source>
        <translation>自动（优先 UTF-8，否则 GB18030）</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Chinese Excel)</source>
        <translation>GB18030（GBK，中文版 Excel）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Automatic (year first, else month/day/year)</source>
        <translation>自动（优先按年在前识别，否则按 月/日/年）</translation>
    </message>
    <message>
        <source>Year-month-day (2026-11-22)</source>
        <translation>年-月-日（2026-11-22）</translation>
    </message>
    <message>
        <source>Month/day/year (11/22/2026)</source>
        <translation>月/日/年（11/22/2026）</translation>
    </message>
    <message>
        <source>Day/month/year (22/11/2026)</source>
        <translation>日/月/年（22/11/2026）</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期格式：</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>删除导入方案(&amp;D)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>导入方案：</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除导入方案</translation>
    </message>
    <message>
        <source>Delete the import profile "%1"?</source>
        <translation>删除导入方案“%1”？</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows of the file as they were read. If the text looks garbled, go back and choose another encoding; if everything is in one column, another delimiter.</source>
        <translation>按当前设置读取的文件前几行。如果文字显示为乱码，请返回上一步选择其他编码；如果所有内容都挤在一列中，请选择其他分隔符。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Which column holds each field. Fields marked * are required; the guess comes from the header names (English or Chinese).</source>
        <translation>指定每个字段所在的列。标有 * 的字段为必填；默认对应关系根据表头名称（英文或中文）推测。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Without a metric column, every row is:</source>
        <translation>没有指标列时，每行均计为：</translation>
    </message>
    <message>
        <source>e.g. CRM weekly export</source>
        <translation>如 CRM 每周导出</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>另存为导入方案(&amp;S)</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>请先为导入方案命名。</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存导入方案</translation>
    </message>
    <message>
        <source>Replace the import profile "%1"?</source>
        <translation>替换导入方案“%1”？</translation>
    </message>
    <message>
        <source>Saved the profile "%1".</source>
        <translation>已保存导入方案“%1”。</translation>
    </message>
    <message>
        <source>The profile "%1" could not be saved.</source>
        <translation>无法保存导入方案“%1”。</translation>
    </message>
    <message>
        <source>New names</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Sales reps, products and regions in the file that the plan does not have. Create each under a member you choose, or map it to an existing one.</source>
        <translation>文件中有计划里没有的销售代表、产品和区域。请将每个名称新建到您选择的成员之下，或对应到已有的成员。</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Nothing is imported while a row has a problem: correct the file and choose it again, or go back and change the choices.</source>
        <translation>写入之前会逐行检查。只要有一行存在问题，就不会导入任何内容：请更正文件后重新选择，或返回上一步修改设置。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>What the import changed: actuals of each sales rep and metric over the file's dates, before and after.</source>
        <translation>本次导入带来的变化：在文件涉及的日期范围内，每位销售代表各指标的实际值导入前后对比。</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, columns separated by %3; %n data row(s) under a header of %4 column(s).</source>
        <translation>
            <numerusform>%1：%2 编码，各列以%3分隔；表头共 %4 列，其下有 %n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>尚需选择：%1。</translation>
    </message>
    <message>
        <source>Without a reference column, importing the same file again adds its rows again.</source>
        <translation>没有编号列时，再次导入同一文件会重复添加其中的行。</translation>
    </message>
    <message>
        <source>(none: guess the columns from the header)</source>
        <translation>（无：根据表头推测各列）</translation>
    </message>
    <message>
        <source>The profile "%1" names columns this file does not have: %2.</source>
        <translation>导入方案“%1”指定了此文件中没有的列：%2。</translation>
    </message>
    <message>
        <source>Every sales rep, product and region in the file is in the plan.</source>
        <translation>文件中的所有销售代表、产品和区域都已在计划中。</translation>
    </message>
    <message>
        <source>No names to decide on.</source>
        <translation>没有需要处理的名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) in the file are not in the plan. Rows with a name left as it is are listed as problems on the next page.</source>
        <translation>
            <numerusform>文件中有 %n 个名称不在计划中。选择“不处理”的名称所在的行将在下一页列为问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave it (rows are problems)</source>
        <translation>不处理（相关行列为问题）</translation>
    </message>
    <message>
        <source>Create under…</source>
        <translation>新建，上级为…</translation>
    </message>
    <message>
        <source>Map to…</source>
        <translation>对应到…</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>choose the member to create it under.</source>
        <translation>请选择新建时的上级成员。</translation>
    </message>
    <message>
        <source>"%1" is a person and cannot have members under it.</source>
        <translation>“%1”是销售代表，其下不能有成员。</translation>
    </message>
    <message>
        <source>"%1" already has a member named "%2".</source>
        <translation>“%1”下已有名为“%2”的成员。</translation>
    </message>
    <message>
        <source>"%1" is to be created twice.</source>
        <translation>“%1”被指定新建两次。</translation>
    </message>
    <message>
        <source>Cannot create "%1" (%2): %3</source>
        <translation>无法新建“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; nothing was imported.</source>
        <translation>
            <numerusform>文件中有 %n 个问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed while importing: %1</source>
        <translation>导入过程中文件发生了变化：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n data row(s), read as %2.</source>
        <translation>
            <numerusform>共 %n 行数据中的前 %1 行，按 %2 编码读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>create "%1" under %2</source>
        <translation>在 %2 下新建“%1”</translation>
    </message>
    <message>
        <source>"%1" is %2</source>
        <translation>“%1”对应 %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are valid. Import writes them in one step.</source>
        <translation>
            <numerusform>全部 %n 行均有效。导入时将一次性写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before anything is imported</source>
        <translation>
            <numerusform>必须先修正 %n 个问题才能导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n row(s) are valid).</source>
        <translation>
            <numerusform> （%n 行有效）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1.</source>
        <translation>随后：%1。</translation>
    </message>
    <message>
        <source>The file has no reference column: importing it again would add its rows again.</source>
        <translation>文件中没有编号列：再次导入会重复添加其中的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported in one step: </source>
        <translation>
            <numerusform>已一次性导入 %n 行： </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>新增 %1 条，更新 %2 条，%3 条未变。</translation>
    </message>
    <message>
        <source>Created: %1.</source>
        <translation>已新建：%1。</translation>
    </message>
    <message>
        <source>Actuals from %1 to %2:</source>
        <translation>%1 至 %2 的实际值：</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行……</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;months</source>
        <translation>显示月份(&amp;M)</translation>
    </message>
    <message>
        <source>Amounts in 元</source>
        <translation>金额以元显示</translation>
    </message>
    <message>
        <source>Amounts in 万元</source>
        <translation>金额以万元显示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SalesTarget</source>
        <translation>关于 SalesTarget(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <source>%1 — SalesTarget</source>
        <translation>%1 — SalesTarget</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>SalesTarget plans (*.db *.sqlite);;All files (*)</source>
        <translation>SalesTarget 计划 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose a new name.</source>
        <translation>%1 已存在。请改为打开该文件，或另选一个名称。</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>SalesTarget plans (*.db *.sqlite)</source>
        <translation>SalesTarget 计划 (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>无法写入副本。</translation>
    </message>
    <message>
        <source>About SalesTarget</source>
        <translation>关于 SalesTarget</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesTarget %1&lt;/h3&gt;&lt;p&gt;Set, decompose and track sales targets.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SalesTarget %1&lt;/h3&gt;&lt;p&gt;制定、分解和跟踪销售目标。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used after a restart. Restart now?</source>
        <translation>新语言将在重启后生效。现在重启吗？</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>导入业绩记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>st::MemberWeightsEditor</name>
    <message>
        <source>Relative weights, for example each member's potential or account pool. At least one must be above zero.</source>
        <translation>相对权重，例如各成员的潜力或客户池。至少有一个权重必须大于零。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Equa&amp;l</source>
        <translation>平均(&amp;L)</translation>
    </message>
    <message>
        <source>The same weight for every member</source>
        <translation>所有成员使用相同的权重</translation>
    </message>
    <message>
        <source>As n&amp;ow</source>
        <translation>按当前(&amp;O)</translation>
    </message>
    <message>
        <source>Weights in proportion to the members' current targets</source>
        <translation>按各成员当前目标的比例设置权重</translation>
    </message>
</context>
<context>
    <name>st::Migrations</name>
    <message>
        <source>Cannot open "%1": the file is an SQLite database but not a SalesTarget database.</source>
        <translation>无法打开“%1”：该文件是 SQLite 数据库，但不是 SalesTarget 数据库。</translation>
    </message>
    <message>
        <source>Cannot open "%1": it was written by a newer SalesTarget (schema version %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>无法打开“%1”：该文件由更新版本的 SalesTarget 写入（架构版本 %2；当前版本最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Cannot migrate "%1" from schema version %2 to %3.</source>
        <translation>无法将“%1”从架构版本 %2 迁移到 %3。</translation>
    </message>
    <message>
        <source>Upgrading "%1" to schema version %2 failed (it stays at version %3): %4</source>
        <translation>将“%1”升级到架构版本 %2 失败（仍保持版本 %3）：%4</translation>
    </message>
</context>
<context>
    <name>st::MyProgressPage</name>
    <message>
        <source>&amp;I am:</source>
        <translation>我是(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Quick entry — press Enter to add</source>
        <translation>快速录入 — 按回车键添加</translation>
    </message>
    <message>
        <source>12,345.67 or 5万</source>
        <translation>12,345.67 或 5万</translation>
    </message>
    <message>
        <source>contract or invoice no.</source>
        <translation>合同号或发票号</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>指标(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>我的业绩记录</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>从 … 至 …</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Customer contains…</source>
        <translation>客户包含…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected entries (you can undo this)</source>
        <translation>删除所选记录（可撤销）</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>%1 — definition (统计口径): %2</source>
        <translation>%1 — 统计口径：%2</translation>
    </message>
    <message>
        <source>As of %1 · %2 in %3</source>
        <translation>截至 %1 · %2（单位：%3）</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>显示 %1 条，共 %2 条记录</translation>
    </message>
    <message>
        <source>I am: choose who you are first (the organization tree has no sales rep yet).</source>
        <translation>我是：请先选择您本人（组织树中还没有销售代表）。</translation>
    </message>
    <message>
        <source>enter an amount, e.g. 12,345.67 or 5万.</source>
        <translation>请输入数值，如 12,345.67 或 5万。</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>Added %1 %2 on %3.</source>
        <translation>已添加 %3 的%1 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries. Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 条记录。撤销即可恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::NodeStore</name>
    <message>
        <source>"%1" needs a parent: there is only one whole company.</source>
        <translation>“%1”需要上级：全公司只能有一个。</translation>
    </message>
    <message>
        <source>The whole company cannot be moved under another member.</source>
        <translation>全公司不能移到其他成员之下。</translation>
    </message>
    <message>
        <source>Member %1 ("%2") does not exist.</source>
        <translation>成员 %1（“%2”）不存在。</translation>
    </message>
    <message>
        <source>The whole company cannot be deleted.</source>
        <translation>全公司不能删除。</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>"%1" cannot be deleted: progress entries, members under it or people whose home region it is still refer to it.</source>
        <translation>无法删除“%1”：仍有业绩记录、其下级成员或以其为所属区域的销售代表引用它。</translation>
    </message>
</context>
<context>
    <name>st::PercentageEditor</name>
    <message>
        <source>&amp;Template 4321</source>
        <translation>4321 模板(&amp;T)</translation>
    </message>
    <message>
        <source>Q1 30% / Q2 20% / Q3 30% / Q4 20%</source>
        <translation>Q1 占 30%，Q2 占 20%，Q3 占 30%，Q4 占 20%</translation>
    </message>
    <message>
        <source>Equa&amp;l</source>
        <translation>平均(&amp;L)</translation>
    </message>
    <message>
        <source>The same percentage for every part</source>
        <translation>每部分使用相同的百分比</translation>
    </message>
    <message>
        <source>As n&amp;ow</source>
        <translation>按当前(&amp;O)</translation>
    </message>
    <message>
        <source>The percentages of the current targets</source>
        <translation>按当前目标的百分比</translation>
    </message>
    <message>
        <source>Total: %1% ✗ must be exactly 100%</source>
        <translation>合计：%1% ✗ 必须正好为 100%</translation>
    </message>
    <message>
        <source>Total: %1% ✓</source>
        <translation>合计：%1% ✓</translation>
    </message>
</context>
<context>
    <name>st::PersonFiguresModel</name>
    <message>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>本周（%1）</translation>
    </message>
    <message>
        <source>This month (%1)</source>
        <translation>本月（%1）</translation>
    </message>
    <message>
        <source>This quarter (%1)</source>
        <translation>本季度（%1）</translation>
    </message>
    <message>
        <source>This year (%1)</source>
        <translation>本年（%1）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Pace below %1 is lagging, above %2 is ahead.</source>
        <translation>进度比低于 %1 为落后，高于 %2 为超前。</translation>
    </message>
    <message>
        <source>Actual ÷ target</source>
        <translation>实际 ÷ 目标</translation>
    </message>
    <message>
        <source>Target − actual (positive: still to do)</source>
        <translation>目标 − 实际（正数表示尚需完成）</translation>
    </message>
    <message>
        <source>The target's share of the days so far (working days of the calendar)</source>
        <translation>目标中截至目前各天应分摊的份额（按日历中的工作日计算）</translation>
    </message>
    <message>
        <source>Actual ÷ expected to date</source>
        <translation>实际 ÷ 应完成进度</translation>
    </message>
    <message>
        <source>Actual + the daily run rate × the working days left</source>
        <translation>实际 + 日均完成速度 × 剩余工作日天数</translation>
    </message>
    <message>
        <source>What is still to do ÷ the working days left</source>
        <translation>尚需完成的量 ÷ 剩余工作日天数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>应完成进度</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度比</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Needed per day</source>
        <translation>每日需完成</translation>
    </message>
</context>
<context>
    <name>st::PlanCheckModel</name>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of months</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Target minus what the children hold:</source>
        <translation>目标减去下级合计：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Unallocated · %1</source>
        <translation>未分配 · %1</translation>
    </message>
</context>
<context>
    <name>st::PlanDocument</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>st::PlanSettings</name>
    <message>
        <source>Fiscal year start month must be 1 to 12, not %1.</source>
        <translation>财年起始月份必须为 1 至 12，而不是 %1。</translation>
    </message>
    <message>
        <source>Currency must be a three-letter ISO code such as CNY, not "%1".</source>
        <translation>币种必须是三个字母的 ISO 代码（如 CNY），而不是“%1”。</translation>
    </message>
    <message>
        <source>The lagging threshold must be above 0% and at most 100%.</source>
        <translation>落后阈值必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>The ahead threshold must be between 100% and 1000%.</source>
        <translation>超前阈值必须介于 100% 与 1000% 之间。</translation>
    </message>
</context>
<context>
    <name>st::ProgressChartView</name>
    <message>
        <source>Expected to date</source>
        <translation>应完成进度</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Actual %1 %2</source>
        <translation>实际 %1 %2</translation>
    </message>
    <message>
        <source>As of %1, expected %2</source>
        <translation>截至 %1，应完成 %2</translation>
    </message>
    <message>
        <source>Projection %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>As of %1: not started</source>
        <translation>截至 %1：未开始</translation>
    </message>
</context>
<context>
    <name>st::ReportFormatter</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应完成进度</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度比</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>st::ReportsPage</name>
    <message>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>ISO year of the week</source>
        <translation>该周所属的 ISO 年份</translation>
    </message>
    <message>
        <source>ISO week number (Monday to Sunday)</source>
        <translation>ISO 周序号（周一至周日）</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Actuals count through this day; the month, quarter and year are those containing it.</source>
        <translation>实际值统计到该日（含当日）；月、季度和年为包含该日的期间。</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Export every dimension</source>
        <translation>导出所有维度</translation>
    </message>
    <message>
        <source>Excel gets a sheet and PDF/CSV a section per dimension, the chosen one first.</source>
        <translation>每个维度在 Excel 中占一个工作表，在 PDF/CSV 中占一节；当前所选维度排在最前。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the weekly summary as an Excel workbook, a PDF or a CSV file</source>
        <translation>将周报保存为 Excel 工作簿、PDF 或 CSV 文件</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Amounts in %1. %2</source>
        <translation>单位：%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>Weekly summary %1: %n lagging node(s).</source>
        <translation>
            <numerusform>周报 %1：%n 个落后节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no summary to export.</source>
        <translation>没有可导出的周报。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a file name ending in .xlsx, .pdf or .csv.</source>
        <translation>无法导出到 %1：请选择以 .xlsx、.pdf 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the weekly summary %1 to %2 (%3 ms).</source>
        <translation>已将周报 %1 保存到 %2（用时 %3 毫秒）。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>weekly-summary-%1</source>
        <translation>周报-%1</translation>
    </message>
    <message>
        <source>Export the weekly summary</source>
        <translation>导出周报</translation>
    </message>
    <message>
        <source>The weekly summary was not saved.

%1</source>
        <translation>周报未保存。

%1</translation>
    </message>
    <message>
        <source>Weekly summary %1</source>
        <translation>周报 %1</translation>
    </message>
    <message>
        <source>Print the weekly summary</source>
        <translation>打印周报</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>打印失败。</translation>
    </message>
    <message numerus="yes">
        <source>Printed the weekly summary %1 (%n page(s)).</source>
        <translation>
            <numerusform>已打印周报 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printing failed: %1.</source>
        <translation>打印失败：%1。</translation>
    </message>
</context>
<context>
    <name>st::SettingsDialog</name>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Shown at the top of every tree, e.g. Acme Sales</source>
        <translation>显示在每棵树的顶端，如 某某销售有限公司</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>%1 (no effect)</source>
        <translation>%1（无影响）</translation>
    </message>
    <message>
        <source>A weekend is a day off already.</source>
        <translation>周末本来就是休息日。</translation>
    </message>
    <message>
        <source>A weekday is a working day already.</source>
        <translation>周一至周五本来就是工作日。</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年全年</translation>
    </message>
    <message>
        <source>%1 is a weekend day: as a holiday it changes no working-day count.</source>
        <translation>%1 是周末：设为节假日不会改变工作日天数。</translation>
    </message>
    <message>
        <source>%1 is a weekday: as an extra working day it changes no working-day count.</source>
        <translation>%1 是周一至周五的工作日：设为调休上班日不会改变工作日天数。</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Import Working-Day Calendar</source>
        <translation>导入工作日日历</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these lines and import it again:</source>
        <translation>未从 %1 导入任何内容。请更正以下各行后重新导入：</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … 另有 %1 条。</translation>
    </message>
    <message>
        <source>Imported 1 day from %1. It is saved when you click OK or Apply.</source>
        <translation>已从 %1 导入 1 天。点击“确定”或“应用”后保存。</translation>
    </message>
    <message>
        <source>Imported %1 days from %2. They are saved when you click OK or Apply.</source>
        <translation>已从 %2 导入 %1 天。点击“确定”或“应用”后保存。</translation>
    </message>
</context>
<context>
    <name>st::SettingsStore</name>
    <message>
        <source>The settings of the plan are missing from the database.</source>
        <translation>数据库中缺少计划设置。</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year.</source>
        <translation>%1 不是有效的财年。</translation>
    </message>
    <message>
        <source>FY%1 already has a plan.</source>
        <translation>%1财年已有计划。</translation>
    </message>
</context>
<context>
    <name>st::SqliteRepository</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy.</source>
        <translation>%1 已存在；请为副本另选文件名。</translation>
    </message>
    <message>
        <source>A copy cannot be written in the middle of a change.</source>
        <translation>正在进行更改，此时无法写入副本。</translation>
    </message>
    <message>
        <source>Writing a copy to %1</source>
        <translation>将副本写入 %1</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Adding the plan for FY%1</source>
        <translation>添加%1财年计划</translation>
    </message>
    <message>
        <source>Adding "%1"</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Changing "%1"</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Deleting members</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Saving targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Saving the progress entry</source>
        <translation>保存业绩记录</translation>
    </message>
    <message>
        <source>Saving progress entry %1</source>
        <translation>保存业绩记录 %1</translation>
    </message>
    <message>
        <source>Deleting progress entry %1</source>
        <translation>删除业绩记录 %1</translation>
    </message>
    <message>
        <source>Importing progress entries</source>
        <translation>导入业绩记录</translation>
    </message>
    <message>
        <source>Adding the corrective action "%1"</source>
        <translation>添加调整措施“%1”</translation>
    </message>
    <message>
        <source>Saving corrective action %1</source>
        <translation>保存调整措施 %1</translation>
    </message>
    <message>
        <source>Deleting corrective action %1</source>
        <translation>删除调整措施 %1</translation>
    </message>
    <message>
        <source>Saving the review of %1</source>
        <translation>保存 %1 的复盘</translation>
    </message>
</context>
<context>
    <name>st::SummaryPreviewModel</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>月初至今</translation>
    </message>
    <message>
        <source>QTD</source>
        <translation>季初至今</translation>
    </message>
    <message>
        <source>YTD</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation>调整措施：</translation>
    </message>
</context>
<context>
    <name>st::TargetTreeModel</name>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1财年</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>%1 (sales rep)</source>
        <translation>%1（销售代表）</translation>
    </message>
    <message>
        <source>Locked: this month keeps its target when its quarter or year is changed or distributed.</source>
        <translation>已锁定：其所在季度或年度的目标被修改或分解时，该月目标保持不变。</translation>
    </message>
    <message>
        <source>1 month locked: it keeps its target when this is changed.</source>
        <translation>已锁定 1 个月：修改此处时该月目标保持不变。</translation>
    </message>
    <message>
        <source>%1 months locked: they keep their targets when this is changed.</source>
        <translation>已锁定 %1 个月：修改此处时这些月份的目标保持不变。</translation>
    </message>
    <message>
        <source>Children add up to %1; %2 unallocated.</source>
        <translation>下级合计 %1；%2 未分配。</translation>
    </message>
    <message>
        <source>Children add up to %1; %2 more than the target.</source>
        <translation>下级合计 %1；比目标多 %2。</translation>
    </message>
    <message>
        <source>Children add up to the year's target.</source>
        <translation>下级合计等于年度目标。</translation>
    </message>
    <message>
        <source>In 1 month the children do not add up to the month's target.</source>
        <translation>有 1 个月的下级合计不等于当月目标。</translation>
    </message>
    <message>
        <source>In %1 months the children do not add up to the month's target.</source>
        <translation>有 %1 个月的下级合计不等于当月目标。</translation>
    </message>
    <message>
        <source>FY%1 · %2</source>
        <translation>%1财年 · %2</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分解到下级</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Members of the %1 tree</source>
        <translation>%1树的成员</translation>
    </message>
    <message>
        <source>%1 target of %2 (%3 to %4), in %5</source>
        <translation>%2的%1目标（%3 至 %4），单位：%5</translation>
    </message>
    <message>
        <source>What the children's year targets add up to, in %1</source>
        <translation>下级年度目标合计，单位：%1</translation>
    </message>
    <message>
        <source>Year target minus what the children hold, in %1: + still to allocate, − allocated beyond the target</source>
        <translation>年度目标减去下级合计（单位：%1）：+ 表示尚待分配，− 表示分配已超出目标</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Set %1 %2 to %3</source>
        <translation>将 %1 %2 设为 %3</translation>
    </message>
    <message>
        <source>Lock %1 %2</source>
        <translation>锁定 %1 %2</translation>
    </message>
    <message>
        <source>Unlock %1 %2</source>
        <translation>解锁 %1 %2</translation>
    </message>
</context>
<context>
    <name>st::TargetsPage</name>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>财年：</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <source>Add a member under the selected one</source>
        <translation>在所选成员下添加成员</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>添加销售代表(&amp;P)</translation>
    </message>
    <message>
        <source>Add a sales rep under the selected team</source>
        <translation>在所选团队下添加销售代表</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Lock / unlock cell</source>
        <translation>锁定/解锁单元格(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;istribute…</source>
        <translation>分解(&amp;I)…</translation>
    </message>
    <message>
        <source>✔ Plan check: every member's children add up to it.</source>
        <translation>✔ 计划校验：每个成员的下级合计都与其一致。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Plan check: %n member(s) whose children do not add up — click one to select it.</source>
        <translation>
            <numerusform>⚠ 计划校验：有 %n 个成员的下级合计与其不一致 — 点击可选中该成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — definition (统计口径): %2</source>
        <translation>%1 — 统计口径：%2</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加销售代表</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Name of the new member under "%1":</source>
        <translation>“%1”下新成员的名称：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Home region of %1:</source>
        <translation>%1 的所属区域：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name of "%1":</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Delete "%1" and the %2 members under it, with their targets?</source>
        <translation>删除“%1”及其下的 %2 个成员，连同它们的目标？</translation>
    </message>
    <message>
        <source>Delete "%1" with its targets?</source>
        <translation>删除“%1”及其目标？</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Review %1 — worked: %2</source>
        <translation>%1 复盘 — 做得好的：%2</translation>
    </message>
    <message>
        <source>did not work: %1</source>
        <translation>不足之处：%1</translation>
    </message>
</context>
<context>
    <name>st::TrackingStore</name>
    <message>
        <source>Corrective action id %1 is not valid.</source>
        <translation>调整措施编号 %1 无效。</translation>
    </message>
    <message>
        <source>Corrective action %1 already exists.</source>
        <translation>调整措施 %1 已存在。</translation>
    </message>
    <message>
        <source>Corrective action %1 does not exist.</source>
        <translation>调整措施 %1 不存在。</translation>
    </message>
    <message>
        <source>Review: the period is missing.</source>
        <translation>复盘：缺少期间。</translation>
    </message>
</context>
<context>
    <name>st::TrendChartView</name>
    <message>
        <source>Actual: %1</source>
        <translation>实际：%1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Month on month: %1</source>
        <translation>环比：%1</translation>
    </message>
    <message>
        <source>Year on year: %1</source>
        <translation>同比：%1</translation>
    </message>
    <message>
        <source>3-month average: %1</source>
        <translation>3 个月平均：%1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>3-month moving average</source>
        <translation>3 个月移动平均</translation>
    </message>
    <message>
        <source>Month on month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
</context>
<context>
    <name>st::WarningsModel</name>
    <message>
        <source>Lagging member</source>
        <translation>落后成员</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Needed per day</source>
        <translation>每日需完成</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度比</translation>
    </message>
    <message>
        <source>no corrective action yet</source>
        <translation>尚无调整措施</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> （另有 %1 项）</translation>
    </message>
    <message>
        <source>Actions · reason</source>
        <translation>调整措施 · 偏差原因</translation>
    </message>
</context>
</TS>
