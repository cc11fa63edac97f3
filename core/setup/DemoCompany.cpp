#include "DemoCompany.h"

#include "DemoChurn.h"
#include "DemoNames.h"
#include "ReferenceData.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "customers/Customer.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QHash>

namespace ketong {

namespace {

using demo::Random;

struct DemoUsers
{
    qint64 admin = 0;
    qint64 director = 0;
    QList<qint64> managers;
    qint64 executive = 0;
};

struct DemoCustomer
{
    qint64 id = 0;
    QString name;
    QString region;
    qint64 managerId = 0;
    QDate created;
    QDate silentSince; ///< orders stop before this date (invalid: keeps ordering)
};

/// Writes rows with prepared statements on one connection inside the load's transaction.
class Loader
{
public:
    Loader(const QSqlDatabase& c, const Clock& clock)
        : m_c(c)
        , m_now(clock.now())
        , m_today(clock.today())
        , m_random(20261122)
    {}

    Status run()
    {
        for (auto step : {&Loader::users, &Loader::products, &Loader::customers, &Loader::orders, &Loader::chances,
                          &Loader::tickets, &Loader::losses}) {
            if (auto s = (this->*step)(); !s)
                return s;
        }
        return setting(SettingKey::DemoDatabase, QStringLiteral("1"));
    }

private:
    Result<qint64> insert(const QString& sql, const QVariantMap& values)
    {
        SqlQuery q(m_c);
        q.prepare(sql + QStringLiteral(" RETURNING id")).bindAll(values);
        if (auto s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error(ErrorCode::Internal, QStringLiteral("no id returned"));
        return q.value(0).toLongLong();
    }

    QDateTime at(const QDate& date, int hour = 10) const
    {
        return QDateTime(date, QTime(hour, m_random.below(60)), Qt::LocalTime).toUTC();
    }

    Status setting(const QString& key, const QString& value)
    {
        return statusOf(
            SqlQuery::run(m_c,
                          QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :now) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {{QStringLiteral("k"), key}, {QStringLiteral("v"), value}, {QStringLiteral("now"), m_now}}));
    }

    Status users()
    {
        auto hash = PasswordHasher::hash(DemoCompany::password());
        if (!hash)
            return hash.error();
        QHash<QString, qint64> roleIds;
        SqlQuery roles(m_c);
        if (auto s = roles.exec(QStringLiteral("SELECT kind, id FROM roles WHERE builtin = 1")); !s)
            return s;
        while (roles.next())
            roleIds.insert(roles.value(0).toString(), roles.value(1).toLongLong());
        const QList<std::tuple<QString, QString, QString>> accounts{
            {QStringLiteral("admin"), QStringLiteral("赵文斌"), QStringLiteral("admin")},
            {QStringLiteral("director"), QStringLiteral("王建国"), QStringLiteral("director")},
            {QStringLiteral("manager1"), QStringLiteral("李明"), QStringLiteral("manager")},
            {QStringLiteral("manager2"), QStringLiteral("张伟"), QStringLiteral("manager")},
            {QStringLiteral("manager3"), QStringLiteral("刘芳"), QStringLiteral("manager")},
            {QStringLiteral("executive"), QStringLiteral("陈志远"), QStringLiteral("executive")},
        };
        for (const auto& [login, name, kind] : accounts) {
            auto id = insert(QStringLiteral("INSERT INTO users (login, name, role_id, status, password_hash, "
                                            "must_change_password, password_changed_at, created_at, updated_at) "
                                            "VALUES (:login, :name, :role, 1, :hash, 0, :now, :now, :now)"),
                             {{QStringLiteral("login"), login},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("role"), roleIds.value(kind)},
                              {QStringLiteral("hash"), *hash},
                              {QStringLiteral("now"), m_now}});
            if (!id)
                return id.error();
            if (kind == QLatin1String("admin"))
                m_users.admin = *id;
            else if (kind == QLatin1String("director"))
                m_users.director = *id;
            else if (kind == QLatin1String("manager"))
                m_users.managers.append(*id);
            else
                m_users.executive = *id;
        }
        return {};
    }

