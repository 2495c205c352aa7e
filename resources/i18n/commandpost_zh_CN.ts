<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>CommandPost cannot start</source>
        <translation>应急指挥台无法启动</translation>
    </message>
    <message>
        <source>The plan library could not be opened.</source>
        <translation>无法打开预案库。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出现意外错误：{error}</translation>
    </message>
    <message>
        <source>The details were written to {path} for support.</source>
        <translation>详细信息已写入 {path}，供技术支持排查。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Situation figures</source>
        <translation>态势数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Warning line</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>This plan defines no situation figures.</source>
        <translation>本预案未定义态势数据。</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>This plan defines no standards.</source>
        <translation>本预案未定义服务标准。</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员安排</translation>
    </message>
    <message>
        <source>This plan defines no shifts.</source>
        <translation>本预案未定义班次。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Opening the plan library…</source>
        <translation>正在打开预案库…</translation>
    </message>
    <message>
        <source>Pla&amp;ns</source>
        <translation>预案列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Versions of the selected plan</source>
        <translation>所选预案的版本(&amp;V)</translation>
    </message>
    <message>
        <source>The library has no plans yet: import one.</source>
        <translation>预案库中还没有预案，请导入预案文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CommandPost — Emergency command desk</source>
        <translation>应急指挥台 — CommandPost</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Plans as last seen; opening the plan library…</source>
        <translation>上次所见的预案列表；正在打开预案库…</translation>
    </message>
    <message>
        <source>The plan library could not be opened.</source>
        <translation>无法打开预案库。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import plan file…</source>
        <translation>导入预案文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>预案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation>提交审核(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Return to &amp;draft…</source>
        <translation>退回草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <source>{count} plans in the library</source>
        <translation>预案库中共有 {count} 个预案</translation>
    </message>
    <message>
        <source>Version {version} of {plan} was submitted for review.</source>
        <translation>{plan} 第 {version} 版已提交审核。</translation>
    </message>
    <message>
        <source>Version {version} of {plan} was approved.</source>
        <translation>{plan} 第 {version} 版已批准。</translation>
    </message>
    <message>
        <source>Version {version} of {plan} was returned to draft.</source>
        <translation>{plan} 第 {version} 版已退回草稿。</translation>
    </message>
    <message>
        <source>Version {version} of {plan} was retired.</source>
        <translation>{plan} 第 {version} 版已停用。</translation>
    </message>
    <message>
        <source>Import plan file</source>
        <translation>导入预案文件</translation>
    </message>
    <message>
        <source>Plan files (*.yaml *.yml)</source>
        <translation>预案文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Version {version} of {plan} was imported as a draft.</source>
        <translation>{plan} 第 {version} 版已作为草稿导入。</translation>
    </message>
    <message>
        <source>The draft text of version {version} of {plan} was replaced.</source>
        <translation>{plan} 第 {version} 版的草稿内容已替换。</translation>
    </message>
    <message>
        <source>Version {version} of {plan} is already in the library.</source>
        <translation>{plan} 第 {version} 版已在预案库中，内容未变。</translation>
    </message>
    <message>
        <source>CommandPost</source>
        <translation>应急指挥台</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Head and 24-hour contacts</source>
        <translation>负责人及 24 小时联系人</translation>
    </message>
    <message>
        <source>no contacts listed</source>
        <translation>未列出联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>值守时间</translation>
    </message>
    <message>
        <source>{role} (head)</source>
        <translation>{role}（负责人）</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>响应级别</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级规则</translation>
    </message>
    <message>
        <source>Drills and review</source>
        <translation>演练与修订</translation>
    </message>
    <message>
        <source>progress report every {duration}</source>
        <translation>每 {duration}报送进展报告</translation>
    </message>
    <message>
        <source>no progress-report cadence</source>
        <translation>未规定进展报告周期</translation>
    </message>
    <message>
        <source>handled by: {departments}</source>
        <translation>负责部门：{departments}</translation>
    </message>
    <message>
        <source>(used by tasks that name no rule)</source>
        <translation>（未指定规则的任务均适用）</translation>
    </message>
    <message>
        <source>Drill: {every}</source>
        <translation>演练：{every}</translation>
    </message>
    <message>
        <source>Review cycle: {every}</source>
        <translation>修订周期：{every}</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Figures and standards</source>
        <translation>态势数据与标准</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>其他条款</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Choose a plan on the left to read it.</source>
        <translation>请在左侧选择一个预案查看。</translation>
    </message>
    <message>
        <source>{id} · version {version} · {status}</source>
        <translation>{id} · 第 {version} 版 · {status}</translation>
    </message>
    <message>
        <source>Source document: {document}</source>
        <translation>来源文件：{document}</translation>
    </message>
    <message>
        <source>Review overdue since {date}: revise and approve a new version.</source>
        <translation>已于 {date} 到期未复审：请修订并批准新版本。</translation>
    </message>
    <message>
        <source>Review due {date}</source>
        <translation>复审日期：{date}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The plan file cannot be imported</source>
        <translation>无法导入预案文件</translation>
    </message>
    <message>
        <source>{file} has problems, listed below. Nothing was imported. Correct the file and import it again.</source>
        <translation>{file} 存在以下问题，未导入任何内容。请修改文件后重新导入。</translation>
    </message>
</context>
<context>
    <name>ProvisionsPage</name>
    <message>
        <source>This plan has no other provisions.</source>
        <translation>本预案没有其他条款。</translation>
    </message>
</context>
<context>
    <name>TaskBrowser</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Show tasks for level:</source>
        <translation>按级别显示任务：</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Choose a task to read its detail.</source>
        <translation>选择一项任务以查看详细说明。</translation>
    </message>
    <message>
        <source>{department} — {count} tasks</source>
        <translation>{department} — {count} 项任务</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Time limit: {limit}</source>
        <translation>时限：{limit}</translation>
    </message>
    <message>
        <source>If late: {rule}</source>
        <translation>超时处理：{rule}</translation>
    </message>
    <message>
        <source>Only for: {categories}</source>
        <translation>仅适用于：{categories}</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>批准版本</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Retire version</source>
        <translation>停用版本</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Why, for the record (optional)</source>
        <translation>原因，将记录在案（可选）</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Version {version} of “{title}” will be submitted for review. Its text can then no longer be replaced by importing a file; a reviewer approves it or returns it to draft.</source>
        <translation>“{title}”第 {version} 版将提交审核。提交后不能再通过导入文件替换其内容；审核人将批准或退回草稿。</translation>
    </message>
    <message>
        <source>Version {version} of “{title}” will be approved: new incidents and drills will run on it, and its review falls due one review cycle from today.</source>
        <translation>“{title}”第 {version} 版将被批准：此后新的突发事件和演练都将按此版本执行，自今天起满一个修订周期时到期复审。</translation>
    </message>
    <message>
        <source>The draft passes through review in the same step.</source>
        <translation>该草稿将在这一步中同时完成审核。</translation>
    </message>
    <message>
        <source>The currently approved version {old} will be retired.</source>
        <translation>当前已批准的第 {old} 版将被停用。</translation>
    </message>
    <message>
        <source>Version {version} of “{title}” will go back to draft, so that its text can be corrected and imported again.</source>
        <translation>“{title}”第 {version} 版将退回草稿，以便修改内容后重新导入。</translation>
    </message>
    <message>
        <source>Version {version} of “{title}” will be retired. It stays in the library for the record, but no new incident or drill can run on it.</source>
        <translation>“{title}”第 {version} 版将被停用。它仍保留在预案库中备查，但新的突发事件或演练不能再按此版本执行。</translation>
    </message>
    <message>
        <source>The plan will have no approved version until another one is approved.</source>
        <translation>在批准其他版本之前，该预案将没有已批准的版本。</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <source>Review overdue since {date}: revise and approve a new version.</source>
        <translation>已于 {date} 到期未复审：请修订并批准新版本。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复审日期</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>not filled in</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>{duration} from declaration</source>
        <translation>宣布后 {duration}内</translation>
    </message>
    <message>
        <source>{duration} from phase start</source>
        <translation>阶段开始后 {duration}内</translation>
    </message>
    <message>
        <source>every {duration}</source>
        <translation>每 {duration}</translation>
    </message>
    <message>
        <source>department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>command group</source>
        <translation>应急领导小组</translation>
    </message>
    <message>
        <source>at once: {target}</source>
        <translation>立即：{target}</translation>
    </message>
    <message>
        <source>after {duration}: {target}</source>
        <translation>{duration}后：{target}</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
</context>
</TS>
