// Screenshots of the 营销管理 screens in Chinese with the demo company, for people to look at:
//   KETONG_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a build/tests/SalesScreenshotsTest
// Skipped when KETONG_SCREENSHOT_DIR is not set (the normal test runs).
#include "TestDatabase.h"
#include "common/Language.h"
#include "db/SqlQuery.h"
#include "sales/AssignDialog.h"
#include "sales/ChanceService.h"
#include "sales/DevelopmentDialog.h"

#include <QApplication>
#include <QDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class SalesScreenshotsTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    QString m_dir;

    void save(QWidget* widget, const QString& name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QTest::qWait(300);
        const QString path = QDir(m_dir).filePath(name + u".png"_s);
        QVERIFY(widget->grab().save(path));
        qInfo("saved %s", qPrintable(path));
    }

    /// A chance of the demo company in `status`, assigned to manager1 when asked.
    qint64 demoChance(int status, bool manager1) const
    {
        auto id = SqlQuery::scalar(m_db->connection(),
                                   u"SELECT min(s.id) FROM sales_chances s JOIN users u ON u.id = COALESCE("
                                   "s.assigned_to, s.created_by) WHERE s.status = :st AND (u.login = 'manager1') = "
                                   ":m"_s,
                                   {{u"st"_s, status}, {u"m"_s, manager1}});
        return id ? id->toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("KETONG_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            QSKIP("set KETONG_SCREENSHOT_DIR to take screenshots");
        QDir().mkpath(m_dir);
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        Language::install(u"zh_CN"_s);
    }

    void assignDialog()
    {
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true};
        AssignDialog dialog(ws, demoChance(1, false));
        save(&dialog, u"sales-assign-dialog"_s);
    }

    void executePlan()
    {
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true};
        DevelopmentDialog dialog(ws, demoChance(2, true), DevelopmentDialog::Mode::Execute);
        save(&dialog, u"sales-execute-plan"_s);
        dialog.setMode(DevelopmentDialog::Mode::Plan);
        save(&dialog, u"sales-make-plan"_s);
    }
};

QTEST_MAIN(SalesScreenshotsTest)
#include "SalesScreenshotsTest.moc"