    Status products()
    {
        struct P
        {
            const char* name;
            const char* model;
            const char* batch;
            const char* unit;
            int yuan;
        };
        static const P list[] = {
            {"幸福牌电视机", "818", "FFT 2388", "台", 7500},
            {"幸福牌电视机", "919", "FFT 2390", "台", 9800},
            {"海龙笔记本电脑", "i60", "2688 9966", "台", 10800},
            {"海龙笔记本电脑", "i80", "2688 9988", "台", 12800},
            {"海龙台式电脑", "D300", "2025-A", "台", 5600},
            {"长虹空调", "KFR-35", "2025-B", "台", 3200},
            {"长虹空调", "KFR-72", "2025-C", "台", 6900},
            {"美的冰箱", "BCD-450", "M-11", "台", 4300},
            {"得力打印纸", "A4-70g", "DL-5", "箱", 150},
            {"惠普激光打印机", "M1005", "HP-24", "台", 1890},
            {"佳能复印机", "iR2425", "CN-7", "台", 16800},
            {"联想服务器", "SR650", "LX-2", "台", 38500},
            {"华为交换机", "S5735", "HW-9", "台", 4200},
            {"晨光签字笔", "GP-1008", "CG-1", "盒", 24},
            {"办公桌", "BZ-1400", "MJ-3", "张", 1280},
            {"办公椅", "YZ-88", "MJ-4", "把", 560},
            {"投影仪", "EB-X51", "EP-6", "台", 3980},
            {"碎纸机", "S-60", "KM-2", "台", 890},
        };
        static const QStringList warehouses{QStringLiteral("北京-西直门库"), QStringLiteral("北京-丰台库"),
                                            QStringLiteral("天津-滨海库"), QStringLiteral("武汉-光谷库")};
        int n = 0;
        for (const P& p : list) {
            ++n;
            auto id = insert(QStringLiteral("INSERT INTO products (product_no, name, model, batch, unit, price, memo, "
                                            "created_at, updated_at) VALUES (:no, :name, :model, :batch, :unit, "
                                            ":price, :memo, :now, :now)"),
                             {{QStringLiteral("no"), QStringLiteral("P-%1").arg(n, 4, 10, QLatin1Char('0'))},
                              {QStringLiteral("name"), QString::fromUtf8(p.name)},
                              {QStringLiteral("model"), QString::fromUtf8(p.model)},
                              {QStringLiteral("batch"), QString::fromUtf8(p.batch)},
                              {QStringLiteral("unit"), QString::fromUtf8(p.unit)},
                              {QStringLiteral("price"), qint64(p.yuan) * 100},
                              {QStringLiteral("memo"), n % 5 == 0 ? QStringLiteral("新品") : QString()},
                              {QStringLiteral("now"), m_now}});
            if (!id)
                return id.error();
            m_products.append({*id, qint64(p.yuan) * 100, QString::fromUtf8(p.unit)});
            for (int w = 0; w < 2; ++w) {
                const QString& warehouse = warehouses.at((n + w) % warehouses.size());
                auto sid = insert(QStringLiteral("INSERT INTO stock (product_id, warehouse, location, quantity, memo, "
                                                 "updated_at) VALUES (:p, :w, :l, :q, :m, :now)"),
                                  {{QStringLiteral("p"), *id},
                                   {QStringLiteral("w"), warehouse},
                                   {QStringLiteral("l"), QStringLiteral("EC-%1%2").arg(QChar(u'A' + n % 6)).arg(w + 1)},
                                   {QStringLiteral("q"), m_random.between(0, 120)},
                                   {QStringLiteral("m"), QString()},
                                   {QStringLiteral("now"), m_now}});
                if (!sid)
                    return sid.error();
            }
        }
        return {};
    }

    Result<QString> nextCode(const QDate& day)
    {
        const QString name = QStringLiteral("KH") + day.toString(QStringLiteral("yyMMdd"));
        auto value = SqlQuery::scalar(
            m_c,
            QStringLiteral("INSERT INTO code_sequences (name, last_value) VALUES (:n, 1) ON CONFLICT (name) DO UPDATE "
                           "SET last_value = code_sequences.last_value + 1 RETURNING last_value"),
            {{QStringLiteral("n"), name}});
        if (!value)
            return value.error();
        return name + QStringLiteral("%1").arg(value->toInt(), 3, 10, QLatin1Char('0'));
    }

