// ketong-screenshots: the images of the user guides, taken from the real widgets (scripts/screenshots runs
// it under Xvfb). For each language it logs in as each demo role, opens every page of that role's
// navigation once (kPageRole: as another role than the first that has it) and grabs the main window; on list
// pages it selects the first row (kPageRow: a given one) and opens the page's viewing/editing dialogs (actions
// and buttons named in kDialogs; one disabled on that row on the first row where it is enabled) and grabs them
// too. The login window and the first-run wizard are taken as well.
//
//   ketong-screenshots --database sqlite:///tmp/demo.db --out docs/images --lang zh_CN
#include "auth/AuthService.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

#include <cstdio>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {

// The actions and buttons whose dialogs are worth a picture: they show a record and change nothing by
// opening (the dialog is closed without saving).
const QStringList kDialogs = {u"new"_s,     u"edit"_s,        u"view"_s,    u"assign"_s,   u"makePlan"_s,
                              u"execute"_s, u"executePlan"_s, u"succeed"_s, u"handle"_s,   u"feedback"_s,
                              u"delay"_s,   u"confirm"_s,     u"detail"_s,  u"contacts"_s, u"activities"_s,
                              u"orders"_s,  u"import"_s,      u"reassign"_s};

// Pages taken as another role than the first that has them: 暂缓流失 and 确认流失 are the account manager's.
const QHash<QString, QString> kPageRole = {{u"lostCustomersPage"_s, u"manager1"_s}};

// The row a page's dialogs show, when not the first: the demo's large customer, with contacts, records and orders.
const QHash<QString, QString> kPageRow = {{u"customersPage"_s, u"北京聪海信息科技有限公司"_s}};

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget* widget, const QString& path)
{
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

class Shooter
{
public:
    Shooter(DatabasePtr db, QString dir)
        : m_db(std::move(db))
        , m_dir(std::move(dir))
    {}

    void loginWindow()
    {
        LoginDialog login(m_db, m_clock, true);
        login.show();
        settle(400);
        save(&login, path(u"login"_s));
    }

    void firstRunWizard()
    {
        FirstRunWizard wizard(m_clock);
        wizard.resize(720, 520);
        wizard.show();
        settle(400);
        save(&wizard, path(u"first-run"_s));
    }

    void role(const QString& login)
    {
        auto session = AuthService(*m_db, m_clock).sessionFor(login);
        if (!session) {
            std::printf("FAILED %s: %s\n", qPrintable(login), qPrintable(session.error().message()));
            return;
        }
        MainWindow window(Workspace{m_db, &m_clock, *session, true});
        window.resize(1440, 880);
        window.show();
        settle(1200);
        save(&window, path(u"home-"_s + login));
        for (const QString& page : window.navigationPages()) {
            if (m_done.contains(page) || kPageRole.value(page, login) != login || !window.openPage(page))
                continue;
            m_done.insert(page);
            settle(1200);
            save(&window, path(page));
            dialogsOf(window.findChild<QWidget*>(page), page);
        }
        // Dialogs of the menus (the administrator's 数据备份).
        for (const QString& name : {u"backup"_s}) {
            auto* action = window.findChild<QAction*>(name + u"Action"_s);
            if (action && action->isVisible() && !m_done.contains(name)) {
                m_done.insert(name);
                captureModal(name, [action] { action->trigger(); });
            }
        }
    }

private:
    QString path(const QString& name) const { return QDir(m_dir).filePath(name + u".png"_s); }

    /// Makes `row` of the page's list the current one.
    static void select(QTableView* table, int row)
    {
        table->setCurrentIndex(table->model()->index(row, 0));
        settle(150);
    }

    /// The first row (from `start`) on which `usable` holds, or -1; tries the first 100 rows.
    static int findRow(QTableView* table, int start, const std::function<bool()>& usable)
    {
        const int rows = qMin(table->model()->rowCount(), 100);
        for (int i = 0; i < rows; ++i) {
            const int row = (start + i) % rows;
            select(table, row);
            if (usable())
                return row;
        }
        return -1;
    }

    void dialogsOf(QWidget* page, const QString& pageName)
    {
        if (!page)
            return;
        auto* table = page->findChild<QTableView*>();
        if (table && (!table->model() || table->model()->rowCount() == 0))
            table = nullptr;
        int first = 0;
        if (table && kPageRow.contains(pageName)) {
            for (int column = 0; column < table->model()->columnCount() && first == 0; ++column) {
                const auto found = table->model()->match(table->model()->index(0, column), Qt::DisplayRole,
                                                         kPageRow.value(pageName), 1, Qt::MatchExactly);
                if (!found.isEmpty())
                    first = found.first().row();
            }
        }
        if (table)
            select(table, first);
        settle(300);
        for (const QString& name : kDialogs) {
            auto* action = page->findChild<QAction*>(name + u"Action"_s);
            auto* button = page->findChild<QAbstractButton*>(name + u"PushButton"_s);
            if (action && !action->isVisible())
                action = nullptr;
            if (button && !button->isVisible())
                button = nullptr;
            if (!action && !button)
                continue;
            // Disabled on this row (确认流失 wants a retention under way, 执行计划 a chance in development):
            // the first row of the list on which it is enabled.
            const auto usable = [action, button] { return action ? action->isEnabled() : button->isEnabled(); };
            if (!usable() && (!table || findRow(table, first, usable) < 0))
                continue;
            captureModal(pageName + u"-"_s + name, [action, button] {
                if (action)
                    action->trigger();
                else
                    button->click();
            });
            if (table)
                select(table, first);
        }
    }

    /// Runs `open` (which shows a modal dialog) and saves the dialog as `name`.
    void captureModal(const QString& name, const std::function<void()>& open)
    {
        bool shown = false;
        QTimer::singleShot(1000, [&] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                shown = save(modal, path(name));
                modal->close();
            }
        });
        open();
        settle(shown ? 200 : 1200);
        if (QWidget* left = QApplication::activeModalWidget())
            left->close();
    }

    DatabasePtr m_db;
    QString m_dir;
    SystemClock m_clock;
    QSet<QString> m_done;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Ketong-screenshots"_s);
    QApplication::setOrganizationName(u"Ketong"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(u"database"_s, u"The demo database URL."_s, u"URL"_s);
    const QCommandLineOption out(u"out"_s, u"The folder of the images."_s, u"DIR"_s);
    const QCommandLineOption lang(u"lang"_s, u"zh_CN or en."_s, u"LANG"_s, u"zh_CN"_s);
    parser.addOptions({database, out, lang});
    parser.process(app);

    auto url = DatabaseUrl::parse(parser.value(database));
    if (!url) {
        std::fprintf(stderr, "ketong-screenshots: %s\n", qPrintable(url.error().message()));
        return 2;
    }
    auto db = Database::open(*url);
    if (!db) {
        std::fprintf(stderr, "ketong-screenshots: %s\n", qPrintable(db.error().message()));
        return 1;
    }
    Language::install(parser.value(lang));
    const QString dir = QDir(parser.value(out)).filePath(Language::current());
    QDir().mkpath(dir);
    MessageBox::setNextAnswer(QMessageBox::No); // nothing the tool opens may change the demo data

    Shooter shooter(*db, dir);
    shooter.loginWindow();
    shooter.firstRunWizard();
    for (const QString& login : {u"director"_s, u"manager1"_s, u"executive"_s, u"admin"_s})
        shooter.role(login);
    return 0;
}
