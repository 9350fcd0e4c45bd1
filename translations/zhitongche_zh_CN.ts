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
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>无法写入操作日志：%1</translation>
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
        <source>%1 is not a township or street code: it must have 9 digits, such as 330203006.</source>
        <translation>%1 不是乡镇（街道）代码：代码应为 9 位数字，例如 330203006。</translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation>浙江省行政区划中没有代码为 %1 的乡镇（街道）。</translation>
    </message>
    <message>
        <source>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</source>
        <translation>已在 %3 中建立%1（%2）；这台电脑生成的编号使用字母 %4。</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Zhitongche</source>
        <translation>民意直通车</translation>
    </message>
    <message>
        <source>The store %1 is not set up for a station yet. Set it up with: ztctl init --db %1 --station CODE</source>
        <translation>数据库 %1 尚未建立联络站。请用以下命令建立：ztctl init --db %1 --station CODE</translation>
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
</context>
<context>
    <name>zt::CaseFilterBar</name>
    <message>
        <source>Search titles, descriptions and replies (Ctrl+F)</source>
        <translation>搜索标题、内容和答复（Ctrl+F）</translation>
    </message>
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
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
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
</context>
<context>
    <name>zt::DashboardPage</name>
    <message>
        <source>Same as last month (%1)</source>
        <translation>与上月持平（%1）</translation>
    </message>
    <message>
        <source>Up %1 from last month (%2)</source>
        <translation>比上月增加 %1（上月 %2）</translation>
    </message>
    <message>
        <source>Down %1 from last month (%2)</source>
        <translation>比上月减少 %1（上月 %2）</translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation>上月：%1</translation>
    </message>
    <message>
        <source>Up %1 points from last month (%2)</source>
        <translation>比上月提高 %1 个百分点（上月 %2）</translation>
    </message>
    <message>
        <source>Down %1 points from last month (%2)</source>
        <translation>比上月下降 %1 个百分点（上月 %2）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>一图通览</translation>
    </message>
    <message>
        <source>This month: %1 to %2 (figures up to %3)</source>
        <translation>本月：%1 至 %2（数据截至 %3）</translation>
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
        <source>Reception records</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>The latest visits to the station and its points. Visitors&apos; names are masked.</source>
        <translation>本站及各联络点最近的接待记录。来访群众的姓名已部分隐去。</translation>
    </message>
    <message>
        <source>Deputies of all five levels assigned to this station. Phones are masked.</source>
        <translation>编入本站的五级人大代表。电话号码已部分隐去。</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>Reception days held in the last twelve months and the deputies on duty.</source>
        <translation>近十二个月举行的接待日及接待代表。</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>The figures of the monthly report for the last twelve months.</source>
        <translation>近十二个月月度工作报告中的各项数据。</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Changes saved on this PC that the central server has not received yet. They are kept safely until a connection is available.</source>
        <translation>已保存在这台电脑上、但中心服务器尚未收到的更改。联网之前，这些更改会妥善保存，不会丢失。</translation>
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
    <name>zt::OutboxModel</name>
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
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近一次错误</translation>
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
        <source>Refused by the server</source>
        <translation>服务器拒收</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>待同步</translation>
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
