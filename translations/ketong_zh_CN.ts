<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ketong::AccessControl</name>
    <message>
        <source>You do not have the right &quot;%1&quot; (%2)</source>
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
    <name>ketong::ActivitiesDialog</name>
    <message>
        <source>Interaction records of %1</source>
        <translation>%1 的交往记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
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
        <source>Delete interaction record</source>
        <translation>删除交往记录</translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot; of %2?</source>
        <translation>删除 %2 的交往记录“%1”吗？</translation>
    </message>
</context>
<context>
    <name>ketong::ActivityDialog</name>
    <message>
        <source>Interaction record</source>
        <translation>交往记录</translation>
    </message>
    <message>
        <source>New interaction record</source>
        <translation>新建交往记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ketong::ActivityService</name>
    <message>
        <source>Date is required</source>
        <translation>时间为必填项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The record &quot;%1&quot;</source>
        <translation>交往记录“%1”</translation>
    </message>
    <message>
        <source>The record does not exist: someone deleted it</source>
        <translation>该交往记录不存在：已被他人删除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ketong::AdminPages</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色管理</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>权限分配</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>ketong::AdministratorGuard</name>
    <message>
        <source>This change would leave no active account that can manage users, roles and rights; at least one administrator must remain</source>
        <translation>此修改会使系统中不再有可管理用户、角色和权限的有效账号；至少须保留一名系统管理员</translation>
    </message>
    <message>
        <source>You cannot take away your own right to manage users, roles and rights; ask another administrator</source>
        <translation>不能取消自己管理用户、角色和权限的权限；请由其他管理员操作</translation>
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
    <message>
        <source>%1

Ask the administrator to upgrade the database.</source>
        <translation>%1

请联系系统管理员升级数据库。</translation>
    </message>
</context>
<context>
    <name>ketong::AssignDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Choose the account manager who will develop this chance. The assignment time is set automatically. The chance then appears in that manager&apos;s development plans.</source>
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
    <name>ketong::AuditChangesView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Choose an entry to see what changed.</source>
        <translation>选择一条记录查看变更内容。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 %5</source>
        <translation>%1 · %2 · %3 · %4 %5</translation>
    </message>
</context>
<context>
    <name>ketong::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>记录编号：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
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
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filter to see older ones.</source>
        <translation>仅显示最新的 %1 条记录；请缩小查询条件以查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::AuditQuery</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
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
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派/分配</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Rights changed</source>
        <translation>权限分配</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Churn postponed</source>
        <translation>暂缓流失</translation>
    </message>
    <message>
        <source>Churn confirmed</source>
        <translation>确认流失</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>交往记录</translation>
    </message>
    <message>
        <source>Sales opportunity</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>开发计划项</translation>
    </message>
    <message>
        <source>Churn record</source>
        <translation>客户流失</translation>
    </message>
    <message>
        <source>Retention measure</source>
        <translation>暂缓措施</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Service handling</source>
        <translation>服务处理</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Scheduled job</source>
        <translation>定时任务</translation>
    </message>
    <message>
        <source>Sales system feed</source>
        <translation>销售系统数据同步</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>Locked for (minutes)</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用度</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>There is no audit entry %1</source>
        <translation>审计日志中没有编号为 %1 的记录</translation>
    </message>
    <message>
        <source>Please log in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>System (ketongctl, scheduled jobs)</source>
        <translation>系统（ketongctl、定时任务）</translation>
    </message>
    <message>
        <source>(value hidden)</source>
        <translation>(取值已隐藏)</translation>
    </message>
    <message>
        <source>Fields (values hidden): %1</source>
        <translation>修改的字段(取值已隐藏):%1</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>dict_items</comment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer number</source>
        <comment>customers</comment>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customers</comment>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>roles</comment>
        <translation>角色名称</translation>
    </message>
    <message>
        <source>Customer level</source>
        <comment>customers</comment>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>customers</comment>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Office phone</source>
        <comment>contacts</comment>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activities</comment>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>sales_chances</comment>
        <translation>机会来源</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>sales_chances</comment>
        <translation>机会描述</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>plan_items</comment>
        <translation>执行效果</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>lost_records</comment>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Service type</source>
        <comment>service_tickets</comment>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <comment>service_tickets</comment>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <comment>service_tickets</comment>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>service_tickets</comment>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>feed_runs</comment>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最后登录时间</translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>数据库登录角色</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Business licence no.</source>
        <translation>营业执照注册号</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资金</translation>
    </message>
    <message>
        <source>Annual turnover</source>
        <translation>年营业额</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行帐号</translation>
    </message>
    <message>
        <source>Local tax no.</source>
        <translation>地税登记号</translation>
    </message>
    <message>
        <source>National tax no.</source>
        <translation>国税登记号</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Name for duplicate checks</source>
        <translation>查重名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功机率</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>指派时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>上次下单时间</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>计算起始日期</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Churn scan run</source>
        <translation>流失检查批次</translation>
    </message>
    <message>
        <source>Churn confirmed on</source>
        <translation>确认流失时间</translation>
    </message>
    <message>
        <source>Recovered on</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>服务处理</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Handled at</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <source>Feedback at</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Months without orders</source>
        <translation>未下单月数</translation>
    </message>
    <message>
        <source>New warnings</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>Recovered customers</source>
        <translation>恢复的客户</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>未处理预警</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留份数</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>sales_chances</comment>
        <translation>指派</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>service_tickets</comment>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Churn scan</source>
        <translation>客户流失检查</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Churn warning after (months)</source>
        <translation>流失预警月数</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>定时备份</translation>
    </message>
    <message>
        <source>Sales system feed: source</source>
        <translation>销售系统数据来源</translation>
    </message>
    <message>
        <source>Sales system feed: token file</source>
        <translation>销售系统访问令牌文件</translation>
    </message>
    <message>
        <source>Sales system feed: interval (minutes)</source>
        <translation>销售系统同步间隔（分钟）</translation>
    </message>
    <message>
        <source>Database role prefix</source>
        <translation>数据库角色前缀</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Not shipped (sales system status %1)</source>
        <translation>未发货（销售系统状态 %1）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Skipped: another run was under way</source>
        <translation>跳过：另一次运行尚未结束</translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation>用户 #%1</translation>
    </message>
    <message>
        <source>role #%1</source>
        <translation>角色 #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Warning closed</source>
        <translation>预警关闭</translation>
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
        <source>The role &quot;%1&quot; of this account is disabled</source>
        <translation>该账号的角色“%1”已停用</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;</source>
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
        <source>%1 was not found; install the PostgreSQL client tools</source>
        <translation>找不到 %1,请安装 PostgreSQL 客户端工具</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败:%2</translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation>%1 不是可读的数据库:%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏:%2</translation>
    </message>
    <message>
        <source>%1 holds no Ketong data</source>
        <translation>%1 中没有客通数据</translation>
    </message>
    <message>
        <source>%1 was written by a newer Ketong (schema version %2)</source>
        <translation>%1 由更新版本的客通写入(结构版本 %2)</translation>
    </message>
    <message>
        <source>%1 already exists; restore needs a new file</source>
        <translation>%1 已存在,恢复需要一个新文件</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>There is no backup file %1</source>
        <translation>备份文件 %1 不存在</translation>
    </message>
    <message>
        <source>The target database is not empty; restore needs an empty database</source>
        <translation>目标数据库不是空的,恢复需要一个空数据库</translation>
    </message>
    <message>
        <source>Restore a SQLite backup to a new file (ketongctl restore FILE --database sqlite:NEW.db)</source>
        <translation>请把 SQLite 备份恢复到一个新文件(ketongctl restore 备份文件 --database sqlite:新文件.db)</translation>
    </message>
    <message>
        <source>%1 is not a readable backup: %2</source>
        <translation>%1 不是可读的备份:%2</translation>
    </message>
</context>
<context>
    <name>ketong::BackupDialog</name>
    <message>
        <source>The backup settings are saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>Database backup</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <source>Keep the last copies</source>
        <translation>保留最近份数</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A folder on another disk or a USB drive is safest</source>
        <translation>最好选择另一块磁盘或 U 盘上的文件夹</translation>
    </message>
    <message>
        <source>No backup has been taken yet.</source>
        <translation>尚未备份过。</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB).</source>
        <translation>备份已写入 %1（%2 MB）。</translation>
    </message>
    <message numerus="yes">
        <source>%n older copies removed.</source>
        <translation>
            <numerusform>已删除 %n 份较早的备份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::BackupSchedule</name>
    <message>
        <source>On a PostgreSQL server, backups are taken on the server (ketongctl backup as the database owner, or pg_dump); see the administrator&apos;s guide</source>
        <translation>使用 PostgreSQL 服务器时，请在服务器上备份（以数据库所有者身份运行 ketongctl backup，或使用 pg_dump）；详见管理员手册</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Back up every 1 to %1 days (0: never)</source>
        <translation>备份间隔应为 1 至 %1 天（0：不自动备份）</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 copies</source>
        <translation>保留份数应为 1 至 %1 份</translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation>请选择备份文件夹</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to</source>
        <translation>文件夹 %1 无法写入</translation>
    </message>
