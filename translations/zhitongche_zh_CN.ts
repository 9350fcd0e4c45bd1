<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Nobody is signed in. Sign in first.</source>
        <translation>尚未登录，请先登录。</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>%1 的账号已停用。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要站长权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs an administrator.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要管理员权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a district officer.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要区人大工作人员权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs station staff or a station head.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要联络站工作人员或站长权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head or a district officer.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要站长或区人大工作人员权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head or an administrator.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要站长或管理员权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs station staff, a station head or a district officer.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要联络站工作人员、站长或区人大工作人员权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head, a district officer or an administrator.</source>
        <translation>您当前以 %1（%2）身份登录，此操作需要站长、区人大工作人员或管理员权限。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2), which may not do this.</source>
        <translation>您当前以 %1（%2）身份登录，无权进行此操作。</translation>
    </message>
    <message>
        <source>Your account no longer exists. Sign in again.</source>
        <translation>您的账号已不存在，请重新登录。</translation>
    </message>
</context>
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Activities held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>For example: themed reception on waste sorting</source>
        <translation>例如：垃圾分类主题接待</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>参加人数(&amp;A)</translation>
    </message>
    <message>
        <source>People who took part, deputies not counted</source>
        <translation>参加活动的人数，不含代表</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;eputies who took part</source>
        <translation>参加的代表(&amp;E)</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saves the activity (Ctrl+S)</source>
        <translation>保存此活动（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Themed reception</source>
        <translation>主题接待</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>实地视察</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调研</translation>
    </message>
    <message>
        <source>Law publicity</source>
        <translation>普法宣传</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>学习日</translation>
    </message>
    <message>
        <source>Deputies&apos; lecture</source>
        <translation>代表讲堂</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>其他活动</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Enter the date the activity was held.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>Choose what kind of activity it was.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <source>Enter a title, e.g. the theme of the reception.</source>
        <translation>请填写标题，例如接待的主题。</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>参加人数不能为负数。</translation>
    </message>
    <message>
        <source>The activity&apos;s deputies could not be read.</source>
        <translation>无法读取此活动的参加代表。</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The new user signs in with this username and password on every PC of the station once it has synced. The password needs at least 8 characters.</source>
        <translation>新用户同步后，可在本站每台电脑上用此用户名和密码登录。密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB. Please attach a smaller copy.</source>
        <translation>文件 %1 超过 %2 MB，请改用较小的文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be stored.</source>
        <translation>无法保存文件 %1。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Who did what and when on this PC: sign-ins, views of phone and ID numbers, changes to users, backups. The log cannot be changed; ztctl check finds any entry removed or altered.</source>
        <translation>记录这台电脑上谁在什么时间做了什么：登录、查看电话号码和身份证号、修改用户、备份等。日志不能修改；如有条目被删除或篡改，运行 ztctl check 即可查出。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy a store to a backup file, also while Zhitongche is running.</source>
        <translation>将数据库复制为备份文件；民意直通车正在运行时也可以备份。</translation>
    </message>
    <message>
        <source>--db PATH --to FILE</source>
        <translation>--db PATH --to FILE</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist yet.</source>
        <translation>要写入的备份文件，不能是已有的文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The option --to is missing: say where the backup goes.</source>
        <translation>缺少 --to 选项：请指定备份文件保存到哪里。</translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself; choose another file.</source>
        <translation>备份文件不能是数据库本身，请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or move that file away first.</source>
        <translation>%1 已存在。请换一个文件名，或先把该文件移走。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>已将 %1 备份到 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The folder %1 does not exist. Is the USB drive plugged in?</source>
        <translation>文件夹 %1 不存在。请检查 U 盘是否已插好。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>无法打开备份 %1。</translation>
    </message>
    <message>
        <source>The restore could not be prepared: %1</source>
        <translation>无法准备恢复：%1</translation>
    </message>
    <message>
        <source>The restore request cannot be read.</source>
        <translation>无法读取恢复请求。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The store is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>找不到数据库 %1。</translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>无法打开备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>备份 %1 已损坏，未予恢复。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Zhitongche.</source>
        <translation>备份 %1 由较新版本的民意直通车生成。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>无法将备份复制到 %1。</translation>
    </message>
    <message>
        <source>The store %1 is in use; close Zhitongche and try again.</source>
        <translation>数据库 %1 正在使用中，请关闭民意直通车后重试。</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
    <message>
        <source>The copy %1 could not be read back correctly (%2). Do not rely on it: try again, or use another drive.</source>
        <translation>副本 %1 无法正确读回（%2）。请勿使用此副本，请重试，或换一个磁盘。</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it holds no store</source>
        <translation>其中没有数据</translation>
    </message>
</context>
<context>
    <name>BlobSync</name>
    <message>
        <source>The sync server answered %1 for an attachment.</source>
        <translation>同步服务器对附件返回了 %1。</translation>
    </message>
    <message>
        <source>The server does not accept this attachment from this PC.</source>
        <translation>服务器不接受本机的此附件。</translation>
    </message>
    <message>
        <source>The attachment file %1 cannot be read.</source>
        <translation>无法读取附件文件 %1。</translation>
    </message>
    <message>
        <source>The attachment file on this PC is damaged: %1</source>
        <translation>本机的附件文件已损坏：%1</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation>同步服务器返回了 %1：%2</translation>
    </message>
    <message>
        <source>The upload of an attachment did not make progress.</source>
        <translation>附件上传没有进展。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The sync server sent an attachment from the wrong place.</source>
        <translation>同步服务器发来的附件来源不对。</translation>
    </message>
</context>
<context>
    <name>BootstrapPrefetch</name>
    <message>
        <source>The sync stopped: no page of the server&apos;s data was asked for.</source>
        <translation>同步已停止：没有向服务器请求任何一页数据。</translation>
    </message>
    <message>
        <source>Sync was stopped; it goes on from here next time.</source>
        <translation>同步已停止，下次将从此处继续。</translation>
    </message>
</context>
<context>
    <name>BulkLoadIndexes</name>
    <message>
        <source>Preparing the store for the first sync failed: %1</source>
        <translation>为首次同步准备数据库失败：%1</translation>
    </message>
    <message>
        <source>The store&apos;s indexes could not be rebuilt after the first sync: %1. They are rebuilt the next time the store is opened.</source>
        <translation>首次同步后未能重建数据库索引：%1。下次打开数据库时会自动重建。</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Cancel a visit</source>
        <translation>撤销接待记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For example: recorded twice by mistake</source>
        <translation>例如：重复登记</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>无法读取意见建议：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，未生成任何文件。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Only a district officer may export the cases of other stations. Export the cases of this station, or ask the district.</source>
        <translation>只有区级工作人员可以导出其他联络站的意见建议。请导出本站的意见建议，或请区里导出。</translation>
    </message>
</context>
<context>
    <name>CaseMoveForm</name>
    <message>
        <source>Department:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Reply date:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>反馈方式：</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>代表：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>转办平台：</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>对方编号：</translation>
    </message>
    <message>
        <source>Into case number:</source>
        <translation>并入件编号：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseNumberAllocator</name>
    <message>
        <source>A case number needs the station code and a date.</source>
        <translation>生成编号需要联络站代码和日期。</translation>
    </message>
    <message>
        <source>No case number could be drawn: %1</source>
        <translation>无法生成编号：%1</translation>
    </message>
</context>
<context>
    <name>CaseRegistration</name>
    <message>
        <source>Please describe the problem in a short title.</source>
        <translation>请用一句简短的标题概括所反映的问题。</translation>
    </message>
</context>
<context>
    <name>CaseRenumbering</name>
    <message>
        <source>The case numbers could not be changed: %1</source>
        <translation>无法更改意见建议编号：%1</translation>
    </message>
    <message>
        <source>Case %1 is now %2: another PC had given out %1. Give the citizen the new number.</source>
        <translation>意见建议 %1 已改为 %2：另一台电脑已用过编号 %1。请把新编号告知群众。</translation>
    </message>
</context>
<context>
    <name>CaseSearchIndex</name>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>This case is closed</source>
        <translation>此件已办结</translation>
    </message>
    <message>
        <source>This case was not accepted</source>
        <translation>此件已不予受理</translation>
    </message>
    <message>
        <source>This case was transferred to another platform</source>
        <translation>此件已转办至其他平台</translation>
    </message>
    <message>
        <source>This case was merged into another case</source>
        <translation>此件已并入另一件意见建议</translation>
    </message>
    <message>
        <source>This case was cancelled</source>
        <translation>此件已撤销</translation>
    </message>
    <message>
        <source>it cannot be accepted</source>
        <translation>不能再受理</translation>
    </message>
    <message>
        <source>it cannot be marked as not accepted</source>
        <translation>不能再作不予受理</translation>
    </message>
    <message>
        <source>it cannot be assigned</source>
        <translation>不能再交办</translation>
    </message>
    <message>
        <source>it cannot be reassigned</source>
        <translation>不能再改派</translation>
    </message>
    <message>
        <source>no reminder can be sent</source>
        <translation>不能再催办</translation>
    </message>
    <message>
        <source>no reply can be recorded</source>
        <translation>不能再登记答复</translation>
    </message>
    <message>
        <source>no feedback can be recorded</source>
        <translation>不能再登记反馈</translation>
    </message>
    <message>
        <source>it cannot be rated</source>
        <translation>不能再进行满意度测评</translation>
    </message>
    <message>
        <source>it cannot be closed</source>
        <translation>不能再办结</translation>
    </message>
    <message>
        <source>it cannot be transferred</source>
        <translation>不能再转办</translation>
    </message>
    <message>
        <source>it cannot be merged</source>
        <translation>不能再合并</translation>
    </message>
    <message>
        <source>it cannot be escalated</source>
        <translation>不能再转为代表建议</translation>
    </message>
    <message>
        <source>it cannot be cancelled</source>
        <translation>不能再撤销</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>a case&apos;s state; the move it rules out</comment>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>This case has already been accepted.</source>
        <translation>此件已受理。</translation>
    </message>
    <message>
        <source>A case must be accepted before it is assigned to a department.</source>
        <translation>此件须先受理，才能交办。</translation>
    </message>
    <message>
        <source>This case has already been assigned to a department.</source>
        <translation>此件已交办给承办单位。</translation>
    </message>
    <message>
        <source>This case has not been assigned yet; assign it to a department first.</source>
        <translation>此件尚未交办，请先交办给承办单位。</translation>
    </message>
    <message>
        <source>The department has already replied; the case can no longer be reassigned.</source>
        <translation>承办单位已答复，此件不能再改派。</translation>
    </message>
    <message>
        <source>Reminders go to the department handling the case; assign it first.</source>
        <translation>催办是向承办单位催办，请先交办此件。</translation>
    </message>
    <message>
        <source>The department has already replied; there is nothing left to remind it of.</source>
        <translation>承办单位已答复，无需再催办。</translation>
    </message>
    <message>
        <source>A case must be assigned to a department before a reply can be recorded.</source>
        <translation>此件须先交办给承办单位，才能登记答复。</translation>
    </message>
    <message>
        <source>The department has already replied to this case.</source>
        <translation>承办单位已答复此件。</translation>
    </message>
    <message>
        <source>Feedback has already been given to the citizen.</source>
        <translation>已向群众反馈。</translation>
    </message>
    <message>
        <source>Feedback to the citizen follows the department&apos;s reply; record the reply first.</source>
        <translation>承办单位答复后才能向群众反馈，请先登记答复。</translation>
    </message>
    <message>
        <source>The citizen can rate the case only after being given feedback.</source>
        <translation>须先向群众反馈，群众才能进行满意度测评。</translation>
    </message>
    <message>
        <source>A case can be closed only after the citizen has been given feedback.</source>
        <translation>须先向群众反馈，才能办结。</translation>
    </message>
    <message>
        <source>The department has already replied; the case can no longer be transferred.</source>
        <translation>承办单位已答复，此件不能再转办。</translation>
    </message>
    <message>
        <source>The department has already replied; the case can no longer be merged into another.</source>
        <translation>承办单位已答复，此件不能再并入其他意见建议。</translation>
    </message>
    <message>
        <source>This is not possible for a case in this state.</source>
        <translation>此件当前的状态不允许此操作。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assign to a department</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Rate satisfaction</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Close without a rating</source>
        <translation>不经测评直接办结</translation>
    </message>
    <message>
        <source>Transfer to a platform</source>
        <translation>转办至其他平台</translation>
    </message>
    <message>
        <source>Merge into another case</source>
        <translation>并入另一件意见建议</translation>
    </message>
    <message>
        <source>Escalate to a suggestion</source>
        <translation>转为代表建议</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>撤销此件</translation>
    </message>
    <message>
        <source>This case could not be found; it may have been removed.</source>
        <translation>找不到此件，可能已被删除。</translation>
    </message>
    <message>
        <source>The date of this step cannot be in the future.</source>
        <translation>此环节的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This step cannot be dated before the case&apos;s previous step.</source>
        <translation>此环节的日期不能早于此件上一环节的日期。</translation>
    </message>
    <message>
        <source>The deadline cannot be earlier than the day of assignment.</source>
        <translation>办理时限不能早于交办日期。</translation>
    </message>
    <message>
        <source>Please choose the department that will handle the case.</source>
        <translation>请选择承办单位。</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>所选的承办单位已不存在。</translation>
    </message>
    <message>
        <source>Please say why the case is not accepted.</source>
        <translation>请填写不予受理的原因。</translation>
    </message>
    <message>
        <source>The case is already with this department.</source>
        <translation>此件已由该承办单位办理。</translation>
    </message>
    <message>
        <source>Please enter the department&apos;s reply.</source>
        <translation>请填写承办单位的答复。</translation>
    </message>
    <message>
        <source>The reply date cannot be in the future.</source>
        <translation>答复日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The reply date cannot be earlier than the day the case was assigned.</source>
        <translation>答复日期不能早于交办日期。</translation>
    </message>
    <message>
        <source>Please say how the citizen was given feedback.</source>
        <translation>请填写通过什么方式向群众反馈。</translation>
    </message>
    <message>
        <source>The chosen deputy no longer exists.</source>
        <translation>所选的代表已不存在。</translation>
    </message>
    <message>
        <source>Please choose how satisfied the citizen is.</source>
        <translation>请选择群众的满意程度。</translation>
    </message>
    <message>
        <source>Please say why the case is closed without the citizen&apos;s rating.</source>
        <translation>请填写未经群众测评即办结的原因。</translation>
    </message>
    <message>
        <source>Please choose the platform the case is transferred to.</source>
        <translation>请选择转办的平台。</translation>
    </message>
    <message>
        <source>Please enter the platform&apos;s reference number.</source>
        <translation>请填写该平台给出的编号。</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>不能将此件并入其自身。</translation>
    </message>
    <message>
        <source>The case to merge into could not be found.</source>
        <translation>找不到要并入的意见建议。</translation>
    </message>
    <message>
        <source>Cases can only be merged within one station.</source>
        <translation>只能合并同一联络站的意见建议。</translation>
    </message>
    <message>
        <source>Case %1 has itself been merged into another case; merge into that one instead.</source>
        <translation>意见建议 %1 本身已并入另一件意见建议，请改为并入那一件。</translation>
    </message>
    <message>
        <source>Case %1 was cancelled; no case can be merged into it.</source>
        <translation>意见建议 %1 已撤销，不能再并入该件。</translation>
    </message>
    <message>
        <source>Please say why the case is cancelled.</source>
        <translation>请填写撤销此件的原因。</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>此件已办结。</translation>
    </message>
    <message>
        <source>This case is already marked as not accepted.</source>
        <translation>此件已作不予受理处理。</translation>
    </message>
    <message>
        <source>This case has already been transferred to another platform.</source>
        <translation>此件已转办至其他平台。</translation>
    </message>
    <message>
        <source>This case has already been merged into another case.</source>
        <translation>此件已并入另一件意见建议。</translation>
    </message>
    <message>
        <source>This case is already cancelled.</source>
        <translation>此件已撤销。</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>Problems raised</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Visitors, cases and completion rate by month</source>
        <translation>各月接待人次、意见建议件数及办结率</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>意见建议类别分布</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Communities and villages with most cases</source>
        <translation>意见建议较多的村（社区）</translation>
    </message>
    <message>
        <source>Reply time (working days)</source>
        <translation>答复用时（工作日）</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>答复件数</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>Satisfaction of the rated cases</source>
        <translation>已测评件满意度</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Deputies: reception days and cases followed</source>
        <translation>代表参加接待日及跟踪意见建议情况</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>Cases followed</source>
        <translation>跟踪意见建议</translation>
    </message>
    <message>
        <source>Cases by liaison point</source>
        <translation>各联络点意见建议件数</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Cases by station</source>
        <translation>各联络站意见建议件数</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>BACKUP-FILE</source>
        <translation>BACKUP-FILE</translation>
    </message>
    <message>
        <source>restore the last good backup with: ztctl restore --db %1 --from %2</source>
        <translation>用以下命令恢复最近一次完好的备份：ztctl restore --db %1 --from %2</translation>
    </message>
    <message>
        <source>Check that a store is whole: the file, references between records, the audit log and the changes waiting to sync.</source>
        <translation>检查数据库是否完好：数据库文件、记录之间的关联、操作日志和待同步的更改。</translation>
    </message>
    <message>
        <source>--db PATH</source>
        <translation>--db PATH</translation>
    </message>
    <message>
        <source>Store file: %1 To repair it, %2.</source>
        <translation>数据库文件：%1如需修复，请%2。</translation>
    </message>
    <message>
        <source>The store could not be opened, so nothing else was checked.</source>
        <translation>无法打开数据库，其余项目均未检查。</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1：正常</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Stop working on this store and %1.</source>
        <translation>请停止使用此数据库，并%1。</translation>
    </message>
    <message>
        <source>References between records</source>
        <translation>记录之间的关联</translation>
    </message>
    <message>
        <source>To repair it, %1.</source>
        <translation>如需修复，请%1。</translation>
    </message>
    <message>
        <source>entry %1 was changed or removed after it was written, so the log can no longer be trusted</source>
        <translation>第 %1 条日志在写入后被修改或删除，日志已不可信</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Keep a copy of this file for whoever looks into it, then %1.</source>
        <translation>请先复制一份此文件，留给负责调查的人员，然后%1。</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>待同步的更改</translation>
    </message>
    <message>
        <source>Do not sync from this PC until this is repaired; %1.</source>
        <translation>修复之前，请勿在这台电脑上同步；%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks found problems.</source>
        <translation>
            <numerusform>%1 项检查中有 %n 项发现问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation>全部 %1 项检查均已通过。</translation>
    </message>
    <message>
        <source>the newest entries, from entry %1 on, were removed</source>
        <translation>从第 %1 条起的最新日志已被删除</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &apos;ztctl --help&apos; to see the commands and their options.</source>
        <translation>运行 ztctl --help 可查看所有命令及其选项。</translation>
    </message>
    <message>
        <source>Run &apos;ztctl %1 --help&apos; to see its options.</source>
        <translation>运行 ztctl %1 --help 可查看该命令的选项。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>text follows a closing quote.</source>
        <translation>结束引号后面还有文字。</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field.</source>
        <translation>未加引号的字段中出现了引号。</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>带引号的字段缺少结束引号。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>the header is not &quot;%1&quot;.</source>
        <translation>表头不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected.</source>
        <translation>
            <numerusform>有 %n 个字段，应为 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>找不到数据库 %1。</translation>
    </message>
    <message>
        <source>The store %1 cannot be read. Check that the file exists and that you may open it.</source>
        <translation>无法读取数据库 %1。请检查该文件是否存在，以及您是否有权限打开它。</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Zhitongche store.</source>
        <translation>数据库 %1 已损坏，或不是民意直通车的数据库。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Zhitongche store (%2).</source>
        <translation>数据库 %1 已损坏，或不是民意直通车的数据库（%2）。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Zhitongche (schema %2; this program knows up to %3). It has not been changed. Please install the newer version.</source>
        <translation>数据库 %1 由较新版本的民意直通车生成（结构版本 %2，本程序最高只支持 %3）。数据库未做任何改动。请安装新版本。</translation>
    </message>
    <message>
        <source>The store was not updated because the backup before the update failed: %1</source>
        <translation>升级前的备份失败，数据库未升级：%1</translation>
    </message>
