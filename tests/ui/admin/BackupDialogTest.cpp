// 数据备份 as the administrator uses it (offscreen, SQLite): a refused setting names its field and keeps
// what was typed; 立即备份 writes a verified copy without blocking the window; the saved schedule makes
// the main window's scheduler take a backup after login; only the administrator sees the menu entry, and
// nobody does on a PostgreSQL server.
#include "admin/BackupDialog.h"
#include "TestDatabase.h"
#include "admin/BackupScheduler.h"
#include "db/Backup.h"
#include "setup/BackupSchedule.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class BackupDialogTest : public QObject
{
    Q_OBJECT

    test::TestDatabase m_db;
    SystemClock m_clock;

    static QStringList backups(const QString& dir)
    {
        return QDir(dir).entryList({u"ketong-backup-*.db"_s}, QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError())); }

    void menuEntryOnlyForTheAdministratorOnSqlite()
    {
        for (const QString& login : {u"admin"_s, u"director"_s, u"manager1"_s, u"executive"_s}) {
            MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(login), true});
            const bool visible = window.backupScheduler()->backupAction()->isVisible();
            QCOMPARE(visible, login == u"admin"_s && test::backend() == Backend::Sqlite);
        }
    }

    void refusedSettingKeepsTheForm()
    {
        if (test::backend() != Backend::Sqlite)
            QSKIP("the program's own backups are for the SQLite set-up");
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"admin"_s), true};
        BackupDialog dialog(ws);
        dialog.show();
        auto* folder = dialog.findChild<QLineEdit*>(u"backupFolderLineEdit"_s);
        folder->setText(u"/nonexistent/备份"_s);
        dialog.findChild<QCheckBox*>(u"scheduleCheckBox"_s)->setChecked(true);
        dialog.findChild<QSpinBox*>(u"keepSpinBox"_s)->setValue(5);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"/nonexistent/备份"_s));
        QCOMPARE(folder->text(), u"/nonexistent/备份"_s);
        QCOMPARE(dialog.findChild<QSpinBox*>(u"keepSpinBox"_s)->value(), 5);
        QCOMPARE(BackupSchedule::config(*m_db)->everyDays, 0);
    }

    void backUpNowThenTheSchedulerTakesOver()
    {
        if (test::backend() != Backend::Sqlite)
            QSKIP("the program's own backups are for the SQLite set-up");
        QTemporaryDir dir;
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"admin"_s), true};
        {
            BackupDialog dialog(ws);
            dialog.show();
            dialog.findChild<QLineEdit*>(u"backupFolderLineEdit"_s)->setText(QDir::toNativeSeparators(dir.path()));
            QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"backupNowPushButton"_s), Qt::LeftButton);
            QVERIFY(dialog.isBackingUp() || finished.count() == 1); // the click returned at once
            QVERIFY(finished.wait(20000) || finished.count() == 1);
            QCOMPARE(finished.first().at(0).toBool(), true);
            const QString file = finished.first().at(1).toString();
            QVERIFY(Backup::verifySqlite(file));
            QVERIFY(dialog.findChild<QLabel*>(u"backupStatusLabel"_s)->text().contains(QFileInfo(file).fileName()));
            QVERIFY(dialog.findChild<QLabel*>(u"lastBackupLabel"_s)
                        ->text()
                        .contains(QDate::currentDate().toString(Qt::ISODate)));
            // Save a daily schedule keeping 1 copy.
            dialog.findChild<QCheckBox*>(u"scheduleCheckBox"_s)->setChecked(true);
            dialog.findChild<QSpinBox*>(u"everyDaysSpinBox"_s)->setValue(1);
            dialog.findChild<QSpinBox*>(u"keepSpinBox"_s)->setValue(1);
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
            QCOMPARE(BackupSchedule::config(*m_db)->everyDays, 1);
        }
        QCOMPARE(backups(dir.path()).size(), 1);
        // A day later the next login's check takes the scheduled backup and keeps only that one.
        ManualClock later(QDateTime::currentDateTimeUtc().addDays(1).addSecs(60));
        MainWindow window(Workspace{m_db.db(), &later, m_db.sessionFor(u"manager1"_s), true});
        QSignalSpy scheduled(window.backupScheduler(), &BackupScheduler::scheduledBackupFinished);
        window.backupScheduler()->start();
        QVERIFY(scheduled.wait(20000) || scheduled.count() == 1);
        QCOMPARE(scheduled.first().at(0).toBool(), true);
        const QStringList after = backups(dir.path());
        QCOMPARE(after.size(), 1);
        QCOMPARE(QFileInfo(scheduled.first().at(1).toString()).fileName(), after.first());
        // Not due again right after.
        window.backupScheduler()->checkNow();
        QTRY_VERIFY(!window.backupScheduler()->isRunning());
        QCOMPARE(scheduled.count(), 1);
    }
};

QTEST_MAIN(BackupDialogTest)
#include "BackupDialogTest.moc"
