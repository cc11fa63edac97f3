// 打印 / 导出 of a list page: the file holds exactly the rows the list shows under its filters, states the
// filters, and comes as CSV (UTF-8 with BOM), Excel and PDF.
#include "common/ListOutput.h"
#include "TestDatabase.h"
#include "models/PagedListModel.h"
#include "sales/SalesChancesPage.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class ListOutputTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    QTemporaryDir m_dir;

    QByteArray exportAs(ListOutput* output, const QString& format)
    {
        const QString path = m_dir.filePath(u"list."_s + format);
        QSignalSpy exported(output, &ListOutput::exported);
        output->exportTo(path, format);
        if (!exported.wait(20000))
            return {};
        if (!exported.first().at(0).toBool()) {
            qWarning("%s", qPrintable(exported.first().at(1).toString()));
            return {};
        }
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError())); }

    void exportsWhatTheFilteredListShows()
    {
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true};
        SalesChancesPage page(ws);
        page.setProperty("navigationTitle", u"销售机会管理"_s);
        page.model()->waitUntilLoaded();
        QVERIFY(page.model()->totalCount() > 1);
        const QString customer = page.model()->index(0, 1).data().toString();
        const QString part = customer.left(4);
        page.findChild<QLineEdit*>(u"customerNameFilterLineEdit"_s)->setText(part);
        Q_EMIT page.searchRequested();
        page.model()->waitUntilLoaded();
        const int shown = page.model()->totalCount();
        QVERIFY(shown >= 1);

        QVERIFY(page.output()->filterSummary().join(u" "_s).contains(part));
        const QByteArray csv = exportAs(page.output(), u"csv"_s);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), shown + 1); // the header and every row shown
        for (const QString& line : lines.mid(1))
            QVERIFY2(line.contains(part), qPrintable(line));

        QVERIFY(exportAs(page.output(), u"xlsx"_s).startsWith("PK"));
        QVERIFY(exportAs(page.output(), u"pdf"_s).startsWith("%PDF"));
    }

    void filtersAreRememberedPerPage()
    {
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true};
        QString part;
        {
            SalesChancesPage page(ws);
            page.show();
            page.model()->waitUntilLoaded();
            part = page.model()->index(0, 1).data().toString().left(4);
            page.findChild<QLineEdit*>(u"customerNameFilterLineEdit"_s)->setText(part);
            Q_EMIT page.searchRequested();
            page.model()->waitUntilLoaded();
        }
        SalesChancesPage again(ws);
        again.show(); // the next time the page is shown, its last filters and their result come back
        QCOMPARE(again.findChild<QLineEdit*>(u"customerNameFilterLineEdit"_s)->text(), part);
        again.model()->waitUntilLoaded();
        for (int row = 0; row < again.model()->rowCount(); ++row)
            QVERIFY(again.model()->index(row, 1).data().toString().contains(part));
        again.findChild<QLineEdit*>(u"customerNameFilterLineEdit"_s)->clear();
        Q_EMIT again.searchRequested(); // leave no filter behind for other tests
    }
};

QTEST_MAIN(ListOutputTest)
#include "ListOutputTest.moc"