    Status customers()
    {
        static const QStringList regionList{QStringLiteral("北京"), QStringLiteral("华北"), QStringLiteral("中南"),
                                            QStringLiteral("东北"), QStringLiteral("西部")};
        static const QStringList types{QStringLiteral("企业"), QStringLiteral("企业"), QStringLiteral("事业单位"),
                                       QStringLiteral("政府机关")};
        static const QStringList sources{QStringLiteral("主动来访"), QStringLiteral("老客户介绍"),
                                         QStringLiteral("销售机会"), QStringLiteral("导入")};
        static const QStringList banks{QStringLiteral("中国工商银行"), QStringLiteral("中国建设银行"),
                                       QStringLiteral("招商银行"), QStringLiteral("中国银行")};
        QSet<QString> usedNames;
        for (int i = 0; i < DemoCompany::CustomerCount; ++i) {
            DemoCustomer c;
            c.region = regionList.at(i % regionList.size());
            do {
                c.name = i == 0 ? QStringLiteral("北京聪海信息科技有限公司") : demo::companyName(m_random, c.region);
            } while (usedNames.contains(c.name));
            usedNames.insert(c.name);
            c.managerId = m_users.managers.at(i % m_users.managers.size());
            // Most customers are older than the order history; a few are new this month.
            c.created =
                i % 40 == 7 ? m_today.addDays(-m_random.between(0, 20)) : m_today.addDays(-m_random.between(930, 1400));
            if (i % 7 == 3 && i % 40 != 7) // not one of the new customers
                silent(c);
            auto code = nextCode(c.created);
            if (!code)
                return code.error();
            // Most customers are ordinary; few are strategic partners.
            static const int levels[] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5};
            const int level = i == 0 ? 5 : levels[m_random.below(20)];
            auto id = insert(
                QStringLiteral(
                    "INSERT INTO customers (code, name, region, manager_id, level, satisfaction, credit, address, "
                    "zip, tel, fax, email, website, licence_no, legal_rep, registered_capital, turnover, bank, "
                    "bank_account, local_tax_no, national_tax_no, customer_type, source, name_key, status, created_at, "
                    "created_by, updated_at) VALUES (:code, :name, :region, :manager, :level, :sat, :credit, :addr, "
                    ":zip, :tel, :fax, :email, :web, :licence, :legal, :capital, :turnover, :bank, :account, :ltax, "
                    ":ntax, :type, :source, :key, 1, :created, :by, :created)"),
                {{QStringLiteral("code"), *code},
                 {QStringLiteral("name"), c.name},
                 {QStringLiteral("region"), c.region},
                 {QStringLiteral("manager"), c.managerId},
                 {QStringLiteral("level"), level},
                 {QStringLiteral("sat"), m_random.between(2, 5)},
                 {QStringLiteral("credit"), m_random.between(1, 5)},
                 {QStringLiteral("addr"), demo::address(m_random, c.region)},
                 {QStringLiteral("zip"), QStringLiteral("%1").arg(m_random.between(100000, 799999))},
                 {QStringLiteral("tel"), demo::phone(m_random, c.region)},
                 {QStringLiteral("fax"), i % 3 == 0 ? demo::phone(m_random, c.region) : QString()},
                 {QStringLiteral("email"), QStringLiteral("info%1@example.cn").arg(i + 1)},
                 {QStringLiteral("web"), i % 2 == 0 ? QStringLiteral("www.demo%1.cn").arg(i + 1) : QString()},
                 {QStringLiteral("licence"), QStringLiteral("91%1").arg(m_random.between(10000000, 99999999))},
                 {QStringLiteral("legal"), demo::personName(m_random)},
                 {QStringLiteral("capital"), qint64(m_random.between(1, 200) * 50)},
                 {QStringLiteral("turnover"), qint64(m_random.between(1, 500) * 100)},
                 {QStringLiteral("bank"), m_random.pick(banks)},
                 {QStringLiteral("account"), QStringLiteral("6222%1").arg(m_random.between(10000000, 99999999))},
                 {QStringLiteral("ltax"), QString()},
                 {QStringLiteral("ntax"), QString()},
                 {QStringLiteral("type"), m_random.pick(types)},
                 {QStringLiteral("source"), m_random.pick(sources)},
                 {QStringLiteral("key"), Customer::nameKey(c.name)},
                 {QStringLiteral("created"), at(c.created, 9)},
                 {QStringLiteral("by"), c.managerId}});
            if (!id)
                return id.error();
            c.id = *id;
            m_customers.append(c);
            if (c.silentSince.isValid()) {
                m_silent.last().id = c.id;
                m_silent.last().managerId = c.managerId;
                m_silent.last().created = c.created;
            }
            if (auto s = contactsAndActivities(c, i); !s)
                return s;
        }
        return {};
    }

