<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ketong::AccessControl</name>
    <message>
        <source>You do not have the right "%1" (%2)</source>
        <translation>您没有“%1”权限(%2)</translation>
    </message>
    <message>
        <source>Please log in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>Only a %1 may %2</source>
        <translation>只有%1才能%2</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1 belongs to another account manager</source>
        <translation>%1属于其他客户经理</translation>
    </message>
</context>
<context>
    <name>ketong::AppController</name>
    <message>
        <source>Ketong CRM</source>
        <translation>客通 CRM</translation>
    </message>
    <message>
        <source>The demo company could not be created: %1</source>
        <translation>无法创建演示公司:%1</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%2 上 %1 的密码:</translation>
    </message>
    <message>
        <source>Upgrade the database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>%1

Upgrade it now? A backup copy is made first.</source>
        <translation>%1

现在升级吗?升级前会先做一份备份。</translation>
    </message>
    <message>
        <source>The database was upgraded to version %1. The backup is %2.</source>
        <translation>数据库已升级到版本 %1。备份文件:%2。</translation>
    </message>
</context>
<context>
    <name>ketong::AssignDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Choose the account manager who will develop this chance. The assignment time is set automatically. The chance then appears in that manager's development plans.</source>
        <translation>请选择负责开发此销售机会的客户经理。指派时间由系统自动填写。指派后,该机会会出现在该客户经理的客户开发计划中。</translation>
    </message>
    <message>
        <source>Assign sales chance</source>
        <translation>指派销售机会</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>指派给:</translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation>指派时间:</translation>
    </message>
    <message>
        <source>(choose an account manager)</source>
        <translation>(请选择客户经理)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>指派成功</translation>
    </message>
</context>
<context>
    <name>ketong::AuthService</name>
    <message>
        <source>Wrong login name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1</source>
        <translation>登录失败次数过多:账号已锁定至 %1</translation>
    </message>
    <message>
        <source>This account is disabled; ask the administrator</source>
        <translation>该账号已禁用,请联系系统管理员</translation>
    </message>
    <message>
        <source>The role "%1" of this account is disabled</source>
        <translation>该账号的角色“%1”已停用</translation>
    </message>
    <message>
        <source>There is no account "%1"</source>
        <translation>没有账号“%1”</translation>
    </message>
</context>
<context>
    <name>ketong::Backup</name>
    <message>
        <source>The backup file %1 already exists</source>
        <translation>备份文件 %1 已存在</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>备份到 %1 失败:%2</translation>
    </message>
    <message>
        <source>pg_dump was not found; install the PostgreSQL client tools</source>
        <translation>找不到 pg_dump,请安装 PostgreSQL 客户端工具</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump 失败:%1</translation>
    </message>
</context>
<context>
    <name>ketong::ChanceDetailView</name>
    <message>
        <source>No.:</source>
        <translation>编号:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>机会来源:</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>客户名称:</translation>
    </message>
    <message>
        <source>Success rate (%):</source>
        <translation>成功机率(%):</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系人电话:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>机会描述:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>创建人:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>指派给:</translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation>指派时间:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
</context>
<context>
    <name>ketong::ChanceDialog</name>
    <message>
        <source>New sales chance</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <source>Edit sales chance</source>
        <translation>编辑销售机会</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>编号:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>机会来源:</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>客户名称:</translation>
    </message>
    <message>
        <source>Success rate (%):</source>
        <translation>成功机率(%):</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系人电话:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>机会描述:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>创建人:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>指派给:</translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation>指派时间:</translation>
    </message>
    <message>
        <source>(assigned on saving)</source>
        <translation>(保存时自动生成)</translation>
    </message>
    <message>
        <source>(not now)</source>
        <translation>(暂不指派)</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存成功</translation>
    </message>
    <message>
        <source>Enter the sales chance. Fields marked ★ are required; the success rate is a whole number from 0 to 100. A new chance is unassigned until the sales director assigns it to an account manager. Only unassigned chances can be edited, by their creator or the sales director.</source>
        <translation>请填写销售机会信息。标有 ★ 的为必填项;成功机率为 0 到 100 的整数。新建的销售机会在销售主管将其指派给客户经理之前为"未指派"状态。只有未指派的销售机会可以编辑,且只能由创建人或销售主管编辑。</translation>
    </message>