</context>
<context>
    <name>DemoCast</name>
    <message>
        <source>The communities of Baiyun street are missing from the reference data.</source>
        <translation>基础数据中缺少白云街道的社区。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a new store filled with made-up demo data (never an existing station&apos;s store).</source>
        <translation>新建一个装有虚构演示数据的数据库（绝不会写入现有联络站的数据库）。</translation>
    </message>
    <message>
        <source>--db PATH [--scale N] [--seed S] [--end-date YYYY-MM-DD]</source>
        <translation>--db PATH [--scale N] [--seed S] [--end-date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Make about N cases, for load tests; without it, as many as a real station has.</source>
        <translation>生成约 N 件意见建议，用于压力测试；不指定时，件数与真实联络站相当。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random choices; the same seed makes the same data.</source>
        <translation>随机数种子；种子相同，生成的数据也相同。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The last day with records (default: today).</source>
        <translation>数据的最后一天（默认为今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--scale needs a whole number of cases above 0, not &apos;%1&apos;.</source>
        <translation>--scale 需要大于 0 的整数（件数），而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed 需要 0 到 4294967295 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--end-date needs a date written as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--end-date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>The store %1 is already set up for a station; demo data only goes into a new store. Choose another --db file.</source>
        <translation>数据库 %1 已经建立了联络站；演示数据只能写入新的数据库。请用 --db 另选一个文件。</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>正在生成演示数据：%1%</translation>
    </message>
    <message>
        <source>Generating demo data: 100% in %1 s.</source>
        <translation>正在生成演示数据：100%，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Filled %1 with demo data for %2:</source>
        <translation>已在 %1 中为%2生成演示数据：</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Sign in with one of these demo accounts (password %1 for all):</source>
        <translation>请用以下任一演示账号登录（密码均为 %1）：</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data can only be generated into a new, empty store; this one is already set up.</source>
        <translation>演示数据只能生成到新的空数据库中，而此数据库已经建立。</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation>演示意见建议的件数不能为负数。</translation>
    </message>
</context>
<context>
    <name>DemoRun</name>
    <message>
        <source>Generating the demo data was cancelled.</source>
        <translation>已取消生成演示数据。</translation>
    </message>
    <message>
        <source>The store is busy; the demo data could not be written.</source>
        <translation>数据库正忙，无法写入演示数据。</translation>
    </message>
</context>
<context>
    <name>DeputyDetailForm</name>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Station or point:</source>
        <translation>所属站点：</translation>
    </message>
    <message>
        <source>Constituency:</source>
        <translation>选区：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Expertise:</source>
        <translation>专业特长：</translation>
    </message>
    <message>
        <source>Tags separated by 、 e.g. 教育、心理</source>
        <translation>多个特长用“、”分隔，例如：教育、心理</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>任期：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Active (still a deputy of this station)</source>
        <translation>在任（仍编入本站）</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DeputyService</name>
    <message>
        <source>Enter the deputy&apos;s name.</source>
        <translation>请输入代表姓名。</translation>
    </message>
    <message>
        <source>Choose the deputy&apos;s level.</source>
        <translation>请选择代表层级。</translation>
    </message>
    <message>
        <source>The phone number is neither a mobile number (11 digits) nor a landline number.</source>
        <translation>电话号码既不是手机号码（11 位），也不是固定电话号码。</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>任期结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the photo: %1</source>
        <translation>无法保存照片：%1</translation>
    </message>
    <message>
        <source>The deputy was removed meanwhile.</source>
        <translation>该代表在此期间已被删除。</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Usage: ztctl COMMAND --db PATH [options]</source>
        <translation>用法：ztctl COMMAND --db PATH [options]</translation>
    </message>
    <message>
        <source>Looks after a Zhitongche store from the command line.</source>
        <translation>在命令行中维护民意直通车数据库。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version of ztctl.</source>
        <translation>显示 ztctl 的版本。</translation>
    </message>
    <message>
        <source>Run &apos;ztctl COMMAND --help&apos; for the options of one command.</source>
        <translation>运行 ztctl COMMAND --help 可查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: ztctl %1 %2</source>
        <translation>用法：ztctl %1 %2</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>The command comes first, before any option: ztctl COMMAND --db PATH.</source>
        <translation>命令要写在最前面，放在所有选项之前：ztctl COMMAND --db PATH</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The store file (a .sqlite file).</source>
        <translation>数据库文件（.sqlite 文件）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; every value follows its option, such as --db PATH.</source>
        <translation>多余的参数“%1”；每个值都要紧跟在对应的选项之后，例如 --db PATH。</translation>
    </message>
    <message>
        <source>The option --db is missing: say which store to use.</source>
        <translation>缺少 --db 选项：请指定要使用的数据库。</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>National deputy</source>
        <translation>全国人大代表</translation>
    </message>
    <message>
        <source>Provincial deputy</source>
        <translation>省人大代表</translation>
    </message>
    <message>
        <source>City deputy</source>
        <translation>市人大代表</translation>
    </message>
    <message>
        <source>County (district) deputy</source>
        <translation>县（区）人大代表</translation>
    </message>
    <message>
        <source>Township deputy</source>
        <translation>乡镇人大代表</translation>
    </message>
    <message>
        <source>Walk-in reception</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约接待</translation>
    </message>
    <message>
        <source>Themed reception</source>
        <translation>主题接待</translation>
    </message>
    <message>
        <source>Deputy field visit</source>
        <translation>代表出诊</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Online message</source>
        <translation>网上留言</translation>
    </message>
    <message>
        <source>8890 hotline</source>
        <translation>8890热线</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>老娘舅调解</translation>
    </message>
    <message>
        <source>Four platforms</source>
        <translation>基层治理四平台</translation>
    </message>
    <message>
        <source>Petition proxy</source>
        <translation>民情民访代办</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Station staff</source>
        <translation>联络站工作人员</translation>
    </message>
    <message>
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>District officer</source>
        <translation>区人大工作人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>case event</comment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>case event</comment>
        <translation>受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>case event</comment>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assigned to a department</source>
        <comment>case event</comment>
        <translation>交办</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <comment>case event</comment>
        <translation>改派</translation>
    </message>
    <message>
        <source>Reminder</source>
        <comment>case event</comment>
        <translation>催办</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>case event</comment>
        <translation>答复</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>case event</comment>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Satisfaction rated</source>
        <comment>case event</comment>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Reopened</source>
        <comment>case event</comment>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case event</comment>
        <translation>办结</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>case event</comment>
        <translation>转办</translation>
    </message>
    <message>
        <source>Merged</source>
        <comment>case event</comment>
        <translation>合并</translation>
    </message>
    <message>
        <source>Escalated to a suggestion</source>
        <comment>case event</comment>
        <translation>转为代表建议</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>case event</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Receiving deputy</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Reception schedule</source>
        <translation>接待日程</translation>
    </message>
    <message>
        <source>Reception day attendance</source>
        <translation>接待日代表出勤</translation>
    </message>
    <message>
        <source>Visit and case link</source>
        <translation>接待记录与意见建议关联</translation>
    </message>
    <message>
        <source>Notable case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Station activity</source>
        <translation>联络站活动</translation>
    </message>
    <message>
        <source>Deputy at an activity</source>
        <translation>参加活动的代表</translation>
    </message>
    <message>
        <source>Case number changed</source>
        <comment>case event</comment>
        <translation>编号变更</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Kind of department</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>承办单位名称</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Deputy&apos;s name</source>
        <translation>代表姓名</translation>
    </message>
    <message>
        <source>Visitor&apos;s name</source>
        <translation>来访群众姓名</translation>
    </message>
    <message>
        <source>Liaison point name</source>
        <translation>联络点名称</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>联络站名称</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>日程名称</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Kind of attachment</source>
        <translation>附件类型</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Reference number elsewhere</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Citizen&apos;s phone</source>
        <translation>群众电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Corrects the step</source>
        <translation>更正的环节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Default time limit (working days)</source>
        <translation>默认办理时限（工作日）</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专业特长</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Term begins</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Morning or afternoon</source>
        <translation>上午/下午</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>接待摘要</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Administrative division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Schedule rule</source>
        <translation>日程规则</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Also reported at another station</source>
        <comment>case event</comment>
        <translation>其他联络站也接待过</translation>
    </message>
</context>
<context>
    <name>EditVisitorDialog</name>
    <message>
        <source>Correct the visitor</source>
        <translation>更正来访群众信息</translation>
    </message>
    <message>
        <source>Corrections are saved on the visit and on the cases it registered.</source>
        <translation>更正内容将同时保存到这条接待记录及由其登记的意见建议中。</translation>
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
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the cases with every date of their handling to CSV or XLSX.</source>
        <translation>将意见建议及其各办理环节的日期导出为 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>--db PATH (--csv FILE | --xlsx FILE) [--role ROLE]</source>
        <translation>--db PATH (--csv FILE | --xlsx FILE) [--role ROLE]</translation>
    </message>
    <message>
        <source>Write a CSV file (UTF-8 with BOM, opens in Excel and WPS).</source>
        <translation>写入 CSV 文件（带 BOM 的 UTF-8 编码，可用 Excel 和 WPS 打开）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write an Excel workbook.</source>
        <translation>写入 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Export as a user with this role (%1); phone and ID numbers are masked unless the role may see them. Default: %2.</source>
        <translation>以此角色的用户身份导出（%1）；除非该角色有权查看，电话号码和身份证号均作遮挡处理。默认：%2。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Give exactly one of --csv FILE and --xlsx FILE.</source>
        <translation>请在 --csv FILE 和 --xlsx FILE 中指定且只指定一个。</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; use one of %2.</source>
        <translation>未知角色“%1”，请使用以下角色之一：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 件意见建议写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Welcome to Zhitongche</source>
        <translation>欢迎使用民意直通车</translation>
    </message>
    <message>
        <source>This PC has no user yet. Create the administrator&apos;s account first; the administrator then adds the station&apos;s staff.</source>
        <translation>这台电脑还没有用户。请先创建管理员账号，再由管理员添加本站工作人员。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this PC</source>
        <translation>设置这台电脑</translation>
    </message>
    <message>
        <source>Welcome to Zhitongche</source>
        <translation>欢迎使用民意直通车</translation>
    </message>
    <message>
        <source>Join a station that already syncs</source>
        <translation>加入已在同步的联络站</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation>https://server:8443</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers</source>
        <translation>本机编号字母</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Join and receive the station&apos;s data</source>
        <translation>加入并接收本站数据</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Each PC of a station has its own letter (A to Z), so two PCs never give out the same case number. Leave it empty and the server gives this PC one that no other PC of the station uses.</source>
        <translation>本站每台电脑有自己的字母（A 到 Z），两台电脑就不会编出相同的编号。留空则由服务器分配一个本站其他电脑都没有用的字母。</translation>
    </message>
    <message>
        <source>This PC is not set up for a station yet. If your station already uses Zhitongche on another PC and syncs with the district&apos;s server, join the station: this PC first receives the station&apos;s data, then you sign in and work. If this is the station&apos;s first PC, set the station up here.</source>
        <translation>这台电脑尚未设置联络站。如果本站已在其他电脑上使用民意直通车并与区里的服务器同步，请加入本站：这台电脑先接收本站数据，然后登录使用。如果这是本站的第一台电脑，请在这里设立本站。</translation>
    </message>
    <message>
        <source>Join a station</source>
        <translation>加入联络站</translation>
    </message>
    <message>
        <source>New station (its first PC)</source>
        <translation>新设联络站（第一台电脑）</translation>
    </message>
    <message>
        <source>The station&apos;s township or street</source>
        <translation>联络站所在乡镇（街道）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Township or street</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The 9-digit code of the township or street; typing it chooses it above.</source>
        <translation>乡镇（街道）的9位代码；输入后自动选中上面各级。</translation>
    </message>
    <message>
        <source>Each PC of a station has its own letter (A to Z), so two PCs never give out the same case number. The first PC usually takes A.</source>
        <translation>同一联络站的每台电脑各用一个字母（A至Z），两台电脑不会编出相同的件号。第一台电脑通常用A。</translation>
    </message>
    <message>
        <source>Only for the station&apos;s first PC: the station and its usual categories are made here, and the administrator&apos;s account is made next. To sync, enrol this PC on the Settings page later; the station&apos;s other PCs then join it through the server.</source>
        <translation>仅用于本站的第一台电脑：在这里建立联络站及常用分类，接着创建管理员账号。需要同步时，之后在“设置”页为本机注册；本站的其他电脑再通过服务器加入。</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>设立本站</translation>
    </message>
    <message>
        <source>Station or district account</source>
        <translation>联络站或区账号</translation>
    </message>
    <message>
        <source>The station&apos;s account joins this PC to the station. A district officer&apos;s PC joins with the district&apos;s account: it receives every station of the district.</source>
        <translation>用联络站账号将这台电脑加入本站。区人大工作人员的电脑用区账号加入，接收全区所有联络站的数据。</translation>
    </message>
</context>
<context>
    <name>ForkRecovery</name>
    <message>
        <source>This data file is a copy of another PC&apos;s (or a restored backup), and the server could not enrol it as a new PC: %1</source>
        <translation>此数据文件是另一台电脑数据的副本（或是恢复的备份），服务器无法将其登记为新电脑：%1</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>Deputies receiving: %1</source>
        <translation>接待代表：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Moved from %1 because of %2.</source>
        <translation>因%2由 %1 调整至此。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a ledger (CSV or XLSX with Chinese headers) as visits and cases.</source>
        <translation>导入台账（带中文表头的 CSV 或 XLSX 文件），生成接待记录和意见建议。</translation>
    </message>
    <message>
        <source>--db PATH [--mapping NAME] [--save-mapping NAME] FILE</source>
        <translation>--db PATH [--mapping NAME] [--save-mapping NAME] FILE</translation>
    </message>
    <message>
        <source>Use the column mapping saved under this name.</source>
        <translation>使用以此名称保存的列对应关系。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Save the mapping used under this name for next time.</source>
        <translation>将本次使用的列对应关系以此名称保存，供下次使用。</translation>
    </message>
    <message>
        <source>Say which ledger to import: ztctl import --db PATH FILE.</source>
        <translation>请指定要导入的台账：ztctl import --db PATH FILE</translation>
    </message>
    <message>
        <source>There is no saved mapping called %1.</source>
        <translation>没有名为 %1 的已保存列对应关系。</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 already in the store, %4 refused.</source>
        <translation>共 %1 行：已导入 %2 行，%3 行已在数据库中，%4 行未予导入。</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the schema version, device, station and number of records of a store.</source>
        <translation>显示数据库的结构版本、设备、联络站和各类记录的数量。</translation>
    </message>
    <message>
        <source>--db PATH</source>
        <translation>--db PATH</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (needs update; Zhitongche updates it, after a backup, when it next opens the store)</source>
        <translation>数据库结构：第 %1 版，最新为第 %2 版（需要升级；民意直通车下次打开此数据库时会先备份，再自动升级）</translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (up to date)</source>
        <translation>数据库结构：第 %1 版，最新为第 %2 版（无需升级）</translation>
    </message>
    <message>
        <source>Device: none yet</source>
        <translation>设备：尚无</translation>
    </message>
    <message>
        <source>Device: %1, letter %2</source>
        <translation>设备：%1，编号字母 %2</translation>
    </message>
    <message>
        <source>Station: %1 (%2), %3</source>
        <translation>联络站：%1（%2），%3</translation>
    </message>
    <message>
        <source>Station: %1 (its record is missing; run ztctl check)</source>
        <translation>联络站：%1（缺少该联络站的记录，请运行 ztctl check）</translation>
    </message>
    <message>
        <source>Station: not set up (run ztctl init)</source>
        <translation>联络站：尚未建立（请运行 ztctl init）</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>sync_outbox (pending)</source>
        <translation>sync_outbox（待同步）</translation>
    </message>
    <message>
        <source>(%1 deleted)</source>
        <translation>（已删除 %1 条）</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Set up a new store for the station of a township or street.</source>
        <translation>为乡镇（街道）的联络站新建数据库。</translation>
    </message>
    <message>
        <source>--db PATH --station CODE [--device-letter A]</source>
        <translation>--db PATH --station CODE [--device-letter A]</translation>
    </message>
    <message>
        <source>The 9-digit code of the township or street, such as 330203006.</source>
        <translation>乡镇（街道）的 9 位区划代码，例如 330203006。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers, A to Z (default A); give each PC of a station its own letter.</source>
        <translation>这台电脑在编号中使用的字母，A 到 Z（默认为 A）；同一联络站的每台电脑要使用不同的字母。</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>LETTER</translation>
    </message>
    <message>
        <source>The option --station is missing: give the township or street code.</source>
        <translation>缺少 --station 选项：请给出乡镇（街道）的代码。</translation>
    </message>
    <message>
        <source>The device letter must be one letter from A to Z, not &apos;%1&apos;.</source>
        <translation>设备字母必须是 A 到 Z 之间的一个字母，而不是“%1”。</translation>
    </message>
    <message>
        <source>The store %1 is already set up for a station; init only sets up a new store.</source>
        <translation>数据库 %1 已经建立了联络站；init 只能用于新的数据库。</translation>
    </message>
    <message>
        <source>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</source>
        <translation>已在 %3 中建立%1（%2）；这台电脑生成的编号使用字母 %4。</translation>
    </message>
</context>
<context>
    <name>JoinCommand</name>
    <message>
        <source>Set up a new store as another PC of a station that syncs already (receives the station&apos;s data).</source>
        <translation>将新数据库设置为已在同步的联络站的另一台电脑（接收本站数据）。</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org:8443.</source>
        <translation>同步服务器，例如 https://sync.example.org:8443。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate, PEM.</source>
        <translation>本单位的 CA 证书，PEM 格式。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>name</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A file whose first line is the account&apos;s password; - reads it from standard input. Without it: ZT_SYNC_PASSWORD, else the first line of standard input.</source>
        <translation>一个文件，其第一行为该账号的密码；写 - 则从标准输入读取。不给出时依次使用 ZT_SYNC_PASSWORD、标准输入的第一行。</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>LETTER</translation>
    </message>
    <message>
        <source>Also require the server&apos;s public key to have this SHA-256 pin (sha256/BASE64).</source>
        <translation>同时要求服务器公钥符合此 SHA-256 指纹（sha256/BASE64）。</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>缺少选项 --%1。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>Give the account&apos;s password on standard input, with --password-file FILE or in ZT_SYNC_PASSWORD.</source>
        <translation>请通过标准输入、--password-file 文件或 ZT_SYNC_PASSWORD 提供账号密码。</translation>
    </message>
    <message>
        <source>The store %1 is set up for a station already; join only sets up a new store.</source>
        <translation>数据库 %1 已设置为某个联络站使用；join 只用于设置新的数据库。</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>正在以 %2 登录 %1…</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data: %1 of %2 records.</source>
        <translation>正在接收本站数据：%1 / %2 条记录。</translation>
    </message>
    <message>
        <source>Sending this PC&apos;s changes…</source>
        <translation>正在发送本机的更改…</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data…</source>
        <translation>正在接收本站数据…</translation>
    </message>
    <message>
        <source>The data received so far stays in %1; run the same command again to receive the rest.</source>
        <translation>已接收的数据保留在 %1 中；再次运行同一命令即可接收其余数据。</translation>
    </message>
    <message>
        <source>This PC is now a PC of %1 (%2) in %3 and writes case numbers with the letter %4. Its sync server is saved: `ztctl sync --db %3` or the program&apos;s own sync goes on from here.</source>
        <translation>本机现已作为 %1（%2）的电脑使用数据库 %3，意见建议编号使用字母 %4。同步服务器已保存：之后由 `ztctl sync --db %3` 或程序自身的同步继续。</translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers, A to Z: one the station&apos;s other PCs do not use. Without it the server gives a free one.</source>
        <translation>本机在编号中使用的字母，A 到 Z，须是本站其他电脑没有用的；不填则由服务器分配一个空闲字母。</translation>
    </message>
    <message>
        <source>Give this PC its own letter with --device-letter, A to Z, one the station&apos;s other PCs do not use (not &apos;%1&apos;), or leave the option out for the server to choose.</source>
        <translation>请用 --device-letter 为本机指定一个 A 到 Z 的字母，须是本站其他电脑没有用的（不能是“%1”）；也可以不填此选项，由服务器分配。</translation>
    </message>
    <message>
        <source>--db PATH --server URL --ca FILE --user NAME [--device-letter X] [--station CODE] [--password-file FILE|-] [--pin sha256/BASE64]</source>
        <translation>--db PATH --server URL --ca FILE --user NAME [--device-letter X] [--station CODE] [--password-file FILE|-] [--pin sha256/BASE64]</translation>
    </message>
    <message>
        <source>The station&apos;s account (the district office gives it out), or the district&apos;s for a district officer&apos;s PC.</source>
        <translation>联络站账号（由区里发放）；区人大工作人员的电脑用区账号。</translation>
    </message>
    <message>
        <source>With a district&apos;s account: the code of the station this PC opens on (default: the district&apos;s first by code).</source>
        <translation>使用区账号时：这台电脑打开时显示的联络站代码（默认为本区代码最小的联络站）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations: %1 of %2 records.</source>
        <translation>正在接收全区各联络站数据：%1 / %2 条记录。</translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations…</source>
        <translation>正在接收全区各联络站数据…</translation>
    </message>
</context>
<context>
    <name>KeyPin</name>
    <message>
        <source>A key pin looks like sha256/ followed by 44 characters of base64 (the SHA-256 of the server&apos;s public key).</source>
        <translation>密钥指纹的格式为 sha256/ 加 44 个 base64 字符（服务器公钥的 SHA-256 值）。</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <source>Reception date</source>
        <translation>接待日期</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Problem raised</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Fed back on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
</context>
<context>
    <name>LedgerFile</name>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large for a ledger.</source>
        <translation>文件 %1 太大，不能作为台账导入。</translation>
    </message>
    <message>
        <source>The file %1 is neither an .xlsx workbook nor a CSV file in UTF-8 or GB18030 text.</source>
        <translation>文件 %1 既不是 .xlsx 工作簿，也不是 UTF-8 或 GB18030 编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file %1 has no rows.</source>
        <translation>文件 %1 中没有数据行。</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>&amp;Ledger file:</source>
        <translation>台账文件(&amp;L)：</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with the ledger&apos;s headers in its first row</source>
        <translation>CSV 或 Excel（.xlsx）文件，第一行为台账表头</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Check which field each column of the ledger holds and correct it where the guess is wrong. The choice is remembered for ledgers with the same headers.</source>
        <translation>请核对台账每一列对应的字段，识别有误的请更正。表头相同的台账会沿用此次选择。</translation>
    </message>
    <message>
        <source>Column in the ledger</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>The first rows, as they will be read:</source>
        <translation>前几行的读取效果：</translation>
    </message>
    <message>
        <source>Rows not imported: correct them in the ledger and import it again; the rows already imported are skipped.</source>
        <translation>以下行未导入：请在台账中更正后重新导入，已导入的行会自动跳过。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cop&amp;y the list</source>
        <translation>复制列表(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Save the list as CSV…</source>
        <translation>将列表另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LedgerImportRepository</name>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>无法保存导入的数据：%1</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>This store is not set up for a station yet; set it up before importing a ledger.</source>
        <translation>此数据库尚未建立联络站，请先建立联络站，再导入台账。</translation>
    </message>
    <message>
        <source>The ledger has no column for %1. Choose the column in the mapping, or add it to the ledger.</source>
        <translation>台账中没有“%1”列。请在列对应关系中选择对应的列，或在台账中补上该列。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (write it as 2026-09-10).</source>
        <translation>%1“%2”不是有效日期（请写成 2026-09-10 这样的格式）。</translation>
    </message>
    <message>
        <source>The reception date (%1) is empty.</source>
        <translation>接待日期（%1）为空。</translation>
    </message>
    <message>
        <source>The problem raised (%1) is empty.</source>
        <translation>反映问题（%1）为空。</translation>
    </message>
    <message>
        <source>There is no deputy called %1 at this station. Add the deputy, then import the ledger again.</source>
        <translation>本站没有名为 %1 的代表。请先添加该代表，再重新导入台账。</translation>
    </message>
    <message>
        <source>There is no category called %1. Add it in the settings or correct the ledger.</source>
        <translation>没有名为 %1 的问题类别。请在设置中添加，或改正台账。</translation>
    </message>
    <message>
        <source>There is no department called %1. Add it in the settings or correct the ledger.</source>
        <translation>没有名为 %1 的承办单位。请在设置中添加，或改正台账。</translation>
    </message>
    <message>
        <source>The satisfaction &quot;%1&quot; is not one of 满意, 基本满意, 不满意.</source>
        <translation>满意度“%1”不是“满意”“基本满意”“不满意”之一。</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is neither a date nor a number of working days.</source>
        <translation>办理时限“%1”既不是日期，也不是工作日天数。</translation>
    </message>
    <message>
        <source>The row has a reply or a result but no department (%1).</source>
        <translation>此行有答复或办理结果，但没有承办单位（%1）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>(no text in the ledger)</source>
        <translation>（台账中无答复内容）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Recorded in the ledger</source>
        <translation>据台账登记</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Closed in the ledger</source>
        <translation>据台账办结</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Assigned to a department (%1): assigning needs a station head, who can import this row later from the same file.</source>
        <translation>已交办承办单位（%1）：交办须由站长操作，站长之后可用同一文件导入此行。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of the store cannot be read.</source>
        <translation>无法读取数据库的结构版本。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少第 %1 号升级步骤。</translation>
    </message>
    <message>
        <source>Updating the store to version %1 (%2) failed: %3</source>
        <translation>将数据库升级到第 %1 版（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>MonthlyReportBuilder</name>
    <message>
        <source>Visitors</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>Reception records</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation>答复率</translation>
    </message>
    <message>
        <source>Average reply time (working days)</source>
        <translation>平均答复用时（工作日）</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Cases rated by the citizen</source>
        <translation>群众测评件数</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Opinion concentration (three largest categories)</source>
        <translation>意见集中率（件数前三的类别）</translation>
    </message>
    <message>
        <source>Opinion concentration (three communities with most cases)</source>
        <translation>意见集中率（件数前三的村、社区）</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>年度工作报告（%1）</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月度工作报告（%1）</translation>
    </message>
    <message>
        <source>From %1 to %2 the station received %3 visitors in %4 reception records and registered %5 cases, of which %6 were solved by %7 (completion rate %8). On-time reply rate %9, satisfaction rate %10, average reply time %11 working days.</source>
        <translation>%1 至 %2，本站共接待群众 %3 人次（接待记录 %4 条），登记意见建议 %5 件；截至 %7，已办结 %6 件，办结率 %8。答复率 %9，满意率 %10，平均答复用时 %11 个工作日。</translation>
    </message>
    <message>
        <source>1. Main figures</source>
        <translation>一、主要数据</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Same quarter last year</source>
        <translation>上年同季度</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>上年同月</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月情况</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Visitors and cases by month</source>
        <translation>各月接待人次及意见建议件数</translation>
    </message>
    <message>
        <source>2. Cases by category and status</source>
        <translation>二、意见建议分类及办理情况</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>意见建议类别分布</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No cases were registered.</source>
        <translation>本期未登记意见建议。</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>意见建议办理状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>3. Overdue and unsatisfied cases</source>
        <translation>三、超期及群众不满意件</translation>
    </message>
    <message>
        <source>Overdue cases on %1</source>
        <translation>截至 %1 超期的意见建议</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>No case was overdue.</source>
        <translation>无超期件。</translation>
    </message>
    <message>
        <source>Cases the citizen was not satisfied with</source>
        <translation>群众不满意的意见建议</translation>
    </message>
    <message>
        <source>No citizen was dissatisfied.</source>
        <translation>无群众不满意件。</translation>
    </message>
    <message>
        <source>4. Notable cases</source>
        <translation>四、典型案例</translation>
    </message>
    <message>
        <source>No notable case was chosen.</source>
        <translation>本期未选取典型案例。</translation>
    </message>
    <message>
        <source>5. Deputies&apos; duty</source>
        <translation>五、代表履职情况</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>参加接待日</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>接待来访</translation>
    </message>
    <message>
        <source>Cases followed</source>
        <translation>跟踪意见建议</translation>
    </message>
    <message>
        <source>The station has no deputies.</source>
        <translation>本站尚未编入代表。</translation>
    </message>
    <message>
        <source>Station (seal): %1</source>
        <translation>联络站（盖章）：%1</translation>
    </message>
    <message>
        <source>Person in charge (signature):</source>
        <translation>负责人（签字）：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>填报人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>已于 %1 办结。</translation>
    </message>
    <message>
        <source>Closed on %1; rating: %2.</source>
        <translation>已于 %1 办结，群众评价：%2。</translation>
    </message>
    <message>
        <source>%1 replied on %2; the citizen is being told.</source>
        <translation>%1 已于 %2 答复，正在向群众反馈。</translation>
    </message>
    <message>
        <source>%1 replied on %2; the citizen has been told and not yet rated it.</source>
        <translation>%1 已于 %2 答复，已向群众反馈，群众尚未评价。</translation>
    </message>
    <message>
        <source>Reopened after the citizen was not satisfied; %1 is handling it again (deadline %2).</source>
        <translation>因群众不满意重新办理，由 %1 再次办理（办理时限 %2）。</translation>
    </message>
    <message>
        <source>Assigned to %1, being handled (deadline %2).</source>
        <translation>已交办 %1，正在办理（办理时限 %2）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Participants in activities</source>
        <translation>活动参加人数</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>6. Activities held</source>
        <translation>六、开展活动情况</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>按类型统计活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Every activity of the year</source>
        <translation>全年活动一览</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>No activity was recorded.</source>
        <translation>未记录活动。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>NotableCaseRepository</name>
    <message>
        <source>Choose the month of the report.</source>
        <translation>请选择报告月份。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>没有此件意见建议。</translation>
    </message>
    <message>
        <source>No case has the number %1.</source>
        <translation>没有编号为 %1 的意见建议。</translation>
    </message>
</context>
<context>
    <name>NotableCasesPanel</name>
    <message>
        <source>color: #555;</source>
        <translation>color: #555;</translation>
    </message>
    <message>
        <source>Case number, e.g. A0012</source>
        <translation>意见建议编号，例如 A0012</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Take off the report</source>
        <translation>从报告中移除</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Activities held…</source>
        <translation>开展活动…</translation>
    </message>
    <message>
        <source>Record the month&apos;s activities: themed receptions, field visits, surveys, law publicity</source>
        <translation>记录本月开展的活动：主题接待、实地视察、调研、普法宣传等</translation>
    </message>
</context>
<context>
    <name>PageRowScanner</name>
    <message>
        <source>The sync server sent a damaged page (%1 at byte %2).</source>
        <translation>同步服务器发来的数据页已损坏（第 %2 字节处：%1）。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>保存密码</translation>
    </message>
</context>
<context>
    <name>PersonalDataAccess</name>
    <message>
        <source>This record could not be found; it may have been removed.</source>
        <translation>找不到这条记录，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Name on the plate:</source>
        <translation>挂牌名称：</translation>
    </message>
    <message>
        <source>Village or community:</source>
        <translation>所在村（社区）：</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>详细地址：</translation>
    </message>
    <message>
        <source>e.g. 南苑路18号一楼</source>
        <translation>例如：南苑路18号一楼</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>开放时间：</translation>
    </message>
    <message>
        <source>e.g. 周一至周五 8:30-11:30, 14:00-17:00</source>
        <translation>例如：周一至周五 8:30-11:30, 14:00-17:00</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Full address:</source>
        <translation>完整地址：</translation>
    </message>
    <message>
        <source>Deputies assigned here (tick to assign):</source>
        <translation>编入此处的代表（勾选即编入）：</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>The problem in the visitor&apos;s words (Ctrl+S saves the visit)</source>
        <translation>按来访群众的原话记录问题（Ctrl+S 保存接待记录）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Village or community (if not the visitor&apos;s)</source>
        <translation>问题所在村（社区），与来访群众不同时填写</translation>
    </message>
    <message>
        <source>Place: street, building, unit</source>
        <translation>具体位置：路名、楼幢、单元</translation>
    </message>
    <message>
        <source>Register as a new case instead</source>
        <translation>改为登记为新的意见建议</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Reception receipt</source>
        <translation>接待回执</translation>
    </message>
    <message>
        <source>Date: %1 %2</source>
        <translation>日期：%1 %2</translation>
    </message>
    <message>
        <source>Received at: %1</source>
        <translation>接待地点：%1</translation>
    </message>
    <message>
        <source>Receiving deputies: %1</source>
        <translation>接待代表：%1</translation>
    </message>
    <message>
        <source>station staff</source>
        <translation>联络站工作人员</translation>
    </message>
    <message>
        <source>Visitor: %1, phone %2</source>
        <translation>来访群众：%1，电话 %2</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未留</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>编号 %1：%2</translation>
    </message>
    <message>
        <source>  Added to a case already being handled; answer due by %1</source>
        <translation>  已并入正在办理的意见建议，答复期限：%1</translation>
    </message>
    <message>
        <source>  Answer due by %1</source>
        <translation>  答复期限：%1</translation>
    </message>
    <message>
        <source>Questions: call the station on %1 and give the case number.</source>
        <translation>如有疑问，请拨打联络站电话 %1，并告知编号。</translation>
    </message>
    <message>
        <source>added to a case already being handled</source>
        <translation>已并入正在办理的意见建议</translation>
    </message>
    <message>
        <source>Scan for the case number</source>
        <translation>扫码获取编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接待地点</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>%1 and others (%2 people)</source>
        <translation>%1 等 %2 人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Your problems have been registered. The station will tell you the answer by the date above.</source>
        <translation>您反映的问题已登记，联络站将在上述日期前把办理结果告知您。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>The visit no longer exists.</source>
        <translation>这条接待记录已不存在。</translation>
    </message>
    <message>
        <source>The visit was cancelled; it has no receipt.</source>
        <translation>这条接待记录已撤销，无法出具回执。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Cut along this line</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>Reception receipt</source>
        <translation>接待回执</translation>
    </message>
    <message>
        <source>Receipt: print preview</source>
        <translation>回执：打印预览</translation>
    </message>
</context>
<context>
    <name>ReceptionNotice</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>(Moved from %1 because of %2.)</source>
        <translation>（因%2，由 %1 调整至此。）</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Deputies receiving:</source>
        <translation>接待代表：</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Residents are welcome to come and raise their problems and suggestions in person.</source>
        <translation>欢迎广大群众前来当面反映问题、提出意见建议。</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系方式：%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>另行通知</translation>
    </message>
    <message>
        <source>Residents are welcome to come and raise their problems and suggestions in person. The deputies listen, the station follows every problem up and tells you the result.</source>
        <translation>欢迎广大群众前来当面反映问题、提出意见建议。代表认真倾听，联络站对每个问题跟踪办理，并将结果告知您。</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Visit</source>
        <translation>接待信息</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Station or point</source>
        <translation>接待站点</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>对方编号</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>&amp;Add another problem</source>
        <translation>再添加一个问题</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>New visit (Ctrl+N)</source>
        <translation>新登记（Ctrl+N）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印回执…</translation>
    </message>
    <message>
        <source>Receipt as PDF…</source>
        <translation>回执另存为 PDF…</translation>
    </message>
    <message>
        <source>Returning visitor</source>
        <translation>再次来访</translation>
    </message>
    <message>
        <source>Type a phone number to see the visitor&apos;s earlier visits and open cases.</source>
        <translation>输入联系电话，即可查看该来访群众以往的来访记录和未办结的意见建议。</translation>
    </message>
    <message>
        <source>Open cases that look alike</source>
        <translation>相似的未办结意见建议</translation>
    </message>
    <message>
        <source>While you type a problem, open cases of the last 90 days about the same thing appear here.</source>
        <translation>填写问题时，近 90 天内反映同一事项、尚未办结的意见建议会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Link the problem to this case</source>
        <translation>将此问题关联到此件</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>今日接待</translation>
    </message>
    <message>
        <source>Correct visitor…</source>
        <translation>更正来访群众信息…</translation>
    </message>
    <message>
        <source>Print receipt again…</source>
        <translation>重新打印回执…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>撤销接待记录…</translation>
    </message>
</context>
<context>
    <name>ReceptionRuleParser</name>
    <message>
        <source>The quote is not closed: %1</source>
        <translation>缺少结束引号：%1</translation>
    </message>
    <message>
        <source>The rule is empty.</source>
        <translation>规则为空。</translation>
    </message>
    <message>
        <source>A rule starts with its kind (monthly, weekly, once or leaders), not: %1</source>
        <translation>规则应以类型（monthly、weekly、once 或 leaders）开头，而不是：%1</translation>
    </message>
    <message>
        <source>Expected key=value: %1</source>
        <translation>应写成 key=value 的形式：%1</translation>
    </message>
    <message>
        <source>Unknown key: %1</source>
        <translation>无法识别的键名：%1</translation>
    </message>
    <message>
        <source>The key is given twice: %1</source>
        <translation>键名重复：%1</translation>
    </message>
    <message>
        <source>A %1 rule does not take: %2</source>
        <translation>%1 规则不能使用：%2</translation>
    </message>
    <message>
        <source>Weeks are 1 to 5 or last: %1</source>
        <translation>周次应为 1 到 5 或 last：%1</translation>
    </message>
    <message>
        <source>A week is given twice: %1</source>
        <translation>周次重复：%1</translation>
    </message>
    <message>
        <source>Unknown weekday (use mon to sun): %1</source>
        <translation>无法识别的星期（请用 mon 到 sun）：%1</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD: %1</source>
        <translation>日期应写成 YYYY-MM-DD 格式：%1</translation>
    </message>
    <message>
        <source>Half-day is am or pm: %1</source>
        <translation>时段应为 am 或 pm：%1</translation>
    </message>
    <message>
        <source>Deputy %1 is in the pool twice: %2</source>
        <translation>代表 %1 在轮值名单中出现了两次：%2</translation>
    </message>
    <message>
        <source>Deputies per session must be 1 or more: %1</source>
        <translation>每次接待的代表人数至少为 1：%1</translation>
    </message>
    <message>
        <source>On a holiday use next, previous, skip or keep: %1</source>
        <translation>遇节假日的处理方式应为 next、previous、skip 或 keep：%1</translation>
    </message>
    <message>
        <source>A %1 rule needs %2=</source>
        <translation>%1 规则必须填写 %2=</translation>
    </message>
    <message>
        <source>The rule ends before it starts: %1 is after %2</source>
        <translation>规则的结束日期早于开始日期：%1 晚于 %2</translation>
    </message>
    <message numerus="yes">
        <source>More deputies per session than the %n in the pool: %1</source>
        <translation>
            <numerusform>每次接待的代表人数多于轮值名单中的 %n 人：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionSchedule</name>
    <message>
        <source>Attendance can be marked on the day of the reception or later, not before.</source>
        <translation>接待日当天或之后才能登记到场情况，不能提前登记。</translation>
    </message>
    <message>
        <source>Deputies&apos; reception day</source>
        <translation>代表接待日</translation>
    </message>
    <message>
        <source>Reception by appointment</source>
        <translation>预约接待</translation>
    </message>
    <message>
        <source>Themed reception</source>
        <translation>主题接待</translation>
    </message>
    <message>
        <source>Leaders&apos; reception day</source>
        <translation>领导接待日</translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>The reference data %1 is missing from the program.</source>
        <translation>程序中缺少基础数据 %1。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a division code with a name.</source>
        <translation>%1 第 %2 行：“%3”不是带名称的区划代码。</translation>
    </message>
    <message>
        <source>%1, line %2: expected a date (YYYY-MM-DD) and holiday or workday.</source>
        <translation>%1 第 %2 行：应为日期（YYYY-MM-DD）加 holiday 或 workday。</translation>
    </message>
    <message>
        <source>The reference data could not be saved in the store: %1</source>
        <translation>无法将基础数据保存到数据库：%1</translation>
    </message>
    <message>
        <source>The store has no place for reference data: %1</source>
        <translation>数据库中没有存放基础数据的表：%1</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>The record was deleted on another PC, so this change could not be kept.</source>
        <translation>该记录已在另一台电脑上删除，此项更改无法保留。</translation>
    </message>
    <message>
        <source>The record belongs to another station now (or was never this station&apos;s), so this PC may not change it.</source>
        <translation>该记录现属于其他联络站（或从未属于本站），本机无权修改。</translation>
    </message>
    <message>
        <source>A recorded step of a case cannot be changed afterwards; add a correcting step instead.</source>
        <translation>意见建议已记录的办理环节不能事后修改，请补记一条更正环节。</translation>
    </message>
    <message>
        <source>An attachment cannot be changed after it was added; delete it and add the right one.</source>
        <translation>附件添加后不能修改，请删除后重新添加正确的附件。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock was more than a day ahead when the change was made. Set the PC&apos;s date and time.</source>
        <translation>做出此项更改时本机时钟快了一天以上，请校正电脑的日期和时间。</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>服务器上没有这条记录。</translation>
    </message>
    <message>
        <source>The server cannot store this change (%1). This program may be newer or older than the server: ask the administrator.</source>
        <translation>服务器无法保存此项更改（%1）。本程序的版本可能与服务器不一致，请联系系统管理员。</translation>
    </message>
    <message>
        <source>Another case of this station already has this case number, so the number was not changed.</source>
        <translation>本站另一件意见建议已使用此编号，编号未更改。</translation>
    </message>
    <message>
        <source>The change names a record of another station (a category, department, deputy, case or visit this station does not have), so the server did not take it. Choose one of this station&apos;s records instead.</source>
        <translation>此项更改引用了其他联络站的记录（本站没有的类别、承办单位、代表、意见建议或接待记录），服务器未接受。请改选本站的记录。</translation>
    </message>
    <message>
        <source>The record was not moved to the other station: records of its station still use it (cases, visits or schedules). Change or move those first.</source>
        <translation>该记录未移交到其他联络站：本站仍有记录（意见建议、接待记录或接待日程）在使用它。请先修改或移交这些记录。</translation>
    </message>
    <message numerus="yes">
        <source>The record was not moved to the other station: %n record(s) of its station still use it (cases, visits or schedules). Change or move those first.</source>
        <translation>
            <numerusform>该记录未移交到其他联络站：本站仍有%n条记录（意见建议、接待记录或接待日程）在使用它。请先修改或移交这些记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Write the monthly or annual report as PDF, CSV (one figure per row), XLSX or HTML.</source>
        <translation>将月度工作报告或年度工作报告输出为 PDF、CSV（每行一项数据）、XLSX 或 HTML 文件。</translation>
    </message>
    <message>
        <source>--db PATH (--month YYYY-MM | --year YYYY) [--pdf FILE] [--csv FILE] [--xlsx FILE] [--html FILE]</source>
        <translation>--db PATH (--month YYYY-MM | --year YYYY) [--pdf FILE] [--csv FILE] [--xlsx FILE] [--html FILE]</translation>
    </message>
    <message>
        <source>The month of the monthly report, such as 2026-10.</source>
        <translation>月度工作报告的月份，例如 2026-10。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The year of the annual report, such as 2026.</source>
        <translation>年度工作报告的年份，例如 2026。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Write the report as PDF (A4, ready to print and sign).</source>
        <translation>将报告输出为 PDF 文件（A4 纸，可直接打印、签字）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the figures as CSV, one figure per row: name, value.</source>
        <translation>将各项数据输出为 CSV 文件，每行一项：名称、数值。</translation>
    </message>
    <message>
        <source>Write the figures and tables as an Excel workbook.</source>
        <translation>将各项数据和表格输出为 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Write the report as HTML.</source>
        <translation>将报告输出为 HTML 文件。</translation>
    </message>
    <message>
        <source>Say which report: --month YYYY-MM or --year YYYY.</source>
        <translation>请指定要生成哪份报告：--month YYYY-MM 或 --year YYYY。</translation>
    </message>
    <message>
        <source>The month &apos;%1&apos; is not of the form YYYY-MM, such as 2026-10.</source>
        <translation>月份“%1”格式不对，应写成 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <source>The year &apos;%1&apos; is not a year such as 2026.</source>
        <translation>“%1”不是有效的年份，应写成 2026 这样的年份。</translation>
    </message>
    <message>
        <source>Say where to write the report: --pdf, --csv, --xlsx or --html FILE.</source>
        <translation>请指定报告保存到哪里：--pdf、--csv、--xlsx 或 --html FILE。</translation>
    </message>
    <message>
        <source>The store has no station yet; run ztctl init first.</source>
        <translation>数据库尚未建立联络站，请先运行 ztctl init。</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <source>CSV written to %1</source>
        <translation>CSV 已写入 %1</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Excel 工作簿已写入 %1</translation>
    </message>
    <message>
        <source>HTML written to %1</source>
        <translation>HTML 已写入 %1</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Could not write the PDF file %1. Check that the folder exists and can be written to.</source>
        <translation>无法写入 PDF 文件 %1。请检查该文件夹是否存在、是否允许写入。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace a store with a backup; the replaced store is kept beside it. Close Zhitongche first.</source>
        <translation>用备份替换数据库，被替换的数据库会保留在原文件旁边。请先关闭民意直通车。</translation>
    </message>
    <message>
        <source>--db PATH --from FILE</source>
        <translation>--db PATH --from FILE</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The option --from is missing: say which backup to restore.</source>
        <translation>缺少 --from 选项：请指定要恢复的备份。</translation>
    </message>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation>备份和数据库是同一个文件。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>找不到备份 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The replaced store was kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Keep personal data for at least one year.</source>
        <translation>个人信息至少保留一年。</translation>
    </message>
</context>
<context>
    <name>RosterFileReader</name>
    <message>
        <source>%1 is not a roster file: choose a .csv or .xlsx file.</source>
        <translation>%1 不是名册文件，请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>No header row with the columns 姓名 (name) and 代表层级 or 级别 (level) was found in the first five rows. Add them and import again.</source>
        <translation>前五行中没有找到包含“姓名”和“代表层级”（或“级别”）列的表头行。请补上后重新导入。</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>the level is empty</source>
        <translation>层级为空</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; is not one of: %2</source>
        <translation>层级“%1”不在以下范围内：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the gender &quot;%1&quot; is neither 男 nor 女</source>
        <translation>性别“%1”既不是“男”也不是“女”</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; is neither a mobile number (11 digits) nor a landline number</source>
        <translation>电话“%1”既不是手机号码（11 位），也不是固定电话号码</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is not a period such as 2022-2027 or 2022.01-2027.01</source>
        <translation>任期“%1”格式不对，应写成 2022-2027 或 2022.01-2027.01 这样的起止时间</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date such as 2022-01-01</source>
        <translation>日期“%1”格式不对，应写成 2022-01-01 这样的日期</translation>
    </message>
    <message>
        <source>the term ends before it starts</source>
        <translation>任期结束日期早于开始日期</translation>
    </message>
    <message>
        <source>there is no liaison point called &quot;%1&quot; (add it under Stations and points first)</source>
        <translation>没有名为“%1”的联络点（请先在“联络站和联络点”中添加）</translation>
    </message>
    <message>
        <source>the same deputy is already on line %1</source>
        <translation>同一位代表已在第 %1 行出现</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nothing was imported: the roster could not be saved (%1).</source>
        <translation>未导入任何数据：无法保存名册（%1）。</translation>
    </message>
</context>
<context>
    <name>RuleEditorForm</name>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>As the notice shows it, e.g. 区人大代表接待日</source>
        <translation>通知上显示的名称，例如：区人大代表接待日</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Weeks of the month:</source>
        <translation>每月第几周：</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>第一周</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>第二周</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>第三周</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>第四周</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>第五周</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一周</translation>
    </message>
    <message>
        <source>Weekday:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Half-day:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>On an official holiday:</source>
        <translation>遇法定节假日：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Themed receptions, e.g. 开学前心理辅导</source>
        <translation>用于主题接待，例如：开学前心理辅导</translation>
    </message>
    <message>
        <source>Expertise wanted:</source>
        <translation>所需专业特长：</translation>
    </message>
    <message>
        <source>e.g. 教育、心理</source>
        <translation>例如：教育、心理</translation>
    </message>
    <message>
        <source>Suggest deputies</source>
        <translation>推荐代表</translation>
    </message>
    <message>
        <source>Deputies (in rotation order):</source>
        <translation>接待代表（按轮值顺序）：</translation>
    </message>
    <message>
        <source>Deputies per session:</source>
        <translation>每次接待代表人数：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>List a year&apos;s reception days, export them as an .ics calendar, or add a schedule rule.</source>
        <translation>列出某一年的接待日，导出为 .ics 日历文件，或添加一条接待日程规则。</translation>
    </message>
    <message>
        <source>--db PATH [--year YYYY] [--ics FILE] [--add-rule TEXT [--title TITLE]]</source>
        <translation>--db PATH [--year YYYY] [--ics FILE] [--add-rule TEXT [--title TITLE]]</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>年份（默认为今年）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>Write the year&apos;s reception days to this .ics calendar file.</source>
        <translation>将该年的接待日写入此 .ics 日历文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Add a rule, e.g. &quot;monthly weeks=2,4 day=thu half=pm from=2026-01-01&quot;.</source>
        <translation>添加一条规则，例如 &quot;monthly weeks=2,4 day=thu half=pm from=2026-01-01&quot;。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The title of the added rule, as notices show it.</source>
        <translation>所添加规则的名称，即通知上显示的名称。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>--year wants a year such as 2026.</source>
        <translation>--year 需要一个年份，例如 2026。</translation>
    </message>
    <message>
        <source>The store is not set up for a station yet (run ztctl init).</source>
        <translation>数据库尚未建立联络站（请运行 ztctl init）。</translation>
    </message>
    <message>
        <source>Added rule: %1</source>
        <translation>已添加规则：%1</translation>
    </message>
    <message>
        <source>Warning: the official holidays of %1 are not in this version&apos;s calendar; sessions on holidays are not moved.</source>
        <translation>注意：本版本的日历中没有 %1 年的法定节假日，遇节假日的接待日不会调整。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 reception days %2</source>
        <translation>%1 %2 年接待日</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reception day(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 年的 %n 个接待日写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>(moved from %1, %2)</source>
        <translation>（因%2由 %1 调整）</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsSection</name>
    <message>
        <source>Security and privacy</source>
        <translation>安全与隐私</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>无操作自动锁定时间：</translation>
    </message>
    <message>
        <source>Keep citizens&apos; names and phones:</source>
        <translation>群众姓名和电话保留期限：</translation>
    </message>
    <message>
        <source>Anonymise now…</source>
        <translation>立即匿名化…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Zhitongche</source>
        <translation>民意直通车</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator to enable it.</source>
        <translation>账号 %1 已停用，请联系管理员启用。</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message>
        <source>The wrong password could not be counted: %1</source>
        <translation>无法记录密码错误次数：%1</translation>
    </message>
    <message>
        <source>The count of wrong passwords could not be cleared: %1</source>
        <translation>无法清除密码错误次数：%1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationJoin</name>
    <message>
        <source>This PC is set up for a station already.</source>
        <translation>这台电脑已设置了所属联络站。</translation>
    </message>
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation>编号字母必须是 A 到 Z 之间的一个字母。</translation>
    </message>
    <message>
        <source>The server has no data of this station yet. Set up the station&apos;s first PC and let it sync, then join this PC.</source>
        <translation>服务器上还没有本站的数据。请先设置本站第一台电脑并同步，再让这台电脑加入。</translation>
    </message>
    <message>
        <source>This sync server does not give out letters for case numbers yet: type one for this PC, A to Z, that no other PC of the station uses.</source>
        <translation>这台同步服务器还不能分配编号字母：请为本机填写一个 A 到 Z 的字母，须是本站其他电脑没有用的。</translation>
    </message>
    <message>
        <source>%1 is neither a station&apos;s account nor a district&apos;s. A PC joins its station with the station&apos;s account (the district office gives it out).</source>
        <translation>%1既不是联络站账号，也不是区账号。电脑需用本站的联络站账号（由区里发放）加入本站。</translation>
    </message>
    <message>
        <source>The server has no data of this district&apos;s stations yet. Set up a station&apos;s first PC and let it sync, then join this PC.</source>
        <translation>服务器上还没有本区联络站的数据。请先设立一个联络站的第一台电脑并同步，再让这台电脑加入。</translation>
    </message>
    <message>
        <source>Stopped. The data received so far stays on this PC; join again to go on.</source>
        <translation>已停止。已接收的数据保留在这台电脑上；再次加入即可继续。</translation>
    </message>
    <message>
        <source>That station is not one of this district&apos;s.</source>
        <translation>该联络站不属于本区。</translation>
    </message>
</context>
<context>
    <name>StationService</name>
    <message>
        <source>Enter the name on the plate.</source>
        <translation>请输入挂牌名称。</translation>
    </message>
    <message>
        <source>The contact phone is neither a mobile number (11 digits) nor a landline number.</source>
        <translation>联系电话既不是手机号码（11 位），也不是固定电话号码。</translation>
    </message>
    <message>
        <source>Choose the village or community the point is in (one of %1).</source>
        <translation>请选择联络点所在的村（社区）（须属于%1）。</translation>
    </message>
    <message>
        <source>There is already a point called %1.</source>
        <translation>已有名为 %1 的联络点。</translation>
    </message>
</context>
<context>
    <name>StationSetup</name>
    <message>
        <source>%1 is not a township or street code: it must have 9 digits, such as 330203006.</source>
        <translation>%1 不是乡镇（街道）代码：代码应为 9 位数字，例如 330203006。</translation>
    </message>
    <message>
        <source>This store is already set up for a station.</source>
        <translation>此数据库已经建立了联络站。</translation>
    </message>
    <message>
        <source>The station %1 already exists in this store.</source>
        <translation>此数据库中已有联络站 %1。</translation>
    </message>
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation>编号字母必须是 A 到 Z 之间的一个字母。</translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation>浙江省行政区划中没有代码为%1的乡镇（街道）。</translation>
    </message>
</context>
<context>
    <name>StatsPeriod</name>
    <message>
        <source>%1-%2</source>
        <comment>year-month, e.g. 2026年10月</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>quarter of a year</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year, e.g. 2026年</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation>SQLite 无法读取该文件：%1</translation>
    </message>
    <message>
        <source>SQLite found damage: %1</source>
        <translation>SQLite 发现损坏：%1</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %n problems; the first: %1</source>
        <translation>
            <numerusform>SQLite 发现 %n 处问题，第一处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The references between records cannot be checked: %1</source>
        <translation>无法检查记录之间的关联：%1</translation>
    </message>
    <message>
        <source>a record in %1 (row %2) points to a missing record in %3</source>
        <translation>%1 中的一条记录（第 %2 行）指向 %3 中不存在的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist; the first: %1</source>
        <translation>
            <numerusform>有 %n 条记录指向不存在的记录，第一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes waiting to be sent cannot be read: %1</source>
        <translation>无法读取待发送的更改：%1</translation>
    </message>
    <message>
        <source>%1 of the numbered changes from %2 to %3 are missing, so the server would wait for them forever</source>
        <translation>编号 %2 至 %3 的更改中缺少 %1 项，服务器会一直等待这些更改</translation>
    </message>
    <message>
        <source>the next change would get number %1, which is already taken (the last is %2)</source>
        <translation>下一项更改的编号将是 %1，但该编号已被占用（当前最大编号为 %2）</translation>
    </message>
    <message>
        <source>changes refer to a table &apos;%1&apos; that this store does not sync</source>
        <translation>有更改涉及此数据库不同步的表“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) describe records of %1 that are not in the store</source>
        <translation>
            <numerusform>有 %n 项更改对应的 %1 记录不在数据库中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>No backup of this store was found in %1.</source>
        <translation>在 %1 中没有找到此数据库的备份。</translation>
    </message>
    <message>
        <source>%1

The newest backup was made on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>%1

最近一次备份时间为 %2。是否恢复该备份？损坏的文件会另行保留，不会删除。</translation>
    </message>
    <message>
        <source>Restoring the backup failed</source>
        <translation>恢复备份失败</translation>
    </message>
    <message>
        <source>The data file cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>SuggestionDraft</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion (draft)</source>
        <translation>建议（草稿）</translation>
    </message>
    <message>
        <source>%1 · drafted on %2 · draft for the deputy to complete</source>
        <translation>%1 · %2 起草 · 草稿，待代表完善</translation>
    </message>
    <message>
        <source>1. What citizens raised</source>
        <translation>一、群众反映情况</translation>
    </message>
    <message>
        <source>No cases were selected.</source>
        <translation>未选择意见建议。</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 the station received %n case(s) on this matter.</source>
        <translation>
            <numerusform>%1 至 %2，联络站共收到此类意见建议 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were raised by %n citizen(s).</source>
        <translation>
            <numerusform>共有 %n 位群众反映。</numerusform>
        </translation>
    </message>
    <message>
        <source>Communities: %1.</source>
        <translation>涉及村（社区）：%1。</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>问题类别：%1。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>2. What the departments replied</source>
        <translation>二、有关部门答复情况</translation>
    </message>
    <message>
        <source>No department has replied to these cases yet.</source>
        <translation>有关部门尚未答复。</translation>
    </message>
    <message>
        <source>%1, %2 (case %3): %4</source>
        <translation>%1，%2（%3）：%4</translation>
    </message>
    <message>
        <source>3. Analysis</source>
        <translation>三、原因分析</translation>
    </message>
    <message>
        <source>(Why this is a widespread problem, and its causes.)</source>
        <translation>（说明问题的普遍性、倾向性及其原因。）</translation>
    </message>
    <message>
        <source>4. Suggestions</source>
        <translation>四、意见建议</translation>
    </message>
    <message>
        <source>(What the deputy proposes.)</source>
        <translation>（代表提出的具体建议。）</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>代表：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Carried into a deputy&apos;s suggestion</source>
        <translation>已形成代表建议</translation>
    </message>
    <message>
        <source>Carried into the suggestion: %1</source>
        <translation>已形成代表建议：%1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SuggestionGroupsDialog</name>
    <message>
        <source>Proposed groups of similar cases</source>
        <translation>建议合并的同类意见建议</translation>
    </message>
    <message>
        <source>Open and closed cases of the same category in the same community, or of one category whose titles share words, with the most citizens first. Draft a suggestion from a group with its evidence.</source>
        <translation>同一村（社区）同一类别的意见建议（含已办结），或同一类别且标题有相同词语的意见建议，反映群众多的排在前面。可用一组意见建议及其依据起草代表建议。</translation>
    </message>
    <message>
        <source>&amp;Months back:</source>
        <translation>统计最近月数(&amp;M)：</translation>
    </message>
    <message>
        <source>At &amp;least this many cases:</source>
        <translation>件数至少(&amp;L)：</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>群众人数</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>反映时间</translation>
    </message>
    <message>
        <source>Common words</source>
        <translation>相同词语</translation>
    </message>
    <message>
        <source>&amp;Draft a suggestion from this group…</source>
        <translation>用此组起草代表建议(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SupervisionColour</name>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionListDocument</name>
    <message>
        <source>No department</source>
        <translation>未交办</translation>
    </message>
    <message>
        <source>Supervision list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期 %1</translation>
    </message>
    <message>
        <source>No open case is waiting for a department&apos;s reply.</source>
        <translation>没有等待承办单位答复的意见建议。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>督办状态</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催办次数</translation>
    </message>
    <message>
        <source>Received by (department):</source>
        <translation>承办单位签收：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>No sync server is set up for this store.</source>
        <translation>此数据库尚未设置同步服务器。</translation>
    </message>
    <message>
        <source>This PC is not enrolled with the sync server yet.</source>
        <translation>这台电脑尚未在同步服务器上注册。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <source>The sync server cannot be reached: %1</source>
        <translation>无法连接同步服务器：%1</translation>
    </message>
    <message>
        <source>The server refused this PC&apos;s credentials: %1</source>
        <translation>服务器拒绝了这台电脑的登录凭据：%1</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation>同步服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>This store was copied or restored from a backup: enrol this PC again to sync.</source>
        <translation>此数据库是复制来的或从备份恢复的，请重新为这台电脑注册后再同步。</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of this PC (%1).</source>
        <translation>服务器缺少这台电脑之前的更改（%1）。</translation>
    </message>
    <message>
        <source>The sync server answered an incomplete batch.</source>
        <translation>同步服务器返回的数据不完整。</translation>
    </message>
    <message>
        <source>The sync server sent a damaged page.</source>
        <translation>同步服务器发来的数据已损坏。</translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key in the sync settings. The connection was stopped: this may not be your organisation&apos;s server. Ask the administrator before changing the pin.</source>
        <translation>服务器的密钥与同步设置中绑定的密钥指纹不符，连接已中止：这可能不是本单位的服务器。更改密钥指纹前请先咨询管理员。</translation>
    </message>
    <message>
        <source>This version of Zhitongche is too old for the sync server: upgrade it to receive changes (changes made here are still sent).</source>
        <translation>此版本的直通车太旧，同步服务器不再支持：请升级后再接收更新（本机的修改仍会上传）。</translation>
    </message>
    <message numerus="yes">
        <source>The sync server is under maintenance; this PC tries again in %n minute(s).</source>
        <translation>
            <numerusform>同步服务器正在维护，本机将在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync server is busy; this PC tries again in %n minute(s).</source>
        <translation>
            <numerusform>同步服务器繁忙，本机将在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was stopped; it goes on from here next time.</source>
        <translation>同步已停止，下次将从此处继续。</translation>
    </message>
    <message>
        <source>Another PC of this station already writes %1 into its case numbers, and no letter is free.</source>
        <translation>本站另一台电脑的编号已在使用字母 %1，且已没有空闲字母。</translation>
    </message>
    <message>
        <source>Another PC of this station already writes %1 into its case numbers. Take %2, or leave the letter empty and the server gives this PC a free one.</source>
        <translation>本站另一台电脑的编号已在使用字母 %1。请改用 %2，或将字母留空，由服务器为本机分配一个空闲字母。</translation>
    </message>
    <message>
        <source>All 26 letters are in use by this station&apos;s PCs. Ask the district office to retire a PC that is no longer used.</source>
        <translation>本站电脑已用完全部 26 个字母。请联系区里停用不再使用的电脑。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Send this store&apos;s changes to the sync server and fetch the others&apos;.</source>
        <translation>将此数据库的更改发送到同步服务器，并取回其他电脑的更改。</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org:8443 (saved in the store).</source>
        <translation>同步服务器，例如 https://sync.example.org:8443（会保存在数据库中）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate, PEM (saved in the store).</source>
        <translation>本单位的 CA 证书，PEM 格式（会保存在数据库中）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Enrol this PC with this station account.</source>
        <translation>用此联络站账号为这台电脑注册。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A file whose first line is the account&apos;s password (or set ZT_SYNC_PASSWORD).</source>
        <translation>一个文件，其第一行为该账号的密码（也可以设置 ZT_SYNC_PASSWORD）。</translation>
    </message>
    <message>
        <source>Rows per pulled page (1-1000).</source>
        <translation>每次取回的行数（1-1000）。</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>ROWS</translation>
    </message>
    <message>
        <source>Give --server and --ca together.</source>
        <translation>--server 和 --ca 要同时给出。</translation>
    </message>
    <message>
        <source>--page-size must be 1 to 1000.</source>
        <translation>--page-size 必须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>Give --server and --ca.</source>
        <translation>请给出 --server 和 --ca。</translation>
    </message>
    <message>
        <source>No sync server is set up for this store: give --server and --ca.</source>
        <translation>此数据库尚未设置同步服务器：请给出 --server 和 --ca。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>Give --password-file FILE or set ZT_SYNC_PASSWORD to enrol.</source>
        <translation>注册需要用 --password-file FILE 指定密码文件，或设置 ZT_SYNC_PASSWORD。</translation>
    </message>
    <message>
        <source>This PC is not enrolled yet: give --user NAME and a password.</source>
        <translation>这台电脑尚未注册：请给出 --user NAME 和密码。</translation>
    </message>
    <message>
        <source>Sent %1 changes (%2 refused, %3 conflicts); received %4 rows in %5 pages; %6 changes waiting.</source>
        <translation>已发送 %1 项更改（%2 项被拒收，%3 项冲突）；已接收 %4 行（分 %5 批）；还有 %6 项更改待同步。</translation>
    </message>
    <message>
        <source>--db PATH [--server URL --ca FILE] [--pin sha256/BASE64] [--user NAME --password-file FILE]</source>
        <translation>--db PATH [--server URL --ca FILE] [--pin sha256/BASE64] [--user NAME --password-file FILE]</translation>
    </message>
    <message>
        <source>Also require the server&apos;s public key to have this SHA-256 pin (sha256/BASE64; saved in the store after a sync that succeeds; an empty value removes it).</source>
        <translation>同时要求服务器公钥符合此 SHA-256 指纹（sha256/BASE64；同步成功后保存到数据中；留空则取消此要求）。</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>This data file is a copy of another PC&apos;s (or a restored backup). It now syncs as a new PC; nothing was lost or sent twice.</source>
        <translation>此数据文件是另一台电脑数据的副本（或是恢复的备份），现已作为新电脑同步，数据没有丢失，也没有重复上传。</translation>
    </message>
    <message>
        <source>Attachments: %1 sent (%2 bytes), %3 received (%4 bytes).</source>
        <translation>附件：已发送 %1 个（%2 字节），已接收 %3 个（%4 字节）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Checked against the server: these records on this PC differed from the server&apos;s; they were received again and now match: %1.</source>
        <translation>已与服务器核对：本机以下记录与服务器不一致，已重新接收，现已一致：%1。</translation>
    </message>
    <message>
        <source>Checked against the server: these records on this PC still differ from the server&apos;s after they were received again: %1. This PC may hold records the server never got; ask the administrator to compare this PC&apos;s data file with the server.</source>
        <translation>已与服务器核对：本机以下记录重新接收后仍与服务器不一致：%1。本机可能有服务器从未收到的记录，请联系系统管理员将本机数据文件与服务器进行比对。</translation>
    </message>
    <message>
        <source>Checked against the server: every record on this PC matches.</source>
        <translation>已与服务器核对：本机所有记录均一致。</translation>
    </message>
    <message>
        <source>From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so the two never give out the same case number.</source>
        <translation>今后本机编号使用字母 %1；另一台电脑保留原字母，两台电脑不会产生相同的编号。</translation>
    </message>
    <message>
        <source>This PC had not synced for longer than the server keeps deleted records, so it received all its records again.</source>
        <translation>本机未同步的时间超过了服务器保留已删除记录的期限，已重新接收全部记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted on other PCs meanwhile were removed here too.</source>
        <translation>
            <numerusform>其间在其他电脑上删除的 %n 条记录已在本机一并删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictRepository</name>
    <message>
        <source>Saving the decision on a conflict failed: %1</source>
        <translation>保存冲突处理结果失败：%1</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>此冲突已处理。</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>The store is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>Saving the server&apos;s answer failed: %1</source>
        <translation>保存服务器的返回结果失败：%1</translation>
    </message>
    <message>
        <source>Saving a conflict failed: %1</source>
        <translation>保存冲突失败：%1</translation>
    </message>
    <message>
        <source>Applying changes from the server failed: %1</source>
        <translation>应用服务器发来的更改失败：%1</translation>
    </message>
    <message>
        <source>Saving the sync settings failed: %1</source>
        <translation>保存同步设置失败：%1</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password may not be the username.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A username may not contain spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message numerus="yes">
        <source>A username may have at most %n character(s).</source>
        <translation>
            <numerusform>用户名最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <source>There is no role called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的角色。</translation>
    </message>
    <message>
        <source>This PC is not set up for a station yet.</source>
        <translation>这台电脑尚未设置所属联络站。</translation>
    </message>
    <message>
        <source>The first user of this PC must be an administrator.</source>
        <translation>这台电脑的第一个用户必须是管理员。</translation>
    </message>
    <message>
        <source>The password could not be stored: not enough memory.</source>
        <translation>内存不足，无法保存密码。</translation>
    </message>
    <message>
        <source>The username %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>You can only change your own password.</source>
        <translation>只能修改自己的密码。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>A name may not contain line breaks or control characters.</source>
        <translation>姓名不能包含换行符或控制字符。</translation>
    </message>
    <message numerus="yes">
        <source>A name may have at most %n character(s).</source>
        <translation>
            <numerusform>姓名最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>不能修改自己的角色。</translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change my password&quot;: it asks for the current one.</source>
        <translation>请用“修改我的密码”修改自己的密码，需要输入当前密码。</translation>
    </message>
</context>
<context>
    <name>UserAdminPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The staff who may sign in at this station. Changes sync to the station&apos;s other PCs and are recorded in the audit log.</source>
        <translation>可以在本联络站登录的工作人员。更改会同步到本站的其他电脑，并记入操作日志。</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
</context>
<context>
    <name>VisitIntake</name>
    <message>
        <source>Please enter the date of the visit.</source>
        <translation>请填写接待日期。</translation>
    </message>
    <message>
        <source>The date of the visit cannot be in the future.</source>
        <translation>接待日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
    <message>
        <source>Please choose how the visitor came to the station.</source>
        <translation>请选择来源（来访群众是通过什么途径来的）。</translation>
    </message>
    <message>
        <source>Please enter the reference number the referring platform gave this matter.</source>
        <translation>请填写对方编号（转来平台给此事项的编号）。</translation>
    </message>
    <message>
        <source>The reference number is too long or contains characters that cannot be stored.</source>
        <translation>对方编号过长，或含有无法保存的字符，请修改。</translation>
    </message>
    <message>
        <source>One of the chosen deputies no longer exists.</source>
        <translation>所选的接待代表中有一位已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>Please enter the visitor&apos;s name.</source>
        <translation>请填写来访群众姓名。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters or contain characters that cannot be stored.</source>
        <translation>备注超过 %1 个字，或含有无法保存的字符，请修改。</translation>
    </message>
    <message>
        <source>Please describe at least one problem the visitor raised.</source>
        <translation>请至少填写一个来访群众反映的问题。</translation>
    </message>
    <message>
        <source>Please describe the problem in the visitor&apos;s words.</source>
        <translation>请按来访群众的原话填写反映问题。</translation>
    </message>
    <message>
        <source>The problem is described in %1 characters; at most %2 fit. Put the rest in an attachment.</source>
        <translation>问题描述有 %1 个字，最多只能填 %2 个字。请将其余内容作为附件添加。</translation>
    </message>
    <message>
        <source>The text contains invisible control characters (often from a paste). Please retype it.</source>
        <translation>文字中含有看不见的控制字符（多为粘贴时带入），请重新输入。</translation>
    </message>
    <message>
        <source>The place is longer than %1 characters or contains characters that cannot be stored.</source>
        <translation>地点超过 %1 个字，或含有无法保存的字符，请修改。</translation>
    </message>
    <message>
        <source>The chosen category no longer exists.</source>
        <translation>所选的问题类别已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>Please choose the village or community from the list.</source>
        <translation>请从列表中选择村（社区）。</translation>
    </message>
    <message>
        <source>The case this problem was linked to no longer exists.</source>
        <translation>此问题关联的意见建议已不存在，请重新关联或作为新问题登记。</translation>
    </message>
    <message>
        <source>Please enter the visitor&apos;s name (a surname is enough).</source>
        <translation>请填写来访群众姓名（填姓氏即可）。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters or contains characters that cannot be stored.</source>
        <translation>姓名超过 %1 个字，或含有无法保存的字符，请修改。</translation>
    </message>
    <message>
        <source>This is not a phone number: enter a mobile number (11 digits, starting with 1) or a landline such as 0574-87654321.</source>
        <translation>联系电话格式不对：请填写手机号码（11 位，以 1 开头）或固定电话号码，例如 0574-87654321。</translation>
    </message>
    <message>
        <source>The number of people must be between 1 and %1.</source>
        <translation>人数应在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>这条接待记录已不存在。</translation>
    </message>
    <message>
        <source>A cancelled visit cannot be changed.</source>
        <translation>已撤销的接待记录不能修改。</translation>
    </message>
    <message>
        <source>The visit has no visitor to correct.</source>
        <translation>这条接待记录没有来访群众信息，无需更正。</translation>
    </message>
    <message>
        <source>This PC is not set up for a station.</source>
        <translation>这台电脑尚未设置所属联络站。</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling the visit.</source>
        <translation>请填写撤销这条接待记录的原因。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters or contains characters that cannot be stored.</source>
        <translation>原因超过 %1 个字，或含有无法保存的字符，请修改。</translation>
    </message>
    <message>
        <source>This visit is already cancelled.</source>
        <translation>这条接待记录已撤销。</translation>
    </message>
    <message>
        <source>Visit cancelled: %1</source>
        <translation>接待记录已撤销：%1</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>A visit needs a date.</source>
        <translation>接待记录必须填写日期。</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling the visit.</source>
        <translation>请填写撤销这条接待记录的原因。</translation>
    </message>
</context>
<context>
    <name>WallSchedule</name>
    <message>
        <source>%1 deputies&apos; reception schedule %2</source>
        <translation>%1 %2 年人大代表接待日程</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1 月 %2 日%3</translation>
    </message>
    <message>
        <source>No reception days with deputies in %1.</source>
        <translation>%1 年没有安排代表的接待日。</translation>
    </message>
    <message>
        <source>A reception day on an official holiday is moved as the notice before it says. Residents are welcome without an appointment.</source>
        <translation>接待日如遇法定节假日，按事先发布的通知调整。欢迎群众来访，无需预约。</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The store is busy or read-only: %1</source>
        <translation>数据库正忙或为只读：%1</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>未知的表 %1。</translation>
    </message>
    <message>
        <source>Unknown column %1.%2.</source>
        <translation>未知的列 %1.%2。</translation>
    </message>
    <message>
        <source>The change was not saved: the transaction has ended.</source>
        <translation>更改未保存：事务已结束。</translation>
    </message>
    <message>
        <source>A row of %1 has no station.</source>
        <translation>%1 中有一行未指定联络站。</translation>
    </message>
    <message>
        <source>Saving to %1 failed: %2</source>
        <translation>保存到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The record to change no longer exists (%1).</source>
        <translation>要修改的记录已不存在（%1）。</translation>
    </message>
    <message>
        <source>The record to delete no longer exists (%1).</source>
        <translation>要删除的记录已不存在（%1）。</translation>
    </message>
    <message>
        <source>Deleting from %1 failed: %2</source>
        <translation>从 %1 删除失败：%2</translation>
    </message>
    <message>
        <source>Recording the change for sync failed: %1</source>
        <translation>记录待同步的更改失败：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>更改无法保存：%1</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved; nothing of it was written. Free some space on the disk (or ask for help), then save again.</source>
        <translation>磁盘已满，此次更改未保存，也没有写入任何内容。请清理磁盘空间（或请人协助）后再保存。</translation>
    </message>
    <message>
        <source>The store is read-only, so this change was not saved; nothing of it was written. Check that the store&apos;s file and folder may be written, then save again.</source>
        <translation>数据库为只读，此次更改未保存，也没有写入任何内容。请检查数据库文件及其所在文件夹是否允许写入，然后再保存。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook %1 cannot be read: %2. Save it again in Excel or WPS as an .xlsx workbook.</source>
        <translation>无法读取工作簿 %1：%2。请在 Excel 或 WPS 中将其重新另存为 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is not an .xlsx workbook</source>
        <translation>不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>it holds no workbook</source>
        <translation>其中没有工作簿内容</translation>
    </message>
    <message>
        <source>its text table is damaged</source>
        <translation>其中的共享文本表已损坏</translation>
    </message>
    <message>
        <source>it holds no worksheet</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <source>row %1 refers to text that is not in the workbook</source>
        <translation>第 %1 行引用的文字不在工作簿中</translation>
    </message>
    <message>
        <source>its worksheet is damaged (%1)</source>
        <translation>工作表已损坏（%1）</translation>
    </message>
    <message>
        <source>row number %1 is beyond the last row of a worksheet</source>
        <translation>行号 %1 超出了工作表的最大行数</translation>
    </message>
    <message>
        <source>it has more rows than a worksheet can hold</source>
        <translation>行数超出了工作表的容量</translation>
    </message>
    <message>
        <source>row %1 has more columns than a worksheet can hold</source>
        <translation>第 %1 行的列数超出了工作表的容量</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Could not write the workbook %1.</source>
        <translation>无法写入工作簿 %1。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Zhitongche</source>
        <translation>民意直通车</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
</context>
<context>
    <name>zt::ActivitiesDialog</name>
    <message>
        <source>Activities held in %1. Choose one in the list to change it.</source>
        <translation>%1 开展的活动。在列表中选择一项即可修改。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
</context>
<context>
    <name>zt::AddUserDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请重新输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>zt::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Locked when idle</source>
        <translation>闲置自动锁定</translation>
    </message>
    <message>
        <source>Created a user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Wrong current password</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Viewed a phone or ID number</source>
        <translation>查看电话号码或身份证号</translation>
    </message>
    <message>
        <source>Anonymised old cases</source>
        <translation>匿名化处理旧意见建议</translation>
    </message>
    <message>
        <source>Backed up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Printed a report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
</context>
<context>
    <name>zt::AuditViewerPage</name>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>仅显示最新的 %n 条；如需查看更早的记录，请缩小筛选范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::CancelVisitDialog</name>
    <message>
        <source>The visit (%1) stays in the records, marked as cancelled with your reason. The new cases it registered are cancelled with it unless they have already been handed to a department.</source>
        <translation>这条接待记录（%1）会保留，并标记为已撤销，同时记下您填写的原因。此次登记的新意见建议也一并撤销，已交办给承办单位的除外。</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>撤销接待记录</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不撤销</translation>
    </message>
    <message>
        <source>Please give a reason, so that others understand later why it was cancelled.</source>
        <translation>请填写原因，以便日后其他人了解为什么撤销。</translation>
    </message>
</context>
<context>
    <name>zt::CaseDetailPanel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Deputy following</source>
        <translation>跟踪代表</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Raised at the visit of %1</source>
        <translation>来自 %1 的接待</translation>
    </message>
    <message>
        <source>received by %1</source>
        <translation>接待代表：%1</translation>
    </message>
    <message>
        <source>This case did not come from a recorded visit.</source>
        <translation>此件不是来自接待登记。</translation>
    </message>
    <message>
        <source>Deputies involved: %1</source>
        <translation>涉及代表：%1</translation>
    </message>
    <message>
        <source>Same visit</source>
        <translation>同次接待</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已并入</translation>
    </message>
    <message>
        <source>Duplicate merged here</source>
        <translation>重复件并入此件</translation>
    </message>
    <message>
        <source>No related cases.</source>
        <translation>没有相关意见建议。</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Visit and related cases (%1)</source>
        <translation>接待与相关件（%1）</translation>
    </message>
    <message>
        <source>Choose a case in the list to see its history and take the next step.</source>
        <translation>在左侧列表中选择一件，查看办理过程并进行下一步。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Visit and related cases</source>
        <translation>接待与相关件</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Shows the citizen&apos;s full phone number; this is recorded in the audit log</source>
        <translation>显示群众的完整电话号码；此操作会记入操作日志</translation>
    </message>
    <message>
        <source>Double-click to open with the program your PC uses for it</source>
        <translation>双击用本机相应的程序打开</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is not on this PC yet; it arrives with the next sync.</source>
        <translation>“%1”的文件还不在本机，下次同步后即可打开。</translation>
    </message>
    <message>
        <source>Could not prepare &quot;%1&quot; for opening. Check the free space of the PC.</source>
        <translation>无法打开“%1”，请检查电脑的剩余空间。</translation>
    </message>
    <message>
        <source>Mark as notable case</source>
        <translation>列为典型案例</translation>
    </message>
    <message>
        <source>Notable case ✓</source>
        <translation>典型案例 ✓</translation>
    </message>
    <message>
        <source>Prints this case among the notable cases of the report of %1</source>
        <translation>将此件列入 %1 工作报告的典型案例</translation>
    </message>
    <message>
        <source>Printed among the notable cases of the report of %1; click to take it off</source>
        <translation>已列入 %1 工作报告的典型案例；点击可取消</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zt::CaseFilterBar</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not yet closed)</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>常用筛选</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removes the saved filter chosen on the left</source>
        <translation>删除左侧选中的常用筛选</translation>
    </message>
    <message>
        <source>Remove these conditions</source>
        <translation>取消这些条件</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Deadline soonest</source>
        <translation>时限最近在前</translation>
    </message>
    <message>
        <source>By case number</source>
        <translation>按编号</translation>
    </message>
    <message>
        <source>registered %1 to %2</source>
        <translation>登记日期 %1 至 %2</translation>
    </message>
    <message>
        <source>one liaison point</source>
        <translation>某一联络点</translation>
    </message>
    <message>
        <source>one deputy&apos;s cases</source>
        <translation>某位代表跟踪的件</translation>
    </message>
    <message>
        <source>Also only: %1</source>
        <translation>另有条件：%1</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <source>counted in the figures (not cancelled or merged)</source>
        <translation>计入统计（未撤销或并入）</translation>
    </message>
    <message>
        <source>another station of the district</source>
        <translation>本区其他联络站</translation>
    </message>
    <message>
        <source>every station of the district</source>
        <translation>本区全部联络站</translation>
    </message>
    <message>
        <source>one community or village</source>
        <translation>某一村（社区）</translation>
    </message>
    <message>
        <source>rated: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source>closed %1 to %2</source>
        <translation>办结日期 %1 至 %2</translation>
    </message>
    <message>
        <source>replied %1 to %2</source>
        <translation>答复日期 %1 至 %2</translation>
    </message>
    <message>
        <source>reply time %1 to %2 working days</source>
        <translation>答复用时 %1 至 %2 个工作日</translation>
    </message>
    <message>
        <source>reply time %1 working days or more</source>
        <translation>答复用时 %1 个工作日及以上</translation>
    </message>
    <message>
        <source>reply time up to %1 working days</source>
        <translation>答复用时不超过 %1 个工作日</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Search case numbers, titles, descriptions and replies (Ctrl+F)</source>
        <translation>搜索编号、标题、内容和答复（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>zt::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
</context>
<context>
    <name>zt::CaseMoveForm</name>
    <message>
        <source>(the deputy following the case)</source>
        <translation>（跟踪此件的代表）</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>At the station</source>
        <translation>来站当面</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>新的办理时限：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>There is no case with the number &quot;%1&quot;. Check the number on the list.</source>
        <translation>没有编号为“%1”的意见建议，请核对列表中的编号。</translation>
    </message>
    <message>
        <source>This step is not available.</source>
        <translation>无法进行此操作。</translation>
    </message>
</context>
<context>
    <name>zt::CaseTimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>代表：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>办理时限：%1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the facts of one timeline entry</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Number changed from %1 to %2: another PC had used the old number</source>
        <translation>编号由 %1 改为 %2：另一台电脑已用过原编号</translation>
    </message>
    <message>
        <source>A visitor at %1 reported this again on %2, before the case came to this station</source>
        <translation>在本件移交到本站之前，%1的来访群众于%2再次反映了这一问题</translation>
    </message>
    <message>
        <source>A visitor at %1 reported this again on %2, before the case came to this station, and added: %3</source>
        <translation>在本件移交到本站之前，%1的来访群众于%2再次反映了这一问题，并补充：%3</translation>
    </message>
</context>
<context>
    <name>zt::CasesPage</name>
    <message>
        <source>Draft a suggestion from the selected cases…</source>
        <translation>用选中的件起草代表建议…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>意见建议列表</translation>
    </message>
    <message>
        <source>Supervision board</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Imports a station&apos;s reception ledger from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入联络站的接待台账</translation>
    </message>
    <message>
        <source>Proposed &amp;groups…</source>
        <translation>相似件分组(&amp;G)…</translation>
    </message>
    <message>
        <source>Groups of similar cases the program proposes for a deputy&apos;s suggestion</source>
        <translation>程序找出的相似意见建议分组，可据此起草代表建议</translation>
    </message>
    <message>
        <source>cases-%1.xlsx</source>
        <comment>file name of a case export; %1 is today&apos;s date</comment>
        <translation>意见建议-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the cases the list shows</source>
        <translation>导出列表中的意见建议</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>正在导出意见建议…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting cases: %1 of %2…</source>
        <translation>正在导出意见建议：%1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 件意见建议到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the cases the list shows, with every date of their handling, as an Excel workbook or CSV file; phone and ID numbers are masked unless your role may see them</source>
        <translation>将列表中的意见建议连同各办理环节的日期保存为 Excel 工作簿或 CSV 文件；除非您的角色有权查看，电话号码和身份证号将部分隐藏</translation>
    </message>
</context>
<context>
    <name>zt::ClockOffset</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>clock %1 slow</source>
        <translation>时钟慢 %1</translation>
    </message>
    <message>
        <source>clock %1 fast</source>
        <translation>时钟快 %1</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is %1 behind the server&apos;s: please set the correct date and time, or the records made here carry the wrong time.</source>
        <translation>本机时钟比服务器慢 %1，请校准日期和时间，否则本机登记的记录时间不准确。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is %1 ahead of the server&apos;s: please set the correct date and time, or the records made here carry the wrong time.</source>
        <translation>本机时钟比服务器快 %1，请校准日期和时间，否则本机登记的记录时间不准确。</translation>
    </message>
</context>
<context>
    <name>zt::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>一图通览</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation>答复率</translation>
    </message>
    <message>
        <source>Opinion concentration</source>
        <translation>意见集中率</translation>
    </message>
    <message>
        <source>Same as the %1 (%2)</source>
        <translation>与%1持平（%2）</translation>
    </message>
    <message>
        <source>Up %1 from the %2 (%3)</source>
        <translation>比%2增加 %1（%3）</translation>
    </message>
    <message>
        <source>Down %1 from the %2 (%3)</source>
        <translation>比%2减少 %1（%3）</translation>
    </message>
    <message>
        <source>The %1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Up %1 points from the %2 (%3)</source>
        <translation>比%2上升 %1 个百分点（%3）</translation>
    </message>
    <message>
        <source>Down %1 points from the %2 (%3)</source>
        <translation>比%2下降 %1 个百分点（%3）</translation>
    </message>
    <message>
        <source>%1 days slower than the %2 (%3)</source>
        <translation>比%2慢 %1 天（%3）</translation>
    </message>
    <message>
        <source>%1 days faster than the %2 (%3)</source>
        <translation>比%2快 %1 天（%3）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>The whole station</source>
        <translation>全站</translation>
    </message>
    <message>
        <source>Point: %1</source>
        <translation>联络点：%1</translation>
    </message>
    <message>
        <source>Every station of the district</source>
        <translation>全区各联络站</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>previous year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (figures up to %4); same period last year: %5 cases, completion rate %6</source>
        <translation>%1：%2 至 %3（数据截至 %4）；去年同期：%5 件，办结率 %6</translation>
    </message>
    <message>
        <source>Average reply time (working days)</source>
        <translation>平均答复用时（工作日）</translation>
    </message>
</context>
<context>
    <name>zt::DeputiesPage</name>
    <message>
        <source>%1 of %2 deputies</source>
        <translation>%1 位代表（共 %2 位）</translation>
    </message>
    <message>
        <source>Import a deputy roster</source>
        <translation>导入代表名册</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>名册 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Station and all points</source>
        <translation>本站及全部联络点</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Any expertise</source>
        <translation>全部专业特长</translation>
    </message>
    <message>
        <source>%1 rows read: %2 deputies added, %3 updated, %4 rows left out.</source>
        <translation>共读取 %1 行：新增代表 %2 位，更新 %3 位，未导入 %4 行。</translation>
    </message>
    <message>
        <source>Correct these lines in the file and import it again; the deputies already imported are updated, not doubled.</source>
        <translation>请在文件中改正以下各行后重新导入；已导入的代表只会更新，不会重复。</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>未读取的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (wjg), occupation</source>
        <translation>搜索：姓名、拼音首字母（wjg）、职业</translation>
    </message>
    <message>
        <source>Serving today</source>
        <translation>仅看现任</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入名册…</translation>
    </message>
    <message>
        <source>New deputy</source>
        <translation>新增代表</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>Stations and points</source>
        <translation>联络站和联络点</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Duty record</source>
        <translation>履职记录</translation>
    </message>
</context>
<context>
    <name>zt::DeputyDetailForm</name>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Choose the deputy&apos;s photo</source>
        <translation>选择代表照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
</context>
<context>
    <name>zt::DeputyListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专业特长</translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>本站</translation>
    </message>
</context>
<context>
    <name>zt::DeputyRosterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Station or point</source>
        <translation>所属站点</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专业特长</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>本站</translation>
    </message>
</context>
<context>
    <name>zt::DutyRecordPanel</name>
    <message>
        <source>Reception days attended: %1 (missed: %2)</source>
        <translation>参加接待日：%1 次（缺席 %2 次）</translation>
    </message>
    <message>
        <source>Visits received: %1 (%2 people)</source>
        <translation>接待来访：%1 次（%2 人次）</translation>
    </message>
    <message>
        <source>Cases followed: %1, closed: %2</source>
        <translation>跟踪意见建议：%1 件，已办结：%2 件</translation>
    </message>
    <message>
        <source>Satisfaction: no ratings yet</source>
        <translation>满意率：尚无测评</translation>
    </message>
    <message>
        <source>Satisfaction: %1% of %2 rated cases</source>
        <translation>满意率：%1%（共 %2 件参与测评）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Dates attended:</source>
        <translation>参加接待日期：</translation>
    </message>
</context>
<context>
    <name>zt::FirstAdminDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请重新输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>zt::FirstRunDialog</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Signing in to the server…</source>
        <translation>正在登录服务器…</translation>
    </message>
    <message>
        <source>Stopped. The data received so far stays on this PC; join again to receive the rest.</source>
        <translation>已停止。已接收的数据保留在这台电脑上；再次加入即可接收其余数据。</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data: %1 of %2 records. The forms open when it is all here.</source>
        <translation>正在接收本站数据：%1 / %2 条。全部接收后即可填写表单。</translation>
    </message>
    <message>
        <source>Sending this PC&apos;s changes…</source>
        <translation>正在发送本机的更改…</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data… The forms open when it is all here.</source>
        <translation>正在接收本站数据… 全部接收后即可填写表单。</translation>
    </message>
    <message>
        <source>Give this PC one letter from A to Z for its case numbers, or leave it empty for the server to choose.</source>
        <translation>请为本机的编号填写一个 A 到 Z 的字母，或留空由服务器分配。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Choose the city, the county or district, and the township or street of the station, or type its code.</source>
        <translation>请选择联络站所在的市、县（市、区）和乡镇（街道），或输入其代码。</translation>
    </message>
    <message>
        <source>This PC becomes the first PC of %1 (%2, %3).</source>
        <translation>这台电脑将成为%1的第一台电脑（%2，%3）。</translation>
    </message>
    <message>
        <source>Choose the township or street of the station, or type its 9-digit code.</source>
        <translation>请选择联络站所在的乡镇（街道），或输入其9位代码。</translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation>浙江省行政区划中没有代码为%1的乡镇（街道）。</translation>
    </message>
    <message>
        <source>Give this PC one letter from A to Z for its case numbers.</source>
        <translation>请为这台电脑的件号填一个A至Z的字母。</translation>
    </message>
    <message>
        <source>Fill in the server address, the CA certificate file, the account and its password.</source>
        <translation>请填写服务器地址、CA 证书文件、账号和密码。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open on which station</source>
        <translation>打开哪个联络站</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s %n station(s) are on this PC. Which one does it open on? The dashboard and the case lists show the others too.</source>
        <translation>
            <numerusform>全区%n个联络站的数据已在这台电脑上。打开时显示哪个联络站？一图通览和意见建议列表也能查看其他联络站。</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations: %1 of %2 records. The forms open when it is all here.</source>
        <translation>正在接收全区各联络站数据：%1 / %2 条。全部接收后即可填写表单。</translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations… The forms open when it is all here.</source>
        <translation>正在接收全区各联络站数据… 全部接收后即可填写表单。</translation>
    </message>
</context>
<context>
    <name>zt::LedgerImportDialog</name>
    <message>
        <source>Choose a ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>台账 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(column %1 without a header)</source>
        <translation>（第 %1 列，无表头）</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1
(not imported)</source>
        <translation>%1
（不导入）</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>请选择对应“%1”的列。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The ledger has headers but no rows.</source>
        <translation>台账只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>待导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows; the rows before were imported.</source>
        <translation>已处理 %1 行（共 %2 行）后停止，此前的行均已导入。</translation>
    </message>
    <message>
        <source>Nothing new: the rows of this ledger are already in the store.</source>
        <translation>没有新内容：此台账的各行已在数据库中。</translation>
    </message>
    <message>
        <source>Imported: %1. Already in the store: %2. Refused: %3.</source>
        <translation>已导入：%1。已在数据库中：%2。未予导入：%3。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The list is copied; paste it into a spreadsheet.</source>
        <translation>列表已复制，可粘贴到电子表格中。</translation>
    </message>
    <message>
        <source>Saved the list to %1.</source>
        <translation>列表已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>无法写入 %1，请换一个文件夹。</translation>
    </message>
    <message>
        <source>%1-refused-rows.csv</source>
        <translation>%1-未导入的行.csv</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them assign(s) the case to a department (%1), which needs a station head: they will be left out now, and a station head can import them later from the same file.</source>
        <translation>
            <numerusform>其中 %n 行已交办承办单位（%1），交办须由站长操作：这些行本次不导入，站长之后可用同一文件导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::MainWindow</name>
    <message>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>接待日程</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>一图通览</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Zhitongche — %1</source>
        <translation>民意直通车 — %1</translation>
    </message>
    <message>
        <source>Zhitongche</source>
        <translation>民意直通车</translation>
    </message>
    <message>
        <source>Offline (no sync server set)</source>
        <translation>离线（未设置同步服务器）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>zt::MonthFiguresModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation>答复率</translation>
    </message>
</context>
<context>
    <name>zt::NotableCasesPanel</name>
    <message>
        <source>Notable cases for the report of %1</source>
        <translation>%1 工作报告的典型案例</translation>
    </message>
    <message>
        <source>Notable cases picked in %1</source>
        <translation>%1 已选取的典型案例</translation>
    </message>
    <message>
        <source>None picked: the report lists the cases escalated in this period.</source>
        <translation>尚未选取：报告将列出本期形成代表建议的件。</translation>
    </message>
    <message>
        <source>Type the case&apos;s number, e.g. A0012.</source>
        <translation>请输入件的编号，例如 A0012。</translation>
    </message>
</context>
<context>
    <name>zt::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>修改 %1 的密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a temporary password for %1 and tell it to them in person. They must choose their own password when they next sign in.</source>
        <translation>为 %1 设置一个临时密码，并当面告知本人。其下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>设置您的密码</translation>
    </message>
    <message>
        <source>%1, your password was reset by an administrator. Choose your own password now; the temporary one stops working.</source>
        <translation>%1，您的密码已被管理员重置。请现在设置自己的密码，临时密码随即失效。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致，请重新输入相同的新密码。</translation>
    </message>
</context>
<context>
    <name>zt::PlaceForm</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1, now at the station</source>
        <translation>%1，目前编在本站</translation>
    </message>
</context>
<context>
    <name>zt::Printout</name>
    <message>
        <source>Cannot write %1; choose another folder.</source>
        <translation>无法写入 %1，请换一个文件夹。</translation>
    </message>
</context>
<context>
    <name>zt::ProblemRow</name>
    <message>
        <source>Category…</source>
        <translation>问题类别…</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Linked to case %1 (%2): no new case is registered; the visit is added to it.</source>
        <translation>已关联到 %1（%2）：不再新登记一件，本次接待记入该件。</translation>
    </message>
</context>
<context>
    <name>zt::ReceptionDayModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>接待批次</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>zt::ReceptionDayPanel</name>
    <message>
        <source>The notice text is on the clipboard: paste it into the WeChat group.</source>
        <translation>通知文字已复制，可直接粘贴到微信群。</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将通知另存为 PDF</translation>
    </message>
    <message>
        <source>Notice %1.pdf</source>
        <translation>接待通知 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Choose a reception day in the calendar or the list.</source>
        <translation>请在日历或列表中选择一个接待日。</translation>
    </message>
    <message>
        <source>No deputies on duty in the rule.</source>
        <translation>此规则中没有安排接待代表。</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>接待代表：%1</translation>
    </message>
    <message>
        <source>Choose a reception day first.</source>
        <translation>请先选择一个接待日。</translation>
    </message>
    <message>
        <source>Attendance is marked on the day or after it.</source>
        <translation>到场情况须在接待日当天或之后登记。</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Came as substitute</source>
        <translation>替补到场</translation>
    </message>
    <message>
        <source>Attendance saved; it counts in the deputies&apos; duty records.</source>
        <translation>到场情况已保存，并计入代表履职记录。</translation>
    </message>
    <message>
        <source>Notice: preview and print…</source>
        <translation>通知：预览并打印…</translation>
    </message>
    <message>
        <source>Notice as PDF…</source>
        <translation>通知另存为 PDF…</translation>
    </message>
    <message>
        <source>Copy WeChat text</source>
        <translation>复制微信通知文字</translation>
    </message>
    <message>
        <source>Attendance (after the day):</source>
        <translation>到场情况（接待日后登记）：</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Came?</source>
        <translation>是否到场</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>保存到场情况</translation>
    </message>
</context>
<context>
    <name>zt::ReceptionPage</name>
    <message>
        <source>Attach photos, letter scans or voice recordings</source>
        <translation>添加照片、信件扫描件或录音</translation>
    </message>
    <message>
        <source>Photos, scans and recordings (*.jpg *.jpeg *.png *.heic *.pdf *.tif *.tiff *.mp3 *.m4a *.amr *.wav *.mp4);;All files (*)</source>
        <translation>照片、扫描件和录音 (*.jpg *.jpeg *.png *.heic *.pdf *.tif *.tiff *.mp3 *.m4a *.amr *.wav *.mp4);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The visit you were typing before the program closed has been restored.</source>
        <translation>程序关闭前正在填写的接待登记已恢复。</translation>
    </message>
    <message>
        <source>The station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>The number the referring platform gave it</source>
        <translation>转来平台给出的编号</translation>
    </message>
    <message>
        <source>Only for referrals (8890, mediation, four platforms, petition proxy)</source>
        <translation>仅用于转来事项（8890热线、老娘舅调解、基层治理四平台、民情民访代办）</translation>
    </message>
    <message>
        <source>Open cases that look alike</source>
        <translation>相似的未办结意见建议</translation>
    </message>
    <message>
        <source>Type a phone number to see the visitor&apos;s earlier visits and open cases.</source>
        <translation>输入联系电话，即可查看该来访群众以往的来访记录和未办结的意见建议。</translation>
    </message>
    <message>
        <source>Please choose the village or community from the list.</source>
        <translation>请从列表中选择村（社区）。</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct what is marked in red.</source>
        <translation>未保存：请改正标红的内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 (linked)</source>
        <translation>%1（已关联）</translation>
    </message>
    <message>
        <source>Saved. Cases: %1. Print the receipt with Ctrl+P; the form is ready for the next visitor.</source>
        <translation>已保存。意见建议编号：%1。按 Ctrl+P 打印回执；可以登记下一位来访群众了。</translation>
    </message>
    <message>
        <source>Start the next visit?</source>
        <translation>登记下一位？</translation>
    </message>
    <message>
        <source>The visit you are typing has not been saved. Discard it and start the next one?</source>
        <translation>正在填写的接待登记尚未保存。放弃这些内容，开始登记下一位吗？</translation>
    </message>
    <message>
        <source>Discard the visit?</source>
        <translation>放弃本次登记？</translation>
    </message>
    <message>
        <source>The visit you are typing has not been saved. Discard what you typed?</source>
        <translation>正在填写的接待登记尚未保存。确定放弃已填写的内容吗？</translation>
    </message>
    <message>
        <source>The visit you were typing was discarded.</source>
        <translation>已放弃正在填写的接待登记。</translation>
    </message>
    <message>
        <source>This is not a phone number: enter a mobile number (11 digits, starting with 1) or a landline such as 0574-87654321.</source>
        <translation>联系电话格式不对：请填写手机号码（11 位，以 1 开头）或固定电话号码，例如 0574-87654321。</translation>
    </message>
    <message>
        <source>First visit: this phone number is not in the records.</source>
        <translation>首次来访：记录中没有这个电话号码。</translation>
    </message>
    <message numerus="yes">
        <source>Returning visitor %1: %n earlier visit(s)</source>
        <translation>
            <numerusform>再次来访：%1，此前来访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open case(s).</source>
        <translation>
            <numerusform>，尚有 %n 件未办结。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1 %2 (%3, since %4)</source>
        <translation>未办结：%1 %2（%3，%4 登记）</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>Raised earlier by this visitor · %1</source>
        <translation>该群众此前反映 · %1</translation>
    </message>
    <message>
        <source>Same community and category</source>
        <translation>同村（社区）同类别</translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>内容相近</translation>
    </message>
    <message>
        <source>Open cases that look alike (%1)</source>
        <translation>相似的未办结意见建议（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将回执另存为 PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>回执-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1，请换一个文件夹。</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>回执已保存为 %1。</translation>
    </message>
    <message>
        <source>The visit was cancelled.</source>
        <translation>接待记录已撤销。</translation>
    </message>
    <message>
        <source>The visit was cancelled, with its cases %1.</source>
        <translation>接待记录已撤销，所登记的意见建议 %1 一并撤销。</translation>
    </message>
    <message>
        <source>The visitor&apos;s details were corrected.</source>
        <translation>来访群众信息已更正。</translation>
    </message>
    <message>
        <source>Select a visit to print its receipt again or to cancel it (never deleted).</source>
        <translation>选中一条接待记录，可重新打印回执或撤销（记录不会删除）。</translation>
    </message>
    <message>
        <source>Surname is enough</source>
        <translation>填姓氏即可</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>Type a few characters and choose</source>
        <translation>输入几个字后选择</translation>
    </message>
</context>
<context>
    <name>zt::ReportsPage</name>
    <message>
        <source>The report could not be made. Check the store with ztctl check.</source>
        <translation>无法生成报告。请用 ztctl check 检查数据库。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度工作报告</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度工作报告</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>zt::RuleEditorForm</name>
    <message>
        <source>Chosen weeks of each month (e.g. district deputies)</source>
        <translation>每月指定周次（如区人大代表）</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>One date: appointment or themed reception</source>
        <translation>单独一天：预约接待或主题接待</translation>
    </message>
    <message>
        <source>Leaders&apos; reception day (a different leader each month)</source>
        <translation>领导接待日（每月由不同领导接待）</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>顺延至下一个工作日</translation>
    </message>
    <message>
        <source>Move to the working day before</source>
        <translation>提前至前一个工作日</translation>
    </message>
    <message>
        <source>Drop that session</source>
        <translation>取消该次接待</translation>
    </message>
    <message>
        <source>Keep it on the holiday</source>
        <translation>节假日照常接待</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Tick at least one week of the month.</source>
        <translation>请至少勾选每月的一周。</translation>
    </message>
    <message>
        <source>The rule ends before it starts.</source>
        <translation>规则的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Type the expertise the topic needs (e.g. 教育、心理), then ask for suggestions.</source>
        <translation>请先填写主题所需的专业特长（例如：教育、心理），再点“推荐代表”。</translation>
    </message>
    <message>
        <source>No deputy serving on that day has this expertise.</source>
        <translation>当天在任的代表中，没有人具备此专业特长。</translation>
    </message>
</context>
<context>
    <name>zt::SchedulePage</name>
    <message>
        <source>Save the wall schedule as PDF</source>
        <translation>将接待日程表另存为 PDF</translation>
    </message>
    <message>
        <source>Reception schedule %1.pdf</source>
        <translation>接待日程表 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export the reception days for calendars</source>
        <translation>导出接待日到日历</translation>
    </message>
    <message>
        <source>Reception days %1.ics</source>
        <translation>接待日 %1.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>(moved, %1)</source>
        <translation>（因%1调整）</translation>
    </message>
    <message>
        <source>(moved from %1, %2)</source>
        <translation>（因%2由 %1 调整）</translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s) in %1.</source>
        <translation>
            <numerusform>%1 年共有 %n 个接待日。</numerusform>
        </translation>
    </message>
    <message>
        <source>The official holidays of %1 are not in this version&apos;s calendar yet; days are not moved for holidays.</source>
        <translation>本版本的日历中尚无 %1 年的法定节假日，接待日不会因节假日调整。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 reception days %2</source>
        <translation>%1 %2 年接待日</translation>
    </message>
    <message>
        <source>Reception schedule</source>
        <translation>接待日程</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待名称</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Wall schedule: preview and print…</source>
        <translation>接待日程表：预览并打印…</translation>
    </message>
    <message>
        <source>Wall schedule as PDF…</source>
        <translation>接待日程表另存为 PDF…</translation>
    </message>
    <message>
        <source>Export for calendars (.ics)…</source>
        <translation>导出到日历（.ics）…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新增规则</translation>
    </message>
</context>
<context>
    <name>zt::SecuritySettingsSection</name>
    <message>
        <source>Security and privacy</source>
        <translation>安全与隐私</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> years after closing</source>
        <translation> 年（自办结起算）</translation>
    </message>
    <message>
        <source>No case closed before %1 still holds a citizen&apos;s name or phone.</source>
        <translation>%1 以前办结的件均已不含群众的姓名和电话。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) closed before %1 still hold the citizen&apos;s name and phone</source>
        <translation>
            <numerusform>%1 以前办结的件中，有 %n 件仍保留群众的姓名和电话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n visitor record(s).</source>
        <translation>
            <numerusform>，另有 %n 条来访群众记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them for good? The cases and the figures stay; this cannot be undone.</source>
        <translation>要永久删除这些信息吗？意见建议和统计数据仍会保留；此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n case(s)</source>
        <translation>
            <numerusform>已匿名化处理 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n visitor record(s).</source>
        <translation>
            <numerusform>、%n 条来访群众记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>zt::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机信息</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Font size (points):</source>
        <translation>字号（磅）：</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>联络站：</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>本机：</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <source>Letter %1 in case numbers</source>
        <translation>编号字母 %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>%1 — %2 KB — %3</source>
        <translation>%1 — %2 KB — %3</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>备份已保存到 %1。</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>Choose the folder for the backup (for example a USB drive)</source>
        <translation>选择备份保存的文件夹（例如 U 盘）</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>恢复并重新启动</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Select the backup to restore in the list first.</source>
        <translation>请先在列表中选择要恢复的备份。</translation>
    </message>
    <message>
        <source>Replace the data on this PC with the backup %1? Changes made after it was taken are set aside (the current file is kept beside the store), and everyone signs in again.</source>
        <translation>用备份 %1 替换这台电脑上的数据吗？备份之后所做的更改将不再使用（当前数据库文件会保留在原文件旁边），所有人都需要重新登录。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1（剩余 %2）</translation>
    </message>
    <message>
        <source>No USB drive found</source>
        <translation>未找到 U 盘</translation>
    </message>
    <message>
        <source>Back up to another folder…</source>
        <translation>备份到其他文件夹…</translation>
    </message>
    <message>
        <source>USB drive:</source>
        <translation>U 盘：</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Back up to the drive</source>
        <translation>备份到 U 盘</translation>
    </message>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>正在将备份写入 %1…</translation>
    </message>
    <message>
        <source>Backup saved to %1 and checked: it opens and is complete. Keep the drive somewhere safe: it holds citizens&apos; personal data.</source>
        <translation>备份已保存到 %1，经检查可以正常打开且内容完整。请妥善保管 U 盘：其中含有群众的个人信息。</translation>
    </message>