</context>
<context>
    <name>ketong::BackupScheduler</name>
    <message>
        <source>Database backup…</source>
        <translation>数据备份…</translation>
    </message>
    <message>
        <source>Back up the database now, or set the automatic backup</source>
        <translation>立即备份数据库，或设置自动备份</translation>
    </message>
    <message>
        <source>Automatic backup written to %1.</source>
        <translation>自动备份已写入 %1。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
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
        <translation>请填写销售机会信息。标有 ★ 的为必填项;成功机率为 0 到 100 的整数。新建的销售机会在销售主管将其指派给客户经理之前为&quot;未指派&quot;状态。只有未指派的销售机会可以编辑,且只能由创建人或销售主管编辑。</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>成功几率：</translation>
    </message>
    <message>
        <source>Contact telephone:</source>
        <translation>联系人电话：</translation>
    </message>
</context>
<context>
    <name>ketong::ChanceFilterBar</name>
    <message>
        <source>Customer name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
</context>
<context>
    <name>ketong::ChanceOutcome</name>
    <message>
        <source>Developed successfully</source>
        <translation>开发成功</translation>
    </message>
    <message>
        <source>The customer was developed successfully; a new customer record was added.</source>
        <translation>客户开发成功，已新增一条客户记录。</translation>
    </message>
    <message>
        <source>Terminate the development of &quot;%1&quot;? The chance will be archived as failed.</source>
        <translation>确定终止“%1”的开发吗？该机会将以开发失败归档。</translation>
    </message>
    <message>
        <source>Terminate development</source>
        <translation>终止开发</translation>
    </message>
    <message>
        <source>Development failed; the chance is archived.</source>
        <translation>开发失败，该机会已归档。</translation>
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
        <source>The sales chance &quot;%1&quot;</source>
        <translation>销售机会&quot;%1&quot;</translation>
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
        <source>The contact&apos;s phone</source>
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
        <source>%1 is &quot;%2&quot;: only an unassigned chance can be changed or deleted</source>
        <translation>%1的状态为&quot;%2&quot;:只有未指派的销售机会可以编辑或删除</translation>
    </message>
    <message>
        <source>Only the creator of a sales chance or the sales director may change or delete it</source>
        <translation>只有销售机会的创建人或销售主管可以编辑或删除它</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: only an unassigned chance can be assigned</source>
        <translation>%1的状态为&quot;%2&quot;:只有未指派的销售机会可以指派</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: plans are made and executed only while a chance is in development</source>
        <translation>%1的状态为&quot;%2&quot;:只有开发中的销售机会可以制定和执行计划</translation>
    </message>
    <message>
        <source>Choose the account manager to assign the chance to</source>
        <translation>请选择要指派的客户经理</translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation>请选择一位状态正常的客户经理</translation>
    </message>
    <message>
        <source>The position of %1</source>
        <translation>%1的职位</translation>
    </message>
    <message>
        <source>The office phone of %1</source>
        <translation>%1的办公电话</translation>
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
    <name>ketong::ChartFactory</name>
    <message numerus="yes">
        <source>Top %1 of %n customers; the others together: %2 yuan</source>
        <translation>
            <numerusform>共 %n 位客户中的前 %1 名;其余客户合计:%2 元</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>流失客户数</translation>
    </message>
    <message>
        <source>Unit: 10,000 yuan</source>
        <translation>单位：万元</translation>
    </message>
    <message>
        <source>Unit: yuan</source>
        <translation>单位：元</translation>
    </message>
</context>
<context>
    <name>ketong::ChurnClosure</name>
    <message>
        <source>Warning closed: the customer was deleted</source>
        <translation>预警已关闭:客户已被删除</translation>
    </message>
</context>
<context>
    <name>ketong::ChurnScan</name>
    <message>
        <source>run the churn scan</source>
        <translation>执行客户流失检查</translation>
    </message>
    <message>
        <source>Another churn scan is running right now; nothing was done</source>
        <translation>另一个流失检查正在运行,本次未做任何操作</translation>
    </message>
    <message>
        <source>The churn threshold must be between 1 and %1 months</source>
        <translation>流失判定月数必须在 1 到 %1 之间</translation>
    </message>
</context>
<context>
    <name>ketong::ChurnService</name>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Retention under way</source>
        <translation>暂缓流失</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>确认流失</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>上次下单时间</translation>
    </message>
    <message>
        <source>Confirmed lost</source>
        <translation>确认流失时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施数</translation>
    </message>
    <message>
        <source>The churn record does not exist</source>
        <translation>该流失记录不存在</translation>
    </message>
    <message>
        <source>This churn record belongs to a customer of another account manager</source>
        <translation>该流失记录属于其他客户经理的客户</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation>客户“%1”</translation>
    </message>
    <message>
        <source>The churn record of %1</source>
        <translation>“%1”的流失记录</translation>
    </message>
    <message>
        <source>record retention measures</source>
        <translation>填写暂缓流失措施</translation>
    </message>
    <message>
        <source>The retention measure</source>
        <translation>暂缓措施</translation>
    </message>
    <message>
        <source>Measures can be added only to a warning or a retention under way; this record is &quot;%1&quot;</source>
        <translation>只有“预警”或“暂缓流失”状态才能追加措施;该记录状态为“%1”</translation>
    </message>
    <message>
        <source>confirm a customer loss</source>
        <translation>确认客户流失</translation>
    </message>
    <message>
        <source>The reason of the loss</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>A loss can be confirmed only after a retention measure (暂缓流失); this record is &quot;%1&quot;</source>
        <translation>确认流失前必须先采取“暂缓流失”措施;该记录状态为“%1”</translation>
    </message>
    <message>
        <source>The customer %1 is no longer active</source>
        <translation>客户“%1”已不是正常状态</translation>
    </message>
    <message>
        <source>Closed (customer deleted)</source>
        <translation>已关闭(客户已删除)</translation>
    </message>
    <message>
        <source>The customer %1 has been deleted</source>
        <translation>客户“%1”已被删除</translation>
    </message>
</context>
<context>
    <name>ketong::ChurnWatcher</name>
    <message>
        <source>Check churn now</source>
        <translation>立即检查流失</translation>
    </message>
    <message>
        <source>Look for customers who have not ordered for the set number of months</source>
        <translation>查找超过设定月数未下单的客户</translation>
    </message>
    <message>
        <source>Churn check settings…</source>
        <translation>流失检查设置…</translation>
    </message>
    <message>
        <source>Checking for customer churn…</source>
        <translation>正在检查客户流失…</translation>
    </message>
    <message>
        <source>Another computer is checking for churn right now.</source>
        <translation>另一台电脑正在检查客户流失。</translation>
    </message>
    <message>
        <source>The churn check failed: %1</source>
        <translation>流失检查失败：%1</translation>
    </message>
    <message>
        <source>Churn check done: %1 new warning(s), %2 customer(s) ordered again.</source>
        <translation>流失检查完成：新增预警 %1 个，恢复下单的客户 %2 个。</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失管理</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have open churn warnings.</source>
        <translation>
            <numerusform>您负责的客户中有 %n 个流失预警尚未处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record what you do to keep them (暂缓流失), or confirm a loss.</source>
        <translation>请记录挽留措施（暂缓流失），或确认流失。</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>打开列表</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Churn check settings</source>
        <translation>流失检查设置</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>A customer who has not ordered for this many months gets a churn warning.
Last check: %1</source>
        <translation>客户超过这么多个月未下单即产生流失预警。
上次检查：%1</translation>
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
        <source>ketongctl: unknown command &quot;%1&quot;</source>
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
        <source>Read the account&apos;s password from FILE.</source>
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
    <name>ketong::ConflictDialog</name>
    <message>
        <source>Your unsaved values</source>
        <translation>您未保存的内容</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>The form now shows the record as stored. Copy what you typed from here into it and save again.</source>
        <translation>表单现在显示的是已保存的记录。请从这里复制您输入的内容到表单中，然后重新保存。</translation>
    </message>
    <message>
        <source>%1

Reload shows the stored record; what you typed stays visible here so you can copy it. Cancel keeps your typing in the form without saving.</source>
        <translation>%1

“重新加载”显示已保存的记录，您输入的内容仍显示在这里，可以复制。“取消”保留表单中您输入的内容，不保存。</translation>
    </message>
    <message>
        <source>What you &amp;typed:</source>
        <translation>您输入的内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ketong::ContactDialog</name>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
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
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ketong::ContactService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose male or female</source>
        <translation>请选择性别：男或女</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>The birthday lies in the future</source>
        <translation>生日不能晚于今天</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>The contact does not exist: someone deleted it</source>
        <translation>该联系人不存在：已被他人删除</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>ketong::ContactsDialog</name>
    <message>
        <source>Contacts of %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
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
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>删除联系人 %1 吗？</translation>
    </message>
