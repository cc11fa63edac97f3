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
    <name>ketong::BaseDataAdminPage</name>
    <message>
        <source>Data dictionary</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>Sales-system feed</source>
        <translation>销售系统接口</translation>
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
    <name>ketong::CsvReader</name>
    <message>
        <source>A quoted field is not closed: a double quote (") is missing</source>
        <translation>引号字段没有结束：缺少一个双引号 (")</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns</source>
        <translation>文件为空：第一行必须是列名</translation>
    </message>
    <message>
        <source>Column %1 has values but no name</source>
        <translation>第 %1 列有数据但没有列名</translation>
    </message>
    <message>
        <source>Unknown column "%1"</source>
        <translation>未知的列“%1”</translation>
    </message>
    <message>
        <source>The column %1 is given twice (also column %2)</source>
        <translation>列 %1 重复出现（另见第 %2 列）</translation>
    </message>
    <message>
        <source>The required column %1 is missing</source>
        <translation>缺少必需的列 %1</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header names only %2 columns</source>
        <translation>该行有 %1 个字段，但表头只有 %2 列</translation>
    </message>
</context>
<context>
    <name>ketong::CsvWriter</name>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
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
    <name>ketong::DictItemDialog</name>
    <message>
        <source>Edit dictionary item</source>
        <translation>编辑数据字典条目</translation>
    </message>
    <message>
        <source>New dictionary item</source>
        <translation>新建数据字典条目</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>(assigned on saving)</source>
        <translation>（保存时生成）</translation>
    </message>
    <message>
        <source>Type ★</source>
        <translation>类别 ★</translation>
    </message>
    <message>
        <source>Item ★</source>
        <translation>条目 ★</translation>
    </message>
    <message>
        <source>Value ★</source>
        <translation>值 ★</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>是否可编辑</translation>
    </message>
    <message>
        <source>e.g. 地区, 服务类型</source>
        <translation>例如：地区、服务类型</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Take over the stored version? What you typed stays in the form; save again to overwrite.</source>
        <translation>采用数据库中的最新版本吗？已输入的内容保留在表单中，再次保存即可覆盖。</translation>
    </message>
</context>
<context>
    <name>ketong::DictionaryPage</name>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New dictionary item (Ctrl+N)</source>
        <translation>新建数据字典条目 (Ctrl+N)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Data dictionary</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>Delete dictionary item</source>
        <translation>删除数据字典条目</translation>
    </message>
    <message>
        <source>Delete the item "%1" (%2 = %3)?</source>
        <translation>确认删除条目“%1”（%2 = %3）？</translation>
    </message>
</context>
<context>
    <name>ketong::DictionaryService</name>
    <message>
        <source>maintain the data dictionary</source>
        <translation>维护数据字典</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>是否可编辑</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The dictionary item no longer exists</source>
        <translation>该数据字典条目已不存在</translation>
    </message>
    <message>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The type "%1" already has an item with the %2 "%3"</source>
        <translation>类别“%1”中已有%2为“%3”的条目</translation>
    </message>
    <message numerus="yes">
        <source>"%1" (%2) is used by %n record(s) and cannot be deleted; you may rename it instead</source>
        <translation><numerusform>“%1”（%2）正被 %n 条记录使用，不能删除；可以改名</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>"%1" is used by %n record(s): its type cannot change</source>
        <translation><numerusform>“%1”正被 %n 条记录使用，不能更改类别</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>"%1" is used by %n record(s): its value cannot change (the item text can)</source>
        <translation><numerusform>“%1”正被 %n 条记录使用，不能更改值（条目名称可以修改）</numerusform></translation>
    </message>
    <message>
        <source>"%1" (%2) is a fixed item and cannot be edited</source>
        <translation>“%1”（%2）是固定条目，不能编辑</translation>
    </message>
    <message>
        <source>Dictionary item "%1"</source>
        <translation>数据字典条目“%1”</translation>
    </message>
    <message>
        <source>"%1" (%2) is a fixed item and cannot be deleted</source>
        <translation>“%1”（%2）是固定条目，不能删除</translation>
    </message>
</context>
<context>
    <name>ketong::FeedSettings</name>
    <message>
        <source>The schedule must be between 1 minute and one week (%1 minutes)</source>
        <translation>定时间隔必须在 1 分钟到一周（%1 分钟）之间</translation>
    </message>
    <message>
        <source>A scheduled feed needs a source</source>
        <translation>定时同步需要先设置数据来源</translation>
    </message>
</context>
<context>
    <name>ketong::FeedSettingsPage</name>
    <message>
        <source>Sync running…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>A directory of CSV files, or https://… serving products.json, orders.json…</source>
        <translation>CSV 文件所在目录，或提供 products.json、orders.json… 的 https://… 地址</translation>
    </message>
    <message>
        <source>Directory…</source>
        <translation>选择目录…</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>HTTP(S) only: a file whose first line is the bearer token</source>
        <translation>仅用于 HTTP(S)：文件第一行为 Bearer 令牌</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时同步</translation>
    </message>
    <message>
        <source>While the program runs, every</source>
        <translation>程序运行期间，每</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Dry run (check only)</source>
        <translation>试运行（只检查）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <source>Sales-system feed</source>
        <translation>销售系统接口</translation>
    </message>
    <message numerus="yes">
        <source>Saved. The feed runs every %n minute(s) while the program runs.</source>
        <translation><numerusform>已保存。程序运行期间每 %n 分钟同步一次。</numerusform></translation>
    </message>
    <message>
        <source>Saved. No schedule: run it with "Sync now" or ketongctl sync.</source>
        <translation>已保存。未设定时同步：请使用“立即同步”或 ketongctl sync。</translation>
    </message>
    <message>
        <source>Give the feed's source first.</source>
        <translation>请先填写数据来源。</translation>
    </message>
    <message>
        <source>Dry run finished: %1 (nothing was written).</source>
        <translation>试运行完成：%1（未写入任何数据）。</translation>
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation>同步完成：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The feed was not applied: %n error(s), nothing was written.</source>
        <translation><numerusform>同步未执行：%n 处错误，未写入任何数据。</numerusform></translation>
    </message>
    <message>
        <source>Feed directory</source>
        <translation>同步数据目录</translation>
    </message>
</context>
<context>
    <name>ketong::FeedSource</name>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>%1 holds no feed file (products.csv, stock.csv, orders.csv, order_lines.csv)</source>
        <translation>%1 中没有同步文件（products.csv、stock.csv、orders.csv、order_lines.csv）</translation>
    </message>
    <message>
        <source>"%1" is not a valid URL</source>
        <translation>“%1”不是有效的网址</translation>
    </message>
    <message>
        <source>%1 offers no feed file (products.json, stock.json, orders.json, order_lines.json: HTTP 404 for each)</source>
        <translation>%1 没有提供同步文件（products.json、stock.json、orders.json、order_lines.json 均返回 HTTP 404）</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>the field is given twice</source>
        <translation>字段重复出现</translation>
    </message>
    <message>
        <source>must be a text or a number</source>
        <translation>必须是文本或数字</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON 格式错误（第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>must be a JSON array of objects</source>
        <translation>必须是由对象组成的 JSON 数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array of objects</source>
        <translation>必须是由对象组成的数组</translation>
    </message>
    <message>
        <source>inline lines and order_lines.json cannot be used together</source>
        <translation>不能同时使用内嵌明细 lines 和 order_lines.json</translation>
    </message>
    <message>
        <source>differs from the order's order_no "%1"</source>
        <translation>与订单的 order_no“%1”不一致</translation>
    </message>
</context>
<context>
    <name>ketong::FeedValidator</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters</source>
        <translation>%1 最多 %2 个字符</translation>
    </message>
    <message>
        <source>%1 must be a whole number greater than 0, not "%2"</source>
        <translation>%1 必须是大于 0 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not "%2"</source>
        <translation>%1 必须是大于或等于 0 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>product %1 is given twice (first on line %2)</source>
        <translation>产品 %1 重复出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>product %1 in %2 / %3 is given twice (first on line %4)</source>
        <translation>产品 %1 在 %2 / %3 的库存重复出现（首次在第 %4 行）</translation>
    </message>
    <message>
        <source>the file needs a customer_code (客户编号) or customer_name (客户名称) column</source>
        <translation>文件需要 customer_code（客户编号）或 customer_name（客户名称）列</translation>
    </message>
    <message>
        <source>customer_code or customer_name is required</source>
        <translation>customer_code 和 customer_name 至少填写一项</translation>
    </message>
    <message>
        <source>order_date is required</source>
        <translation>order_date 不能为空</translation>
    </message>
    <message>
        <source>order_date "%1" is not a date (YYYY-MM-DD) or a time (YYYY-MM-DD HH:MM[:SS])</source>
        <translation>order_date“%1”不是日期（YYYY-MM-DD）或时间（YYYY-MM-DD HH:MM[:SS]）</translation>
    </message>
    <message>
        <source>status is required</source>
        <translation>status 不能为空</translation>
    </message>
    <message>
        <source>status "%1" is not 1–6, shipped/已发货 or paid/已回款</source>
        <translation>status“%1”不是 1–6、shipped/已发货 或 paid/已回款</translation>
    </message>
    <message>
        <source>order %1 is given twice (first on line %2)</source>
        <translation>订单 %1 重复出现（首次在第 %2 行）</translation>
    </message>
</context>
<context>
    <name>ketong::FeedWriter</name>
    <message>
        <source>no customer has the code "%1"</source>
        <translation>没有客户编号为“%1”的客户</translation>
    </message>
    <message>
        <source>no customer is named "%1"</source>
        <translation>没有名为“%1”的客户</translation>
    </message>
    <message>
        <source>%1 customers are named "%2": give customer_code instead</source>
        <translation>有 %1 个客户名为“%2”：请改用 customer_code</translation>
    </message>
    <message>
        <source>no product %1 in the store or in this feed</source>
        <translation>数据库和本次同步中都没有产品 %1</translation>
    </message>
    <message>
        <source>no order %1 in the store or in this feed</source>
        <translation>数据库和本次同步中都没有订单 %1</translation>
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
    <name>ketong::HttpFetcher</name>
    <message>
        <source>%1: the response is larger than the limit of %2 MB</source>
        <translation>%1：响应超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>%1: no answer within %2 seconds (connect timeout)</source>
        <translation>%1：%2 秒内没有响应（连接超时）</translation>
    </message>
    <message>
        <source>%1: the transfer stalled for %2 seconds (timeout)</source>
        <translation>%1：传输停滞 %2 秒（超时）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation>%1：重定向超过 %2 次</translation>
    </message>
    <message>
        <source>%1: refused a redirect from https to %2</source>
        <translation>%1：拒绝从 https 重定向到 %2</translation>
    </message>
    <message>
        <source>%1: the server refused access (HTTP %2 %3); check the token file</source>
        <translation>%1：服务器拒绝访问（HTTP %2 %3），请检查令牌文件</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation>%1：服务器返回 HTTP %2 %3</translation>
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
    <name>ketong::Inventory</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Seq. no.</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>ketong::ListPanel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>共 %n 条记录</numerusform></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有符合条件的记录。</translation>
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
    <name>ketong::ProductCatalog</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Grade/batch</source>
        <translation>等级/批次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价(元)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ketong::ProductsPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Grade/batch</source>
        <translation>等级/批次</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
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
    <name>ketong::SalesSystemSync</name>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 is empty</source>
        <translation>令牌文件 %1 是空的</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1: +%2 ~%3 =%4</source>
        <translation>%1：新增 %2，更新 %3，未变 %4</translation>
    </message>
    <message>
        <source>run the sales-system feed</source>
        <translation>运行销售系统同步</translation>
    </message>
    <message>
        <source>Give the feed's source: a directory or an http(s) URL</source>
        <translation>请给出同步数据来源：目录或 http(s) 地址</translation>
    </message>
    <message>
        <source>Another feed run is in progress; nothing was done</source>
        <translation>另一个同步正在进行，本次未执行</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… 另有 %1 处错误</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>用时（毫秒）</translation>
    </message>
    <message>
        <source>Created / updated / unchanged</source>
        <translation>新增 / 更新 / 未变</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>No feed run %1</source>
        <translation>没有第 %1 次同步记录</translation>
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
    <name>ketong::StockPage</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
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
    <message>
        <source>The feed: a directory of CSV files or an http(s) base URL of JSON files.</source>
        <translation>同步数据：CSV 文件所在目录，或 JSON 文件的 http(s) 基础地址。</translation>
    </message>
    <message>
        <source>HTTP: read the bearer token from the first line of FILE.</source>
        <translation>HTTP：从 FILE 的第一行读取 Bearer 令牌。</translation>
    </message>
    <message>
        <source>Check the feed and count what would change; write nothing.</source>
        <translation>只检查同步数据并统计将要发生的变化，不写入。</translation>
    </message>
    <message>
        <source>HTTP: seconds to wait for an answer and for each stall (default 60).</source>
        <translation>HTTP：等待响应及传输停滞的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>Apply a sales-system feed (products, stock, orders, order lines): everything is checked first, then written in one transaction, or nothing is written.</source>
        <translation>执行销售系统同步（产品、库存、订单、订单明细）：先全部检查，再在一个事务中写入；有错误则不写入任何数据。</translation>
    </message>
    <message>
        <source>--from DIR_OR_URL is required</source>
        <translation>必须给出 --from DIR_OR_URL</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation>--timeout 必须是 1 到 3600 之间的整数秒</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… 另有 %1 处错误</translation>
    </message>
    <message numerus="yes">
        <source>the feed was not applied (%n error(s)); nothing was written</source>
        <translation><numerusform>同步未执行（%n 处错误），未写入任何数据</numerusform></translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
</context>
</TS>