</context>
<context>
    <name>zt::SignInDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Zhitongche was locked because nobody used it for a while. %1, enter your password to go on; anybody else quits and signs in again.</source>
        <translation>民意直通车因一段时间无人使用已自动锁定。%1，请输入密码继续使用；如果是其他人，请退出后重新登录。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign in with your username and password. This works without a network.</source>
        <translation>请输入用户名和密码登录。无需联网也可以登录。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重新尝试了。</translation>
    </message>
</context>
<context>
    <name>zt::StationsView</name>
    <message>
        <source>Station and points</source>
        <translation>联络站和联络点</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>New liaison point</source>
        <translation>新增联络点</translation>
    </message>
</context>
<context>
    <name>zt::StatisticsWorker</name>
    <message>
        <source>The figures could not be computed. Check the store with ztctl check.</source>
        <translation>无法计算各项数据。请用 ztctl check 检查数据库。</translation>
    </message>
</context>
<context>
    <name>zt::Store</name>
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation>设备字母必须是 A 到 Z 之间的一个字母。</translation>
    </message>
</context>
<context>
    <name>zt::SuggestionDraftDialog</name>
    <message>
        <source>Draft a deputy&apos;s suggestion</source>
        <translation>起草代表建议</translation>
    </message>
    <message>
        <source>What the suggestion is about, e.g. on parking in old residential areas</source>
        <translation>建议题目，例如：关于老旧小区停车改造的建议</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Record on the cases</source>
        <translation>记入各件办理过程</translation>
    </message>
    <message>
        <source>Adds &quot;escalated to a suggestion&quot; to the timeline of each case</source>
        <translation>在每件的办理过程中记上“形成代表建议”</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>题目：</translation>
    </message>
    <message>
        <source>Saved the draft to %1.</source>
        <translation>草稿已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>无法写入 %1，请换一个文件夹。</translation>
    </message>
    <message>
        <source>Save the draft as PDF</source>
        <translation>将草稿另存为 PDF</translation>
    </message>
    <message>
        <source>suggestion-draft.pdf</source>
        <translation>代表建议草稿.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded on %n case(s).</source>
        <translation>
            <numerusform>已记入 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SuggestionGroupsDialog</name>
    <message>
        <source>Looking for similar cases…</source>
        <translation>正在查找相似的意见建议…</translation>
    </message>
    <message>
        <source>The cases could not be read. Check the store with ztctl check.</source>
        <translation>无法读取意见建议。请用 ztctl check 检查数据库。</translation>
    </message>
    <message>
        <source>Several categories</source>
        <translation>多个类别</translation>
    </message>
    <message>
        <source>Several communities</source>
        <translation>多个村（社区）</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n 件未办结</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Brought together by the words their titles share</source>
        <translation>按标题中的相同词语归组</translation>
    </message>
    <message>
        <source>The same category in the same community</source>
        <translation>同一村（社区）的同类问题</translation>
    </message>
    <message>
        <source>Draft…</source>
        <translation>起草…</translation>
    </message>
    <message numerus="yes">
        <source>Draft a suggestion from the %n case(s) of this group</source>
        <translation>
            <numerusform>用本组的 %n 件起草代表建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 or more similar cases in the last %n month(s).</source>
        <translation>
            <numerusform>近 %n 个月内没有 %1 件及以上的相似意见建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) proposed.</source>
        <translation>
            <numerusform>共找出 %n 组。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft a suggestion from the latest %n case(s) of this group</source>
        <translation>
            <numerusform>用本组最近的 %n 件起草代表建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SupervisionBoardModel</name>
    <message>
        <source>Urgency</source>
        <translation>督办状态</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deputy following</source>
        <translation>跟踪代表</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n 次，最近 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SupervisionBoardPanel</name>
    <message>
        <source>%1 overdue · %2 due soon · %3 on time · %4 in all</source>
        <translation>逾期 %1 件 · 临期 %2 件 · 按时 %3 件 · 共 %4 件</translation>
    </message>
    <message>
        <source>Select the cases to remind first (Ctrl+click for several).</source>
        <translation>请先选中要催办的件（按住 Ctrl 可多选）。</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded.</source>
        <translation>
            <numerusform>已记录催办 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <source>Saved the supervision list to %1.</source>
        <translation>督办清单已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>无法写入 %1，请换一个文件夹。</translation>
    </message>
    <message>
        <source>Save the supervision list as PDF</source>
        <translation>将督办清单另存为 PDF</translation>
    </message>
    <message>
        <source>supervision-list-%1.pdf</source>
        <translation>督办清单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>All deputies</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Records a reminder to the department for each selected case</source>
        <translation>为选中的每一件向承办单位记录一次催办</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>zt::SyncController</name>
    <message>
        <source>Offline (this PC is not enrolled)</source>
        <translation>离线（本机尚未注册）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline (last synced at %1)</source>
        <translation>离线（上次同步 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: sending %n change(s)…</source>
        <translation>
            <numerusform>正在同步：发送 %n 项更改…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>zt::SyncPage</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>服务器上的值</translation>
    </message>
    <message>
        <source>This PC&apos;s value</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>No conflicts: nobody else changed what this PC changed.</source>
        <translation>没有冲突：其他人没有改动本机改过的内容。</translation>
    </message>
    <message>
        <source>Conflicts: someone else changed the same field. Choose which value to keep; your choice is sent to the server like any other change.</source>
        <translation>冲突：其他人改动了同一项内容。请选择保留哪个值，您的选择会像其他更改一样发送到服务器。</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>用服务器的</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>用本机的</translation>
    </message>
    <message>
        <source>Kept this PC&apos;s value; it will be sent with the next sync.</source>
        <translation>已保留本机的值，下次同步时发送。</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>已保留服务器上的值。</translation>
    </message>
    <message>
        <source>This PC&apos;s data file is a copy of another PC&apos;s (a copied disk or a restored backup). So that the two PCs do not mix up their changes, this PC now syncs under a new identity. Its changes that the server did not have yet are being sent; nothing was lost or sent twice.</source>
        <translation>本机的数据文件是另一台电脑的副本（复制的硬盘或恢复的备份）。为避免两台电脑的更改混在一起，本机已改用新的身份同步。服务器尚未收到的本机更改正在发送，没有丢失，也不会重复发送。</translation>
    </message>
    <message>
        <source>If this PC should use its own letter for case numbers, ask the administrator to change the device letter.</source>
        <translation>如需本机使用自己的编号字母，请联系管理员更改本机编号字母。</translation>
    </message>
    <message>
        <source>From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so the two never give out the same case number.</source>
        <translation>今后本机的意见建议编号使用字母 %1；另一台电脑保留原字母，两台电脑不会编出相同的编号。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>These records on this PC differ from the server&apos;s and are being received again: %1.</source>
        <translation>本机以下记录与服务器不一致，正在重新接收：%1。</translation>
    </message>
    <message>
        <source>These records on this PC still differ from the server&apos;s after they were received again: %1. This PC may hold records the server never got; the next check runs tomorrow. If this stays, ask the administrator to compare this PC&apos;s data file with the server.</source>
        <translation>以下记录重新接收后仍与服务器不一致：%1。本机可能有服务器从未收到的记录；明天将再次核对。如果仍不一致，请联系管理员比对本机数据文件与服务器。</translation>
    </message>
    <message>
        <source>These records on this PC differed from the server&apos;s; they were received again and now match: %1.</source>
        <translation>以下记录曾与服务器不一致，已重新接收，现已一致：%1。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Newest change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>服务器拒收原因</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to the server.</source>
        <translation>没有待发送到服务器的更改。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent to the server: %Ln change(s), oldest first. Open a kind of record to see its newest changes.</source>
        <translation>
            <numerusform>待发送到服务器：%Ln 项更改，按时间先后发送。展开某类记录可查看其最近的更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1 changes; the newest %2 are listed. They never hold back the other changes.</source>
        <translation>被服务器拒收：%1 项更改，下面列出最近的 %2 项。它们不会影响其他更改的同步。</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: %Ln change(s). They never hold back the other changes.</source>
        <translation>
            <numerusform>被服务器拒收：%Ln 项更改。它们不会影响其他更改的同步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1 more (%2 not listed yet)</source>
        <translation>再显示 %1 项（还有 %2 项未列出）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation>意见建议 %1（%2）</translation>
    </message>
    <message>
        <source>• %1 names a record this PC does not have: %2 …%3.</source>
        <translation>• %1 引用了本机没有的记录：%2 …%3。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 另有 %1 条。</translation>
    </message>
    <message numerus="yes">
        <source>Received from the server but not stored yet: %Ln record(s). Each names a record this PC does not have (usually one of another station). Syncing goes on; each is stored as soon as the server sends what it names. If one stays here, tell the district office which record it is.</source>
        <translation>
            <numerusform>已从服务器收到但尚未保存：%Ln 条记录。每条都引用了本机没有的记录（通常属于其他联络站）。同步照常进行；服务器发来所引用的记录后即自动保存。如有记录一直停留在此，请告知区人大办公室是哪一条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SyncRunner</name>
    <message>
        <source>This PC is enrolled as %1.</source>
        <translation>本机已注册为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>已发送 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 项冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n change(s).</source>
        <translation>
            <numerusform>收到 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>正在发送更改：%1/%2</translation>
    </message>
    <message>
        <source>Receiving this station&apos;s records: %1 of %2</source>
        <translation>正在接收本站记录：%1/%2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>正在接收更改：%1</translation>
    </message>
    <message>
        <source>Checking the records against the server</source>
        <translation>正在与服务器核对记录</translation>
    </message>
    <message numerus="yes">
        <source>Attachments: %n sent</source>
        <translation>
            <numerusform>附件：已发送 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received.</source>
        <translation>
            <numerusform>已接收 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>This data file turned out to be a copy of another PC&apos;s (a copied disk or a restored backup). It now syncs as a new PC with its own identity; no change was lost or sent twice.</source>
        <translation>这个数据文件原来是另一台电脑的副本（复制的硬盘或恢复的备份）。现在它作为具有独立身份的新电脑同步，没有任何更改丢失或重复发送。</translation>
    </message>
    <message>
        <source>Some records differ from the server&apos;s; receiving them again (%1 of %2)</source>
        <translation>部分记录与服务器不一致，正在重新接收（%1/%2）</translation>
    </message>
