#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ketong {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
} // namespace

QString Language::normalize(const QString& name)
{
    return name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Language::systemDefault()
{
    const QStringList ui = QLocale::system().uiLanguages();
    return normalize(ui.isEmpty() ? QLocale::system().name() : ui.constFirst());
}

QString Language::install(const QString& name)
{
    QString language = normalize(name);
    if (g_app) {
        QCoreApplication::removeTranslator(g_app.get());
        g_app.reset();
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt.get());
        g_qt.reset();
    }
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            g_qt = std::move(qt);
        }
    }
    // English needs its .qm too: it carries the plural forms ("1 customer" / "2 customers").
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/ketong_") + language)) {
        QCoreApplication::installTranslator(app.get());
        g_app = std::move(app);
    }
    g_current = language;
    return language;
}

QString Language::current()
{
    return g_current;
}

} // namespace ketong