    /// About one customer in seven stops ordering, spread over the managers and regions (DemoChurn).
    void silent(DemoCustomer& c)
    {
        demo::SilentCustomer story = demo::planSilent(int(m_silent.size()), m_today, m_random);
        c.silentSince = story.silentSince;
        m_silent.append(story);
    }

    Status contactsAndActivities(const DemoCustomer& c, int i)
    {
        static const QStringList places{QStringLiteral("客户公司会议室"), QStringLiteral("我公司展厅"),
                                        QStringLiteral("电话"), QStringLiteral("行业展会"), QStringLiteral("酒店")};
        static const QStringList titles{QStringLiteral("初次拜访,介绍产品"), QStringLiteral("商务洽谈"),
                                        QStringLiteral("签订年度采购合同"),  QStringLiteral("售后回访"),
                                        QStringLiteral("节日问候"),          QStringLiteral("新品推介会")};
        const int contacts = 1 + i % 3;
        for (int k = 0; k < contacts; ++k) {
            auto id =
                insert(QStringLiteral("INSERT INTO contacts (customer_id, name, sex, position, tel, mobile, "
                                      "email, memo, created_at, updated_at) VALUES (:c, :name, :sex, :pos, "
                                      ":tel, :mobile, :email, :memo, :now, :now)"),
                       {{QStringLiteral("c"), c.id},
                        {QStringLiteral("name"), demo::personName(m_random)},
                        {QStringLiteral("sex"), m_random.chance(60) ? QStringLiteral("男") : QStringLiteral("女")},
                        {QStringLiteral("pos"), demo::position(m_random)},
                        {QStringLiteral("tel"), demo::phone(m_random, c.region)},
                        {QStringLiteral("mobile"), demo::mobile(m_random)},
                        {QStringLiteral("email"), QString()},
                        {QStringLiteral("memo"), k == 0 ? QStringLiteral("主要联系人") : QString()},
                        {QStringLiteral("now"), at(c.created)}});
            if (!id)
                return id.error();
        }
        const int activities = 1 + (i + 1) % 4;
        for (int k = 0; k < activities; ++k) {
            const QDate day = m_today.addDays(-m_random.between(5, 800));
            auto id = insert(QStringLiteral("INSERT INTO activities (customer_id, activity_date, place, title, "
                                            "description, memo, created_by, created_at, updated_at) VALUES (:c, "
                                            ":d, :place, :title, :desc, :memo, :by, :at, :at)"),
                             {{QStringLiteral("c"), c.id},
                              {QStringLiteral("d"), day},
                              {QStringLiteral("place"), m_random.pick(places)},
                              {QStringLiteral("title"), m_random.pick(titles)},
                              {QStringLiteral("desc"), QStringLiteral("与客户就合作事宜进行了沟通,客户反馈良好。")},
                              {QStringLiteral("memo"), QString()},
                              {QStringLiteral("by"), c.managerId},
                              {QStringLiteral("at"), at(day, 16)}});
            if (!id)
                return id.error();
        }
        return {};
    }

