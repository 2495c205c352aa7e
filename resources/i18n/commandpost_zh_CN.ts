<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Open &amp;review (Enter)</source>
        <translation>打开复盘(&amp;R)（回车）</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>标记完成(&amp;O)</translation>
    </message>
    <message>
        <source>Reading the improvement actions…</source>
        <translation>正在读取改进措施…</translation>
    </message>
    <message>
        <source>What post-incident reviews decided to improve, open until done; those past their due date are red. Add, reopen and link actions in the review.</source>
        <translation>各次复盘确定的改进措施在完成前都列在这里，已过完成期限的显示为红色。添加、重新打开改进措施或关联预案版本，请在复盘中操作。</translation>
    </message>
    <message>
        <source>Open improvement actions</source>
        <translation>未完成的改进措施</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Open improvement actions ({count}, overdue: {late})</source>
        <translation>未完成的改进措施（{count} 项，其中逾期 {late} 项）</translation>
    </message>
    <message>
        <source>Open improvement actions ({count})</source>
        <translation>未完成的改进措施（{count} 项）</translation>
    </message>
    <message>
        <source>Improvement actions (open: {count} · overdue: {late})</source>
        <translation>改进措施（未完成：{count} · 逾期：{late}）</translation>
    </message>
    <message>
        <source>Improvement actions (open: {count})</source>
        <translation>改进措施（未完成：{count}）</translation>
    </message>
    <message>
        <source>Could not read the improvement actions: {error}</source>
        <translation>无法读取改进措施：{error}</translation>
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <source>Add improvement action</source>
        <translation>添加改进措施</translation>
    </message>
    <message>
        <source>The action is tracked with the incident until it is done, whatever revision the review is at.</source>
        <translation>改进措施随事件持续跟踪，直至完成，不受复盘修订版本的影响。</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>What is to be done, e.g. add an evening shift to the hotline rota</source>
        <translation>要做什么，如：热线排班增加晚班</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>请填写改进措施的内容。</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Add a task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>The task is added to the department&apos;s checklist at once.</source>
        <translation>任务将立即加入该部门的任务清单。</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source> min from now</source>
        <translation> 分钟后到期</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>完成时限(&amp;W)：</translation>
    </message>
    <message>
        <source>Say what the task is.</source>
        <translation>请填写任务内容。</translation>
    </message>
</context>
<context>
    <name>AlertColumns</name>
    <message>
        <source>Due</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Incident or plan</source>
        <translation>事件 / 预案</translation>
    </message>
    <message>
        <source>Task or subject</source>
        <translation>任务 / 事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>For</source>
        <translation>提醒对象</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <source>Show CommandPost</source>
        <translation>显示应急指挥台</translation>
    </message>
    <message>
        <source>CommandPost — overdue tasks: {overdue} · alerts not acknowledged: {alerts}</source>
        <translation>应急指挥台 — 超时任务 {overdue} 项，未确认提醒 {alerts} 条</translation>
    </message>
    <message>
        <source>CommandPost</source>
        <translation>应急指挥台</translation>
    </message>
    <message>
        <source>More new alerts: {count}; see the Alerts tab.</source>
        <translation>另有 {count} 条新提醒，请在“提醒”页查看。</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <source>Reminder</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级上报</translation>
    </message>
    <message>
        <source>Progress report due</source>
        <translation>进展报告到期</translation>
    </message>
    <message>
        <source>Warning waiting</source>
        <translation>预警待处理</translation>
    </message>
    <message>
        <source>Drill soon</source>
        <translation>演练即将开始</translation>
    </message>
    <message>
        <source>Drill starts</source>
        <translation>演练开始</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>预案复审到期</translation>
    </message>
    <message>
        <source>Drill overdue</source>
        <translation>演练逾期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Command group</source>
        <translation>应急领导小组</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Progress report every {every}</source>
        <translation>每 {every}报送进展报告</translation>
    </message>
    <message>
        <source>Raised by {who}</source>
        <translation>发起人：{who}</translation>
    </message>
    <message>
        <source>Version {version} is due for review</source>
        <translation>第 {version} 版到期待复审</translation>
    </message>
    <message>
        <source>A drill is due every {every}</source>
        <translation>每 {every}至少演练一次</translation>
    </message>
    <message>
        <source>{kind}: {subject} — incident {number} {title}</source>
        <translation>{kind}：{subject} — 事件 #{number} {title}</translation>
    </message>
    <message>
        <source>{kind}: {subject} — {plan}</source>
        <translation>{kind}：{subject} — {plan}</translation>
    </message>
    <message>
        <source>{who}, {time}</source>
        <translation>{who}，{time}</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Alerts for &amp;department:</source>
        <translation>按部门查看(&amp;D)：</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>正在读取提醒…</translation>
    </message>
    <message>
        <source>Open &amp;checklist (Enter)</source>
        <translation>打开任务清单(&amp;C)（回车）</translation>
    </message>
    <message>
        <source>&amp;Acknowledge (Ctrl+K)</source>
        <translation>确认收到(&amp;A)（Ctrl+K）</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll… (Ctrl+Shift+K)</source>
        <translation>全部确认(&amp;L)…（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>My departments</source>
        <translation>我的部门</translation>
    </message>
    <message>
        <source>Alerts ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <source>Not acknowledged: {alerts} · overdue tasks: {overdue}</source>
        <translation>未确认：{alerts} · 超时任务：{overdue}</translation>
    </message>
    <message>
        <source>Could not read the alerts: {error}</source>
        <translation>无法读取提醒：{error}</translation>
    </message>
    <message>
        <source>Alerts acknowledged: {count}.</source>
        <translation>已确认 {count} 条提醒。</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>确认全部提醒</translation>
    </message>
    <message>
        <source>Acknowledge every alert not acknowledged yet ({scope})? Alerts: {count}.</source>
        <translation>确认全部 {count} 条未确认的提醒（{scope}）？</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