</context>
<context>
    <name>ketong::CsvReader</name>
    <message>
        <source>A quoted field is not closed: a double quote (&quot;) is missing</source>
        <translation>引号字段没有结束：缺少一个双引号 (&quot;)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
    <name>ketong::CustomerDialog</name>
    <message>
        <source>Customer %1 %2</source>
        <translation>客户信息 %1 %2</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interaction records</source>
        <translation>交往记录</translation>
    </message>
    <message>
        <source>History orders</source>
        <translation>历史订单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>similar name and same phone</source>
        <translation>名称相似且电话相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>%1 %2 (%3; manager %4)</source>
        <translation>%1 %2（%3；客户经理 %4）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>These customers may be the same company:

%1

Save anyway?</source>
        <translation>以下客户可能是同一家公司：

%1

仍然保存吗？</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存成功</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Zip code:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>传真：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Business licence no.:</source>
        <translation>营业执照注册号：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法人：</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>银行帐号：</translation>
    </message>
    <message>
        <source>Local tax no.:</source>
        <translation>地税登记号：</translation>
    </message>
    <message>
        <source>National tax no.:</source>
        <translation>国税登记号：</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerExporter</name>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>写入 %1 失败</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerForm</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation>保存时生成</translation>
    </message>
    <message>
        <source>www.example.cn</source>
        <translation>www.example.cn</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerImportChecker</name>
    <message>
        <source>The import was cancelled; nothing was written</source>
        <translation>导入已取消，没有写入任何数据</translation>
    </message>
    <message>
        <source>The customer code %1 is also given on line %2</source>
        <translation>客户编号 %1 在第 %2 行也出现了</translation>
    </message>
    <message>
        <source>Line %1 already imports a customer named &quot;%2&quot; without a code</source>
        <translation>第 %1 行已导入一个没有编号、名为“%2”的客户</translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;: give the customer code to say which one</source>
        <translation>有多个客户名为“%1”：请填写客户编号以指明是哪一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the dictionary (%2)</source>
        <translation>“%1”不是数据字典（%2）中的地区</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;</source>
        <translation>没有用户名为“%1”的账号</translation>
    </message>
    <message>
        <source>%1 must be 1 to 5 or an item of the dictionary</source>
        <translation>%1必须是 1 到 5，或数据字典中的条目</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more</source>
        <translation>%1必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>The customer %1 (%2) was deleted and cannot be imported into</source>
        <translation>客户 %1（%2）已删除，不能导入到该客户</translation>
    </message>
    <message>
        <source>Only the sales director gives a customer to another account manager</source>
        <translation>只有销售主管可以把客户转给其他客户经理</translation>
    </message>
    <message>
        <source>Possible duplicate: a customer with a similar name exists (%1)</source>
        <translation>可能重复：已有名称相似的客户（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Possible duplicate: a customer with this phone exists (%1)</source>
        <translation>可能重复：已有使用此电话的客户（%1）</translation>
    </message>
    <message>
        <source>Possible duplicate of the customer on line %1</source>
        <translation>可能与第 %1 行的客户重复</translation>
    </message>
    <message>
        <source>An account manager imports only customers they manage</source>
        <translation>客户经理只能导入自己负责的客户</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerImportTemplate</name>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>可选值</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>从列表中选择</translation>
    </message>
    <message>
        <source>The import accepts only the values of this list.</source>
        <translation>导入只接受此列表中的值。</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>不在列表中</translation>
    </message>
    <message>
        <source>Choose a value from the list; the sheet &quot;%1&quot; shows every allowed value.</source>
        <translation>请从列表中选择；工作表“%1”列出了所有允许的值。</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>写入 %1 失败</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerImporter</name>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written</source>
        <translation>导入已取消，没有写入任何数据</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerRules</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Customer level</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>客户信用度</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Business licence No.</source>
        <translation>营业执照注册号</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Registered capital (10,000 yuan)</source>
        <translation>注册资金(万元)</translation>
    </message>
    <message>
        <source>Annual turnover (10,000 yuan)</source>
        <translation>年营业额(万元)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行帐号</translation>
    </message>
    <message>
        <source>Local tax No.</source>
        <translation>地税登记号</translation>
    </message>
    <message>
        <source>National tax No.</source>
        <translation>国税登记号</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Customer source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>%1 may hold only letters, digits and &quot;-&quot;, at most 20</source>
        <translation>%1只能包含字母、数字和“-”，最多 20 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the dictionary (%2)</source>
        <translation>“%1”不是数据字典（%2）中的地区</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>The account manager does not exist</source>
        <translation>该客户经理不存在</translation>
    </message>
    <message>
        <source>%1 (%2) is not an account manager</source>
        <translation>%1（%2）不是客户经理</translation>
    </message>
    <message>
        <source>The account of %1 (%2) is disabled</source>
        <translation>%1（%2）的账号已停用</translation>
    </message>
    <message>
        <source>%1 must be an item of the dictionary %2</source>
        <translation>%1必须是数据字典“%2”中的条目</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1不能为负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the dictionary %2</source>
        <translation>“%1”不是数据字典“%2”中的条目</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerService</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Customer level</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>上次下单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>reassign customers</source>
        <translation>转移客户</translation>
    </message>
    <message>
        <source>create or change customers</source>
        <translation>新建或修改客户</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>The customer %1 is &quot;%2&quot;: only normal customers can be changed</source>
        <translation>客户 %1 的状态为“%2”：只有状态正常的客户可以修改</translation>
    </message>
    <message>
        <source>An account manager creates customers they manage; the sales director may give them to another manager later</source>
        <translation>客户经理只能新建由自己负责的客户；销售主管可以在之后把客户转给其他客户经理</translation>
    </message>
    <message>
        <source>Only the sales director gives a customer to another account manager</source>
        <translation>只有销售主管可以把客户转给其他客户经理</translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation>请选择一位在职的客户经理</translation>
    </message>
    <message>
        <source>The customer %1 is deleted</source>
        <translation>客户 %1 已删除</translation>
    </message>
    <message>
        <source>%1 is generated when the customer is saved; a legacy code comes in only through the import</source>
        <translation>%1在保存客户时由系统生成；只有导入可以沿用旧系统的编号</translation>
    </message>
</context>
<context>
    <name>ketong::CustomerStore</name>
    <message>
        <source>The customer does not exist</source>
        <translation>该客户不存在</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>ketong::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今日创建</translation>
    </message>
    <message>
        <source>New this week</source>
        <translation>本周新建</translation>
    </message>
    <message>
        <source>New this month</source>
        <translation>本月新建</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Changed within the last 30 days, newest first</source>
        <translation>最近 30 天内修改过的客户，最新的在前</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>客户等级：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Normal and lost</source>
        <translation>正常和流失</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
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
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interaction records</source>
        <translation>交往记录</translation>
    </message>
    <message>
        <source>History orders</source>
        <translation>历史订单</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation>没有符合查询条件的客户。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete the customer %1 %2? It leaves the lists; its contacts, records and orders are kept.</source>
        <translation>删除客户 %1 %2 吗？删除后它不再出现在列表中，其联系人、交往记录和订单仍会保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) now have the new account manager.</source>
        <translation>
            <numerusform>已将 %n 个客户转给新的客户经理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 文件 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 个客户到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers.csv…</source>
        <translation>导出客户文件…</translation>
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
        <source>The server has no database named &quot;%1&quot;</source>
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
    <message>
        <source>Cannot listen for changes of %1</source>
        <translation>无法监听 %1 的变更</translation>
    </message>
    <message>
        <source>The database file %1 is on a network drive (%2). A Ketong database file must be on a disk of this PC: over a network share its write-ahead log does not work and it can be damaged. To share data between PCs, use the office server (PostgreSQL).</source>
        <translation>数据库文件 %1 位于网络驱动器(%2)上。客通的数据库文件必须放在本机磁盘上:在网络共享上其预写日志无法正常工作,文件可能损坏。如需多台电脑共享数据,请使用办公室服务器(PostgreSQL)。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ketong saves every change in it: make the file writable for your account (or open a copy) and try again.</source>
        <translation>数据库文件 %1 是只读的。客通的每次修改都保存在其中:请让您的账户可以写入该文件(或打开其副本)后重试。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Ketong keeps its write-ahead log next to the database file: make the folder writable for your account and try again.</source>
        <translation>文件夹 %1 是只读的。客通在数据库文件旁保存预写日志:请让您的账户可以写入该文件夹后重试。</translation>
    </message>
</context>
<context>
    <name>ketong::DatabaseUrl</name>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
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
        <source>the file path may not contain &apos;?&apos;</source>
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
        <source>bad option &quot;%1&quot;</source>
        <translation>选项“%1”有误</translation>
    </message>
    <message>
        <source>the file path may not start with &apos;:&apos;</source>
        <translation>文件路径不能以“:”开头</translation>
    </message>
