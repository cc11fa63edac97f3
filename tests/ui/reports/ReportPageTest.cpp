// 统计报表 pages as the director uses them: the chart follows the filters and shows the table's numbers;
// the PDF has the title, Chinese names and the total as text; the workbook's cells read back.
#include "reports/ReportPage.h"
#include "TestDatabase.h"
#include "common/Language.h"
#include "db/SqlQuery.h"
#include "reports/Reports.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace ketong;
using namespace Qt::StringLiterals;

class ReportPageTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    Workspace m_ws;

    static bool waitUpdated(ReportPage& page)
    {
        QSignalSpy spy(&page, &ReportPage::updated);
        return spy.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_ws = Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true};
    }

    void contributionChartFollowsTheTable()
    {
        ReportPage page(m_ws, ReportKind::Contribution);
        page.show();
        QVERIFY(waitUpdated(page));
        auto* table = page.findChild<QTableView*>(u"reportTableView"_s);
        const int rows = table->model()->rowCount() - 1; // minus the totals row
        QVERIFY(rows > ChartFactory::TopCount);
        const ChartData chart = page.chartData();
        QCOMPARE(chart.labels.size(), ChartFactory::TopCount); // the rest goes into the note
        for (int i = 0; i < ChartFactory::TopCount; ++i) {
            QCOMPARE(chart.labels.at(i), table->model()->index(i, 1).data().toString());
            QCOMPARE(qint64(std::llround(chart.values.at(i) * 100)),
                     table->model()->index(i, 2).data(Qt::UserRole).toLongLong());
        }
        qint64 others = 0;
        for (int i = ChartFactory::TopCount; i < rows; ++i)
            others += table->model()->index(i, 2).data(Qt::UserRole).toLongLong();
        QVERIFY2(chart.note.contains(QLocale().toString(others / 100.0, 'f', 2)), qPrintable(chart.note));
        QVERIFY2(chart.note.contains(QString::number(rows)), qPrintable(chart.note));
        // Change the year: table and chart change together.
        auto* year = page.findChild<QComboBox*>(u"yearComboBox"_s);
        QVERIFY(year->count() >= 3);
        year->setCurrentIndex(2);
        QVERIFY(waitUpdated(page));
        const auto expected = Reports::contribution(*m_db, m_ws.session, {year->currentData().toInt(), {}});
        QCOMPARE(table->model()->rowCount(), int(expected->rows.size()) + 1);
        QCOMPARE(page.chartData().labels.first(), expected->rows.value(0, 1).toString());
        // A name filter narrows both.
        auto* name = page.findChild<QLineEdit*>(u"customerLineEdit"_s);
        name->setText(expected->rows.value(0, 1).toString());
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(waitUpdated(page));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(page.chartData().values.size(), 1);
    }

    void compositionPieByGroup()
    {
        ReportPage page(m_ws, ReportKind::Composition);
        QVERIFY(waitUpdated(page));
        QCOMPARE(page.chartData().labels.size(), 5);
        double sum = 0;
        for (double v : page.chartData().values)
            sum += v;
        QCOMPARE(int(sum), 200); // no customer is deleted in the demo
        page.findChild<QComboBox*>(u"byComboBox"_s)->setCurrentIndex(1);
        QVERIFY(waitUpdated(page));
        // Ratings as filled stars, whatever the dictionary's items (☆…☆☆☆☆☆) say: chart and table alike.
        QCOMPARE(page.chartData().labels, (QStringList{u"★☆☆☆☆"_s, u"★★☆☆☆"_s, u"★★★☆☆"_s, u"★★★★☆"_s, u"★★★★★"_s}));
        auto* table = page.findChild<QTableView*>(u"reportTableView"_s);
        QCOMPARE(table->model()->index(2, 1).data().toString(), u"★★★☆☆"_s);
        page.findChild<QComboBox*>(u"byComboBox"_s)->setCurrentIndex(2); // satisfaction
        QVERIFY(waitUpdated(page));
        QCOMPARE(table->model()->index(4, 1).data().toString(), u"★★★★★"_s);
        QCOMPARE(page.document().table.displayText(0, 1), u"★☆☆☆☆"_s);   // what is printed
        page.findChild<QComboBox*>(u"byComboBox"_s)->setCurrentIndex(0); // levels keep their names
        QVERIFY(waitUpdated(page));
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"普通客户"_s);
    }

    void valueAxesGroupThousandsAndNameTheUnit()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto axisOf = [](QChart* chart) {
            return qobject_cast<QValueAxis*>(chart->findChild<QValueAxis*>(u"valueAxis"_s));
        };
        const auto labelsOf = [](QChartView& view) {
            QStringList texts;
            for (QGraphicsItem* item : view.scene()->items()) {
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                    texts << text->toPlainText();
                else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    texts << simple->text();
            }
            return texts;
        };
        // Yuan below 100,000 yuan, with thousands grouped on the axis.
        ChartData small{{u"甲公司"_s, u"乙公司"_s}, {45678.0, 12345.5}, {}, {}};
        QChartView smallView(ChartFactory::create(small, ChartKind::TopBars, u"贡献"_s));
        smallView.resize(900, 500);
        smallView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&smallView));
        QVERIFY(smallView.chart()->localizeNumbers());
        QCOMPARE(axisOf(smallView.chart())->titleText(), u"Unit: yuan"_s);
        const QStringList smallLabels = labelsOf(smallView);
        QVERIFY2(smallLabels.contains(u"10,000"_s) || smallLabels.contains(u"20,000"_s),
                 qPrintable(smallLabels.join(u" | "_s)));
        // From 100,000 yuan on the axis counts in 10,000 yuan; the bars carry the scaled values.
        ChartData large{{u"甲公司"_s, u"乙公司"_s}, {23456789.0, 150000.0}, {}, {}};
        QChartView largeView(ChartFactory::create(large, ChartKind::TopBars, u"贡献"_s));
        largeView.resize(900, 500);
        largeView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&largeView));
        QCOMPARE(axisOf(largeView.chart())->titleText(), u"Unit: 10,000 yuan"_s);
        QVERIFY(axisOf(largeView.chart())->max() >= 2345.6789);
        QVERIFY(axisOf(largeView.chart())->max() < 10000.0);
        const QStringList largeLabels = labelsOf(largeView);
        QVERIFY2(std::any_of(largeLabels.cbegin(), largeLabels.cend(),
                             [](const QString& t) { return t.contains(u',') && t.front().isDigit(); }),
                 qPrintable(largeLabels.join(u" | "_s)));
        // A count axis names what it counts; in Chinese the money unit reads 万元.
        ChartData counts{{u"咨询"_s, u"投诉"_s}, {1200.0, 3400.0}, {}, u"Services"_s};
        QChartView barsView(ChartFactory::create(counts, ChartKind::Bars, QString()));
        barsView.resize(900, 500);
        barsView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&barsView));
        QCOMPARE(axisOf(barsView.chart())->titleText(), u"Services"_s);
        const QStringList countLabels = labelsOf(barsView);
        QVERIFY2(countLabels.contains(u"1,000"_s) || countLabels.contains(u"2,000"_s),
                 qPrintable(countLabels.join(u" | "_s)));
        Language::install(u"zh_CN"_s);
        std::unique_ptr<QChart> chinese(ChartFactory::create(large, ChartKind::TopBars, QString()));
        QCOMPARE(axisOf(chinese.get())->titleText(), u"单位：万元"_s);
        Language::install(u"en"_s);
        QLocale::setDefault(before);
    }

    void churnAndServiceCharts()
    {
        ReportPage churn(m_ws, ReportKind::Churn);
        QVERIFY(waitUpdated(churn));
        int losses = 0;
        for (double v : churn.chartData().values)
            losses += int(v);
        QCOMPARE(losses,
                 int(SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM lost_records WHERE status = 3"_s)
                         ->toLongLong())); // the demo's confirmed losses
        ReportPage service(m_ws, ReportKind::Service);
        QVERIFY(waitUpdated(service));
        QCOMPARE(service.chartData().labels, (QStringList{u"咨询"_s, u"建议"_s, u"投诉"_s}));
    }

    void everyChartOfTheDemoHasMoreThanOneBar()
    {
        // The demo company looks like a real one: each analysis, as it opens and in each grouping, draws more
        // than one bar or slice with a value.
        const auto nonZero = [](const ChartData& chart) {
            return std::count_if(chart.values.cbegin(), chart.values.cend(), [](double v) { return v > 0; });
        };
        for (ReportKind kind :
             {ReportKind::Contribution, ReportKind::Composition, ReportKind::Service, ReportKind::Churn}) {
            ReportPage page(m_ws, kind);
            QVERIFY(waitUpdated(page));
            QVERIFY2(nonZero(page.chartData()) > 1,
                     qPrintable(u"report %1: %2"_s.arg(int(kind)).arg(page.chartData().labels.join(u", "_s))));
            if (kind != ReportKind::Composition)
                continue;
            auto* by = page.findChild<QComboBox*>(u"byComboBox"_s);
            for (int i = 1; i < by->count(); ++i) {
                by->setCurrentIndex(i);
                QVERIFY(waitUpdated(page));
                QVERIFY2(nonZero(page.chartData()) > 1, qPrintable(by->currentText()));
            }
        }
    }

    void pdfAndExcelExports()
    {
        Language::install(u"zh_CN"_s);
        ReportPage page(m_ws, ReportKind::Contribution);
        QVERIFY(waitUpdated(page));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"r.pdf"_s);
        QVERIFY(page.exportTo(pdf, u"pdf"_s));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        // No Kangxi radicals in the text layer (户 must stay 户, not ⼾): search and copy work in the PDF.
        for (const QChar c : body)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(body.left(300)));
        QVERIFY2(body.contains(u"客户贡献分析"_s), qPrintable(body.left(500)));
        const QString firstCustomer = page.document().table.rows.value(0, 1).toString();
        QVERIFY(body.contains(firstCustomer));
        QVERIFY(body.contains(page.document().table.displayText(-1, 2))); // the total
        QVERIFY(body.contains(u"合计"_s));
        const QString xlsx = dir.filePath(u"r.xlsx"_s);
        QVERIFY(page.exportTo(xlsx, u"xlsx"_s));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s});
        QVERIFY(unzip.waitForFinished());
        QVERIFY(QString::fromUtf8(unzip.readAllStandardOutput()).contains(firstCustomer));
        Language::install(u"en"_s);
    }
};

QTEST_MAIN(ReportPageTest)
#include "ReportPageTest.moc"