</context>
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
    <name>Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>跟随系统(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>止(&amp;T)：</translation>
    </message>
    <message>
        <source>who (part of the name)</source>
        <translation>操作人（姓名的一部分）</translation>
    </message>
    <message>
        <source>&amp;Changes to:</source>
        <translation>变更对象(&amp;C)：</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>正在读取审计记录…</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Entries shown: {count}, newest first.</source>
        <translation>显示条目：{count}，最新的在前。</translation>
    </message>
    <message>
        <source>Only the newest {limit} are read: narrow the period.</source>
        <translation>仅读取最新的 {limit} 条：请缩小时间范围。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Entries written: {count}, to {path}.</source>
        <translation>已写入条目：{count}，保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>plan versions</source>
        <translation>预案版本</translation>
    </message>
    <message>
        <source>plan status steps</source>
        <translation>预案状态变更</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>incident tasks</source>
        <translation>事件任务</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>时间线事件</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>progress reports</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>situation figures</source>
        <translation>态势数据</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>improvement actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Intact: every entry checked ({count}).</source>
        <translation>完整：已校验全部条目（{count}）。</translation>
    </message>
    <message>
        <source>an entry was altered after it was written</source>
        <translation>有条目在写入后被修改</translation>
    </message>
    <message>
        <source>entries were deleted</source>
        <translation>有条目被删除</translation>
    </message>
    <message>
        <source>an entry was altered and hashed again</source>
        <translation>有条目被修改并重新计算了哈希</translation>
    </message>
    <message>
        <source>Broken at entry {seq} ({table}, row {row}): {problem}. Entries intact before it: {count}.</source>
        <translation>在第 {seq} 条断开（{table}，第 {row} 行）：{problem}。此前完整的条目：{count}。</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export reviews as PDFs</source>
        <translation>批量导出复盘报告 PDF</translation>
    </message>
    <message>
        <source>One PDF is written for every incident and drill closed in the period, with an index.csv listing them, into the folder chosen. Files of the same name there are replaced.</source>
        <translation>将为该期间内结束的每个突发事件和演练各生成一份 PDF，连同列出这些文件的 index.csv，保存到所选文件夹。文件夹中的同名文件将被替换。</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Closed &amp;from:</source>
        <translation>结束日期(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>选择 PDF 保存文件夹</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Choose the folder for the PDFs.</source>
        <translation>请选择 PDF 的保存文件夹。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>  … and {count} more</source>
        <translation>  ……另有 {count} 项</translation>
    </message>
    <message>
        <source>The level will be raised from {old} to {new}.</source>
        <translation>事件级别将由{old}升级为{new}。</translation>
    </message>
    <message>
        <source>The level will be lowered from {old} to {new}.</source>
        <translation>事件级别将由{old}降级为{new}。</translation>
    </message>
    <message>
        <source>Tasks to be added, due from now ({count}):</source>
        <translation>将新增的任务，时限自现在起计算（{count} 项）：</translation>
    </message>
    <message>
        <source>Open tasks that no longer apply and will be retired ({count}):</source>
        <translation>不再适用、将被撤销的未完成任务（{count} 项）：</translation>
    </message>
    <message>
        <source>Tasks timed from the start of {new} get their due times now: {count}.</source>
        <translation>自{new}阶段开始计时的任务现在获得截止时间：{count} 项。</translation>
    </message>
    <message>
        <source>Tasks still open: {open}, of which overdue: {overdue}. They stay open in the record.</source>
        <translation>仍未完成的任务：{open} 项，其中超时 {overdue} 项。它们将以未完成状态留在记录中。</translation>
    </message>
    <message>
        <source>No task is added or retired.</source>
        <translation>没有任务新增或撤销。</translation>
    </message>
    <message>
        <source>Done work stays done. The reason is recorded.</source>
        <translation>已完成的任务保持不变。原因将记入时间线。</translation>
    </message>
    <message>
        <source>Phase {old} ends and phase {new} starts now.</source>
        <translation>{old}阶段结束，{new}阶段现在开始。</translation>
    </message>
    <message>
        <source>Every task is done or set aside.</source>
        <translation>所有任务均已完成或已标记为不适用。</translation>
    </message>
    <message>
        <source>Closing ends the response: the incident can no longer be changed, and the post-incident review can begin.</source>
        <translation>结束即终止应急响应：事件将不能再修改，可开始总结评估（复盘）。</translation>
    </message>
</context>
<context>
    <name>BoardBody</name>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有超时任务。</translation>
    </message>
    <message>
        <source>{done} done · {open} open ({overdue} overdue)</source>
        <translation>已完成 {done} · 未完成 {open}（超时 {overdue}）</translation>
    </message>
    <message>
        <source>{done} done · {open} open</source>
        <translation>已完成 {done} · 未完成 {open}</translation>
    </message>
    <message>
        <source>Bars: green done · grey open · red overdue</source>
        <translation>条形：绿色已完成 · 灰色未完成 · 红色超时</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>各部门进度</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认收到(&amp;A)</translation>
    </message>
    <message>
        <source>Record &amp;figure…</source>
        <translation>记录态势数据(&amp;F)…</translation>
    </message>
    <message>
        <source>No situation figures recorded yet.</source>
        <translation>尚未记录态势数据。</translation>
    </message>
    <message>
        <source>Situation figures (latest)</source>
        <translation>态势数据（最新）</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>时间线（最新在前）</translation>
    </message>
    <message>
        <source>Overdue tasks ({count})</source>
        <translation>超时任务（{count}）</translation>
    </message>
    <message>
        <source>Progress reports ({waiting} to acknowledge)</source>
        <translation>进展报告（{waiting} 份待确认）</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll ({count})</source>
        <translation>全部确认(&amp;L)（{count}）</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Raise level</source>
        <translation>事件升级</translation>
    </message>
    <message>
        <source>Lower level</source>
        <translation>事件降级</translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation>升级为{level}</translation>
    </message>
    <message>
        <source>Lower to {level}</source>
        <translation>降级为{level}</translation>
    </message>
    <message>
        <source>Level is now {level}. Tasks added: {added}; retired: {retired}.</source>
        <translation>事件级别已调整为{level}。新增任务 {added} 项，撤销 {retired} 项。</translation>
    </message>
    <message>
        <source>Advance phase</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>Start {phase}</source>
        <translation>开始{phase}阶段</translation>
    </message>
    <message>
        <source>Phase {phase} started.</source>
        <translation>{phase}阶段已开始。</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>结束事件</translation>
    </message>
    <message>
        <source>The incident is closed. Tasks left open: {open}.</source>
        <translation>事件已结束。未完成任务 {open} 项。</translation>
    </message>
    <message>
        <source>Task added for {department}.</source>
        <translation>已为{department}添加任务。</translation>
    </message>
    <message>
        <source>{figure} recorded.</source>
        <translation>已记录{figure}。</translation>
    </message>
    <message>
        <source>Progress reports acknowledged: {count}.</source>
        <translation>已确认进展报告 {count} 份。</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Incident clock</source>
        <translation>事件计时</translation>
    </message>
    <message>
        <source>Closed {time} by {who}: {reason}</source>
        <translation>已于 {time} 由 {who} 结束：{reason}</translation>
    </message>
    <message>
        <source>Plan: {plan} (version {version}) · Category: {category} · Declared {time} by {who} · Status: {status}</source>
        <translation>预案：{plan}（第 {version} 版） · 类别：{category} · {who} 于 {time} 宣布 · 状态：{status}</translation>
    </message>
    <message>
        <source>Started {start}</source>
        <translation>开始于 {start}</translation>
    </message>
    <message>
        <source>Ended {end}</source>
        <translation>结束于 {end}</translation>
    </message>
</context>
<context>
    <name>CancelDrillDialog</name>
    <message>
        <source>Cancel drill</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>Kept with the drill</source>
        <translation>将随演练记录保存</translation>
    </message>
    <message>
        <source>Keep drill</source>
        <translation>保留演练</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the drill.</source>
        <translation>请填写取消演练的原因。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>ChecklistChoosers</name>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Open ({count})</source>
        <translation>未完成（{count}）</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>超时（{count}）</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>全部（{count}）</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Send progress &amp;report…</source>
        <translation>发送进展报告(&amp;R)…</translation>
    </message>
    <message>
        <source>✓ &amp;Done (Space)</source>
        <translation>✓ 完成(&amp;D)（空格）</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable…</source>
        <translation>不适用(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>指派(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;etails (Enter)</source>
        <translation>详情(&amp;E)（回车）</translation>
    </message>
    <message>
        <source>Department checklist</source>
        <translation>部门任务清单</translation>
    </message>
    <message>
        <source>{department} — {title} — Department checklist</source>
        <translation>{department} — {title} — 部门任务清单</translation>
    </message>
    <message>
        <source>No incident is running.</source>
        <translation>当前没有进行中的事件。</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>阶段：{phase}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Nothing to show here: choose another filter.</source>
        <translation>这里没有任务：请选择其他筛选条件。</translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <source>Department checklist</source>
        <translation>部门任务清单</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>将所选任务标记为完成</translation>
    </message>
    <message>
        <source>Next open task</source>
        <translation>下一项未完成任务</translation>
    </message>
    <message>
        <source>Send progress report…</source>
        <translation>发送进展报告…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>Could not refresh ({error}); shown as of {time}</source>
        <translation>无法刷新（{error}）；当前显示的是 {time} 的数据</translation>
    </message>
    <message>
        <source>Done: {task}</source>
        <translation>已完成：{task}</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>重新打开任务</translation>
    </message>
    <message>
        <source>“{task}” will be open again. Say why.</source>
        <translation>“{task}”将重新打开。请说明原因。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reopened: {task}</source>
        <translation>已重新打开：{task}</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>“{task}” will be set aside as not applicable to this incident. Say why.</source>
        <translation>“{task}”将标记为不适用于本事件。请说明原因。</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>标记为不适用</translation>
    </message>
    <message>
        <source>Not applicable: {task}</source>
        <translation>不适用：{task}</translation>
    </message>
    <message>
        <source>Assign task</source>
        <translation>指派任务</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>负责人(&amp;P)：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Assigned: {task}</source>
        <translation>已指派：{task}</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Note added: {task}</source>
        <translation>已添加备注：{task}</translation>
    </message>
    <message>
        <source>Progress report sent to the command group.</source>
        <translation>进展报告已发送至应急领导小组。</translation>
    </message>
</context>
<context>
    <name>CommandBoard</name>
    <message>
        <source>Command board — incident {id}</source>
        <translation>指挥看板 — 事件 {id}</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>正在读取看板…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Raise level…</source>
        <translation>事件升级…</translation>
    </message>
    <message>
        <source>Lower level…</source>
        <translation>事件降级…</translation>
    </message>
    <message>
        <source>Advance phase…</source>
        <translation>进入下一阶段…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Record figure…</source>
        <translation>记录态势数据…</translation>
    </message>
    <message>
        <source>Close incident…</source>
        <translation>结束事件…</translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation>打开复盘…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{title} — Command board</source>
        <translation>{title} — 指挥看板</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>Could not refresh ({error}); shown as of {time}</source>
        <translation>无法刷新（{error}）；当前显示的是 {time} 的数据</translation>
    </message>
    <message>
        <source>Command board</source>
        <translation>指挥看板</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>The database this computer uses. One desktop alone can keep it in a file; several desktops share one PostgreSQL server.</source>
        <translation>本机使用的数据库。单台电脑可使用一个数据库文件；多台电脑共用一台 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>例如：</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file.</source>
        <translation>保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is not saved, and CommandPost asks for it at start.</source>
        <translation>本机没有密钥环：密码不会被保存，应急指挥台会在启动时询问。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>数据库地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter a database URL first.</source>
        <translation>请先输入数据库地址。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: {server}, schema {schema}.</source>
        <translation>已连接：{server}，数据结构版本 {schema}。</translation>
    </message>
    <message>
        <source>Connected: {server}, an empty database (CommandPost creates its tables at first start).</source>
        <translation>已连接：{server}，空数据库（应急指挥台会在首次启动时创建数据表）。</translation>
    </message>
    <message>
        <source>Connected: {server}, schema {schema} (CommandPost upgrades it at start).</source>
        <translation>已连接：{server}，数据结构版本 {schema}（应急指挥台会在启动时升级）。</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
    <message>
        <source>The connection was saved. It applies when CommandPost starts again.</source>
        <translation>连接已保存，将在应急指挥台下次启动时生效。</translation>
    </message>
    <message>
        <source>The password was not saved: this computer has no keyring. CommandPost asks for it at start.</source>
        <translation>密码未保存：本机没有密钥环。应急指挥台会在启动时询问密码。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>COMMANDPOST_DB is set on this computer; it takes precedence over the saved connection.</source>
        <translation>本机设置了 COMMANDPOST_DB 环境变量，它优先于已保存的连接。</translation>
    </message>
    <message>
        <source>CommandPost was started with --db; the saved connection applies when it is started without it.</source>
        <translation>应急指挥台是用 --db 参数启动的；不带该参数启动时才使用已保存的连接。</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Password for {database}:
(This computer has no keyring; the password is kept only while CommandPost runs.)</source>
        <translation>{database} 的密码：
（本机没有密钥环，密码只在应急指挥台运行期间保留。）</translation>
    </message>
</context>
<context>
    <name>CoreAccess</name>
    <message>
        <source>acknowledge an alert</source>
        <translation>确认提醒</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>change the plan library</source>
        <translation>修改预案库</translation>
    </message>
    <message>
        <source>command lead</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <source>department liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>direct an incident</source>
        <translation>指挥事件处置</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>nobody is signed in; sign in first</source>
        <translation>尚未登录；请先登录</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>report for a department</source>
        <translation>代表部门报送</translation>
    </message>
    <message>
        <source>schedule or cancel drills</source>
        <translation>安排或取消演练</translation>
    </message>
    <message>
        <source>the user {user} is disabled</source>
        <translation>用户 {user} 已停用</translation>
    </message>
    <message>
        <source>there is no user {user!r}; sign in as a user</source>
        <translation>没有用户“{user}”；请以已有用户身份登录</translation>
    </message>
    <message>
        <source>work a task</source>
        <translation>处理任务</translation>
    </message>
    <message>
        <source>write a review</source>
        <translation>撰写复盘</translation>
    </message>
    <message>
        <source>{role}: {departments}</source>
        <translation>{role}：{departments}</translation>
    </message>
    <message>
        <source>{user} ({roles})</source>
        <translation>{user}（{roles}）</translation>
    </message>
    <message>
        <source>{who} may not {what}</source>
        <translation>{who}无权{what}</translation>
    </message>
    <message>
        <source>{who} may not {what} of {departments}</source>
        <translation>{who}无权{what}（部门：{departments}）</translation>
    </message>
</context>
<context>
    <name>CoreAlerts</name>
    <message>
        <source>acknowledge alerts</source>
        <translation>确认提醒</translation>
    </message>
    <message>
        <source>acknowledge an alert</source>
        <translation>确认提醒</translation>
    </message>
    <message>
        <source>there is no alert {alert}</source>
        <translation>没有编号为 {alert} 的提醒</translation>
    </message>
</context>
<context>
    <name>CoreConflicts</name>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>assigned to {person}</source>
        <translation>指派给 {person}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>edited ({sections})</source>
        <translation>编辑（{sections}）</translation>
    </message>
    <message>
        <source>given a new due time</source>
        <translation>设定了新的截止时间</translation>
    </message>
    <message>
        <source>held</source>
        <translation>标记为已举行</translation>
    </message>
    <message>
        <source>improvements</source>
        <translation>改进方向</translation>
    </message>
    <message>
        <source>linked to plan {plan}</source>
        <translation>关联到预案{plan}</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>标记为不适用</translation>
    </message>
    <message>
        <source>moved from level {old} to {new}</source>
        <translation>将级别由“{old}”调整为“{new}”</translation>
    </message>
    <message>
        <source>moved from phase {old} to {new}</source>
        <translation>将阶段由“{old}”推进到“{new}”</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>replaced by a new revision</source>
        <translation>由新修订版取代</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>retired by a level change</source>
        <translation>因级别调整而撤销</translation>
    </message>
    <message>
        <source>returned to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>shortcomings</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>做得好的方面</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>task {task} &apos;{title}&apos;{other}</source>
        <translation>任务 {task}“{title}”</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>勾选完成</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>取消指派</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}并{second}</translation>
    </message>
    <message>
        <source>{record} was changed after you opened it; your change was not saved</source>
        <translation>您打开{record}后，它已被他人修改；您的修改未保存</translation>
    </message>
    <message>
        <source>{record} was changed {times} times after you opened it, last {what} by {actor} at {moment}; your change was not saved</source>
        <translation>您打开{record}后，它已被修改 {times} 次，最近一次由 {actor} 于 {moment} {what}；您的修改未保存</translation>
    </message>
    <message>
        <source>{record} was {what} by {actor} at {moment} after you opened it; your change was not saved</source>
        <translation>您打开{record}后，它已由 {actor} 于 {moment} {what}；您的修改未保存</translation>
    </message>
</context>
<context>
    <name>CoreDrills</name>
    <message>
        <source>a reason for cancelling the drill</source>
        <translation>取消演练的原因</translation>
    </message>
    <message>
        <source>a scenario for the drill</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>at least one department must take part in the drill</source>
        <translation>至少需要一个部门参加演练</translation>
    </message>
    <message>
        <source>cancel drills</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>drill {drill} &apos;{scenario}&apos;</source>
        <translation>演练 {drill}“{scenario}”</translation>
    </message>
    <message>
        <source>drill {drill} is already cancelled</source>
        <translation>演练 {drill} 已取消</translation>
    </message>
    <message>
        <source>plan {plan!r} has no approved version; drills are scheduled on approved plans</source>
        <translation>预案“{plan}”没有已批准的版本；演练只能按已批准的预案安排</translation>
    </message>
    <message>
        <source>plan {plan!r} has no department {unknown}; its departments are {known}</source>
        <translation>预案“{plan}”中没有部门 {unknown}；其部门为：{known}</translation>
    </message>
    <message>
        <source>plan {plan!r} has no level {level!r}; its levels are {levels}</source>
        <translation>预案“{plan}”中没有级别“{level}”；其级别为：{levels}</translation>
    </message>
    <message>
        <source>schedule drills</source>
        <translation>安排演练</translation>
    </message>
    <message>
        <source>the drill time</source>
        <translation>演练时间</translation>
    </message>
    <message>
        <source>the drill time {at} has passed; choose a later time</source>
        <translation>演练时间 {at} 已过；请选择更晚的时间</translation>
    </message>
    <message>
        <source>the reminder time: {reason}</source>
        <translation>提前提醒时间：{reason}</translation>
    </message>
    <message>
        <source>there is no drill {drill}</source>
        <translation>没有编号为 {drill} 的演练</translation>
    </message>
</context>
<context>
    <name>CoreIncidents</name>
    <message>
        <source> (in order)</source>
        <translation>（按顺序）</translation>
    </message>
    <message>
        <source> (lowest first)</source>
        <translation>（由低到高）</translation>
    </message>
    <message>
        <source>a progress report needs at least one of: what is done, what is being done, what help is needed</source>
        <translation>进展报告至少需要填写一项：已完成的工作、正在进行的工作、需要的支援</translation>
    </message>
    <message>
        <source>a reason for changing the level</source>
        <translation>调整级别的原因</translation>
    </message>
    <message>
        <source>a reason for closing the incident</source>
        <translation>结束事件的原因</translation>
    </message>
    <message>
        <source>a reason for dismissing the warning</source>
        <translation>解除预警的原因</translation>
    </message>
    <message>
        <source>a reason for marking the task not applicable</source>
        <translation>将任务标记为不适用的原因</translation>
    </message>
    <message>
        <source>a reason for reopening the task</source>
        <translation>重新打开任务的原因</translation>
    </message>
    <message>
        <source>a title for the incident</source>
        <translation>事件标题</translation>
    </message>
    <message>
        <source>acknowledge a progress report</source>
        <translation>确认进展报告</translation>
    </message>
    <message>
        <source>activated (incident {incident})</source>
        <translation>启动响应（事件 {incident}）</translation>
    </message>
    <message>
        <source>activated by {actor} at {at} (incident {incident})</source>
        <translation>由 {actor} 于 {at} 启动响应（事件 {incident}）</translation>
    </message>
    <message>
        <source>add a note to a task</source>
        <translation>为任务添加备注</translation>
    </message>
    <message>
        <source>add a task to an incident</source>
        <translation>为事件添加任务</translation>
    </message>
    <message>
        <source>advance an incident&apos;s phase</source>
        <translation>推进事件阶段</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>assign a task</source>
        <translation>指派任务</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>change an incident&apos;s level</source>
        <translation>调整事件级别</translation>
    </message>
    <message>
        <source>close an incident</source>
        <translation>结束事件</translation>
    </message>
    <message>
        <source>declare a drill</source>
        <translation>宣布演练</translation>
    </message>
    <message>
        <source>declare an incident</source>
        <translation>宣布突发事件</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>dismiss a warning</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>dismissed by {actor} at {at}</source>
        <translation>由 {actor} 于 {at} 解除</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>incident {incident} &apos;{title}&apos;</source>
        <translation>事件 {incident}“{title}”</translation>
    </message>
    <message>
        <source>incident {incident} has no task {task!r}</source>
        <translation>事件 {incident} 中没有任务“{task}”</translation>
    </message>
    <message>
        <source>incident {incident} is already at level {level!r}</source>
        <translation>事件 {incident} 已处于级别“{level}”</translation>
    </message>
    <message>
        <source>incident {incident} is already in phase {phase!r}</source>
        <translation>事件 {incident} 已处于阶段“{phase}”</translation>
    </message>
    <message>
        <source>incident {incident} is at level {level!r} (levels, lowest first: {levels}); it cannot be lowered by {steps} steps</source>
        <translation>事件 {incident} 处于级别“{level}”（级别由低到高：{levels}）；不能降低 {steps} 级</translation>
    </message>
    <message>
        <source>incident {incident} is at level {level!r} (levels, lowest first: {levels}); it cannot be raised by {steps} steps</source>
        <translation>事件 {incident} 处于级别“{level}”（级别由低到高：{levels}）；不能升高 {steps} 级</translation>
    </message>
    <message>
        <source>incident {incident} is at level {level!r}, the highest of plan {plan!r} (levels, lowest first: {levels}); it cannot be raised further</source>
        <translation>事件 {incident} 已处于级别“{level}”，即预案“{plan}”的最高级别（级别由低到高：{levels}）；不能再升级</translation>
    </message>
    <message>
        <source>incident {incident} is at level {level!r}, the lowest of plan {plan!r} (levels, lowest first: {levels}); it cannot be lowered further</source>
        <translation>事件 {incident} 已处于级别“{level}”，即预案“{plan}”的最低级别（级别由低到高：{levels}）；不能再降级</translation>
    </message>
    <message>
        <source>incident {incident} is closed; a closed incident cannot be changed</source>
        <translation>事件 {incident} 已结束；已结束的事件不能再修改</translation>
    </message>
    <message>
        <source>incident {incident} is in its last phase ({phase!r}); no phase comes after it: close the incident to end the response</source>
        <translation>事件 {incident} 已处于最后阶段（“{phase}”）；之后没有其他阶段：请结束事件以结束响应</translation>
    </message>
    <message>
        <source>incident {incident} is in phase {phase!r}, after {to!r}; phases only move forward</source>
        <translation>事件 {incident} 处于阶段“{phase}”，已在“{to}”之后；阶段只能向前推进</translation>
    </message>
    <message>
        <source>incident {incident} was closed by {actor} at {at}; a closed incident cannot be changed</source>
        <translation>事件 {incident} 已由 {actor} 于 {at} 结束；已结束的事件不能再修改</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>mark a task not applicable</source>
        <translation>将任务标记为不适用</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>plan version {version} is missing</source>
        <translation>缺少预案版本 {version}</translation>
    </message>
    <message>
        <source>plan {plan!r} has no approved version ({held}); an incident runs only on an approved plan</source>
        <translation>预案“{plan}”没有已批准的版本（{held}）；事件只能按已批准的预案处置</translation>
    </message>
    <message>
        <source>plan {plan!r} has no situation figure {key!r}; its figures are {keys}</source>
        <translation>预案“{plan}”中没有态势数据“{key}”；其态势数据为：{keys}</translation>
    </message>
    <message>
        <source>plan {plan!r} has no {what} {key!r}; its {whats} are {keys}{order}</source>
        <translation>预案“{plan}”中没有{what}“{key}”；其{whats}为：{keys}{order}</translation>
    </message>
    <message>
        <source>plan {plan!r} names no situation figures</source>
        <translation>预案“{plan}”未定义态势数据</translation>
    </message>
    <message>
        <source>progress report {report} was already acknowledged by {actor} at {at}</source>
        <translation>进展报告 {report} 已由 {actor} 于 {at} 确认</translation>
    </message>
    <message>
        <source>raise a warning</source>
        <translation>发布预警</translation>
    </message>
    <message>
        <source>record a situation figure</source>
        <translation>记录态势数据</translation>
    </message>
    <message>
        <source>reopen a task</source>
        <translation>重新打开任务</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>send a progress report</source>
        <translation>发送进展报告</translation>
    </message>
    <message>
        <source>situation figure {key!r} must be a finite number, not {value}</source>
        <translation>态势数据“{key}”必须是有限的数字，而不是 {value}</translation>
    </message>
    <message>
        <source>situation figure {key!r} must be a number, not {value}</source>
        <translation>态势数据“{key}”必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <source>someone else changed this at the same moment; your change was not saved</source>
        <translation>他人在同一时刻修改了此项；您的修改未保存</translation>
    </message>
    <message>
        <source>task {task!r} does not apply at level {level!r} and was retired; a retired task cannot be ticked</source>
        <translation>任务“{task}”不适用于级别“{level}”，已撤销；已撤销的任务不能勾选完成</translation>
    </message>
    <message>
        <source>task {task!r} is already assigned to {person}</source>
        <translation>任务“{task}”已指派给 {person}</translation>
    </message>
    <message>
        <source>task {task!r} is already done</source>
        <translation>任务“{task}”已完成</translation>
    </message>
    <message>
        <source>task {task!r} is already done by {actor} at {at}</source>
        <translation>任务“{task}”已由 {actor} 于 {at} 完成</translation>
    </message>
    <message>
        <source>task {task!r} is already open</source>
        <translation>任务“{task}”已处于未完成状态</translation>
    </message>
    <message>
        <source>task {task!r} is marked not applicable; reopen it before ticking it</source>
        <translation>任务“{task}”已标记为不适用；请先重新打开再勾选完成</translation>
    </message>
    <message>
        <source>task {task!r} is {state}; only an open task can be marked not applicable</source>
        <translation>任务“{task}”{state}；只有未完成的任务才能标记为不适用</translation>
    </message>
    <message>
        <source>task {task!r} was retired by a level change; it comes back only when the level it applies at is set again</source>
        <translation>任务“{task}”因级别调整已撤销；只有重新调整到它适用的级别时才会恢复</translation>
    </message>
    <message>
        <source>task {task!r} was retired; it cannot be assigned</source>
        <translation>任务“{task}”已撤销，不能指派</translation>
    </message>
    <message>
        <source>the Chinese text of {what}</source>
        <translation>{what}的中文内容</translation>
    </message>
    <message>
        <source>the English text of {what}</source>
        <translation>{what}的英文内容</translation>
    </message>
    <message>
        <source>the acting user</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>the clock</source>
        <translation>系统时钟</translation>
    </message>
    <message>
        <source>the declaration time</source>
        <translation>宣布时间</translation>
    </message>
    <message>
        <source>the declaration time {at} is in the future; an incident can be recorded after the fact, never ahead of time</source>
        <translation>宣布时间 {at} 晚于当前时间；事件可以事后补录，但不能提前记录</translation>
    </message>
    <message>
        <source>the due time</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>the due time of task {task!r} ({within}) cannot be set: {reason}</source>
        <translation>无法设定任务“{task}”的截止时间（{within}）：{reason}</translation>
    </message>
    <message>
        <source>the level would stay the same</source>
        <translation>级别没有变化</translation>
    </message>
    <message>
        <source>the name of the person to assign the task to</source>
        <translation>任务指派对象的姓名</translation>
    </message>
    <message>
        <source>the official holiday calendar known to this CommandPost covers {first}–{last}; {day} is outside it, so working days cannot be counted there. Install a newer CommandPost once the State Council has published that year&apos;s holidays, or give the task a limit in calendar days.</source>
        <translation>本应急指挥台所含的法定节假日日历覆盖 {first}–{last} 年；{day} 不在其范围内，无法计算工作日。请在国务院公布该年度节假日安排后安装更新版本，或改用自然日作为任务时限。</translation>
    </message>
    <message>
        <source>the task&apos;s detail</source>
        <translation>任务说明</translation>
    </message>
    <message>
        <source>the task&apos;s title</source>
        <translation>任务标题</translation>
    </message>
    <message>
        <source>the text of the note</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>the time of the figure</source>
        <translation>态势数据的时间</translation>
    </message>
    <message>
        <source>the time {at} is in the future</source>
        <translation>时间 {at} 晚于当前时间</translation>
    </message>
    <message>
        <source>there is no incident {incident}</source>
        <translation>没有编号为 {incident} 的事件</translation>
    </message>
    <message>
        <source>there is no plan {plan!r} in the library</source>
        <translation>预案库中没有预案“{plan}”</translation>
    </message>
    <message>
        <source>there is no progress report {report}</source>
        <translation>没有编号为 {report} 的进展报告</translation>
    </message>
    <message>
        <source>there is no task {task}</source>
        <translation>没有编号为 {task} 的任务</translation>
    </message>
    <message>
        <source>there is no warning {warning}</source>
        <translation>没有编号为 {warning} 的预警</translation>
    </message>
    <message>
        <source>tick a task</source>
        <translation>勾选完成任务</translation>
    </message>
    <message>
        <source>version {version} is {status}</source>
        <translation>第 {version} 版为{status}</translation>
    </message>
    <message>
        <source>warning {warning} was already {outcome}</source>
        <translation>预警 {warning} 已{outcome}</translation>
    </message>
    <message>
        <source>warning {warning} was raised for a drill; declare a drill from it</source>
        <translation>预警 {warning} 是为演练发布的；请据此宣布演练</translation>
    </message>
    <message>
        <source>warning {warning} was raised for a real incident; a drill cannot be declared from it</source>
        <translation>预警 {warning} 是为真实事件发布的；不能据此宣布演练</translation>
    </message>
    <message>
        <source>warning {warning} was raised on plan {plan!r}, not on {other!r}</source>
        <translation>预警 {warning} 是按预案“{plan}”发布的，而不是“{other}”</translation>
    </message>
    <message>
        <source>{what} is required</source>
        <translation>请填写{what}</translation>
    </message>
    <message>
        <source>{what} must carry a time zone</source>
        <translation>{what}必须带有时区</translation>
    </message>
</context>
<context>
    <name>CoreNotes</name>
    <message>
        <source>imported from {name}</source>
        <translation>从 {name} 导入</translation>
    </message>
    <message>
        <source>shipped with CommandPost</source>
        <translation>随应急指挥台提供</translation>
    </message>
    <message>
        <source>superseded by version {version}</source>
        <translation>已被第 {version} 版取代</translation>
    </message>
    <message>
        <source>text replaced</source>
        <translation>内容已替换</translation>
    </message>
</context>
<context>
    <name>CorePlanFile</name>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>none defined: add one under the plan&apos;s departments</source>
        <translation>预案中尚未定义：请在预案的 departments（部门）下添加</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>none defined: add one under the plan&apos;s phases</source>
        <translation>预案中尚未定义：请在预案的 phases（阶段）下添加</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>none defined: add one under the plan&apos;s levels</source>
        <translation>预案中尚未定义：请在预案的 levels（级别）下添加</translation>
    </message>
    <message>
        <source>category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>none defined: add one under the plan&apos;s categories</source>
        <translation>预案中尚未定义：请在预案的 categories（事件类别）下添加</translation>
    </message>
    <message>
        <source>escalation rule</source>
        <translation>升级规则</translation>
    </message>
    <message>
        <source>none defined: add one under the plan&apos;s escalation rules</source>
        <translation>预案中尚未定义：请在预案的 escalation（升级规则）下添加</translation>
    </message>
    <message>
        <source>a cycle is counted in days, months or years, not working days</source>
        <translation>周期以天、月或年计，不能以工作日计</translation>
    </message>
    <message>
        <source>unknown {what} {value}; expected one of {choices}</source>
        <translation>未知的{what} {value}；应为以下之一：{choices}</translation>
    </message>
    <message>
        <source>duplicate key {key}; {collection}[{index}] already uses it</source>
        <translation>键名 {key} 重复；{collection}[{index}] 已使用该键名</translation>
    </message>
    <message>
        <source>levels are listed lowest first with ranks 1, 2, 3…; expected rank {rank}, got {given}</source>
        <translation>级别按从低到高排列，等级依次为 1、2、3…；此处应为 {rank}，实际为 {given}</translation>
    </message>
    <message>
        <source>expected a positive duration, got {given}</source>
        <translation>应为大于零的时长，实际为 {given}</translation>
    </message>
    <message>
        <source>{file}:{line}: {field}: {message}</source>
        <translation>预案文件 {file} 第 {line} 行，字段 {field}：{message}</translation>
    </message>
    <message>
        <source>{file}:{line}: {message}</source>
        <translation>预案文件 {file} 第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>{file}: {field}: {message}</source>
        <translation>预案文件 {file}，字段 {field}：{message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>预案文件 {file}：{message}</translation>
    </message>
    <message>
        <source>cannot read file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本；请另存为 UTF-8 编码</translation>
    </message>
    <message>
        <source>not valid YAML: {what}</source>
        <translation>不是有效的 YAML：{what}</translation>
    </message>
    <message>
        <source>the file is empty; expected a plan</source>
        <translation>文件为空；应为一份预案</translation>
    </message>
    <message>
        <source>expected a plan: a mapping of fields (id: …, title: …)</source>
        <translation>应为一份预案：由字段组成的映射（id: …, title: …）</translation>
    </message>
    <message>
        <source>this version of CommandPost reads plan format {version}, got {given}</source>
        <translation>本版应急指挥台读取第 {version} 版预案格式，文件中为 {given}</translation>
    </message>
    <message>
        <source>a key: lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>键名：小写字母、数字、“_”或“-”，以字母或数字开头</translation>
    </message>
    <message>
        <source>a colour written #RRGGBB, e.g. &apos;#C62828&apos;</source>
        <translation>写作 #RRGGBB 的颜色，如 &apos;#C62828&apos;</translation>
    </message>
    <message>
        <source>a time of day written HH:MM, e.g. &apos;08:00&apos;</source>
        <translation>写作 HH:MM 的时刻，如 &apos;08:00&apos;</translation>
    </message>
    <message>
        <source>expected a text in both languages, {{zh: …, en: …}}, got {given}</source>
        <translation>应为中英两种语言的文字 {{zh: …, en: …}}，实际为 {given}</translation>
    </message>
    <message>
        <source>expected a mapping of fields, got {given}</source>
        <translation>应为由字段组成的映射，实际为 {given}</translation>
    </message>
    <message>
        <source>expected a list, got {given}</source>
        <translation>应为列表，实际为 {given}</translation>
    </message>
    <message>
        <source>expected {what}, got {given}</source>
        <translation>应为{what}，实际为 {given}</translation>
    </message>
    <message>
        <source>expected text, got {given}</source>
        <translation>应为文字，实际为 {given}</translation>
    </message>
    <message>
        <source>expected a whole number, got {given}</source>
        <translation>应为整数，实际为 {given}</translation>
    </message>
    <message>
        <source>expected a number, got {given}</source>
        <translation>应为数字，实际为 {given}</translation>
    </message>
    <message>
        <source>expected a number ≥ {least}, got {given}</source>
        <translation>应为不小于 {least} 的数字，实际为 {given}</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>unknown field {field}; expected one of {allowed}</source>
        <translation>未知字段 {field}；应为以下之一：{allowed}</translation>
    </message>
    <message>
        <source>text matching {pattern}</source>
        <translation>符合 {pattern} 的文字</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected at least {count} item(s); the list is empty</source>
        <translation>至少需要 {count} 项；列表为空</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>一个映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
</context>
<context>
    <name>CorePlans</name>
    <message>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>a whole number and a unit: s, min, h, d, wd (working days), mo or y, e.g. &apos;30 min&apos;</source>
        <translation>整数加单位：s（秒）、min（分钟）、h（小时）、d（天）、wd（工作日）、mo（月）或 y（年），例如“30 min”</translation>
    </message>
    <message>
        <source>approve plans</source>
        <translation>批准预案</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>expected a duration ({help}), got {text}</source>
        <translation>应填写时长（{help}），实际为 {text}</translation>
    </message>
    <message>
        <source>import plans</source>
        <translation>导入预案</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>plan {plan!r} has no version {version}; it has {versions}</source>
        <translation>预案“{plan}”没有第 {version} 版；现有版本：{versions}</translation>
    </message>
    <message>
        <source>retire plans</source>
        <translation>停用预案</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>return plans to draft</source>
        <translation>将预案退回草稿</translation>
    </message>
    <message>
        <source>submit plans for review</source>
        <translation>提交预案审核</translation>
    </message>
    <message>
        <source>there is no plan {plan!r} in the library</source>
        <translation>预案库中没有预案“{plan}”</translation>
    </message>
    <message>
        <source>version {version} of plan {plan!r}</source>
        <translation>预案“{plan}”第 {version} 版</translation>
    </message>
    <message>
        <source>{done} by {actor} at {at}</source>
        <translation>由 {actor} 于 {at} {done}</translation>
    </message>
    <message>
        <source>{file}: version {version} of plan {plan!r} is {status} and its text cannot change; give the file version {next} and import it again as a new draft</source>
        <translation>{file}：预案“{plan}”第 {version} 版为{status}，内容不能修改；请将文件中的版本改为 {next}，再作为新草稿导入</translation>
    </message>
    <message>
        <source>{name} is {status}; it cannot become {target}</source>
        <translation>{name}当前为{status}，不能改为{target}</translation>
    </message>
    <message>
        <source>{name} was already {by}; your change was not saved</source>
        <translation>{name}已{by}；您的修改未保存</translation>
    </message>
    <message>
        <source>{name} was {by}, so it cannot be {target}; your change was not saved</source>
        <translation>{name}已{by}，因此不能再{target}；您的修改未保存</translation>
    </message>
</context>
<context>
    <name>CoreReviews</name>
    <message>
        <source>a description of the improvement action</source>
        <translation>改进措施的说明</translation>
    </message>
    <message>
        <source>a reason for a new revision of the review</source>
        <translation>新建复盘修订版的原因</translation>
    </message>
    <message>
        <source>a reason for reopening the improvement action</source>
        <translation>重新打开改进措施的原因</translation>
    </message>
    <message>
        <source>add an improvement action</source>
        <translation>添加改进措施</translation>
    </message>
    <message>
        <source>an objective of the drill is empty; write it or leave it out</source>
        <translation>有一条演练目标为空；请填写或删除</translation>
    </message>
    <message>
        <source>change it</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>complete an improvement action</source>
        <translation>完成改进措施</translation>
    </message>
    <message>
        <source>improvement action {action} &apos;{title}&apos;</source>
        <translation>改进措施 {action}“{title}”</translation>
    </message>
    <message>
        <source>improvement action {action} is already linked to plan {plan!r} version {version}</source>
        <translation>改进措施 {action} 已关联到预案“{plan}”第 {version} 版</translation>
    </message>
    <message>
        <source>improvement action {action} is open; only a done action can be reopened</source>
        <translation>改进措施 {action} 尚未完成；只有已完成的措施才能重新打开</translation>
    </message>
    <message>
        <source>improvement action {action} was already done</source>
        <translation>改进措施 {action} 已完成</translation>
    </message>
    <message>
        <source>improvement action {action} was already done by {actor} at {at}</source>
        <translation>改进措施 {action} 已由 {actor} 于 {at} 完成</translation>
    </message>
    <message>
        <source>incident {incident} is not a drill; its report is the incident review</source>
        <translation>事件 {incident} 不是演练；它的报告是突发事件复盘报告</translation>
    </message>
    <message>
        <source>incident {incident} is not a drill; objectives and ratings belong to the review of a drill</source>
        <translation>事件 {incident} 不是演练；演练目标和评分结果只属于演练的复盘</translation>
    </message>
    <message>
        <source>incident {incident} is still active; a review opens when the response closes</source>
        <translation>事件 {incident} 仍在进行中；响应结束后才能开始复盘</translation>
    </message>
    <message>
        <source>link an improvement action</source>
        <translation>关联改进措施</translation>
    </message>
    <message>
        <source>open a review</source>
        <translation>开启复盘</translation>
    </message>
    <message>
        <source>performed with major challenges</source>
        <translation>完成，遇到重大困难</translation>
    </message>
    <message>
        <source>performed with some challenges</source>
        <translation>完成，遇到一些困难</translation>
    </message>
    <message>
        <source>performed without challenges</source>
        <translation>顺利完成，未遇到困难</translation>
    </message>
    <message>
        <source>plan {plan!r} has no version {version}; its versions are {versions}</source>
        <translation>预案“{plan}”没有第 {version} 版；现有版本：{versions}</translation>
    </message>
    <message>
        <source>reopen an improvement action</source>
        <translation>重新打开改进措施</translation>
    </message>
    <message>
        <source>revision {revision} of the review of incident {incident}</source>
        <translation>事件 {incident} 复盘的第 {revision} 版</translation>
    </message>
    <message>
        <source>say what to change: a section of the review, the objectives or the ratings</source>
        <translation>请说明要修改的内容：复盘的某一部分、演练目标或评分结果</translation>
    </message>
    <message>
        <source>sign off a review</source>
        <translation>签批复盘</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>signed off by {actor} at {at}</source>
        <translation>由 {actor} 于 {at} 签批</translation>
    </message>
    <message>
        <source>start a new revision of a review</source>
        <translation>新建复盘修订版</translation>
    </message>
    <message>
        <source>the department or capability a rating is for</source>
        <translation>评分对应的部门或能力</translation>
    </message>
    <message>
        <source>the due date of an improvement action is a day, not a time</source>
        <translation>改进措施的完成期限是日期，而不是时刻</translation>
    </message>
    <message>
        <source>the end of the period</source>
        <translation>时间段的结束</translation>
    </message>
    <message>
        <source>the end of the period comes before its start</source>
        <translation>时间段的结束早于开始</translation>
    </message>
    <message>
        <source>the objectives are a list, one objective each</source>
        <translation>演练目标应逐条列出，每条一个目标</translation>
    </message>
    <message>
        <source>the plan the improvement action led to</source>
        <translation>改进措施所落实到的预案</translation>
    </message>
    <message>
        <source>the rating {rating} for {subject} is not on the HSEEP scale: {scale}</source>
        <translation>{subject} 的评分 {rating} 不在 HSEEP 评分标准内：{scale}</translation>
    </message>
    <message>
        <source>the start of the period</source>
        <translation>时间段的开始</translation>
    </message>
    <message>
        <source>there is no improvement action {action}</source>
        <translation>没有编号为 {action} 的改进措施</translation>
    </message>
    <message>
        <source>there is no review {review}</source>
        <translation>没有编号为 {review} 的复盘</translation>
    </message>
    <message>
        <source>unable to be performed</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>write a review</source>
        <translation>撰写复盘</translation>
    </message>
    <message>
        <source>{key} ({meaning})</source>
        <translation>{key}（{meaning}）</translation>
    </message>
    <message>
        <source>{revision} has no summary yet; write the summary before signing it off</source>
        <translation>{revision}还没有总结；请先写好总结再签批</translation>
    </message>
    <message>
        <source>{revision} is still a draft; change it as it is (a new revision follows a signed-off one)</source>
        <translation>{revision}仍是草稿；请直接修改（新修订版只能在签批后建立）</translation>
    </message>
    <message>
        <source>{revision} was already {signed}</source>
        <translation>{revision}已{signed}</translation>
    </message>
    <message>
        <source>{revision} was superseded by revision {latest} and is read-only; work on the latest revision</source>
        <translation>{revision}已被第 {latest} 版取代，现为只读；请在最新一版上工作</translation>
    </message>
    <message>
        <source>{revision} was {signed} and is read-only; start a new revision to {doing}</source>
        <translation>{revision}已{signed}，现为只读；如需{doing}，请新建一版</translation>
    </message>
    <message>
        <source>{subject} is rated twice; give one rating for each</source>
        <translation>{subject} 被评分了两次；每项只能有一个评分</translation>
    </message>
</context>
<context>
    <name>CoreSample</name>
    <message>
        <source>{path} is a folder; name the database file to write</source>
        <translation>{path} 是一个文件夹；请指定要写入的数据库文件名</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the sample drill</source>
        <translation>{path} 已存在；请为演练示例另选一个新文件名</translation>
    </message>
    <message>
        <source>the sample drill cannot be written to {path} ({reason})</source>
        <translation>演练示例无法写入 {path}（{reason}）</translation>
    </message>
</context>
<context>
    <name>CoreStorage</name>
    <message>
        <source>Cannot open the database {url}: {reason}.</source>
        <translation>无法打开数据库 {url}：{reason}。</translation>
    </message>
    <message>
        <source>Not saved: the database cannot be reached (since {at}). CommandPost keeps retrying; try again when the connection is back.</source>
        <translation>未保存：数据库无法连接（自 {at} 起）。应急指挥台会持续重试；连接恢复后请再试一次。</translation>
    </message>
    <message>
        <source>The database address {url} cannot be used: {reason}.</source>
        <translation>数据库地址 {url} 无法使用：{reason}。</translation>
    </message>
    <message>
        <source>The database cannot be reached since {at}.</source>
        <translation>数据库自 {at} 起无法连接。</translation>
    </message>
    <message>
        <source>The database connection cannot be saved in {path} ({reason}).</source>
        <translation>无法将数据库连接保存到 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The database {url} could not be upgraded and was left as it was: {reason}.</source>
        <translation>数据库 {url} 升级失败，已保持原样：{reason}。</translation>
    </message>
    <message>
        <source>The database {url} could not be upgraded and was left as it was: {reason}. A copy made before the attempt is at {backup}.</source>
        <translation>数据库 {url} 升级失败，已保持原样：{reason}。升级前制作的副本位于 {backup}。</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({reason}).</source>
        <translation>系统密钥环拒绝保存密码（{reason}）。</translation>
    </message>
    <message>
        <source>The saved connection {path} cannot be removed ({reason}).</source>
        <translation>无法删除保存的连接 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The saved database connection in {path} cannot be read ({reason}); save it again with: commandpost db set URL</source>
        <translation>无法读取保存在 {path} 中的数据库连接（{reason}）；请用以下命令重新保存：commandpost db set URL</translation>
    </message>
    <message>
        <source>This database ({url}) was written by a newer CommandPost (schema {found}); this version reads schema {supported}. Install the newer CommandPost or open another database.</source>
        <translation>此数据库（{url}）由更新版本的应急指挥台写入（数据结构版本 {found}）；本版本只能读取数据结构版本 {supported}。请安装更新版本，或打开其他数据库。</translation>
    </message>
    <message>
        <source>another program kept the database locked for more than 10 s</source>
        <translation>另一个程序锁定数据库超过 10 秒</translation>
    </message>
    <message>
        <source>it is not a database URL (expected e.g. sqlite:///path/to/file.sqlite3 or postgresql://user@host/dbname)</source>
        <translation>这不是数据库地址（应类似 sqlite:///path/to/file.sqlite3 或 postgresql://user@host/dbname）</translation>
    </message>
    <message>
        <source>its folder {folder} cannot be created ({reason})</source>
        <translation>无法创建其所在文件夹 {folder}（{reason}）</translation>
    </message>
    <message>
        <source>no database driver is known for “{driver}”</source>
        <translation>不认识数据库驱动“{driver}”</translation>
    </message>
    <message>
        <source>nothing answered at that address (is the server running?)</source>
        <translation>该地址没有响应（服务器是否在运行？）</translation>
    </message>
    <message>
        <source>that database does not exist on the server</source>
        <translation>服务器上不存在该数据库</translation>
    </message>
    <message>
        <source>the database reported: {text}</source>
        <translation>数据库报告：{text}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>the driver it needs ({driver}) is not installed</source>
        <translation>所需的驱动（{driver}）未安装</translation>
    </message>
    <message>
        <source>the file cannot be opened or created there</source>
        <translation>无法在该位置打开或创建文件</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the migrations end at schema {reached}, but this CommandPost reads schema {head}</source>
        <translation>迁移只到数据结构版本 {reached}，但本版本应急指挥台需要数据结构版本 {head}</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given</source>
        <translation>服务器要求密码，但未提供密码</translation>
    </message>
    <message>
        <source>the server cannot be reached from here</source>
        <translation>从这里无法访问该服务器</translation>
    </message>
    <message>
        <source>the server did not accept the user name or password</source>
        <translation>服务器不接受该用户名或密码</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未能及时响应</translation>
    </message>
    <message>
        <source>the server does not accept this user from this computer</source>
        <translation>服务器不接受该用户从这台计算机登录</translation>
    </message>
    <message>
        <source>the server does not let this user in (unknown user, or not allowed from here)</source>
        <translation>服务器不允许该用户登录（用户不存在，或不允许从此处登录）</translation>
    </message>
    <message>
        <source>the server has no free connections left</source>
        <translation>服务器已没有空闲连接</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down; try again in a moment</source>
        <translation>服务器正在启动或关闭；请稍后再试</translation>
    </message>
    <message>
        <source>the server knows no user by that name</source>
        <translation>服务器上没有该用户名</translation>
    </message>
    <message>
        <source>the server name could not be found</source>
        <translation>找不到该服务器名称</translation>
    </message>
    <message>
        <source>there is no database file at {path}</source>
        <translation>{path} 处没有数据库文件</translation>
    </message>
    <message>
        <source>this user lacks the permission needed</source>
        <translation>该用户缺少所需的权限</translation>
    </message>
    <message>
        <source>{url} holds other data (tables {tables}) and no CommandPost schema; it was left untouched. Choose an empty database or a CommandPost one.</source>
        <translation>{url} 中存有其他数据（数据表 {tables}），没有应急指挥台的数据结构；已保持原样未作改动。请选择一个空数据库或应急指挥台的数据库。</translation>
    </message>
</context>
<context>
    <name>CoreUsers</name>
    <message>
        <source>a department liaison needs at least one department</source>
        <translation>联络员至少需要一个所属部门</translation>
    </message>
    <message>
        <source>a display name has at most {most} characters</source>
        <translation>显示名称最多 {most} 个字符</translation>
    </message>
    <message>
        <source>a password has at most {most} characters</source>
        <translation>密码最多 {most} 个字符</translation>
    </message>
    <message>
        <source>a password needs at least {least} characters</source>
        <translation>密码至少需要 {least} 个字符</translation>
    </message>
    <message>
        <source>a user name cannot hold control characters</source>
        <translation>用户名不能包含控制字符</translation>
    </message>
    <message>
        <source>a user name has at most {most} characters; {start}… has more</source>
        <translation>用户名最多 {most} 个字符；“{start}…”超出了长度</translation>
    </message>
    <message>
        <source>a user name is required</source>
        <translation>请填写用户名</translation>
    </message>
    <message>
        <source>a user needs at least one role</source>
        <translation>用户至少需要一个角色</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>departments are given to a department liaison only</source>
        <translation>只有联络员才能指定所属部门</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>disable users</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>enable users</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>someone else changed this user at the same moment; look again and retry</source>
        <translation>他人在同一时刻修改了该用户；请重新查看后再试</translation>
    </message>
    <message>
        <source>take the admin role from</source>
        <translation>取消管理员角色</translation>
    </message>
    <message>
        <source>the account {user} is locked after {count} wrong passwords until {at}; an admin can unlock it by resetting the password</source>
        <translation>账户 {user} 因连续 {count} 次密码错误已锁定至 {at}；管理员可通过重置密码解锁</translation>
    </message>
    <message>
        <source>the first user must hold the admin role, so that someone can manage users</source>
        <translation>第一个用户必须是管理员，以便有人管理用户</translation>
    </message>
    <message>
        <source>the name {name} is reserved for CommandPost itself; choose another</source>
        <translation>名称 {name} 由应急指挥台自身保留；请另选一个</translation>
    </message>
    <message>
        <source>the new password is the same as the old one</source>
        <translation>新密码与旧密码相同</translation>
    </message>
    <message>
        <source>the user {user} is already disabled</source>
        <translation>用户 {user} 已停用</translation>
    </message>
    <message>
        <source>the user {user} is disabled; an admin can enable it again</source>
        <translation>用户 {user} 已停用；管理员可以重新启用</translation>
    </message>
    <message>
        <source>the user {user} is not disabled</source>
        <translation>用户 {user} 未被停用</translation>
    </message>
    <message>
        <source>the user {user} was changed by {actor} at {at} since you last looked; look again and retry</source>
        <translation>在您上次查看之后，用户 {user} 已由 {actor} 于 {at} 修改；请重新查看后再试</translation>
    </message>
    <message>
        <source>there is already a user {user}</source>
        <translation>已存在用户 {user}</translation>
    </message>
    <message>
        <source>there is no role {role}; the roles are {known}</source>
        <translation>没有角色 {role}；可用角色为：{known}</translation>
    </message>
    <message>
        <source>there is no user {user!r}</source>
        <translation>没有用户“{user}”</translation>
    </message>
    <message>
        <source>this database already has users; an admin adds new ones after signing in</source>
        <translation>此数据库已有用户；新用户由管理员登录后添加</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>you cannot disable your own account; another admin can</source>
        <translation>不能停用自己的账户；可由其他管理员停用</translation>
    </message>
    <message>
        <source>{user} is the last enabled admin; you cannot {verb} them: make another user an admin first</source>
        <translation>{user} 是最后一个启用中的管理员；不能对其{verb}：请先将另一位用户设为管理员</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Activate warning</source>
        <translation>根据预警启动响应</translation>
    </message>
    <message>
        <source>Declare an incident</source>
        <translation>宣布突发事件</translation>
    </message>
    <message>
        <source>Every department gets its checklist at once, with due times counted from the declaration.</source>
        <translation>各部门将立即收到任务清单，时限自宣布时起计算。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>宣布</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>简述发生了什么</translation>
    </message>
    <message>
        <source>&amp;Real incident</source>
        <translation>真实事件(&amp;R)</translation>
    </message>
    <message>
        <source>Dr&amp;ill (kept out of real-incident statistics)</source>
        <translation>演练(&amp;I)（不计入真实事件统计）</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>预案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>性质：</translation>
    </message>
    <message>
        <source>Declared &amp;at:</source>
        <translation>宣布时间(&amp;A)：</translation>
    </message>
    <message>
        <source>No plan is approved: approve a plan before declaring an incident.</source>
        <translation>没有已批准的预案：请先批准预案，再宣布突发事件。</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>请为事件填写标题。</translation>
    </message>
    <message>
        <source>The declaration time cannot be in the future: leave “Now” ticked.</source>
        <translation>宣布时间不能晚于现在：请勾选“现在”。</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics cannot be written to {path}: {reason}.</source>
        <translation>无法将诊断信息写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The diagnostics were saved to {path}. Send this file to support; it holds no passwords.</source>
        <translation>诊断信息已保存到 {path}。请将此文件发给技术支持；其中不含任何密码。</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>{drill} — this incident is a drill; it is kept out of real-incident statistics</source>
        <translation>{drill} — 本事件为演练，不计入真实事件统计</translation>
    </message>
</context>
<context>
    <name>DrillColumns</name>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>3 days before</source>
        <translation>提前 3 天</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>提前 1 周</translation>
    </message>
    <message>
        <source>{duration} before</source>
        <translation>提前 {duration}</translation>
    </message>
    <message>
        <source>held (incident #{number})</source>
        <translation>已开展（事件 #{number}）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>未开展</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>all {count} departments</source>
        <translation>全部 {count} 个部门</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未演练</translation>
    </message>
    <message>
        <source>beyond the holiday calendar</source>
        <translation>超出节假日日历范围</translation>
    </message>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · 已逾期</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>规定周期</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>上次演练</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次演练期限</translation>
    </message>
    <message>
        <source>No drill was held within the required interval.</source>
        <translation>规定周期内未开展演练。</translation>
    </message>
    <message>
        <source>Next scheduled drill</source>
        <translation>已安排的下次演练</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>Scheduled by {who} on {time}</source>
        <translation>{who} 于 {time} 安排</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>演练时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>参演部门</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DrillsPanel</name>
    <message>
        <source>Reading the drills…</source>
        <translation>正在读取演练…</translation>
    </message>
    <message>
        <source>Drill standing by plan</source>
        <translation>各预案演练情况</translation>
    </message>
    <message>
        <source>Scheduled drills</source>
        <translation>演练安排</translation>
    </message>
    <message>
        <source>A drill is run as an incident marked as a drill. A plan is overdue for a drill when none was declared within its required interval of the last one (or of its first approval).</source>
        <translation>演练以“演练”性质的事件开展。自上次演练（从未演练的，自预案首次批准）起，超过规定周期仍未宣布演练的预案，即为演练逾期。</translation>
    </message>
    <message>
        <source>&amp;Schedule drill…</source>
        <translation>安排演练(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Schedule drill… (Ctrl+Shift+D)</source>
        <translation>安排演练(&amp;S)…（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Ca&amp;ncel drill…</source>
        <translation>取消演练(&amp;N)…</translation>
    </message>
    <message>
        <source>Drill standing by plan ({count} overdue)</source>
        <translation>各预案演练情况（逾期 {count} 个）</translation>
    </message>
    <message>
        <source>Scheduled drills ({count} upcoming)</source>
        <translation>演练安排（待开展 {count} 次）</translation>
    </message>
    <message>
        <source>Drills (overdue: {count})</source>
        <translation>演练（逾期：{count}）</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Could not read the drills: {error}</source>
        <translation>无法读取演练：{error}</translation>
    </message>
    <message>
        <source>The drill of “{plan}” on {time} ({scenario}) will be cancelled, and no one will be reminded of it any more.</source>
        <translation>将取消“{plan}”定于 {time} 的演练（{scenario}），此后不再发送相关提醒。</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF 保存为</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Say where the PDF is to be saved.</source>
        <translation>请指定 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>That is a folder: give a file name.</source>
        <translation>这是一个文件夹，请填写文件名。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{what} could not be exported: {reason}</source>
        <translation>{what}导出失败：{reason}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未生成文件。</translation>
    </message>
    <message>
        <source>Export plan binder</source>
        <translation>导出预案手册</translation>
    </message>
    <message>
        <source>Only an approved plan version is printed as a binder.</source>
        <translation>只有已批准的预案版本才能导出为预案手册。</translation>
    </message>
    <message>
        <source>Export plan binder as PDF</source>
        <translation>导出预案手册 PDF</translation>
    </message>
    <message>
        <source>Version {version} of “{plan}” is printed in full: the organisation, the levels, every department&apos;s tasks with their time limits, figures, standards and provisions.</source>
        <translation>将完整导出“{plan}”第 {version} 版：组织机构、级别、各部门任务及时限、态势数据、服务标准和其他条款。</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在生成 {file}…</translation>
    </message>
    <message>
        <source>The plan binder</source>
        <translation>预案手册</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF 已保存：{path}</translation>
    </message>
    <message>
        <source>Export reviews as PDFs</source>
        <translation>批量导出复盘报告 PDF</translation>
    </message>
    <message>
        <source>Writing the reviews closed from {since} to {until}…</source>
        <translation>正在生成 {since} 至 {until} 期间结束的事件的复盘报告…</translation>
    </message>
    <message>
        <source>The reviews</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>PDFs written to {folder}: {count}.</source>
        <translation>已在 {folder} 生成 PDF {count} 份。</translation>
    </message>
    <message>
        <source>No incident or drill was closed in that period; no PDF was written.</source>
        <translation>该期间没有结束的突发事件或演练，未生成 PDF。</translation>
    </message>
    <message>
        <source>The index is {index}.</source>
        <translation>索引文件：{index}</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Record a situation figure</source>
        <translation>记录态势数据</translation>
    </message>
    <message>
        <source>The value is recorded with the current time and shown on every board.</source>
        <translation>数值以当前时间记录，并显示在所有看板上。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>a number, e.g. 850</source>
        <translation>数字，如 850</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>数据项(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>The plan names no situation figures.</source>
        <translation>该预案未定义态势数据。</translation>
    </message>
    <message>
        <source>The value must be a number, such as 850 or 4.5.</source>
        <translation>数值必须是数字，如 850 或 4.5。</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Welcome to CommandPost</source>
        <translation>欢迎使用应急指挥台</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator: the account that adds the other users and gives them their roles. Keep its password safe.</source>
        <translation>此数据库还没有用户。请创建管理员：由该账户添加其他用户并分配角色。请妥善保管其密码。</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>optional, e.g. your full name</source>
        <translation>可选，例如您的姓名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>正在创建管理员…</translation>
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
    <name>IncidentColumns</name>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>宣布时间</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>已持续</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>态势数据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>done {time}</source>
        <translation>{time} 完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>已完成：{text}</translation>
    </message>
    <message>
        <source>Doing: {text}</source>
        <translation>进行中：{text}</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>✓ {time} {who}</source>
        <translation>✓ {time} {who}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Done / doing</source>
        <translation>已完成 / 进行中</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>需要支援</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <source>Deadline checks cannot reach the database just now; trying again.</source>
        <translation>时限检查暂时无法连接数据库，正在重试。</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>已超时 {span}</translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation>{span}后到期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>[DRILL] {title}</source>
        <translation>【演练】{title}</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Opening the incident list…</source>
        <translation>正在读取事件列表…</translation>
    </message>
    <message>
        <source>&amp;Declare incident… (Ctrl+D)</source>
        <translation>宣布突发事件(&amp;D)…（Ctrl+D）</translation>
    </message>
    <message>
        <source>Open command &amp;board (Enter)</source>
        <translation>打开指挥看板(&amp;B)（回车）</translation>
    </message>
    <message>
        <source>Open department &amp;checklist</source>
        <translation>打开部门任务清单(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;review…</source>
        <translation>打开复盘(&amp;R)…</translation>
    </message>
    <message>
        <source>Show c&amp;losed incidents</source>
        <translation>显示已结束的事件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Activate warning…</source>
        <translation>启动响应(&amp;A)…</translation>
    </message>
    <message>
        <source>Di&amp;smiss warning…</source>
        <translation>解除预警(&amp;S)…</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>进行中的事件</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>待决预警</translation>
    </message>
    <message>
        <source>Incidents ({active} active, {closed} closed)</source>
        <translation>突发事件（进行中 {active}，已结束 {closed}）</translation>
    </message>
    <message>
        <source>Active incidents ({count})</source>
        <translation>进行中的事件（{count}）</translation>
    </message>
    <message>
        <source>Open warnings ({count})</source>
        <translation>待决预警（{count}）</translation>
    </message>
    <message>
        <source>Incidents (active: {incidents} · warnings: {warnings})</source>
        <translation>突发事件（进行中：{incidents} · 预警：{warnings}）</translation>
    </message>
    <message>
        <source>Could not read the incidents: {error}</source>
        <translation>无法读取事件：{error}</translation>
    </message>
    <message>
        <source>Dismiss warning</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>The warning will be dismissed without declaring an incident.</source>
        <translation>将解除该预警，不宣布突发事件。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes the next time CommandPost starts.</source>
        <translation>下次启动 CommandPost 时切换语言。</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language changes once the database can be reached again and the changes waiting to be saved are saved.</source>
        <translation>数据库恢复连接、待保存的修改保存之后再切换语言。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The review of incident {id} has changes that are not saved. Save them before the language changes?</source>
        <translation>事件 {id} 的复盘有未保存的修改。切换语言前先保存吗？</translation>
    </message>
    <message>
        <source>The language changes once the work under way is done…</source>
        <translation>正在进行的操作完成后切换语言…</translation>
    </message>
    <message>
        <source>The language was not changed.</source>
        <translation>语言未切换。</translation>
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
    <name>LinkPlanDialog</name>
    <message>
        <source>Link to plan version</source>
        <translation>关联预案版本</translation>
    </message>
    <message>
        <source>“{action}” led to this revision of a plan:</source>
        <translation>“{action}”已落实到以下预案版本：</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>预案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>The plan has no version {version}.</source>
        <translation>该预案没有第 {version} 版。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CommandPost — Emergency command desk</source>
        <translation>应急指挥台 — CommandPost</translation>
    </message>
    <message>
        <source>Opening the incident list…</source>
        <translation>正在读取事件列表…</translation>
    </message>
    <message>
        <source>Opening the alerts…</source>
        <translation>正在读取提醒…</translation>
    </message>
    <message>
        <source>Opening the drills…</source>
        <translation>正在读取演练…</translation>
    </message>
    <message>
        <source>Opening the improvement actions…</source>
        <translation>正在读取改进措施…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Plan library</source>
        <translation>预案库</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>突发事件</translation>
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
        <source>&amp;Export reviews as PDFs…</source>
        <translation>批量导出复盘报告 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Database co&amp;nnection…</source>
        <translation>数据库连接(&amp;N)…</translation>
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
        <source>Export plan &amp;binder as PDF…</source>
        <translation>导出预案手册 PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>突发事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Show incidents</source>
        <translation>查看事件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>宣布突发事件(&amp;D)…</translation>
    </message>
    <message>
        <source>Department &amp;checklist…</source>
        <translation>部门任务清单(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;review of the selected incident…</source>
        <translation>打开所选事件的复盘(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>提醒(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Show alerts</source>
        <translation>查看提醒(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge selected alerts</source>
        <translation>确认所选提醒(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll alerts…</source>
        <translation>确认全部提醒(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>入门导览(&amp;G)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample drill</source>
        <translation>打开演练示例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>导出诊断信息(&amp;D)…</translation>
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
        <source>CommandPost — {count} overdue</source>
        <translation>应急指挥台 — 超时 {count} 项</translation>
    </message>
    <message>
        <source>CommandPost</source>
        <translation>应急指挥台</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
    <name>Outage</name>
    <message>
        <source>Not saved: the database cannot be reached (since {time}). CommandPost keeps retrying; try again when the connection is back.</source>
        <translation>未保存：数据库自 {time} 起无法连接。应急指挥台会持续重试，请在连接恢复后再试。</translation>
    </message>
    <message>
        <source>The database cannot be reached since {time}.</source>
        <translation>数据库自 {time} 起无法连接。</translation>
    </message>
    <message>
        <source>Not saved: the change was discarded while the database could not be reached.</source>
        <translation>未保存：该更改在数据库无法连接期间已被放弃。</translation>
    </message>
    <message>
        <source>A change made during the outage was saved.</source>
        <translation>数据库中断期间所做的一项更改已保存。</translation>
    </message>
    <message>
        <source>A change made during the outage was not saved: {error}</source>
        <translation>数据库中断期间所做的一项更改未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>The database cannot be reached since {time}. Showing the state as of then; changes are paused.</source>
        <translation>数据库自 {time} 起无法连接。当前显示的是那时的状态，更改已暂停。</translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>正在尝试重新连接…</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s…</source>
        <translation>{seconds} 秒后重试…</translation>
    </message>
    <message>
        <source>Changes waiting to be saved: {count}</source>
        <translation>等待保存的更改：{count}</translation>
    </message>
    <message>
        <source>Connection restored at {time}.</source>
        <translation>连接已于 {time} 恢复。</translation>
    </message>
    <message>
        <source>Discard waiting changes</source>
        <translation>放弃等待保存的更改</translation>
    </message>
    <message>
        <source>Changes waiting to be saved: {count}. Discard them? They will not be saved.</source>
        <translation>等待保存的更改：{count}。要放弃这些更改吗？它们将不会被保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>更改尚未保存</translation>
    </message>
    <message>
        <source>Changes waiting to be saved: {count}. They are saved when the database can be reached again; if you quit now they are lost.</source>
        <translation>等待保存的更改：{count}。数据库恢复连接后会自动保存；现在退出将丢失这些更改。</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>退出并丢失更改</translation>
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
    <name>PlanFileOffer</name>
    <message>
        <source>Import plan file</source>
        <translation>导入预案文件</translation>
    </message>
    <message>
        <source>{name} was not imported: your role does not allow importing plans.</source>
        <translation>未导入 {name}：您的角色无权导入预案。</translation>
    </message>
    <message>
        <source>Import the plan file {name} into the plan library as a new draft version?</source>
        <translation>将预案文件 {name} 作为新的草稿版本导入预案库？</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Recorded in the timeline</source>
        <translation>将记入时间线</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Give a reason: it is recorded in the timeline.</source>
        <translation>请填写原因：它将记入时间线。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>{refusal} — the view has been refreshed.</source>
        <translation>{refusal}——视图已刷新。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Progress report of {department} to the command group.</source>
        <translation>{department}向应急领导小组提交的进展报告。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>已完成的工作</translation>
    </message>
    <message>
        <source>What is being done now</source>
        <translation>正在进行的工作</translation>
    </message>
    <message>
        <source>Leave empty if no help is needed</source>
        <translation>无需支援可留空</translation>
    </message>
    <message>
        <source>&amp;Done:</source>
        <translation>已完成(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;oing:</source>
        <translation>进行中(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Needs help:</source>
        <translation>需要支援(&amp;N)：</translation>
    </message>
    <message>
        <source>Say what has been done or what is being done.</source>
        <translation>请填写已完成或正在进行的工作。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordForm</name>
    <message>
        <source>Reset password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>{user} will sign in with this password; tell it to them, and ask them to change it (File → Change password…). Resetting also unlocks a locked account.</source>
        <translation>{user} 将用此密码登录；请告知本人，并请其修改（文件 → 修改密码…）。重置密码也会解除账户锁定。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>{plan} v{version}</source>
        <translation>{plan} 第 {version} 版</translation>
    </message>
    <message>
        <source>Done {time} by {who}</source>
        <translation>{who} 于 {time} 完成</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Past its due date</source>
        <translation>已过完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added in</source>
        <translation>提出于</translation>
    </message>
    <message>
        <source>revision {number}</source>
        <translation>第 {number} 版</translation>
    </message>
    <message>
        <source>Plan link</source>
        <translation>对应预案版本</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>ReviewBody</name>
    <message>
        <source>Written review</source>
        <translation>复盘意见</translation>
    </message>
    <message>
        <source>Drill evaluation</source>
        <translation>演练评估</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>本预案</translation>
    </message>
    <message>
        <source>Add… (Ctrl+N)</source>
        <translation>添加…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>标记完成（Ctrl+D）</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Link to plan version…</source>
        <translation>关联预案版本…</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Improvement actions ({open} open of {count})</source>
        <translation>改进措施（共 {count} 项，未完成 {open} 项）</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Sign off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>Save your changes (Ctrl+S) before signing the review off.</source>
        <translation>请先保存修改（Ctrl+S），再签批复盘。</translation>
    </message>
    <message>
        <source>Sign off the review</source>
        <translation>签批复盘</translation>
    </message>
    <message>
        <source>Revision {revision} will be signed off by {who}. Its sections, objectives and ratings can then no longer be changed, nor actions added; marking actions done and linking them to plan versions stays possible. A later change needs a new revision.</source>
        <translation>第 {revision} 版将由 {who} 签批。签批后，复盘意见、演练目标和评分均不能再修改，也不能再添加改进措施；但仍可将改进措施标记为完成或关联到预案版本。之后如需修改，须新建修订版。</translation>
    </message>
    <message>
        <source>Revision {revision} signed off.</source>
        <translation>第 {revision} 版已签批。</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>新建修订版</translation>
    </message>
    <message>
        <source>Revision {revision} stays as it was signed off (superseded); revision {next} starts as a draft copy of it. Say why it is revised.</source>
        <translation>第 {revision} 版保持签批时的内容（标记为已被新修订取代）；第 {next} 版以其副本作为草稿开始。请说明修订原因。</translation>
    </message>
    <message>
        <source>Start revision {next}</source>
        <translation>新建第 {next} 版</translation>
    </message>
    <message>
        <source>Revision {revision} started as a draft.</source>
        <translation>已新建第 {revision} 版（草稿）。</translation>
    </message>
    <message>
        <source>Rate a capability</source>
        <translation>添加能力评分项</translation>
    </message>
    <message>
        <source>&amp;Capability:</source>
        <translation>能力(&amp;C)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Action added for {department}.</source>
        <translation>已为{department}添加改进措施。</translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation>已完成：{action}</translation>
    </message>
    <message>
        <source>Reopen action</source>
        <translation>重新打开改进措施</translation>
    </message>
    <message>
        <source>“{action}” will be open again. Say why.</source>
        <translation>“{action}”将重新打开。请说明原因。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reopened: {action}</source>
        <translation>已重新打开：{action}</translation>
    </message>
    <message>
        <source>Linked to version {version} of {plan}.</source>
        <translation>已关联到预案 {plan} 第 {version} 版。</translation>
    </message>
    <message>
        <source>The review as last saved, with its facts and improvement actions, is printed.</source>
        <translation>将导出最后保存的复盘内容，包括事件数据和改进措施。</translation>
    </message>
    <message>
        <source>Your unsaved changes are not in it: save them first.</source>
        <translation>未保存的修改不会包含在内，请先保存。</translation>
    </message>
    <message>
        <source>Export review as PDF</source>
        <translation>导出复盘报告 PDF</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在生成 {file}…</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未生成文件。</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF 已保存：{path}</translation>
    </message>
    <message>
        <source>Signed off by {who} at {time} — read-only; start a new revision to change it</source>
        <translation>已由 {who} 于 {time} 签批 — 只读；如需修改，请新建修订版</translation>
    </message>
</context>
<context>
    <name>ReviewFacts</name>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>事件结束</translation>
    </message>
    <message>
        <source>By</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>有时限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时未完成</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时完成率</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应用时</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Late and missed tasks</source>
        <translation>超时任务</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>各部门执行情况</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>级别变化</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation>宣布时间：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>Response lasted:</source>
        <translation>响应持续：</translation>
    </message>
    <message>
        <source>Time to activation:</source>
        <translation>启动用时：</translation>
    </message>
    <message>
        <source>On-time rate:</source>
        <translation>按时完成率：</translation>
    </message>
    <message>
        <source>Late or missed tasks:</source>
        <translation>超时任务：</translation>
    </message>
    <message>
        <source>Escalations:</source>
        <translation>升级上报：</translation>
    </message>
    <message>
        <source>Progress reports:</source>
        <translation>进展报告：</translation>
    </message>
    <message>
        <source>Figures recorded:</source>
        <translation>态势数据记录：</translation>
    </message>
    <message>
        <source>Level changes:</source>
        <translation>级别调整：</translation>
    </message>
    <message>
        <source>{rate} ({on_time} of {timed} timed tasks)</source>
        <translation>{rate}（有时限任务 {timed} 项，按时完成 {on_time} 项）</translation>
    </message>
    <message>
        <source>{late} late · {missed} never done</source>
        <translation>超时完成 {late} · 超时未完成 {missed}</translation>
    </message>
    <message>
        <source>Declared from the warning raised {time}; activation runs from it.</source>
        <translation>根据 {time} 发出的预警宣布，启动用时自预警发出时起算。</translation>
    </message>
    <message>
        <source>Declared without a warning: there is no time to activation.</source>
        <translation>未经预警直接宣布，无启动用时。</translation>
    </message>
    <message>
        <source>Late and missed tasks ({count})</source>
        <translation>超时任务（{count}）</translation>
    </message>
</context>
<context>
    <name>ReviewHeader</name>
    <message>
        <source>Reading the review…</source>
        <translation>正在读取复盘…</translation>
    </message>
    <message>
        <source>Review of drill {id}: {title}</source>
        <translation>演练 #{id} 复盘：{title}</translation>
    </message>
    <message>
        <source>Review of incident {id}: {title}</source>
        <translation>突发事件 #{id} 复盘：{title}</translation>
    </message>
    <message>
        <source>Plan: {plan} (version {version}) · Revision {revision}, {status} · last changed {time} by {who}</source>
        <translation>预案：{plan}（第 {version} 版） · 复盘第 {revision} 版，{status} · {who} 于 {time} 最后修改</translation>
    </message>
</context>
<context>
    <name>ReviewSections</name>
    <message>
        <source>Add &amp;objective</source>
        <translation>添加目标(&amp;O)</translation>
    </message>
    <message>
        <source>Remo&amp;ve objective</source>
        <translation>删除目标(&amp;V)</translation>
    </message>
    <message>
        <source>Department or capability</source>
        <translation>部门或能力</translation>
    </message>
    <message>
        <source>Rating (HSEEP)</source>
        <translation>评分（HSEEP）</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Add &amp;capability…</source>
        <translation>添加能力(&amp;C)…</translation>
    </message>
    <message>
        <source>HSEEP scale: P performed without challenges · S with some challenges · M with major challenges · U unable to be performed.</source>
        <translation>HSEEP 评分标准：P 顺利完成，未遇到困难；S 完成，遇到一些困难；M 完成，遇到重大困难；U 未能完成。</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <source>Give a rating to go with the observations on: {subjects}.</source>
        <translation>以下各项已填写观察记录，请一并评分：{subjects}。</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>总结(&amp;U)</translation>
    </message>
    <message>
        <source>The incident and the response in a few sentences</source>
        <translation>用几句话概述事件及应急响应</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>事件经过(&amp;W)</translation>
    </message>
    <message>
        <source>The course of events, as the command group saw it</source>
        <translation>应急领导小组掌握的事件经过</translation>
    </message>
    <message>
        <source>S&amp;trengths</source>
        <translation>做得好的方面(&amp;T)</translation>
    </message>
    <message>
        <source>What worked and should be kept</source>
        <translation>行之有效、应当保持的做法</translation>
    </message>
    <message>
        <source>S&amp;hortcomings</source>
        <translation>存在的不足(&amp;H)</translation>
    </message>
    <message>
        <source>What did not work, or came late</source>
        <translation>没有奏效或不够及时的方面</translation>
    </message>
    <message>
        <source>Direction of i&amp;mprovement</source>
        <translation>改进方向(&amp;M)</translation>
    </message>
    <message>
        <source>What to change in the plan, training or tools</source>
        <translation>预案、培训或工具方面需要改进之处</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — incident {id}</source>
        <translation>复盘 — 事件 {id}</translation>
    </message>
    <message>
        <source>Reading the review…</source>
        <translation>正在读取复盘…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>复盘(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>改进措施(&amp;A)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>签批(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New revision…</source>
        <translation>新建修订版(&amp;N)…</translation>
    </message>
    <message>
        <source>Rate a ca&amp;pability…</source>
        <translation>添加能力评分项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>添加改进措施(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Link to plan version…</source>
        <translation>关联预案版本(&amp;L)…</translation>
    </message>
    <message>
        <source>Review of {title} — incident {id}</source>
        <translation>{title} 复盘 — 事件 {id}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>Could not read the review: {error}</source>
        <translation>无法读取复盘：{error}</translation>
    </message>
    <message>
        <source>Revision {revision} saved.</source>
        <translation>第 {revision} 版已保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The review has changes that are not saved. Save them before closing?</source>
        <translation>复盘有尚未保存的修改。关闭前是否保存？</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>已签批</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被新修订取代</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Performed without challenges</source>
        <translation>顺利完成，未遇到困难</translation>
    </message>
    <message>
        <source>Performed with some challenges</source>
        <translation>完成，遇到一些困难</translation>
    </message>
    <message>
        <source>Performed with major challenges</source>
        <translation>完成，遇到重大困难</translation>
    </message>
    <message>
        <source>Unable to be performed</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>SampleDrill</name>
    <message>
        <source>Opening the sample drill in a window of its own…</source>
        <translation>正在新窗口中打开演练示例…</translation>
    </message>
    <message>
        <source>The sample drill could not be started.</source>
        <translation>无法启动演练示例。</translation>
    </message>
    <message>
        <source>Sample drill — practice data, not your real incidents</source>
        <translation>演练示例——练习数据，不是真实事件</translation>
    </message>
    <message>
        <source>Preparing the sample drill…</source>
        <translation>正在准备演练示例…</translation>
    </message>
    <message>
        <source>Sample drill</source>
        <translation>演练示例</translation>
    </message>
    <message>
        <source>The sample drill is already open in another window.</source>
        <translation>演练示例已在另一个窗口中打开。</translation>
    </message>
</context>
<context>
    <name>ScheduleDrillDialog</name>
    <message>
        <source>Schedule a drill</source>
        <translation>安排演练</translation>
    </message>
    <message>
        <source>The drill is run as an incident marked as a drill. Everyone taking part is reminded before it, and it counts as held when a drill incident is declared on its plan that day.</source>
        <translation>演练以“演练”性质的事件开展。所有参演人员会在演练前收到提醒；当天按该预案宣布演练事件，即视为已开展。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>What the drill plays out, e.g. the hotline system fails at the evening peak</source>
        <translation>演练的情景，如：晚高峰热线系统故障</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>预案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>演练时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>演练场景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Departments taking part:</source>
        <translation>参演部门：</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>提前提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>No plan is approved: approve a plan before scheduling a drill.</source>
        <translation>没有已批准的预案：请先批准预案，再安排演练。</translation>
    </message>
    <message>
        <source>This time has passed: choose a later one.</source>
        <translation>该时间已过，请选择更晚的时间。</translation>
    </message>
    <message>
        <source>Describe what the drill plays out.</source>
        <translation>请填写演练场景。</translation>
    </message>
    <message>
        <source>Choose at least one department to take part.</source>
        <translation>请至少选择一个参演部门。</translation>
    </message>
    <message>
        <source>The drill was not scheduled: {reason}</source>
        <translation>演练未能安排：{reason}</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>正在安排…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command board</source>
        <translation>指挥看板</translation>
    </message>
    <message>
        <source>Department checklist</source>
        <translation>部门任务清单</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>复盘窗口</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Space works while the checklist&apos;s task table has the focus.</source>
        <translation>空格键仅在任务清单的任务表格获得焦点时有效。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CommandPost</source>
        <translation>登录应急指挥台</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>CommandPost — Emergency command desk</source>
        <translation>应急指挥台 — CommandPost</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
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
    <name>TaskDetailDialog</name>
    <message>
        <source>no due time yet</source>
        <translation>尚无截止时间</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>Nothing has happened to this task yet.</source>
        <translation>此任务尚无记录。</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>{status} {time} by {who}</source>
        <translation>{status}（{who}，{time}）</translation>
    </message>
</context>
<context>
    <name>TaskPane</name>
    <message>
        <source>Read only: your role works the tasks of your own departments.</source>
        <translation>只读：您的角色只能处理本部门的任务。</translation>
    </message>
    <message>
        <source>Enter: the task&apos;s history. Space: mark it done.</source>
        <translation>回车：查看任务记录。空格：标记完成。</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <source>no due time yet</source>
        <translation>尚无截止时间</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>阶段：{phase}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>截止：{due}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Done {time} by {who}</source>
        <translation>{who} 于 {time} 完成</translation>
    </message>
    <message>
        <source>Assigned to: {person}</source>
        <translation>负责人：{person}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Declared at level {level}; tasks: {tasks}</source>
        <translation>宣布事件，级别{level}，任务 {tasks} 项</translation>
    </message>
    <message>
        <source>Response closed; tasks still open: {open}</source>
        <translation>应急响应结束，未完成任务 {open} 项</translation>
    </message>
    <message>
        <source>Level raised from {old} to {new}; tasks added: {added}</source>
        <translation>事件由{old}升级为{new}，新增任务 {added} 项</translation>
    </message>
    <message>
        <source>Level lowered from {old} to {new}; tasks added: {added}</source>
        <translation>事件由{old}降级为{new}，新增任务 {added} 项</translation>
    </message>
    <message>
        <source>, retired: {retired}</source>
        <translation>，撤销 {retired} 项</translation>
    </message>
    <message>
        <source>Phase {phase} started</source>
        <translation>进入{phase}阶段</translation>
    </message>
    <message>
        <source>Done: {task}</source>
        <translation>已完成：{task}</translation>
    </message>
    <message>
        <source>Reopened: {task}</source>
        <translation>重新打开：{task}</translation>
    </message>
    <message>
        <source>Not applicable: {task}</source>
        <translation>不适用：{task}</translation>
    </message>
    <message>
        <source>{task} assigned to {person}</source>
        <translation>{task} 指派给 {person}</translation>
    </message>
    <message>
        <source>Note on {task}</source>
        <translation>备注（{task}）</translation>
    </message>
    <message>
        <source>Task added for {department}: {task}</source>
        <translation>为{department}添加任务：{task}</translation>
    </message>
    <message>
        <source>Progress report from {department}</source>
        <translation>{department}提交进展报告</translation>
    </message>
    <message>
        <source>needs help: {text}</source>
        <translation>需要支援：{text}</translation>
    </message>
    <message>
        <source>Progress report from {department} acknowledged</source>
        <translation>已确认{department}的进展报告</translation>
    </message>
    <message>
        <source>Escalated to the command group (step {step}): {task}</source>
        <translation>升级上报至应急领导小组（第 {step} 步）：{task}</translation>
    </message>
    <message>
        <source>Escalated to the department head (step {step}): {task}</source>
        <translation>升级上报至部门负责人（第 {step} 步）：{task}</translation>
    </message>
    <message>
        <source>Escalation acknowledged: {task}</source>
        <translation>已确认升级上报：{task}</translation>
    </message>
    <message>
        <source>Review revision {n} changed</source>
        <translation>复盘第 {n} 版已修改</translation>
    </message>
    <message>
        <source>Review revision {n} signed off</source>
        <translation>复盘第 {n} 版已签批</translation>
    </message>
    <message>
        <source>Review revision {n} started</source>
        <translation>复盘开始第 {n} 版</translation>
    </message>
    <message>
        <source>Improvement action added for {department}: {text}</source>
        <translation>为{department}添加改进措施：{text}</translation>
    </message>
    <message>
        <source>Improvement action done: {text}</source>
        <translation>改进措施已完成：{text}</translation>
    </message>
    <message>
        <source>Improvement action reopened: {text}</source>
        <translation>改进措施重新打开：{text}</translation>
    </message>
    <message>
        <source>Improvement action linked to plan {plan} version {version}: {text}</source>
        <translation>改进措施关联到预案 {plan} 第 {version} 版：{text}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>TourPicture</name>
    <message>
        <source>Major</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Customer Service — department checklist</source>
        <translation>客服部门 — 部门任务清单</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Report the failure to superiors</source>
        <translation>向上级报告故障</translation>
    </message>
    <message>
        <source>09:16 done</source>
        <translation>09:16 完成</translation>
    </message>
    <message>
        <source>Core staff at their posts</source>
        <translation>骨干人员到位</translation>
    </message>
    <message>
        <source>09:20 done</source>
        <translation>09:20 完成</translation>
    </message>
    <message>
        <source>Outage notice on the hotline</source>
        <translation>热线发布故障公告</translation>
    </message>
    <message>
        <source>overdue by 15 min</source>
        <translation>已超时 15 分钟</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Handle customers&apos; enquiries</source>
        <translation>处理客户咨询</translation>
    </message>
    <message>
        <source>in 12 min</source>
        <translation>12 分钟后到期</translation>
    </message>
    <message>
        <source>Open a ticket for each problem</source>
        <translation>为每个问题创建工单</translation>
    </message>
    <message>
        <source>Keep customers informed</source>
        <translation>向客户反馈进展</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>mark the selected task done</source>
        <translation>将所选任务标记为完成</translation>
    </message>
    <message>
        <source>next open task</source>
        <translation>下一项未完成任务</translation>
    </message>
    <message>
        <source>send a progress report</source>
        <translation>发送进展报告</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Callers promised a reply within 2 h</source>
        <translation>已承诺来电客户 2 小时内回复</translation>
    </message>
    <message>
        <source>CommandPost — 2 overdue</source>
        <translation>应急指挥台 — 超时 2 项</translation>
    </message>
    <message>
        <source>Plan library</source>
        <translation>预案库</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Alerts (3)</source>
        <translation>提醒（3）</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Overdue: outage notice on the hotline</source>
        <translation>超时：热线发布故障公告</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Repair estimate — Technical Support</source>
        <translation>修复时间预估 — 技术部门</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <source>before the deadline</source>
        <translation>截止之前</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>the task turns red</source>
        <translation>任务变为红色</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>escalation, step 1</source>
        <translation>升级上报第 1 步</translation>
    </message>
    <message>
        <source>Command group</source>
        <translation>应急领导小组</translation>
    </message>
    <message>
        <source>escalation, step 2</source>
        <translation>升级上报第 2 步</translation>
    </message>
    <message>
        <source>Acknowledge alerts on the Alerts tab: Ctrl+K the selected ones, Ctrl+Shift+K all.</source>
        <translation>在“提醒”页确认提醒：Ctrl+K 确认所选，Ctrl+Shift+K 确认全部。</translation>
    </message>
    <message>
        <source>CommandPost — sample drill</source>
        <translation>应急指挥台 — 演练示例</translation>
    </message>
    <message>
        <source>Sample drill — practice data</source>
        <translation>演练示例——练习数据</translation>
    </message>
    <message>
        <source>DRILL — kept out of real-incident statistics</source>
        <translation>演练 — 不计入真实事件统计</translation>
    </message>
    <message>
        <source>Ticket system down</source>
        <translation>工单系统故障</translation>
    </message>
    <message>
        <source>Overdue tasks (2)</source>
        <translation>超时任务（2）</translation>
    </message>
    <message>
        <source>Rebuilt each time it opens: try anything, nothing real changes.</source>
        <translation>每次打开都会重新生成：尽管尝试，不会改动任何真实数据。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Who does what, by when, at each level</source>
        <translation>各级别下由谁做什么、何时完成</translation>
    </message>
    <message>
        <source>Declare an incident</source>
        <translation>宣布突发事件</translation>
    </message>
    <message>
        <source>At a level: every department gets its checklist</source>
        <translation>确定级别，各部门收到任务清单</translation>
    </message>
    <message>
        <source>Board and checklists</source>
        <translation>指挥看板与任务清单</translation>
    </message>
    <message>
        <source>The command group watches; liaisons tick tasks off</source>
        <translation>领导小组掌握全局，联络员逐项完成</translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>What happened, and the improvement actions</source>
        <translation>回顾经过，提出整改措施</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Drills run the same way, and are kept out of real-incident statistics.</source>
        <translation>演练按同样的流程进行，不计入真实事件统计。</translation>
    </message>
    <message>
        <source>Incident clock</source>
        <translation>事件计时</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>Repair estimate</source>
        <translation>修复时间预估</translation>
    </message>
    <message>
        <source>Progress reports (1 to acknowledge)</source>
        <translation>进展报告（1 份待确认）</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>各部门进度</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>客服部门</translation>
    </message>
    <message>
        <source>Technical Support</source>
        <translation>技术部门</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量管理</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>时间线（最新在前）</translation>
    </message>
    <message>
        <source>Progress report from Technical Support</source>
        <translation>技术部门发来进展报告</translation>
    </message>
    <message>
        <source>Task added: outage notice, due 09:38</source>
        <translation>新增任务：发布故障公告，09:38 截止</translation>
    </message>
    <message>
        <source>Phase Execution started</source>
        <translation>进入“执行”阶段</translation>
    </message>
    <message>
        <source>Level raised from General to Major</source>
        <translation>事件由一般升级为较大</translation>
    </message>
    <message>
        <source>Done: report the failure</source>
        <translation>已完成：报告故障</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>条形：</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超时</translation>
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
    <name>UserForm</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Change {user}</source>
        <translation>修改 {user}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Departments
(liaison only):</source>
        <translation>部门
（仅联络员）：</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Choose the department liaison&apos;s departments.</source>
        <translation>请为联络员选择所属部门。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>UserWords</name>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>command lead</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <source>department liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name}（{roles}）</translation>
    </message>
    <message>
        <source>Signed in: {who}</source>
        <translation>当前用户：{who}</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>密码错误次数过多：此账户已锁定至 {time}。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Who may sign in, and what each may do: an admin keeps plans, users, drills and exports; a command lead directs incidents and reviews; a department liaison works their departments&apos; tasks; an observer reads everything.</source>
        <translation>谁可以登录、各自可以做什么：管理员维护预案、用户、演练和导出；指挥长指挥突发事件并主持复盘；联络员处理本部门的任务；观察员可查看全部内容。</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation>修改角色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <source>Users: {count} · disabled: {disabled}</source>
        <translation>用户：{count} · 已停用：{disabled}</translation>
    </message>
    <message>
        <source>Disable {user}? They can no longer sign in or act; what they did stays in the record. An admin can enable them again.</source>
        <translation>停用 {user}？其将无法登录或操作；其操作记录仍会保留。管理员可以重新启用。</translation>
    </message>
    <message>
        <source>Enable {user}? They can sign in again with their password.</source>
        <translation>启用 {user}？其可以用原密码重新登录。</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
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
    <name>Walkthrough</name>
    <message>
        <source>Welcome to CommandPost</source>
        <translation>欢迎使用应急指挥台</translation>
    </message>
    <message>
        <source>&lt;p&gt;CommandPost runs customer-service emergencies by your company&apos;s emergency plans.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;plan library&lt;/b&gt; keeps the plans: the command group, what each department does in each phase, and by when.&lt;/li&gt;&lt;li&gt;When something happens, the command group &lt;b&gt;declares an incident&lt;/b&gt; at a level. Every department gets its checklist, with deadlines.&lt;/li&gt;&lt;li&gt;The command group follows it all on the &lt;b&gt;command board&lt;/b&gt;; department liaisons tick their tasks off in the &lt;b&gt;department checklist&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Afterwards the &lt;b&gt;post-incident review&lt;/b&gt; is written and printed.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;This tour shows the two windows you will use most. Press Enter or → to go on, Esc to close.&lt;/p&gt;</source>
        <translation>&lt;p&gt;应急指挥台按照公司的应急预案处置客户服务突发事件。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;预案库&lt;/b&gt;保存各项预案：应急领导小组的组成、各部门在每个阶段做什么、何时完成。&lt;/li&gt;&lt;li&gt;发生情况时，应急领导小组按级别&lt;b&gt;宣布突发事件&lt;/b&gt;，各部门随即收到带截止时间的任务清单。&lt;/li&gt;&lt;li&gt;应急领导小组在&lt;b&gt;指挥看板&lt;/b&gt;上掌握全局；各部门联络员在&lt;b&gt;部门任务清单&lt;/b&gt;中逐项完成任务。&lt;/li&gt;&lt;li&gt;事后撰写并打印&lt;b&gt;复盘&lt;/b&gt;报告。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;本导览介绍您最常用的两个窗口。按回车或 → 继续，按 Esc 关闭。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The command board</source>
        <translation>指挥看板</translation>
    </message>
    <message>
        <source>&lt;p&gt;For the command group. Open it from the Incidents tab: select the incident and press Enter.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Level&lt;/b&gt;: general, major or critical, in the plan&apos;s colour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt;: warning → activation → execution → monitoring → closure; the dark one is the current phase.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Overdue tasks&lt;/b&gt;, in red, at the top: look here first.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Departments&lt;/b&gt;: one bar each, green done, grey open, red overdue.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Timeline&lt;/b&gt;: everything that happened, newest first.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;From its toolbar the command group raises or lowers the level, advances the phase, adds tasks, records situation figures, acknowledges progress reports and closes the incident.&lt;/p&gt;</source>
        <translation>&lt;p&gt;供应急领导小组使用。在“突发事件”页选中事件后按回车即可打开。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;级别&lt;/b&gt;：一般、较大或重大，以预案规定的颜色显示。&lt;/li&gt;&lt;li&gt;&lt;b&gt;阶段&lt;/b&gt;：预警 → 启动 → 执行 → 监控 → 结束；深色的是当前阶段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;超时任务&lt;/b&gt;以红色显示在最上方：请首先关注。&lt;/li&gt;&lt;li&gt;&lt;b&gt;各部门进度&lt;/b&gt;：每个部门一条，绿色为已完成，灰色为未完成，红色为超时。&lt;/li&gt;&lt;li&gt;&lt;b&gt;时间线&lt;/b&gt;：全部经过，最新的在前。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;应急领导小组通过工具栏升级或降级、进入下一阶段、添加任务、记录态势数据、确认进展报告以及结束事件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The department checklist</source>
        <translation>部门任务清单</translation>
    </message>
    <message>
        <source>&lt;p&gt;For department liaisons: your department&apos;s tasks for the incident, the soonest due first, each with a countdown to its deadline.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;A task turns &lt;b&gt;red&lt;/b&gt; when its deadline passes; amber means it is due soon.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt; marks the selected task done; &lt;b&gt;N&lt;/b&gt; jumps to the next open task; &lt;b&gt;Ctrl+R&lt;/b&gt; sends a progress report to the command group.&lt;/li&gt;&lt;li&gt;Add a &lt;b&gt;note&lt;/b&gt; to say what was done or what is in the way.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;You are reminded before a deadline. An overdue task is escalated to the department head, then to the command group, as the plan says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;供部门联络员使用：本部门在该事件中的任务，最先到期的排在前面，每项都有截止倒计时。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;超过截止时间的任务变为&lt;b&gt;红色&lt;/b&gt;；琥珀色表示即将到期。&lt;/li&gt;&lt;li&gt;按&lt;b&gt;空格&lt;/b&gt;将所选任务标记为完成；按 &lt;b&gt;N&lt;/b&gt; 跳到下一项未完成任务；按 &lt;b&gt;Ctrl+R&lt;/b&gt; 向应急领导小组发送进展报告。&lt;/li&gt;&lt;li&gt;添加&lt;b&gt;备注&lt;/b&gt;，说明已做的工作或遇到的障碍。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;截止前会收到提醒。任务超时后，按预案规定先升级上报至部门负责人，再上报至应急领导小组。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where alerts appear</source>
        <translation>提醒显示在哪里</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deadlines act by themselves while CommandPost is open:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;the window&apos;s &lt;b&gt;title&lt;/b&gt; counts the overdue tasks;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;Alerts&lt;/b&gt; tab lists every reminder, overdue task and escalation, most urgent first — acknowledge them there;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;tray icon&lt;/b&gt; shows a message, even when the window is behind others;&lt;/li&gt;&lt;li&gt;in time: a reminder before the deadline, then overdue, then escalation to the department head and the command group.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;应急指挥台打开期间，截止时间会自动发出提醒：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;窗口&lt;b&gt;标题&lt;/b&gt;显示超时任务的数量；&lt;/li&gt;&lt;li&gt;&lt;b&gt;“提醒”&lt;/b&gt;页列出所有即将到期提醒、超时任务和升级上报，最紧急的在前——请在此确认；&lt;/li&gt;&lt;li&gt;&lt;b&gt;托盘图标&lt;/b&gt;会弹出消息，即使窗口被其他窗口遮住也能看到；&lt;/li&gt;&lt;li&gt;按时间顺序：截止前先提前提醒，然后是超时，再升级上报至部门负责人和应急领导小组。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Try it on the sample drill</source>
        <translation>在演练示例中试一试</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;sample drill&lt;/b&gt; is practice data: a drill on the customer-service emergency plan, declared about 40 minutes ago, with tasks done and overdue, a raised level and alerts.&lt;/p&gt;&lt;p&gt;It opens in a window of its own, marked with a yellow banner. Your real incidents are never touched, and the sample is built afresh each time you open it.&lt;/p&gt;&lt;p&gt;This tour is always at hand under Help → Getting started….&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;演练示例&lt;/b&gt;是练习数据：基于客户服务应急预案的一次演练，约 40 分钟前宣布，其中有已完成和超时的任务、一次事件升级以及若干提醒。&lt;/p&gt;&lt;p&gt;它在单独的窗口中打开，并以黄色横幅标明。您的真实事件不会受到任何影响，每次打开时演练示例都会重新生成。&lt;/p&gt;&lt;p&gt;随时可通过“帮助 → 入门导览…”再次查看本导览。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started with CommandPost</source>
        <translation>应急指挥台入门导览</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一页(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一页(&amp;N) →</translation>
    </message>
    <message>
        <source>Open the &amp;sample drill</source>
        <translation>打开演练示例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
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
<context>
    <name>_ExportForm</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文 (English)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
</TS>