</context>
<context>
    <name>ketong::ChanceService</name>
    <message>
        <source>The date of a plan item must be a valid date (yyyy-MM-dd)</source>
        <translation>计划项的日期必须是有效日期(yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>The plan item</source>
        <translation>计划项</translation>
    </message>
    <message>
        <source>The plan item no longer exists: someone deleted it</source>
        <translation>该计划项已不存在:已被他人删除</translation>
    </message>
    <message>
        <source>The plan item of %1</source>
        <translation>%1 的计划项</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>执行效果</translation>
    </message>
    <message>
        <source>The dictionary has no region (地区): add one before a chance can become a customer</source>
        <translation>数据字典中没有地区:请先添加地区,销售机会才能转为客户</translation>
    </message>
    <message>
        <source>%1 has no development plan yet: make a plan before marking it a success</source>
        <translation>%1还没有开发计划:请先制定计划,再标记开发成功</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the chance lists</comment>
        <translation>yyyy年MM月dd日</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The sales chance no longer exists: someone deleted it</source>
        <translation>该销售机会已不存在:已被他人删除</translation>
    </message>
    <message>
        <source>%1 is assigned to another account manager</source>
        <translation>%1已指派给其他客户经理</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Archived (succeeded)</source>
        <translation>已归档(开发成功)</translation>
    </message>
    <message>
        <source>Archived (failed)</source>
        <translation>已归档(开发失败)</translation>
    </message>
    <message>
        <source>assign sales chances</source>
        <translation>指派销售机会</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>开发中</translation>
    </message>
    <message>
        <source>Developed successfully</source>
        <translation>开发成功</translation>
    </message>
    <message>
        <source>Development failed</source>
        <translation>开发失败</translation>
    </message>
    <message>
        <source>The sales chance "%1"</source>
        <translation>销售机会"%1"</translation>
    </message>
    <message>
        <source>The success rate must be a whole number from 0 to 100</source>
        <translation>成功机率必须是 0 到 100 的整数</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>机会来源</translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The success rate is required</source>
        <translation>成功机率为必填项</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The contact's phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>机会描述</translation>
    </message>
    <message>
        <source>Sales chances are created by a user account, not by the system</source>
        <translation>销售机会只能由用户账号创建,不能由系统创建</translation>
    </message>
    <message>
        <source>%1 is "%2": only an unassigned chance can be changed or deleted</source>
        <translation>%1的状态为"%2":只有未指派的销售机会可以编辑或删除</translation>
    </message>
    <message>
        <source>Only the creator of a sales chance or the sales director may change or delete it</source>
        <translation>只有销售机会的创建人或销售主管可以编辑或删除它</translation>
    </message>
    <message>
        <source>%1 is "%2": only an unassigned chance can be assigned</source>
        <translation>%1的状态为"%2":只有未指派的销售机会可以指派</translation>
    </message>
    <message>
        <source>%1 is "%2": plans are made and executed only while a chance is in development</source>
        <translation>%1的状态为"%2":只有开发中的销售机会可以制定和执行计划</translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation>请选择一位状态正常的客户经理</translation>
    </message>
    <message>
        <source>Choose the account manager to assign the chance to</source>
        <translation>请选择要指派的客户经理</translation>
    </message>
</context>
<context>
    <name>ketong::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The administrator set your password. Choose your own before you go on: at least 8 characters, not your login name and not a common password.</source>
        <translation>您的密码由管理员设置。继续之前请设置您自己的密码:至少 8 个字符,不能与用户名相同,也不能是常见密码。</translation>
    </message>
    <message>
        <source>At least 8 characters, not your login name and not a common password.</source>
        <translation>至少 8 个字符,不能与用户名相同,也不能是常见密码。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>确认新密码:</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>ketong::Cli</name>
    <message>
        <source>Usage: ketongctl COMMAND [OPTIONS]</source>
        <translation>用法:ketongctl 命令 [选项]</translation>
    </message>
    <message>
        <source>The command-line companion of Ketong CRM, for administrators, scheduled jobs and scripts.</source>
        <translation>客通 CRM 的命令行工具,供管理员、定时任务和脚本使用。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <source>Every command takes --database URL (or the environment variable KETONG_DATABASE), --lang zh_CN|en and --help.</source>
        <translation>每个命令都接受 --database URL(或环境变量 KETONG_DATABASE)、--lang zh_CN|en 和 --help。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 database unreachable or newer than this program.</source>
        <translation>退出码:0 成功,1 被拒绝或失败,2 用法错误,3 无法连接数据库或数据库版本比本程序新。</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>数据库结构版本 %1</translation>
    </message>
    <message>
        <source>ketongctl: unknown command "%1"</source>
        <translation>ketongctl:未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>ketong::CliContext</name>
    <message>
        <source>The database URL (default: $KETONG_DATABASE).</source>
        <translation>数据库 URL(默认:$KETONG_DATABASE)。</translation>
    </message>
    <message>
        <source>Read the account's password from FILE.</source>
        <translation>从文件 FILE 读取账号密码。</translation>
    </message>
    <message>
        <source>PostgreSQL: read the database password from FILE (else PGPASSWORD or ~/.pgpass).</source>
        <translation>PostgreSQL:从文件 FILE 读取数据库密码(否则使用 PGPASSWORD 或 ~/.pgpass)。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>提示信息的语言:zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: ketongctl %1</source>
        <translation>用法:ketongctl %1</translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: ketongctl %1</source>
        <translation>参数个数不对;用法:ketongctl %1</translation>
    </message>
    <message>
        <source>No database given: use --database URL or set KETONG_DATABASE</source>
        <translation>未指定数据库:请使用 --database URL 或设置 KETONG_DATABASE</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1:%2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空的</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerStore</name>
    <message>
        <source>The customer does not exist</source>
        <translation>该客户不存在</translation>
    </message>
</context>
<context>
    <name>ketong::Database</name>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1:%2</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password</source>
        <translation>服务器 %1 拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>The server has no database named "%1"</source>
        <translation>服务器上没有名为“%1”的数据库</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1:%2 (%3)</source>
        <translation>无法连接数据库服务器 %1:%2(%3)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>There is no database file at %1</source>
        <translation>%1 处没有数据库文件</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹,不是数据库文件</translation>
    </message>
</context>
<context>
    <name>ketong::DatabaseUrl</name>
    <message>
        <source>Invalid database URL "%1": %2</source>
        <translation>数据库 URL“%1”无效:%2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>write sqlite:///absolute/path.db or sqlite:relative/path.db</source>
        <translation>请写成 sqlite:///绝对路径.db 或 sqlite:相对路径.db</translation>
    </message>
    <message>
        <source>the file path is missing</source>
        <translation>缺少文件路径</translation>
    </message>
    <message>
        <source>the file name is missing</source>
        <translation>缺少文件名</translation>
    </message>
    <message>
        <source>the file path may not contain '?'</source>
        <translation>文件路径中不能有“?”</translation>
    </message>
    <message>
        <source>it must start with sqlite: or postgresql://</source>
        <translation>必须以 sqlite: 或 postgresql:// 开头</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname)</source>
        <translation>缺少数据库名(postgresql://用户@主机:端口/数据库名)</translation>
    </message>
    <message>
        <source>bad option "%1"</source>
        <translation>选项“%1”有误</translation>
    </message>
</context>
<context>
    <name>ketong::DevelopmentDialog</name>
    <message>
        <source>Make plan</source>
        <translation>制定计划</translation>
    </message>
    <message>
        <source>Execute plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <source>View development</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Development plans &gt; %1</source>
        <translation>客户开发计划 &gt; %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Terminate development</source>
        <translation>终止开发</translation>
    </message>
    <message>
        <source>Developed successfully</source>
        <translation>开发成功</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Sales chance</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation>新增计划项</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期:</translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation>计划项:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Delete the plan item of %1: %2?</source>
        <translation>确认删除 %1 的计划项:%2?</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>删除计划项</translation>
    </message>
    <message>
        <source>Some results are typed but not saved: save them first.</source>
        <translation>有已填写但尚未保存的执行效果:请先保存。</translation>
    </message>
    <message>
        <source>Mark "%1" as developed successfully? A new customer "%2" managed by %3 will be created.</source>
        <translation>确认"%1"开发成功?系统将新建客户"%2",客户经理为%3。</translation>
    </message>
    <message>
        <source>The customer was developed successfully; a new customer record was added.</source>
        <translation>用户开发成功,已添加新客户记录。</translation>
    </message>
    <message>
        <source>Terminate the development of "%1"? The chance will be archived as failed.</source>
        <translation>确认终止"%1"的开发?该销售机会将以开发失败归档。</translation>
    </message>
    <message>
        <source>Development failed; the chance is archived.</source>
        <translation>开发失败,已归档。</translation>
    </message>
    <message>
        <source>List the steps to develop this customer: a date and what to do. A step's text can be changed and saved in its row; its date cannot be changed once saved. Use "Execute plan" to record what each step achieved.</source>
        <translation>请列出开发该客户的步骤:日期和计划项。计划项的内容可在所在行修改并保存;日期保存后不能修改。点击"执行计划"记录每一步的执行效果。</translation>
    </message>
    <message>
        <source>Record the result of each step in its row and save it. When the customer is won, click "Developed successfully": a customer record is created for the assigned account manager. "Terminate development" archives the chance as failed.</source>
        <translation>请在每一行填写执行效果并保存。客户开发成功后点击"开发成功":系统会为被指派的客户经理新建客户记录。"终止开发"将该销售机会以开发失败归档。</translation>
    </message>
    <message>
        <source>The archived chance with its plan and results, read-only.</source>
        <translation>已归档的销售机会及其开发计划和执行效果(只读)。</translation>
    </message>
</context>
<context>
    <name>ketong::FirstRunWizard</name>
    <message>
        <source>Welcome to Ketong CRM</source>
        <translation>欢迎使用客通 CRM</translation>
    </message>
    <message>
        <source>Where should Ketong keep its data?</source>
        <translation>客通的数据存放在哪里?</translation>
    </message>
    <message>
        <source>Ketong keeps customers, opportunities, services and reports in one database. Choose how this computer reaches it. You can change this later.</source>
        <translation>客通把客户、销售机会、服务和报表保存在一个数据库中。请选择本机使用哪个数据库,以后可以更改。</translation>
    </message>
    <message>
        <source>On this PC only</source>
        <translation>仅在本机</translation>
    </message>
    <message>
        <source>A database file on this computer, ready at once. Right for one person. Several people sharing data need an office server.</source>
        <translation>数据库文件保存在本机,马上就能使用,适合一个人使用。多人共享数据需要使用办公室服务器。</translation>
    </message>
    <message>
        <source>On the office server (PostgreSQL)</source>
        <translation>在办公室服务器上(PostgreSQL)</translation>
    </message>
    <message>
        <source>Everybody in the office works on the same data on a PostgreSQL server. Ask your administrator for the server's address, the database name and your account.</source>
        <translation>办公室的所有人都在 PostgreSQL 服务器上使用同一份数据。请向管理员索取服务器地址、数据库名和您的账号。</translation>
    </message>
    <message>
        <source>Try the demo company</source>
        <translation>试用演示公司</translation>
    </message>
    <message>
        <source>A sample company with 200 customers, orders, opportunities and services. Every demo account's password is "demo". Nothing you do there touches real data.</source>
        <translation>一家有 200 个客户以及订单、销售机会和服务记录的示例公司。所有演示账号的密码都是“demo”。在这里的操作不会影响真实数据。</translation>
    </message>
    <message>
        <source>A database on this PC</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <source>Ketong creates the file and the first administrator account.</source>
        <translation>客通将创建数据库文件和第一个管理员账号。</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件:</translation>
    </message>
    <message>
        <source>Administrator login:</source>
        <translation>管理员用户名:</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>管理员姓名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码:</translation>
    </message>
    <message>
        <source>The office server</source>
        <translation>办公室服务器</translation>
    </message>
    <message>
        <source>Ketong connects to the PostgreSQL database your administrator set up.</source>
        <translation>客通将连接管理员配置好的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口:</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>数据库名:</translation>
    </message>
    <message>
        <source>Database user:</source>
        <translation>数据库用户:</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>数据库密码:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>Choose a file for the database</source>
        <translation>请选择数据库文件</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 已存在,请选择一个新文件</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected, but the database %1 has no Ketong data yet. The administrator creates it with "ketongctl init --database %2".</source>
        <translation>已连接,但数据库 %1 中还没有客通数据。请管理员用“ketongctl init --database %2”创建。</translation>
    </message>
    <message>
        <source>Connected: Ketong database, schema version %1.</source>
        <translation>已连接:客通数据库,结构版本 %1。</translation>
    </message>
</context>
<context>
    <name>ketong::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>%1,您好</translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2). Here is what waits for you:</source>
        <translation>您以 %1(%2)身份登录。以下是您的待办事项:</translation>
    </message>
    <message>
        <source>Nothing waits for you right now.</source>
        <translation>目前没有待办事项。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>ketong::IntegrityCheck</name>
    <message>
        <source>Storage: %1</source>
        <translation>存储:%1</translation>
    </message>
    <message>
        <source>Foreign key: row %1 of %2 refers to a missing %3 row</source>
        <translation>外键:%2 的第 %1 行引用了 %3 中不存在的记录</translation>
    </message>
    <message>
        <source>%1 constraints are not validated</source>
        <translation>有 %1 个约束未经验证</translation>
    </message>
    <message>
        <source>%1 indexes are invalid</source>
        <translation>有 %1 个索引无效</translation>
    </message>
    <message>
        <source>orders whose total differs from the sum of their lines</source>
        <translation>总金额与明细合计不符的订单</translation>
    </message>
    <message>
        <source>lost customers without a confirmed loss</source>
        <translation>没有确认流失记录的流失客户</translation>
    </message>
    <message>
        <source>confirmed losses whose customer is not marked lost</source>
        <translation>客户未标记为流失的确认流失记录</translation>
    </message>
    <message>
        <source>developed chances without their customer</source>
        <translation>没有对应客户的开发成功机会</translation>
    </message>
    <message>
        <source>accounts whose role does not exist</source>
        <translation>角色不存在的账号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>ketong::LoginDialog</name>
    <message>
        <source>Ketong CRM — Log in</source>
        <translation>客通 CRM — 登录</translation>
    </message>
    <message>
        <source>Ketong CRM</source>
        <translation>客通 CRM</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>用户名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <source>Demo company: log in as director, manager1, manager2, manager3, executive or admin; every password is "demo".</source>
        <translation>演示公司:可用 director(销售主管)、manager1、manager2、manager3(客户经理)、executive(高管)或 admin(系统管理员)登录,密码都是“demo”。</translation>
    </message>
    <message>
        <source>Enter your login name</source>
        <translation>请输入用户名</translation>
    </message>
</context>
<context>
    <name>ketong::MainWindow</name>
    <message>
        <source>Ketong CRM — %1 (%2)</source>
        <translation>客通 CRM — %1(%2)</translation>
    </message>
    <message>
        <source>[demo company]</source>
        <translation>[演示数据]</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ketong CRM</source>
        <translation>关于客通 CRM(&amp;A)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>User: %1 (%2) · Role: %3</source>
        <translation>用户:%1(%2)· 角色:%3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <source>About Ketong CRM</source>
        <translation>关于客通 CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ketong CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for companies that sell to business customers.&lt;/p&gt;&lt;p&gt;Database schema version %2, Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客通 CRM %1&lt;/h3&gt;&lt;p&gt;面向企业客户销售的桌面客户关系管理系统。&lt;/p&gt;&lt;p&gt;数据库结构版本 %2,Qt %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ketong::Migrator</name>
    <message>
        <source>The database has no Ketong data yet; create it first (ketongctl init)</source>
        <translation>数据库中还没有客通数据,请先创建(ketongctl init)</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2; install a newer Ketong</source>
        <translation>数据库结构版本为 %1,而本程序只支持到版本 %2,请安装更新的客通</translation>
    </message>
    <message>
        <source>The database has schema version %1 and this program needs version %2; upgrade it first (ketongctl migrate)</source>
        <translation>数据库结构版本为 %1,本程序需要版本 %2,请先升级(ketongctl migrate)</translation>
    </message>
    <message>
        <source>Backup before the upgrade failed, nothing was changed: %1</source>
        <translation>升级前备份失败,未做任何更改:%1</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>迁移 %1(%2)失败:%3</translation>
    </message>
</context>
<context>
    <name>ketong::Money</name>
    <message>
        <source>"%1" is not an amount in yuan with at most two decimals</source>
        <translation>“%1”不是最多两位小数的金额(元)</translation>
    </message>
</context>
<context>
    <name>ketong::Optimistic</name>
    <message>
        <source>%1 no longer exists: someone deleted it</source>
        <translation>%1已不存在:已被他人删除</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload it to see the change; your edit was not saved.</source>
        <translation>在您打开之后,%1已被 %2 于 %3 修改。请重新加载查看其修改;您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>ketong::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start</source>
        <translation>加密库无法启动</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation>内存不足,无法计算密码散列</translation>
    </message>
</context>
<context>
    <name>ketong::PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <source>The password may have at most 200 characters</source>
        <translation>密码最多 200 个字符</translation>
    </message>
    <message>
        <source>The password may not be the login name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
    <message>
        <source>This password is one of the most common passwords; choose another</source>
        <translation>该密码是最常见的密码之一,请换一个</translation>
    </message>
</context>
<context>
    <name>ketong::PlanItemsTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>计划项</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>执行效果</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>Type the result of this step</source>
        <translation>填写本步骤的执行效果</translation>
    </message>
</context>
<context>
    <name>ketong::RightCatalog</name>
    <message>
        <source>Customer relationship management</source>
        <translation>客户关系管理系统</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销管理</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>服务管理</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限管理</translation>
    </message>
    <message>
        <source>Sales opportunities</source>
        <translation>销售机会管理</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>客户开发计划</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>客户信息管理</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失管理</translation>
    </message>
    <message>
        <source>Create service</source>
        <translation>服务创建</translation>
    </message>
    <message>
        <source>Assign services</source>
        <translation>服务分配</translation>
    </message>
    <message>
        <source>Handle services</source>
        <translation>服务处理</translation>
    </message>
    <message>
        <source>Service feedback</source>
        <translation>服务反馈</translation>
    </message>
    <message>
        <source>Service archive</source>
        <translation>服务归档</translation>
    </message>
    <message>
        <source>Customer contribution</source>
        <translation>客户贡献分析</translation>
    </message>
    <message>
        <source>Customer composition</source>
        <translation>客户构成分析</translation>
    </message>
    <message>
        <source>Customer service analysis</source>
        <translation>客户服务分析</translation>
    </message>
    <message>
        <source>Customer churn analysis</source>
        <translation>客户流失分析</translation>
    </message>
    <message>
        <source>Data dictionary</source>
        <translation>数据字典管理</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>查询产品信息</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>查询库存</translation>
    </message>
    <message>
        <source>Users, roles and rights</source>
        <translation>权限分配</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Sales director</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>高管</translation>
    </message>
</context>
<context>
    <name>ketong::Settings</name>
    <message>
        <source>change settings</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <source>A setting may have at most 2000 characters</source>
        <translation>设置值最多 2000 个字符</translation>
    </message>
</context>
<context>
    <name>ketong::Setup</name>
    <message>
        <source>The database already holds Ketong data (schema version %1); init refuses to overwrite it</source>
        <translation>数据库中已有客通数据(结构版本 %1),init 不会覆盖它</translation>
    </message>
    <message>
        <source>The database is not empty; init needs an empty database</source>
        <translation>数据库不是空的,init 需要一个空数据库</translation>
    </message>
</context>
<context>
    <name>ketong::SqlQuery</name>
    <message>
        <source>The database is busy with another user's change; try again</source>
        <translation>数据库正在处理其他用户的修改,请重试</translation>
    </message>
    <message>
        <source>This value is already in use</source>
        <translation>该值已被使用</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了修改:%1</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The database file is read-only</source>
        <translation>数据库文件是只读的</translation>
    </message>
    <message>
        <source>The database file cannot be read or written</source>
        <translation>无法读写数据库文件</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误:%1</translation>
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation>数据库拒绝访问:%1</translation>
    </message>
    <message>
        <source>The database server's disk is full</source>
        <translation>数据库服务器磁盘已满</translation>
    </message>
    <message>
        <source>The connection to the database was lost</source>
        <translation>与数据库的连接已断开</translation>
    </message>
</context>
<context>
    <name>ketong::TaskSummary</name>
    <message>
        <source>Open churn warnings</source>
        <translation>未处理的流失预警</translation>
    </message>
    <message>
        <source>Churn warnings of my customers</source>
        <translation>我的客户的流失预警</translation>
    </message>
    <message>
        <source>Sales opportunities to assign</source>
        <translation>待指派的销售机会</translation>
    </message>
    <message>
        <source>Opportunities in development</source>
        <translation>开发中的销售机会</translation>
    </message>
    <message>
        <source>Opportunities assigned to me</source>
        <translation>指派给我的销售机会</translation>
    </message>
    <message>
        <source>Service requests to assign</source>
        <translation>待分配的服务</translation>
    </message>
    <message>
        <source>Service requests for me to handle</source>
        <translation>待我处理的服务</translation>
    </message>
    <message>
        <source>Handled services awaiting feedback</source>
        <translation>已处理待反馈的服务</translation>
    </message>
</context>
<context>
    <name>ketong::UserService</name>
    <message>
        <source>There is no account "%1"</source>
        <translation>没有账号“%1”</translation>
    </message>
    <message>
        <source>There is no built-in role of kind %1</source>
        <translation>没有类型为 %1 的内置角色</translation>
    </message>
    <message>
        <source>The login name must be 1–50 letters, digits, '.', '_' or '-', starting with a letter or digit</source>
        <translation>用户名须为 1–50 个字母、数字、“.”、“_”或“-”,并以字母或数字开头</translation>
    </message>
    <message>
        <source>The name may have at most 50 characters</source>
        <translation>姓名最多 50 个字符</translation>
    </message>
    <message>
        <source>The chosen role does not exist</source>
        <translation>所选角色不存在</translation>
    </message>
    <message>
        <source>The chosen role is disabled</source>
        <translation>所选角色已停用</translation>
    </message>
    <message>
        <source>The login name "%1" is already taken</source>
        <translation>用户名“%1”已被使用</translation>
    </message>
    <message>
        <source>Please log in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation>新密码不能与当前密码相同</translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation>不能禁用自己的账号</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled</source>
        <translation>不能禁用最后一个有效的系统管理员</translation>
    </message>
</context>
<context>
    <name>ketong::Validation</name>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters</source>
        <translation>%1最多 %2 个字符</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 must be 6 digits</source>
        <translation>%1必须是 6 位数字</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address</source>
        <translation>%1不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces, + - ( ) and an extension (转 or ext)</source>
        <translation>%1只能包含数字、空格、+ - ( ) 和分机号(转或 ext)</translation>
    </message>
    <message>
        <source>%1 must be an 11-digit mobile number</source>
        <translation>%1必须是 11 位手机号码</translation>
    </message>
</context>
<context>
    <name>ketong::cli</name>
    <message>
        <source>Create the first administrator with this login.</source>
        <translation>以此用户名创建第一个管理员。</translation>
    </message>
    <message>
        <source>The administrator's full name.</source>
        <translation>管理员姓名。</translation>
    </message>
    <message>
        <source>Read the administrator's password from FILE.</source>
        <translation>从文件 FILE 读取管理员密码。</translation>
    </message>
    <message>
        <source>Also load the demo company (accounts with the password "demo").</source>
        <translation>同时加载演示公司(账号密码均为“demo”)。</translation>
    </message>
    <message>
        <source>Create a Ketong database: schema, roles and rights, dictionary, the first administrator, optionally the demo company.</source>
        <translation>创建客通数据库:数据库结构、角色和权限、数据字典、第一个管理员,可选演示公司。</translation>
    </message>
    <message>
        <source>--admin needs --admin-password-file</source>
        <translation>--admin 需要同时指定 --admin-password-file</translation>
    </message>
    <message>
        <source>--admin-password-file needs --admin</source>
        <translation>--admin-password-file 需要同时指定 --admin</translation>
    </message>
    <message>
        <source>Created a Ketong database (schema version %1) at %2</source>
        <translation>已在 %2 创建客通数据库(结构版本 %1)</translation>
    </message>
    <message>
        <source>Demo company loaded: log in as admin, director, manager1, manager2, manager3 or executive with the password "demo".</source>
        <translation>演示公司已加载:可用 admin、director、manager1、manager2、manager3 或 executive 登录,密码为“demo”。</translation>
    </message>
    <message>
        <source>Write the pre-upgrade backup to FILE.</source>
        <translation>把升级前的备份写入文件 FILE。</translation>
    </message>
    <message>
        <source>Upgrade the database's schema to this program's version, backing it up first.</source>
        <translation>先备份,再把数据库结构升级到本程序的版本。</translation>
    </message>
    <message>
        <source>The database has no Ketong schema; create it with ketongctl init</source>
        <translation>数据库中没有客通数据结构,请用 ketongctl init 创建</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1)</source>
        <translation>数据库结构已是最新(版本 %1)</translation>
    </message>
    <message>
        <source>Upgraded the schema from version %1 to %2</source>
        <translation>数据库结构已从版本 %1 升级到 %2</translation>
    </message>
    <message>
        <source>Backup of the old database: %1</source>
        <translation>旧数据库的备份:%1</translation>
    </message>
    <message>
        <source>Check the database: schema version, storage integrity, foreign keys, consistency rules, row counts.</source>
        <translation>检查数据库:结构版本、存储完整性、外键、一致性规则、各表行数。</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>数据库结构版本 %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>admin, director, manager or executive.</source>
        <translation>admin、director、manager 或 executive。</translation>
    </message>
    <message>
        <source>The person's full name.</source>
        <translation>姓名。</translation>
    </message>
    <message>
        <source>The account must change the password at its next login.</source>
        <translation>该账号下次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>Manage accounts.</source>
        <translation>管理账号。</translation>
    </message>
    <message>
        <source>usage: ketongctl %1</source>
        <translation>用法:ketongctl %1</translation>
    </message>
    <message>
        <source>--password-file is required</source>
        <translation>需要指定 --password-file</translation>
    </message>
    <message>
        <source>--role must be admin, director, manager or executive</source>
        <translation>--role 必须是 admin、director、manager 或 executive</translation>
    </message>
    <message>
        <source>Created account %1</source>
        <translation>已创建账号 %1</translation>
    </message>
    <message>
        <source>Changed the password of %1</source>
        <translation>已修改 %1 的密码</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>已启用 %1</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>已禁用 %1</translation>
    </message>
    <message>
        <source>unknown user action "%1"; usage: ketongctl %2</source>
        <translation>未知的账号操作“%1”;用法:ketongctl %2</translation>
    </message>
</context>
</TS>
