<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>进展报告已发送至应急指挥部。</translation>
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
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
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
    <name>ReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Progress report of {department} to the command group.</source>
        <translation>{department}向应急指挥部提交的进展报告。</translation>
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