    Status orders()
    {
        // ~3,000 orders over the last 30 months; a few large customers order much more often.
        SqlQuery order(m_c);
        order.prepare(QStringLiteral("INSERT INTO orders (order_no, customer_id, customer_name, order_date, address, "
                                     "status, total, updated_at) VALUES (:no, :c, :name, :d, :addr, :status, 0, :now) "
                                     "RETURNING id"));
        SqlQuery line(m_c);
        line.prepare(QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit, price) VALUES "
                                    "(:o, :p, :q, :u, :price)"));
        const QDate start = m_today.addMonths(-30);
        const int days = static_cast<int>(start.daysTo(m_today));
        int serial = 0;
        for (int n = 0; n < 3000; ++n) {
            // Skew: half the orders go to the first 30 customers.
            const int index = m_random.chance(50) ? m_random.below(30) : m_random.below(m_customers.size());
            const DemoCustomer& c = m_customers.at(index);
            const QDate first = qMax(start, c.created);
            QDate last = c.silentSince.isValid() ? c.silentSince : m_today;
            if (first >= last)
                continue;
            const QDate day = first.addDays(m_random.below(static_cast<int>(first.daysTo(last)) + 1));
            Q_UNUSED(days);
            // Recent orders are often not yet shipped (1–4); older ones shipped (5) or paid (6).
            int status = day.daysTo(m_today) < 20 && m_random.chance(60) ? m_random.between(1, 4)
                                                                         : (m_random.chance(65) ? 6 : 5);
            order.bind(QStringLiteral(":no"), QStringLiteral("DD%1%2")
                                                  .arg(day.toString(QStringLiteral("yyyyMMdd")))
                                                  .arg(++serial, 5, 10, QLatin1Char('0')));
            order.bind(QStringLiteral(":c"), c.id);
            order.bind(QStringLiteral(":name"), c.name);
            order.bind(QStringLiteral(":d"), day);
            order.bind(QStringLiteral(":addr"), demo::address(m_random, c.region));
            order.bind(QStringLiteral(":status"), status);
            order.bind(QStringLiteral(":now"), m_now);
            if (auto s = order.exec(); !s)
                return s;
            if (!order.next())
                return Error(ErrorCode::Internal, QStringLiteral("no order id"));
            const qint64 orderId = order.value(0).toLongLong();
            order.finish();
            const int lines = m_random.between(1, 4);
            for (int k = 0; k < lines; ++k) {
                const auto& p = m_products.at(m_random.below(m_products.size()));
                line.bind(QStringLiteral(":o"), orderId);
                line.bind(QStringLiteral(":p"), p.id);
                line.bind(QStringLiteral(":q"), m_random.between(1, 20));
                line.bind(QStringLiteral(":u"), p.unit);
                line.bind(QStringLiteral(":price"), p.price);
                if (auto s = line.exec(); !s)
                    return s;
            }
        }
        // The order total is derived from its lines, in one pass.
        return statusOf(SqlQuery::run(m_c, QStringLiteral("UPDATE orders SET total = (SELECT "
                                                          "COALESCE(SUM(l.quantity * l.price), 0) FROM order_lines l "
                                                          "WHERE l.order_id = orders.id)")));
    }

    Status chances()
    {
        static const QStringList titles{
            QStringLiteral("采购一批办公电脑"),         QStringLiteral("会议室投影及音响改造"),
            QStringLiteral("全公司空调更换"),           QStringLiteral("年度办公用品集中采购"),
            QStringLiteral("新建机房服务器及网络设备"), QStringLiteral("员工宿舍电视机采购")};
        static const QStringList sources{QStringLiteral("电话咨询"), QStringLiteral("网站"), QStringLiteral("展会"),
                                         QStringLiteral("老客户介绍"), QStringLiteral("广告")};
        static const QStringList todos{QStringLiteral("电话联系,了解需求"), QStringLiteral("上门拜访,演示产品"),
                                       QStringLiteral("提交报价方案"), QStringLiteral("商务谈判"),
                                       QStringLiteral("邀请参观公司展厅")};
        static const QStringList results{QStringLiteral("客户有明确采购意向"), QStringLiteral("客户认可产品质量"),
                                         QStringLiteral("价格仍需商议"), QStringLiteral("客户决定暂缓采购")};
        for (int i = 0; i < 32; ++i) {
            const int status = 1 + i % 4;
            const QDate created = m_today.addDays(-m_random.between(3, 200));
            const qint64 creator = i % 3 == 0 ? m_users.director : m_users.managers.at(i % m_users.managers.size());
            const qint64 assignee = m_users.managers.at((i / 4) % m_users.managers.size());
            // Prospects from every region.
            static const QStringList regions{QStringLiteral("北京"), QStringLiteral("华北"), QStringLiteral("中南"),
                                             QStringLiteral("东北"), QStringLiteral("西部")};
            const QString customerName = demo::companyName(m_random, regions.at(i % regions.size()));
            QVariantMap values{
                {QStringLiteral("source"), m_random.pick(sources)},
                {QStringLiteral("cust"), customerName},
                {QStringLiteral("title"), m_random.pick(titles)},
                {QStringLiteral("rate"), m_random.between(2, 9) * 10},
                {QStringLiteral("contact"), demo::personName(m_random)},
                {QStringLiteral("tel"), demo::mobile(m_random)},
                {QStringLiteral("desc"), QStringLiteral("客户计划在近期进行采购,预算充足,需尽快跟进。")},
                {QStringLiteral("by"), creator},
                {QStringLiteral("created"), at(created, 9)},
                {QStringLiteral("status"), status},
                {QStringLiteral("assigned"), status == 1 ? nullOf(QMetaType::LongLong) : QVariant(assignee)},
                {QStringLiteral("assigned_at"),
                 SqlValue::fromDateTime(status == 1 ? QDateTime() : at(created.addDays(1), 11))},
                {QStringLiteral("closed_at"),
                 SqlValue::fromDateTime(status >= 3 ? at(created.addDays(30), 15) : QDateTime())},
                {QStringLiteral("customer"), nullOf(QMetaType::LongLong)}};
            if (status == 3) {
                // A developed chance became a customer: point it at one of the demo customers.
                const DemoCustomer& c = m_customers.at(i % m_customers.size());
                values[QStringLiteral("customer")] = c.id;
                values[QStringLiteral("cust")] = c.name;
            }
            auto id = insert(QStringLiteral("INSERT INTO sales_chances (source, customer_name, title, rate, contact, "
                                            "contact_tel, description, created_by, created_at, assigned_to, "
                                            "assigned_at, status, closed_at, customer_id, updated_at) VALUES "
                                            "(:source, :cust, :title, :rate, :contact, :tel, :desc, :by, :created, "
                                            ":assigned, :assigned_at, :status, :closed_at, :customer, :created)"),
                             values);
            if (!id)
                return id.error();
            if (status == 1)
                continue;
            const int items = m_random.between(2, 4);
            for (int k = 0; k < items; ++k) {
                const QDate day = created.addDays(3 + k * 7);
                const bool done = status > 2 || day < m_today.addDays(-3);
                auto item = insert(QStringLiteral("INSERT INTO plan_items (chance_id, plan_date, todo, result, "
                                                  "created_at, updated_at) VALUES (:c, :d, :todo, :result, :at, :at)"),
                                   {{QStringLiteral("c"), *id},
                                    {QStringLiteral("d"), day},
                                    {QStringLiteral("todo"), todos.at(k % todos.size())},
                                    {QStringLiteral("result"), done ? m_random.pick(results) : QString()},
                                    {QStringLiteral("at"), at(created.addDays(2))}});
                if (!item)
                    return item.error();
            }
        }
        return {};
    }

    Status tickets()
    {
        static const QStringList types{QStringLiteral("咨询"), QStringLiteral("建议"), QStringLiteral("投诉")};
        static const QStringList titles{QStringLiteral("询问产品保修期限"), QStringLiteral("建议增加送货时段"),
                                        QStringLiteral("投诉送货延误"),     QStringLiteral("咨询批量采购折扣"),
                                        QStringLiteral("打印机卡纸"),       QStringLiteral("空调安装噪音大")};
        for (int i = 0; i < 40; ++i) {
            static const int statuses[] = {1, 2, 3, 5, 5};
            const int status = statuses[i % 5];
            const DemoCustomer& c = m_customers.at((i * 13) % m_customers.size());
            const QDate created = m_today.addDays(-m_random.between(1, 300));
            const qint64 creator = c.managerId;
            const qint64 handler = m_users.managers.at((i + 1) % m_users.managers.size());
            const bool assigned = status >= 2;
            const bool handled = status >= 3;
            const bool archived = status == 5;
            const QDateTime handledAt = at(created.addDays(2), 14);
            const QDateTime feedbackAt = at(created.addDays(4), 10);
            const int satisfaction = archived ? m_random.between(3, 5) : 0;
            auto id = insert(
                QStringLiteral("INSERT INTO service_tickets (type, title, customer_id, status, request, created_by, "
                               "created_at, assigned_to, assigned_at, handling, handled_by, handled_at, result, "
                               "satisfaction, feedback_by, feedback_at, updated_at) VALUES (:type, :title, :c, "
                               ":status, :request, :by, :created, :assigned, :assigned_at, :handling, :handler, "
                               ":handled_at, :result, :sat, :fb_by, :fb_at, :created)"),
                {{QStringLiteral("type"), types.at(i % types.size())},
                 {QStringLiteral("title"), titles.at(i % titles.size())},
                 {QStringLiteral("c"), c.id},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("request"), QStringLiteral("客户来电反映:") + titles.at(i % titles.size()) +
                                                 QStringLiteral(",希望尽快给予答复。")},
                 {QStringLiteral("by"), creator},
                 {QStringLiteral("created"), at(created, 9)},
                 {QStringLiteral("assigned"), assigned ? QVariant(handler) : nullOf(QMetaType::LongLong)},
                 {QStringLiteral("assigned_at"),
                  SqlValue::fromDateTime(assigned ? at(created.addDays(1)) : QDateTime())},
                 {QStringLiteral("handling"),
                  handled ? QStringLiteral("已电话联系客户并说明情况,问题已解决。") : QString()},
                 {QStringLiteral("handler"), handled ? QVariant(handler) : nullOf(QMetaType::LongLong)},
                 {QStringLiteral("handled_at"), SqlValue::fromDateTime(handled ? handledAt : QDateTime())},
                 {QStringLiteral("result"), archived ? QStringLiteral("客户表示满意") : QString()},
                 {QStringLiteral("sat"), archived ? QVariant(satisfaction) : nullOf(QMetaType::Int)},
                 {QStringLiteral("fb_by"), archived ? QVariant(creator) : nullOf(QMetaType::LongLong)},
                 {QStringLiteral("fb_at"), SqlValue::fromDateTime(archived ? feedbackAt : QDateTime())}});
            if (!id)
                return id.error();
            if (!handled)
                continue;
            auto round =
                insert(QStringLiteral("INSERT INTO service_rounds (ticket_id, round, handling, handled_by, "
                                      "handled_at, result, satisfaction, feedback_by, feedback_at) VALUES "
                                      "(:t, 1, :handling, :handler, :handled_at, :result, :sat, :fb_by, "
                                      ":fb_at)"),
                       {{QStringLiteral("t"), *id},
                        {QStringLiteral("handling"), QStringLiteral("已电话联系客户并说明情况,问题已解决。")},
                        {QStringLiteral("handler"), handler},
                        {QStringLiteral("handled_at"), handledAt},
                        {QStringLiteral("result"), archived ? QStringLiteral("客户表示满意") : QString()},
                        {QStringLiteral("sat"), archived ? QVariant(satisfaction) : nullOf(QMetaType::Int)},
                        {QStringLiteral("fb_by"), archived ? QVariant(creator) : nullOf(QMetaType::LongLong)},
                        {QStringLiteral("fb_at"), SqlValue::fromDateTime(archived ? feedbackAt : QDateTime())}});
            if (!round)
                return round.error();
        }
        return {};
    }

    Status losses()
    {
        // After the orders: a churn record keeps the customer's last counted order.
        return demo::writeChurn(m_c, m_silent, m_today, [this](const QDate& day, int hour) { return at(day, hour); });
    }

    struct Product
    {
        qint64 id;
        qint64 price;
        QString unit;
    };

    QSqlDatabase m_c;
    QDateTime m_now;
    QDate m_today;
    mutable Random m_random;
    DemoUsers m_users;
    QList<Product> m_products;
    QList<DemoCustomer> m_customers;
    QList<demo::SilentCustomer> m_silent;
};

} // namespace

Status DemoCompany::write(const QSqlDatabase& connection, const Clock& clock)
{
    Loader loader(connection, clock);
    if (auto s = loader.run(); !s)
        return s;
    return AuditLog::append(connection, Session::system(), clock.now(),
                            {QStringLiteral("demo"), QStringLiteral("database"), QString(), {}, {}});
}

} // namespace ketong