</context>
<context>
    <name>ketong::DbRoles</name>
    <message>
        <source>The role %1 may not create roles. Run init as the database owner made as the admin guide says (createuser --createrole ketong_owner; createdb -O ketong_owner …)</source>
        <translation>角色 %1 不能创建角色。请按管理员手册创建数据库所有者并以其身份运行 init(createuser --createrole ketong_owner;createdb -O ketong_owner …)</translation>
    </message>
    <message>
        <source>This PostgreSQL server already has the roles %1, which belong to another Ketong database (role names are shared by every database of a server). Give the database %2 its own role prefix: run init again with --role-prefix %3, and set KETONG_ROLE_PREFIX=%3 on the PCs that use it</source>
        <translation>这台 PostgreSQL 服务器上已经有角色 %1,它们属于另一个客通数据库(角色名由服务器上的所有数据库共用)。请为数据库 %2 指定自己的角色前缀:用 --role-prefix %3 重新运行 init,并在使用它的 PC 上设置 KETONG_ROLE_PREFIX=%3</translation>
    </message>
    <message>
        <source>A role prefix has lower-case letters, digits and _, starts with a letter, ends with _ and has at most 30 characters (e.g. kttrain_)</source>
        <translation>角色前缀只能包含小写字母、数字和 _,以字母开头、以 _ 结尾,最多 30 个字符(例如 kttrain_)</translation>
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
        <source>Sales opportunities</source>
        <translation>销售机会管理</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>客户开发计划</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
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
        <source>List the steps to develop this customer: a date and what to do. A step&apos;s text can be changed and saved in its row; its date cannot be changed once saved. Use &quot;Execute plan&quot; to record what each step achieved.</source>
        <translation>请列出开发该客户的步骤:日期和计划项。计划项的内容可在所在行修改并保存;日期保存后不能修改。点击&quot;执行计划&quot;记录每一步的执行效果。</translation>
    </message>
    <message>
        <source>The archived chance with its plan and results, read-only.</source>
        <translation>已归档的销售机会及其开发计划和执行效果(只读)。</translation>
    </message>
    <message>
        <source>Record the result of each step in its row and save it. When the customer is won, click &quot;Developed successfully&quot;, choose the customer&apos;s region and complete its contact person: a customer record is created for the assigned account manager. &quot;Terminate development&quot; archives the chance as failed.</source>
        <translation>请在每一行填写执行效果并保存。客户开发成功后点击&quot;开发成功&quot;，选择客户的地区并补全联系人：系统会为被指派的客户经理新建客户记录。&quot;终止开发&quot;将该销售机会以开发失败归档。</translation>
    </message>
</context>
<context>
    <name>ketong::DevelopmentPlansPage</name>
    <message>
        <source>No chances in development or archived match the filters</source>
        <translation>没有符合条件的开发中或已归档的销售机会</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>制定计划</translation>
    </message>
    <message>
        <source>Execute plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <source>Developed successfully</source>
        <translation>开发成功</translation>
    </message>
    <message>
        <source>Terminate development</source>
        <translation>终止开发</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>客户开发计划</translation>
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
        <source>Delete the item &quot;%1&quot; (%2 = %3)?</source>
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
        <source>The type &quot;%1&quot; already has an item with the %2 &quot;%3&quot;</source>
        <translation>类别“%1”中已有%2为“%3”的条目</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%2) is used by %n record(s) and cannot be deleted; you may rename it instead</source>
        <translation>
            <numerusform>“%1”（%2）正被 %n 条记录使用，不能删除；可以改名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s): its type cannot change</source>
        <translation>
            <numerusform>“%1”正被 %n 条记录使用，不能更改类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s): its value cannot change (the item text can)</source>
        <translation>
            <numerusform>“%1”正被 %n 条记录使用，不能更改值（条目名称可以修改）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a fixed item and cannot be edited</source>
        <translation>“%1”（%2）是固定条目，不能编辑</translation>
    </message>
    <message>
        <source>Dictionary item &quot;%1&quot;</source>
        <translation>数据字典条目“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a fixed item and cannot be deleted</source>
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
        <translation>
            <numerusform>已保存。程序运行期间每 %n 分钟同步一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. No schedule: run it with &quot;Sync now&quot; or ketongctl sync.</source>
        <translation>已保存。未设定时同步：请使用“立即同步”或 ketongctl sync。</translation>
    </message>
    <message>
        <source>Give the feed&apos;s source first.</source>
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
        <translation>
            <numerusform>同步未执行：%n 处错误，未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed directory</source>
        <translation>同步数据目录</translation>
    </message>
    <message>
        <source>Saved. &quot;ketongctl sync&quot; on the server uses these settings.</source>
        <translation>已保存。服务器上的 “ketongctl sync” 使用这些设置。</translation>
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
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>“%1”不是有效的网址</translation>
    </message>
    <message>
        <source>%1 offers no feed file (products.json, stock.json, orders.json, order_lines.json: HTTP 404 for each)</source>
        <translation>%1 没有提供同步文件（products.json、stock.json、orders.json、order_lines.json 均返回 HTTP 404）</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
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
        <source>differs from the order&apos;s order_no &quot;%1&quot;</source>
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
        <source>%1 must be a whole number greater than 0, not &quot;%2&quot;</source>
        <translation>%1 必须是大于 0 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;</source>
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
        <source>order_date &quot;%1&quot; is not a date (YYYY-MM-DD) or a time (YYYY-MM-DD HH:MM[:SS])</source>
        <translation>order_date“%1”不是日期（YYYY-MM-DD）或时间（YYYY-MM-DD HH:MM[:SS]）</translation>
    </message>
    <message>
        <source>status is required</source>
        <translation>status 不能为空</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not 1–6, shipped/已发货 or paid/已回款</source>
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
        <source>no customer has the code &quot;%1&quot;</source>
        <translation>没有客户编号为“%1”的客户</translation>
    </message>
    <message>
        <source>no customer is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的客户</translation>
    </message>
    <message>
        <source>%1 customers are named &quot;%2&quot;: give customer_code instead</source>
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
        <source>Everybody in the office works on the same data on a PostgreSQL server. Ask your administrator for the server&apos;s address, the database name and your account.</source>
        <translation>办公室的所有人都在 PostgreSQL 服务器上使用同一份数据。请向管理员索取服务器地址、数据库名和您的账号。</translation>
    </message>
    <message>
        <source>Try the demo company</source>
        <translation>试用演示公司</translation>
    </message>
    <message>
        <source>A sample company with 200 customers, orders, opportunities and services. Every demo account&apos;s password is &quot;demo&quot;. Nothing you do there touches real data.</source>
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
        <source>Connected, but the database %1 has no Ketong data yet. The administrator creates it with &quot;ketongctl init --database %2&quot;.</source>
        <translation>已连接,但数据库 %1 中还没有客通数据。请管理员用“ketongctl init --database %2”创建。</translation>
    </message>
    <message>
        <source>Connected: Ketong database, schema version %1.</source>
        <translation>已连接:客通数据库,结构版本 %1。</translation>
    </message>
</context>
<context>
    <name>ketong::HistoryButton</name>
    <message>
        <source>History…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what they changed</source>
        <translation>谁在何时修改了此记录，改了什么</translation>
    </message>
