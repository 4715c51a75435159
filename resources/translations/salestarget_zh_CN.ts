<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualRollup</name>
    <message>
        <source>The actuals are too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>&quot;%1&quot; is not a valid amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this metric counts whole units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 decimal places are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is too large to subtract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-10-01, 2026/10/01, 2026年10月1日 or 10/01/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day type (use holiday/休 or workday/班).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also on line %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote character inside an unquoted field (enclose the field in quotes and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the file is not a SalesTarget database (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened or created (check that the folder exists and is writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another member under the same parent already has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another progress entry already has this external reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this fiscal year already has a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would duplicate an existing record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a member or metric that does not exist, or removes one that is still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing or out of range (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in use by another program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPlan</name>
    <message>
        <source>The demo needs an empty plan; this one already has members. Use a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Unknown dimension &quot;%1&quot;: use product, region or org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>10k CNY (万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10k %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <source>Distribute Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;nths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In proportion to the actuals of the reference year. Parts without actuals get the average share; without any actuals the split is even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a whole year is distributed over quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single month has no months to distribute over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member gets the same share of the total. Cents left over by rounding go to the first members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter gets the same share of the total, spread evenly over its months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month gets the same share of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked months keep their value (%1 here); the others absorb the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview while the inputs cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the targets already match this distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that change: %1. Amounts in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute %1 of %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>A weight is negative; weights must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to distribute over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part is locked, so the total cannot change. Unlock a part first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked parts already total more than the new total. Unlock a part or raise the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the distribution is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of the distribution is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts do not add up to the whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionMethod</name>
    <message>
        <source>The 4321 template splits a year over quarters; use --over quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference year (history:2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use even, 4321, weights:W1,W2,..., history or history:YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionParts</name>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionPreviewModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>a progress entry needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a progress entry needs a metric and a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>another progress entry already has the reference &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress entry %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>A projected amount is too large to compute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SalesTarget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SalesTarget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesTarget plans (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesTarget plans (*.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SalesTarget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesTarget %1&lt;/h3&gt;&lt;p&gt;Set, decompose and track sales targets.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberWeightsEditor</name>
    <message>
        <source>Relative weights, for example each member&apos;s potential or account pool. At least one must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equa&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same weight for every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As n&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in proportion to the members&apos; current targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed contract value including VAT, counted on the signing date; cancelled contracts are entered as negative amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments received into the company account including VAT, counted on the date of receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose first signed order falls in the period and who had no order in the previous 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-to-face or video meetings with a customer that have a visit report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities created in the CRM with a confirmed need, budget and decision maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is an SQLite database but not a SalesTarget database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it was written by a newer SalesTarget (schema version %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot migrate &quot;%1&quot; from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading &quot;%1&quot; to schema version %2 failed (it stays at version %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>The year %1 is out of range (1900 to 9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (expected YYYY-MM, e.g. 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeStore</name>
    <message>
        <source>&quot;%1&quot; needs a parent: there is only one whole company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole company cannot be moved under another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 (&quot;%2&quot;) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole company cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: progress entries, members under it or people whose home region it is still refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercentageEditor</name>
    <message>
        <source>&amp;Template 4321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 30% / Q2 20% / Q3 30% / Q4 20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equa&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same percentage for every part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As n&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentages of the current targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1% ✗ must be exactly 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1% ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>A quarter is numbered 1 to 4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ISO week %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period. Use 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-22, FY2026 or FY2026-Q1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is out of range (1900 to 9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCheckModel</name>
    <message>
        <source>Whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minus what the children hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>There is no node with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 tree has no node with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a child named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organization tree has people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a person and cannot have members under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not get its old id back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole company cannot be a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has members under it and cannot be a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole company cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: %2 progress entries refer to it or to members under it. Move or delete those entries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has targets (%2 monthly cells in it or under it). Confirm to delete them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: a valid date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: a sales rep is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: node %1 is not a sales rep of the organization tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: node %1 is not in the product tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: node %1 is not in the region tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: the amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked; unlock it to change its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no members to distribute over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights are needed, one per member of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentages are needed, one per month of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributing over quarters needs a year, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 percentages are needed, one per quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>Fiscal year start month must be 1 to 12, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency must be a three-letter ISO code such as CNY, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lagging threshold must be above 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ahead threshold must be between 100% and 1000%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressImporter</name>
    <message>
        <source>reference &quot;%1&quot; is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 column (see docs/cli.md for the header names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-11-22, 2026/11/22, 2026年11月22日 or 11/22/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (sales, collected, new_customers, visits, opportunities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sales rep is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sales rep &quot;%1&quot; in the organization tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;%1&quot; in the %2 tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the whole company: the root of the product, region and organization trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year starts on the 1st of this month; quarters are counted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This plan already has targets. Quarters and fiscal years will be regrouped from the new start month; every monthly target keeps its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lagging when pace is below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ahead when pace is above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace is the actual divided by the target expected to date. Between the two thresholds a figure is on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;money in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How amounts are shown in every view. Stored amounts are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday are working days. List the holidays and the extra working days (调休) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days added (+) or taken away (−) by the holidays and extra working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read holidays and extra working days from a CSV file of dates (columns: date, type, name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top of every tree, e.g. Acme Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekend is a day off already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday is a working day already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekend day: as a holiday it changes no working-day count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday: as an extra working day it changes no working-day count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Working-Day Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these lines and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 day from %1. It is saved when you click OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 days from %2. They are saved when you click OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The settings of the plan are missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 already has a plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRepository</name>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the plan for FY%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving progress entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting progress entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot be written in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryChartPainter</name>
    <message>
        <source>Month %1 to date — %2: cumulative actual, expected and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected (daily target shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target and no actual in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 to date — %2 by %3: achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top level has no members in this dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryColumns</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vs previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vs previous week %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace (month to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (month to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required daily rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCsvWriter</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is lagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPdfWriter</name>
    <message>
        <source>Cannot write %1: a PDF needs Qt&apos;s graphical support (a QGuiApplication) for its fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging nodes (month to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is lagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions (统计口径)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryXlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetChangesCommand</name>
    <message>
        <source>undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetTreeModel</name>
    <message>
        <source>Whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sales rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: this month keeps its target when its quarter or year is changed or distributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month locked: it keeps its target when this is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months locked: they keep their targets when this is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children add up to %1; %2 unallocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children add up to %1; %2 more than the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children add up to the year&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 month the children do not add up to the month&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 months the children do not add up to the month&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the %1 tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target of %2 (%3 to %4), in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the children&apos;s year targets add up to, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target minus what the children hold, in %1: + still to allocate, − allocated beyond the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sales rep under the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock / unlock cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;istribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — definition (统计口径): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new member under &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and the %2 members under it, with their targets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its targets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Plan check: every member&apos;s children add up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Plan check: %n member(s) whose children do not add up — click one to select it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file looks like UTF-8 but has an invalid byte sequence at byte offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK: invalid byte sequence at byte offset %1. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>There is no node with id %1 in the %2 tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 tree has no &quot;%2&quot;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains &quot;/&quot;, which separates names in paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts or ends with blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node id %1 is invalid or already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a child named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole company cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole company cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeEditCommand</name>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklySummary</name>
    <message>
        <source>The weekly summary needs at least one dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimension %1 is asked for twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly summary needs a valid as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly summary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fiscal year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1, quarter %2 and year %3 are the periods containing the as-of date: target of the whole period, actual through %4. Pace and status are those of the month to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of the period: the sum of its months; a month&apos;s target is spread evenly over its working days, so a week&apos;s target is the sum of its days&apos; shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the entries dated in the period up to and including the as-of date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual ÷ target of the period (empty when there is no target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target − actual: positive means still to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date: actual ÷ expected, where expected is the sum of the daily target shares from the first of the month through the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging when the pace is below %1, ahead when it is above %2, otherwise on track; not started before the month&apos;s first working day; no target when the month has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week actual − actual of the previous week %1; the rate divides by the previous week&apos;s actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required daily rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month gap ÷ working days left in the month after the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes whose month-to-date status is lagging, largest gap first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st</name>
    <message>
        <source>%1 values are needed, one per part, but &quot;%2&quot; has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1 (&quot;%2&quot;) is negative; weights must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far more than 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentages total %1%, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are set for a month, a quarter or a year; week and day targets follow from the months (&quot;%1&quot; is a %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging nodes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes whose month-to-date status is lagging, largest month gap first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is lagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures of this workbook are counted (统计口径).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1: invalid byte sequence at byte offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 decoding is not available in this build of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1: it ends in the middle of a character (byte offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Batch</name>
    <message>
        <source>Entry %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of %2 (reference &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Composer</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::XlsxBook</name>
    <message>
        <source>libxlsxwriter could not start a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1,%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged cells in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