</context>
<context>
    <name>zt::SyncSettingsSection</name>
    <message>
        <source>Choose the CA certificate of your sync server</source>
        <translation>选择同步服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sync with the central server</source>
        <translation>与中心服务器同步</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA 证书文件：</translation>
    </message>
    <message>
        <source>Station account:</source>
        <translation>联络站账号：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>上次结果：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Enrol this PC</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Used once to enrol; not saved</source>
        <translation>仅用于注册，不会保存</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the server address, the CA certificate file, the account and its password.</source>
        <translation>请填写服务器地址、CA 证书文件、账号和密码。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Server key pin (optional):</source>
        <translation>服务器密钥指纹（可选）：</translation>
    </message>
    <message>
        <source>Ask your administrator. With a pin, this PC syncs only with the server whose key has this fingerprint, even if another certificate looks valid.</source>
        <translation>请向管理员索取。填写后，这台电脑只与密钥指纹相符的服务器同步，即使其他证书看起来有效也不例外。</translation>
    </message>
</context>
<context>
    <name>zt::TodayVisitsModel</name>
    <message>
        <source>Half-day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (linked)</source>
        <translation>%1（已关联）</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
</context>
<context>
    <name>zt::UserAdminPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in on this PC</source>
        <translation>在本机最近登录</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enabled, must change password</source>
        <translation>已启用，须修改密码</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色为 %3。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的角色已改为 %2。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 已可以重新登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in. Their cases and history stay.</source>
        <translation>%1 已不能登录，其经办的件和记录仍会保留。</translation>
    </message>
    <message>
        <source>The password of %1 is reset. They must choose their own when they next sign in.</source>
        <translation>%1 的密码已重置，其下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>zt::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访群众</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
</context>
</TS>