</context>
<context>
    <name>ketong::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的变更记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this record yet.</source>
        <translation>此记录尚无变更记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, newest first.</source>
        <translation>
            <numerusform>共 %n 条变更记录，最新的在前。</numerusform>
        </translation>
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
    <name>ketong::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>ketong::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>ketong::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. 选择文件</translation>
    </message>
    <message>
        <source>2. Check the preview</source>
        <translation>2. 检查预览</translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation>3. 正在导入</translation>
    </message>
    <message>
        <source>4. Done</source>
        <translation>4. 完成</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation>将问题保存为 CSV…</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>正在导入 %1 …</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to create, </source>
        <translation>
            <numerusform>%1：将新建 %n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update, </source>
        <translation>
            <numerusform>更新 %n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n 行不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing can be imported while any row has an error.</source>
        <translation>
            <numerusform>共 %n 个错误：请修改文件后重新选择；只要有一行出错就不能导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (possible duplicates) do not stop the import.</source>
        <translation>
            <numerusform>%n 个警告（可能重复）不影响导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was read as GBK (GB18030).</source>
        <translation>文件按 GBK（GB18030）编码读取。</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <source>The import failed: %1. Nothing was written.</source>
        <translation>导入失败：%1。没有写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n customer(s) created, </source>
        <translation>
            <numerusform>已导入 %1：新建 %n 个客户，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>更新 %n 个，</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a CSV file (UTF-8 or GBK, as Excel and WPS save it) or an Excel workbook (.xlsx, or .xls of Excel 97–2003; its first sheet is read, numbers and dates as the sheet shows them). The first row names the columns, in Chinese or English, in any order; the columns in bold are required:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;A row with a known customer code, or without code but with the exact name of one customer, updates that customer; other rows create customers. Nothing is written until you have seen the preview, and nothing at all if any row has an error.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个 CSV 文件（UTF-8 或 GBK，即 Excel、WPS 保存的格式）或 Excel 工作簿（.xlsx，或 Excel 97–2003 的 .xls；读取第一个工作表，数字和日期按表格中显示的样子读入）。第一行是列名，中文或英文均可，顺序不限；粗体的列是必需的：&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;客户编号已存在的行，或没有编号但名称与某个客户完全相同的行，会更新该客户；其他行新建客户。看过预览之前不会写入任何数据；只要有一行出错，就什么都不写入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>customers.xlsx or customers.csv</source>
        <translation>客户.xlsx 或 客户.csv</translation>
    </message>
    <message>
        <source>Starting from scratch? The import template is an Excel workbook with these columns, a sample row and lists of the allowed regions, account managers and levels.</source>
        <translation>还没有名单？导入模板是一个 Excel 工作簿，带有这些列、一行示例，以及允许的地区、客户经理和客户等级列表。</translation>
    </message>
    <message>
        <source>Download import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>The template was saved as %1. Fill it in, save it and choose it above.</source>
        <translation>模板已保存为 %1。填写并保存后，在上方选择它即可。</translation>
    </message>
    <message>
        <source>Customer files (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>客户文件 (*.xlsx *.xls *.csv *.txt);;Excel 工作簿 (*.xlsx *.xls);;CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>customer import template.xlsx</source>
        <translation>客户导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Read from the sheet &quot;%1&quot; of the workbook.</source>
        <translation>读取自工作簿的工作表“%1”。</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>单元格 %1</translation>
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
    <message>
        <source>contribution totals that differ from the orders</source>
        <translation>与订单不一致的客户贡献汇总</translation>
    </message>
    <message>
        <source>contribution totals whose customer code, name or deletion is out of date</source>
        <translation>客户编号、名称或删除状态已过时的客户贡献汇总</translation>
    </message>
</context>
<context>
    <name>ketong::Inventory</name>
    <message>
        <source>Seq. no.</source>
        <translation>序号</translation>
    </message>
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
</context>
<context>
    <name>ketong::JobsHost</name>
    <message>
        <source>The scheduled sales-system feed failed: %1</source>
        <translation>定时同步销售系统数据失败：%1</translation>
    </message>
    <message>
        <source>Sales-system feed applied: %1.</source>
        <translation>已同步销售系统数据：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled sales-system feed was not applied: %n error(s), nothing was written.</source>
        <translation>
            <numerusform>定时同步的销售系统数据未导入：有 %n 个错误，未写入任何数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::ListOutput</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print preview of the list as it is filtered (Ctrl+P)</source>
        <translation>按当前查询条件打印预览列表 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the list as it is filtered</source>
        <translation>按当前查询条件保存列表</translation>
    </message>
    <message>
        <source>CSV (Excel can open it)…</source>
        <translation>CSV（可用 Excel 打开）…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel 工作簿…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ketong::ListPage</name>
    <message>
        <source>No records match the filters</source>
        <translation>没有符合条件的记录</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
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
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
</context>
<context>
    <name>ketong::LockDialog</name>
    <message>
        <source>Ketong CRM is locked</source>
        <translation>客通 CRM 已锁定</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Ketong CRM is locked; your unsaved work is kept.
Enter the password of %1 (%2) to go on.</source>
        <translation>客通 CRM 已锁定，未保存的内容仍然保留。
请输入 %1 (%2) 的密码继续。</translation>
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
        <source>Demo company: log in as director, manager1, manager2, manager3, executive or admin; every password is &quot;demo&quot;.</source>
        <translation>演示公司:可用 director(销售主管)、manager1、manager2、manager3(客户经理)、executive(高管)或 admin(系统管理员)登录,密码都是“demo”。</translation>
    </message>
    <message>
        <source>Enter your login name</source>
        <translation>请输入用户名</translation>
    </message>
</context>
<context>
    <name>ketong::LostCustomersPage</name>
    <message>
        <source>No churn warnings match the filters</source>
        <translation>没有符合条件的流失记录</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>name or code</source>
        <translation>名称或编号</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Delay churn</source>
        <translation>暂缓流失</translation>
    </message>
    <message>
        <source>Record a retention measure (暂缓流失)</source>
        <translation>记录挽留措施（暂缓流失）</translation>
    </message>
    <message>
        <source>Confirm churn</source>
        <translation>确认流失</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失管理</translation>
    </message>
    <message>
        <source>Confirm the loss of the customer (确认流失)</source>
        <translation>确认该客户已流失</translation>
    </message>
</context>
<context>
    <name>ketong::LostRecordDialog</name>
    <message>
        <source>Delay churn</source>
        <translation>暂缓流失</translation>
    </message>
    <message>
        <source>Confirm churn</source>
        <translation>确认流失</translation>
    </message>
    <message>
        <source>Customer churn &gt; %1</source>
        <translation>客户流失管理 &gt; %1</translation>
    </message>
    <message>
        <source>never ordered</source>
        <translation>从未下单</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;No.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Customer&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2 (%3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Account manager&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Last order&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;编号&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;客户&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2 (%3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;客户经理&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;上次下单时间&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;状态&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Retention measures so far (%n):</source>
        <translation>
            <numerusform>已采取的暂缓措施（%n 条）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Add a retention measure</source>
        <translation>追加暂缓措施</translation>
    </message>
    <message>
        <source>Reason of the loss</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Confirm churn…</source>
        <translation>确认流失…</translation>
    </message>
    <message>
        <source>Delay churn…</source>
        <translation>暂缓流失…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Confirm that %1 is lost? The customer&apos;s status becomes 流失 (lost).</source>
        <translation>确认“%1”已流失吗？该客户的状态将变为“流失”。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存成功</translation>
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
    <message>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>立即锁定(&amp;K)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>与数据库的连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>已重新连接到数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Connection to the database lost — next attempt in %n second(s)…</source>
        <translation>
            <numerusform>与数据库的连接已断开，%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>The user guide (%1) is not installed on this computer.</source>
        <translation>这台电脑上没有安装用户手册（%1）。</translation>
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
        <source>&quot;%1&quot; is not an amount in yuan with at most two decimals</source>
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
    <name>ketong::OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>无操作自动锁定：</translation>
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
        <source>Without keyboard or mouse input for this long, the window locks and asks for your password again. Unsaved forms are kept.</source>
        <translation>在这段时间内没有键盘或鼠标操作时，窗口将锁定并要求重新输入密码。未保存的表单内容会保留。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ketong::OrderDetailDialog</name>
    <message>
        <source>Order details %1</source>
        <translation>订单明细 %1</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>总金额(元)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
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
        <source>Amount (yuan)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ketong::OrderHistory</name>
    <message>
        <source>Shipped (not paid)</source>
        <translation>已发货(未回款)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>总金额(元)</translation>
    </message>
    <message>
        <source>The order is not among the shipped or paid orders</source>
        <translation>该订单不在已发货或已回款的订单之中</translation>
    </message>
</context>
<context>
    <name>ketong::OrderHistoryDialog</name>
    <message>
        <source>History orders of %1</source>
        <translation>%1 的历史订单</translation>
    </message>
    <message>
        <source>View details</source>
        <translation>查看明细</translation>
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
        <source>What to do</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>Type the result of this step</source>
        <translation>填写本步骤的执行效果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
    <name>ketong::ReassignDialog</name>
    <message>
        <source>Reassign customers</source>
        <translation>转移客户</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected customer(s) to another account manager. Their contacts, records and orders go with them.</source>
        <translation>
            <numerusform>把选中的 %n 个客户转给另一位客户经理。其联系人、交往记录和订单随客户一起转移。</numerusform>
        </translation>
    </message>
    <message>
        <source>New account manager:</source>
        <translation>新的客户经理：</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ketong::RecordListDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer code: %1    Customer name: %2</source>
        <translation>客户编号：%1    客户名称：%2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ketong::ReportPage</name>
    <message>
        <source>Customer name:</source>
        <translation>客户名称:</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>客户经理:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Report by:</source>
        <translation>报表方式:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>按信用度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>按满意度</translation>
    </message>
    <message>
        <source>Created between</source>
        <translation>按创建日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1:%2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ketong::ReportPrinter</name>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>打印人:%1  打印时间:%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ketong::ReportWriter</name>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>写入报表失败:%1</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>写入 %1 失败</translation>
    </message>
</context>
<context>
    <name>ketong::Reports</name>
    <message>
        <source>all years</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Customer contribution</source>
        <translation>客户贡献分析</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年份:%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Order amount (yuan)</source>
        <translation>订单金额(元)</translation>
    </message>
    <message>
        <source>Customer contains: %1</source>
        <translation>客户名称包含:%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By credit</source>
        <translation>按信用度</translation>
    </message>
    <message>
        <source>By satisfaction</source>
        <translation>按满意度</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>Customer composition</source>
        <translation>客户构成分析</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数量</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>比例(%)</translation>
    </message>
    <message>
        <source>Customer service analysis</source>
        <translation>客户服务分析</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务数量</translation>
    </message>
    <message>
        <source>Created: %1 – %2</source>
        <translation>创建日期:%1 – %2</translation>
    </message>
    <message>
        <source>Customer churn analysis</source>
        <translation>客户流失分析</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Manager contains: %1</source>
        <translation>客户经理包含:%1</translation>
    </message>
</context>
<context>
    <name>ketong::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (%2). This also lifts a lock-out.</source>
        <translation>为 %1（%2）设置新密码，同时解除账号锁定。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>随机生成</translation>
    </message>
    <message>
        <source>Must choose a new password at the next login</source>
        <translation>下次登录时须修改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is:

%2

Give it to the person directly; it is not shown again.</source>
        <translation>“%1”的新密码是：

%2

请当面交给本人；此密码不会再次显示。</translation>
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
    <message>
        <source>Manages the users, roles and rights of the system, keeps the data dictionary and keeps the system running</source>
        <translation>管理系统用户、角色和权限，维护数据字典，保障系统正常运行</translation>
    </message>
    <message>
        <source>Assigns customer services, creates and assigns sales opportunities, makes development plans, analyses customer data</source>
        <translation>分配客户服务，创建和指派销售机会，制定开发计划，分析客户数据</translation>
    </message>
    <message>
        <source>Looks after their customers; creates, handles and follows up customer services; develops sales opportunities; handles customer churn</source>
        <translation>维护负责的客户，创建、处理和反馈客户服务，开发销售机会，处理客户流失</translation>
    </message>
    <message>
        <source>Reads the analyses of customer contribution, composition, services and churn</source>
        <translation>查看客户贡献、构成、服务和流失分析</translation>
    </message>
</context>
<context>
    <name>ketong::RightsPage</name>
    <message>
        <source>Rights</source>
        <translation>权限分配</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Pages the role &quot;%1&quot; opens:</source>
        <translation>角色“%1”可使用的功能：</translation>
    </message>
    <message>
        <source>Choose a role on the left.</source>
        <translation>请在左侧选择角色。</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已禁用）</translation>
    </message>
    <message>
        <source>The rights of &quot;%1&quot; have unsaved changes. Discard them?</source>
        <translation>角色“%1”的权限有未保存的修改，是否放弃？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>%1

Load the role&apos;s rights as they are saved now? Your ticks are lost.</source>
        <translation>%1

是否载入该角色当前已保存的权限？您的勾选将丢失。</translation>
    </message>
    <message>
        <source>Saved. Accounts of the role get the new pages at their next login.</source>
        <translation>保存成功。该角色的用户下次登录时生效。</translation>
    </message>
</context>
<context>
    <name>ketong::RightsService</name>
    <message>
        <source>There is no right with the code %1</source>
        <translation>不存在编号为 %1 的权限</translation>
    </message>
    <message>
        <source>The role no longer exists</source>
        <translation>该角色已不存在</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot;</source>
        <translation>角色“%1”</translation>
    </message>
    <message>
        <source>%1 is an administrator role: it manages accounts and the dictionary and sees no customer data, so it cannot hold &quot;%2&quot;</source>
        <translation>%1 是系统管理员角色:它管理账号和数据字典,不查看客户数据,因此不能拥有“%2”</translation>
    </message>
    <message>
        <source>%1 is not an administrator role: only administrators hold &quot;%2&quot;</source>
        <translation>%1 不是系统管理员角色:只有系统管理员能拥有“%2”</translation>
    </message>
</context>
<context>
    <name>ketong::RoleDialog</name>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>角色名：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Usable (accounts of a disabled role cannot log in)</source>
        <translation>可用（禁用角色的用户不能登录）</translation>
    </message>
    <message>
        <source>The kind decides which records the role&apos;s accounts work on: a sales director all, an account manager their own. Pages are chosen under Rights.</source>
        <translation>类别决定该角色的用户可操作哪些数据：销售主管为全部数据，客户经理为本人负责的数据。可用功能在“权限分配”中设置。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1

Load the role as it is saved now? What you typed stays in the form; save again to apply it.</source>
        <translation>%1

是否载入该角色当前已保存的内容？您输入的内容仍保留在表单中，再次保存即可生效。</translation>
    </message>
    <message>
        <source>Saved now: &quot;%1&quot;, %2. Save again to replace it with your values.</source>
        <translation>当前已保存：“%1”，%2。再次保存将以您输入的内容替换。</translation>
    </message>
</context>
<context>
    <name>ketong::RoleService</name>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>The role no longer exists</source>
        <translation>该角色已不存在</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>角色名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>There is already a role named &quot;%1&quot;</source>
        <translation>已有名为“%1”的角色</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot;</source>
        <translation>角色“%1”</translation>
    </message>
    <message>
        <source>The kind of a built-in role cannot be changed</source>
        <translation>内置角色的类别不能修改</translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be deleted</source>
        <translation>内置角色“%1”不能删除</translation>
    </message>
    <message numerus="yes">
        <source>The role &quot;%1&quot; cannot be deleted: %n account(s) hold it. Give them another role first.</source>
        <translation>
            <numerusform>角色“%1”不能删除：有 %n 个用户属于该角色。请先为他们指定其他角色。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which a role of the kind &quot;%3&quot; cannot hold; take the right away first</source>
        <translation>%1 拥有“%2”,而“%3”类的角色不能拥有此权限;请先取消该权限</translation>
    </message>
</context>
<context>
    <name>ketong::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>角色管理</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>角色名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation>新建角色 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>共 %n 个角色</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation>确定删除角色“%1”吗？</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
</context>
<context>
    <name>ketong::RowReader</name>
    <message>
        <source>The statement has no value for :%1</source>
        <translation>语句中的 :%1 没有给定值</translation>
    </message>
    <message>
        <source>The server would not send the rows one at a time</source>
        <translation>服务器无法逐行发送结果</translation>
    </message>
    <message>
        <source>Column %1 of the statement has a type RowReader does not read (%2)</source>
        <translation>语句中的列 %1 的类型 RowReader 无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>ketong::SalesChancesPage</name>
    <message>
        <source>No unassigned sales chances match the filters</source>
        <translation>没有符合条件的未指派销售机会</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New sales chance (Ctrl+N)</source>
        <translation>新建销售机会 (Ctrl+N)</translation>
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
        <source>Delete the sales chance (Del)</source>
        <translation>删除销售机会 (Del)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Sales opportunities</source>
        <translation>销售机会管理</translation>
    </message>
    <message>
        <source>Delete sales chance</source>
        <translation>删除销售机会</translation>
    </message>
    <message>
        <source>Delete the sales chance: %1?</source>
        <translation>确定删除销售机会：%1？</translation>
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
        <source>Give the feed&apos;s source: a directory or an http(s) URL</source>
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
    <message>
        <source>On the office server the sales-system feed runs on the server, as the database owner: schedule &quot;ketongctl sync&quot; there (see the administrator&apos;s guide). The settings saved here are the ones it uses</source>
        <translation>使用办公室服务器时,销售系统接口在服务器上以数据库所有者身份运行:请在服务器上定时运行 “ketongctl sync”(见管理员手册)。这里保存的设置就是它使用的设置</translation>
    </message>
</context>
<context>
    <name>ketong::ServiceCreatePage</name>
    <message>
        <source>Service &gt; Create service</source>
        <translation>服务管理 &gt; 服务创建</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>type part of the name or code</source>
        <translation>输入名称或编号的一部分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create service</source>
        <translation>服务创建</translation>
    </message>
    <message>
        <source>Saved. Service ticket %1 is waiting to be assigned.</source>
        <translation>保存成功。服务单 %1 等待分配。</translation>
    </message>
    <message>
        <source>Service &gt; Create service &gt; Ticket %1</source>
        <translation>服务管理 &gt; 服务创建 &gt; 服务单 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation>保存时生成</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Clear the form for the next service ticket</source>
        <translation>清空表单，填写下一张服务单</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>My new service tickets (changeable until they are assigned)</source>
        <translation>我创建的新服务单（分配之前可以修改或删除）</translation>
    </message>
    <message>
        <source>Saved. Service ticket %1 is changed.</source>
        <translation>保存成功。服务单 %1 已修改。</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>删除服务</translation>
    </message>
    <message>
        <source>Delete the service ticket %1: %2?</source>
        <translation>删除服务单 %1：%2？</translation>
    </message>
</context>
<context>
    <name>ketong::ServiceDesk</name>
    <message>
        <source>New</source>
        <translation>新创建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>The service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service type of the dictionary</source>
        <translation>“%1”不是数据字典中的服务类型</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Choose the customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <source>Services are created only for active (正常) customers</source>
        <translation>只能为状态正常的客户创建服务</translation>
    </message>
    <message>
        <source>The service request does not exist</source>
        <translation>该服务不存在</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot;</source>
        <translation>服务“%1”</translation>
    </message>
    <message>
        <source>Only the creator of a service request may change it</source>
        <translation>只有服务的创建人才能修改</translation>
    </message>
    <message>
        <source>Only a new service request can be changed; this one is &quot;%1&quot;</source>
        <translation>只有新创建的服务才能修改;该服务状态为“%1”</translation>
    </message>
    <message>
        <source>Only the creator of a service request or the sales director may delete it</source>
        <translation>只有服务的创建人或销售主管才能删除</translation>
    </message>
    <message>
        <source>Only a new service request can be deleted; this one is &quot;%1&quot;</source>
        <translation>只有新创建的服务才能删除;该服务状态为“%1”</translation>
    </message>
    <message>
        <source>assign service requests</source>
        <translation>分配服务</translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation>请选择一位正常状态的客户经理</translation>
    </message>
    <message>
        <source>Only a new service request can be assigned; this one is &quot;%1&quot;</source>
        <translation>只有新创建的服务才能分配;该服务状态为“%1”</translation>
    </message>
    <message>
        <source>The handling</source>
        <translation>服务处理</translation>
    </message>
    <message>
        <source>Only the account manager it is assigned to may handle this service</source>
        <translation>只有被分配的客户经理才能处理该服务</translation>
    </message>
    <message>
        <source>Only an assigned service request can be handled; this one is &quot;%1&quot;</source>
        <translation>只有已分配的服务才能处理;该服务状态为“%1”</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>The satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Only the creator or the handler of a service may give its feedback</source>
        <translation>只有服务的创建人或处理人才能反馈</translation>
    </message>
    <message>
        <source>Feedback is given on a handled service; this one is &quot;%1&quot;</source>
        <translation>只有已处理的服务才能反馈;该服务状态为“%1”</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only the creator of this service request may open it</source>
        <translation>只有这张服务单的创建人可以打开它</translation>
    </message>
</context>
<context>
    <name>ketong::ServiceListPage</name>
    <message>
        <source>No service tickets match the filters</source>
        <translation>没有符合条件的服务单</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>服务类型：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>创建日期：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Assign the selected ticket to the chosen account manager</source>
        <translation>把选中的服务单分配给所选的客户经理</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务管理</translation>
    </message>
    <message>
        <source>Assign service</source>
        <translation>服务分配</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>已分配给 %1。</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>删除服务</translation>
    </message>
    <message>
        <source>Delete the service ticket: %1?</source>
        <translation>确认删除服务：%1？</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>You have no new service tickets: once assigned, a ticket can no longer be changed here</source>
        <translation>你没有新创建的服务单：服务单一经分配，就不能在这里修改了</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change the selected ticket in the form above</source>
        <translation>在上方的表单中修改选中的服务单</translation>
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
    <name>ketong::SheetReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx or .xls)</source>
        <translation>该文件不是 Excel 工作簿（.xlsx 或 .xls）</translation>
    </message>
</context>
<context>
    <name>ketong::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Enter / double click</source>
        <translation>回车 / 双击</translation>
    </message>
    <message>
        <source>Open the current record of a list</source>
        <translation>打开列表中的当前记录</translation>
    </message>
    <message>
        <source>New record (on a list page)</source>
        <translation>新建记录（列表页）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the current record (after a confirmation)</source>
        <translation>删除当前记录（先确认）</translation>
    </message>
    <message>
        <source>Enter in a filter field</source>
        <translation>在查询框中按回车</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Print preview of the list or report</source>
        <translation>打印预览列表或报表</translation>
    </message>
    <message>
        <source>Lock the window now</source>
        <translation>立即锁定窗口</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>关闭对话框（不保存）</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>显示本快捷键列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ketong::SqlQuery</name>
    <message>
        <source>The database is busy with another user&apos;s change; try again</source>
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
        <source>Database error: %1</source>
        <translation>数据库错误:%1</translation>
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation>数据库拒绝访问:%1</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full</source>
        <translation>数据库服务器磁盘已满</translation>
    </message>
    <message>
        <source>The connection to the database was lost; what was being done was not kept. Try again when the connection is back.</source>
        <translation>与数据库的连接已断开，正在进行的操作未保存。请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>The disk holding the database is full: the change was not saved. Free some space on it and try again.</source>
        <translation>存放数据库的磁盘已满:本次修改未保存。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only: the change was not saved. Make the file and its folder writable and try again.</source>
        <translation>数据库文件是只读的:本次修改未保存。请让该文件及其所在文件夹可写后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (a disk or file system error): the change was not saved.</source>
        <translation>无法读写数据库文件(磁盘或文件系统错误):本次修改未保存。</translation>
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
    <name>ketong::SuccessDialog</name>
    <message>
        <source>Developed successfully</source>
        <translation>开发成功</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>(choose a region)</source>
        <translation>（请选择地区）</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>e.g. purchasing manager</source>
        <translation>例如：采购经理</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>办公电话：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the new customer &quot;%2&quot; managed by %3. Choose its region.</source>
        <translation>“%1”将成为新客户“%2”，客户经理为 %3。请选择它的地区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the new customer &quot;%2&quot; managed by %3. Choose its region and complete its contact person, as the customer&apos;s and the contact&apos;s forms require.</source>
        <translation>“%1”将成为新客户“%2”，客户经理为 %3。请选择它的地区，并按客户和联系人资料的要求补全联系人。</translation>
    </message>
</context>
<context>
    <name>ketong::TableReader</name>
    <message>
        <source>The file is empty: its first line must name the columns</source>
        <translation>文件为空：第一行必须是列名</translation>
    </message>
    <message>
        <source>The sheet %1 is empty: its first row must name the columns</source>
        <translation>工作表 %1 为空：第一行必须是列名</translation>
    </message>
    <message>
        <source>Column %1 has values but no name</source>
        <translation>第 %1 列有数据但没有列名</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;</source>
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
    <name>ketong::TicketDialog</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Handling round %1</source>
        <translation>第 %1 轮处理</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>服务处理</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <source>Handle service</source>
        <translation>服务处理</translation>
    </message>
    <message>
        <source>Service feedback</source>
        <translation>服务反馈</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>服务信息查看</translation>
    </message>
    <message>
        <source>Service &gt; %1</source>
        <translation>服务管理 &gt; %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The handling is saved; the ticket waits for feedback.</source>
        <translation>处理已保存，等待反馈。</translation>
    </message>
    <message>
        <source>The ticket is archived.</source>
        <translation>服务已归档。</translation>
    </message>
    <message>
        <source>The customer was not satisfied: the ticket goes back to %1 for another round.</source>
        <translation>客户不满意：服务单退回给 %1 重新处理。</translation>
    </message>
</context>
<context>
    <name>ketong::UserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>随机生成</translation>
    </message>
    <message>
        <source>Make a random password; it is shown once after saving</source>
        <translation>生成随机密码；保存后只显示一次</translation>
    </message>
    <message>
        <source>At least 8 characters, not the login name and not a common password. The person must choose their own password at the first login.</source>
        <translation>至少 8 个字符，不能与用户名相同，也不能是常见密码。用户首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created.

Its initial password is:

%2

Give it to the person directly; it is not shown again. They must choose their own password at the first login.</source>
        <translation>用户“%1”已创建。

初始密码是：

%2

请当面交给本人；此密码不会再次显示。用户首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created. The person must choose their own password at the first login.</source>
        <translation>用户“%1”已创建。用户首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>%1

Load the account as it is saved now? What you typed stays in the form; save again to apply it.</source>
        <translation>%1

是否载入该用户当前已保存的内容？您输入的内容仍保留在表单中，再次保存即可生效。</translation>
    </message>
    <message>
        <source>Saved now: name &quot;%1&quot;, role &quot;%2&quot;. Save again to replace them with your values.</source>
        <translation>当前已保存：姓名“%1”，角色“%2”。再次保存将以您输入的内容替换。</translation>
    </message>
</context>
<context>
    <name>ketong::UserService</name>
    <message>
        <source>There is no account &quot;%1&quot;</source>
        <translation>没有账号“%1”</translation>
    </message>
    <message>
        <source>There is no built-in role of kind %1</source>
        <translation>没有类型为 %1 的内置角色</translation>
    </message>
    <message>
        <source>The login name must be 1–50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>用户名须为 1–50 个字母、数字、“.”、“_”或“-”,并以字母或数字开头</translation>
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
        <source>The login name &quot;%1&quot; is already taken</source>
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
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>该用户已不存在</translation>
    </message>
    <message>
        <source>Login</source>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>The login name is required</source>
        <translation>用户名为必填项</translation>
    </message>
    <message>
        <source>Choose the account&apos;s role</source>
        <translation>请选择用户的角色</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot;</source>
        <translation>用户“%1”</translation>
    </message>
</context>
<context>
    <name>ketong::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Search login or name</source>
        <translation>按用户名或姓名查找</translation>
    </message>
    <message>
        <source>Login</source>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>New account (Ctrl+N)</source>
        <translation>新建用户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>No account matches the filter</source>
        <translation>没有符合条件的用户</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>共 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <source>Disable the account &quot;%1&quot; (%2)? It can no longer log in; its history is kept and it can be enabled again.</source>
        <translation>确定禁用用户“%1”（%2）吗？禁用后不能登录；其历史记录保留，之后可重新启用。</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>用户 %1</translation>
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
        <source>%1 must be an 11-digit mobile number</source>
        <translation>%1必须是 11 位手机号码</translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces, + - ( ) . / and an extension (转 or ext)</source>
        <translation>%1 只能包含数字、空格、+ - ( ) . / 和分机号（转 或 ext）</translation>
    </message>
</context>
<context>
    <name>ketong::XlsReader</name>
    <message>
        <source>The file cannot be read as an Excel 97–2003 workbook (.xls). If it is protected by a password, save it without one; else save it as .xlsx or CSV and import that.</source>
        <translation>无法按 Excel 97–2003 工作簿（.xls）读取该文件。如果设了密码，请取消密码后保存；否则请另存为 .xlsx 或 CSV 再导入。</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>该工作簿没有工作表</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells; save it as CSV and import that</source>
        <translation>该工作表超过 %1 个单元格；请另存为 CSV 再导入</translation>
    </message>
</context>
<context>
    <name>ketong::XlsxReader</name>
    <message>
        <source>The part %1 of the workbook is damaged: %2</source>
        <translation>工作簿的组成部分 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is out of place</source>
        <translation>单元格引用“%1”位置不对</translation>
    </message>
    <message>
        <source>a row has more than %1 columns</source>
        <translation>有一行超过 %1 列</translation>
    </message>
    <message>
        <source>the cell %1 names a shared string that does not exist</source>
        <translation>单元格 %1 引用的共享字符串不存在</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells; save it as CSV and import that</source>
        <translation>该工作表超过 %1 个单元格；请另存为 CSV 再导入</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is out of place</source>
        <translation>行号“%1”位置不对</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>该工作簿没有工作表</translation>
    </message>
</context>
<context>
    <name>ketong::ZipArchive</name>
    <message>
        <source>The file is not a readable zip archive (%1)</source>
        <translation>该文件不是可读取的 zip 压缩包（%1）</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is missing or damaged</source>
        <translation>工作簿的组成部分 %1 缺失或已损坏</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is larger than %2 MB; save the sheet as CSV and import that</source>
        <translation>工作簿的组成部分 %1 超过 %2 MB；请把工作表另存为 CSV 再导入</translation>
    </message>
</context>
<context>
    <name>ketong::cli</name>
    <message>
        <source>Create the first administrator with this login.</source>
        <translation>以此用户名创建第一个管理员。</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>管理员姓名。</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from FILE.</source>
        <translation>从文件 FILE 读取管理员密码。</translation>
    </message>
    <message>
        <source>Also load the demo company (accounts with the password &quot;demo&quot;).</source>
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
        <source>Demo company loaded: log in as admin, director, manager1, manager2, manager3 or executive with the password &quot;demo&quot;.</source>
        <translation>演示公司已加载:可用 admin、director、manager1、manager2、manager3 或 executive 登录,密码为“demo”。</translation>
    </message>
    <message>
        <source>Write the pre-upgrade backup to FILE.</source>
        <translation>把升级前的备份写入文件 FILE。</translation>
    </message>
    <message>
        <source>Upgrade the database&apos;s schema to this program&apos;s version, backing it up first.</source>
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
        <source>The person&apos;s full name.</source>
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
        <source>unknown user action &quot;%1&quot;; usage: ketongctl %2</source>
        <translation>未知的账号操作“%1”;用法:ketongctl %2</translation>
    </message>
    <message>
        <source>Write the backup to FILE (must not exist).</source>
        <translation>把备份写入文件 FILE(该文件不能已存在)。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is in use (SQLite: a database file; PostgreSQL: a pg_dump custom-format file).</source>
        <translation>在使用中生成数据库的一致性副本(SQLite:数据库文件;PostgreSQL:pg_dump 自定义格式文件)。</translation>
    </message>
    <message>
        <source>backup needs -o FILE</source>
        <translation>backup 需要 -o 文件</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes)</source>
        <translation>备份已写入 %1(%2 字节)</translation>
    </message>
    <message>
        <source>Restore a backup into an empty database (SQLite: a new file), after checking the backup.</source>
        <translation>检查备份后,把它恢复到一个空数据库(SQLite:一个新文件)。</translation>
    </message>
    <message>
        <source>Restored %1 into %2; the check passed</source>
        <translation>已把 %1 恢复到 %2,检查通过</translation>
    </message>
    <message>
        <source>Evaluate the scan as of this date (YYYY-MM-DD; default today).</source>
        <translation>按此日期执行检查(YYYY-MM-DD,默认今天)。</translation>
    </message>
    <message>
        <source>Months without a counted order (default: the setting, else 6).</source>
        <translation>多少个月没有有效订单即判为流失(默认:系统设置,否则为 6)。</translation>
    </message>
    <message>
        <source>Flag active customers without a shipped or paid order for N months, and close the warnings of customers who ordered again. Schedule it weekly (Saturday 02:00).</source>
        <translation>为 N 个月没有已发货或已回款订单的正常客户生成流失预警,并关闭已重新下单客户的预警。请设置为每周(周六 02:00)执行。</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD</source>
        <translation>--as-of 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 120</source>
        <translation>--months 必须是 1 到 120 之间的整数</translation>
    </message>
    <message>
        <source>Only this year (YYYY).</source>
        <translation>只统计该年份(YYYY)。</translation>
    </message>
    <message>
        <source>Customer name contains TEXT.</source>
        <translation>客户名称包含 TEXT。</translation>
    </message>
    <message>
        <source>Account manager&apos;s name contains TEXT (churn).</source>
        <translation>客户经理姓名包含 TEXT(流失分析)。</translation>
    </message>
    <message>
        <source>Composition by level, credit or satisfaction.</source>
        <translation>客户构成按 level(等级)、credit(信用度)或 satisfaction(满意度)。</translation>
    </message>
    <message>
        <source>Service report: created on or after DATE.</source>
        <translation>服务分析:创建日期不早于 DATE。</translation>
    </message>
    <message>
        <source>Service report: created on or before DATE.</source>
        <translation>服务分析:创建日期不晚于 DATE。</translation>
    </message>
    <message>
        <source>csv (default), xlsx or pdf (xlsx and pdf need -o).</source>
        <translation>csv(默认)、xlsx 或 pdf(xlsx 和 pdf 需要 -o)。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件 FILE,而不是标准输出。</translation>
    </message>
    <message>
        <source>The four analyses of 统计报表.</source>
        <translation>统计报表中的四种分析。</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation>--format 必须是 csv、xlsx 或 pdf</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE</source>
        <translation>--format %1 需要 -o 文件</translation>
    </message>
    <message>
        <source>--year must be a year such as 2025</source>
        <translation>--year 必须是年份,例如 2025</translation>
    </message>
    <message>
        <source>--by must be level, credit or satisfaction</source>
        <translation>--by 必须是 level、credit 或 satisfaction</translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD</source>
        <translation>--from 和 --to 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>give either --year or --from/--to</source>
        <translation>请指定 --year 或 --from/--to 之一</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; usage: ketongctl %2</source>
        <translation>未知报表“%1”;用法:ketongctl %2</translation>
    </message>
    <message>
        <source>This ketongctl was built without the PDF report printer</source>
        <translation>此 ketongctl 没有包含 PDF 报表打印功能</translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1:%2</translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation>只检查文件并显示将要做的修改，不写入任何数据。</translation>
    </message>
    <message>
        <source>unknown import &quot;%1&quot;; usage: ketongctl %2</source>
        <translation>未知的导入类型“%1”；用法：ketongctl %2</translation>
    </message>
    <message numerus="yes">
        <source>ketongctl: %n error(s); nothing was written</source>
        <translation>
            <numerusform>ketongctl：共 %n 个错误，没有写入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>csv (default) or xlsx (needs -o).</source>
        <translation>csv（默认）或 xlsx（需要 -o）。</translation>
    </message>
    <message>
        <source>Export every customer that is not deleted in the format of the import (customers.csv; UTF-8 with BOM), or as XLSX.</source>
        <translation>按导入格式（customers.csv；带 BOM 的 UTF-8）或 XLSX 导出所有未删除的客户。</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot;; usage: ketongctl %2</source>
        <translation>未知的导出类型“%1”；用法：ketongctl %2</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>--format 必须是 csv 或 xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个客户到 %1</numerusform>
        </translation>
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
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation>--timeout 必须是 1 到 3600 之间的整数秒</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… 另有 %1 处错误</translation>
    </message>
    <message numerus="yes">
        <source>the feed was not applied (%n error(s)); nothing was written</source>
        <translation>
            <numerusform>同步未执行（%n 处错误），未写入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
    <message>
        <source>PostgreSQL: the prefix of this database&apos;s role names (default ketong_; another Ketong database on the same server needs its own).</source>
        <translation>PostgreSQL:本数据库角色名的前缀(默认 ketong_;同一服务器上的另一个客通数据库需要使用自己的前缀)。</translation>
    </message>
    <message>
        <source>The feed: a directory of CSV files or an http(s) base URL of JSON files (default: the source and token file saved in the program&apos;s feed settings).</source>
        <translation>接口数据:CSV 文件所在目录,或 JSON 文件的 http(s) 基础地址(默认:程序中保存的销售系统接口设置的数据来源和令牌文件)。</translation>
    </message>
    <message>
        <source>--from DIR_OR_URL is required: no source is saved in the feed&apos;s settings</source>
        <translation>需要 --from DIR_OR_URL:销售系统接口设置中没有保存数据来源</translation>
    </message>
    <message>
        <source>Import customers (EXCHANGE.md) from a CSV file or from the first sheet of an .xlsx or .xls workbook: every row is checked first; with any error nothing is written and every error is listed as FILE:LINE:COLUMN: message (CSV) or FILE:SHEET!CELL: message (workbook).</source>
        <translation>从 CSV 文件或 .xlsx、.xls 工作簿的第一个工作表导入客户（EXCHANGE.md）：先检查每一行；只要有错误就不写入任何数据，并列出每个错误：CSV 为 文件:行:列: 说明，工作簿为 文件:工作表!单元格: 说明。</translation>
    </message>
</context>
</TS>
