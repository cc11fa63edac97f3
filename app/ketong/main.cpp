// ketong: parse the command line, load the language, and hand over to the shell.
#include "common/Clock.h"
#include "common/Language.h"
#include "db/Migrator.h"
#include "shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // --version needs no display (package tests run it on machines without one).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-V") == 0) {
            std::printf("ketong %s (schema version %d)\n", KETONG_VERSION, ketong::Migrator::programVersion());
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ketong"));
    QApplication::setOrganizationName(QStringLiteral("Ketong"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ketong CRM"));
    QApplication::setApplicationVersion(QStringLiteral(KETONG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ketong/icons/ketong.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ketong"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ketong CRM (客通)"));
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("V"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and the schema version, and exit."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Open this database (sqlite:///path.db or postgresql://user@host/db)."), QStringLiteral("URL"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo company."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    parser.addOptions({version, database, demo, lang});
    parser.process(app);
    if (parser.isSet(version)) {
        std::printf("ketong %s (schema version %d)\n", KETONG_VERSION, ketong::Migrator::programVersion());
        return 0;
    }

    QSettings settings;
    const QString language =
        parser.isSet(lang) ? parser.value(lang)
                           : settings.value(QStringLiteral("language"), ketong::Language::systemDefault()).toString();
    ketong::Language::install(language);

    ketong::SystemClock clock;
    ketong::AppController controller(clock);
    if (!controller.start({parser.value(database), parser.isSet(demo)}))
        return controller.exitCode();
    return QApplication::exec();
}
