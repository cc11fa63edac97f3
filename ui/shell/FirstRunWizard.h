#pragma once

#include "db/DatabaseUrl.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QPushButton;

namespace ketong {

class Clock;

/// The first start with no database configured: create a database on this PC, connect to the
/// office's PostgreSQL server, or open the demo company. The choice is remembered by the caller.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    enum PageId { ChoicePage, LocalPage, ServerPage };

    FirstRunWizard(const Clock& clock, QWidget* parent = nullptr);

    /// The database chosen (valid after accept()).
    const DatabaseUrl& url() const { return m_url; }
    bool demo() const { return m_demo; }
    /// The server password typed (kept for this session only, never stored).
    QString serverPassword() const;
    /// Where a new single-PC database goes by default, and where the demo company lives.
    static QString defaultDatabasePath();
    static QString demoDatabasePath();

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWizardPage* createChoicePage();
    QWizardPage* createLocalPage();
    QWizardPage* createServerPage();
    void retranslateUi();
    bool createLocal();
    bool connectServer();
    void testServer();

    const Clock& m_clock;
    DatabaseUrl m_url;
    bool m_demo = false;
    QWizardPage* m_choice;
    QWizardPage* m_local;
    QWizardPage* m_server;
    QLabel* m_choiceIntro;
    QRadioButton* m_localRadio;
    QRadioButton* m_serverRadio;
    QRadioButton* m_demoRadio;
    QLabel* m_localHelp;
    QLabel* m_serverHelp;
    QLabel* m_demoHelp;
    QLabel* m_pathLabel;
    QLineEdit* m_pathEdit;
    QLabel* m_adminLoginLabel;
    QLineEdit* m_adminLoginEdit;
    QLabel* m_adminNameLabel;
    QLineEdit* m_adminNameEdit;
    QLabel* m_adminPasswordLabel;
    QLineEdit* m_adminPasswordEdit;
    QLabel* m_adminRepeatLabel;
    QLineEdit* m_adminRepeatEdit;
    QLabel* m_localError;
    QLabel* m_hostLabel;
    QLineEdit* m_hostEdit;
    QLabel* m_portLabel;
    QSpinBox* m_portSpin;
    QLabel* m_dbNameLabel;
    QLineEdit* m_dbNameEdit;
    QLabel* m_userLabel;
    QLineEdit* m_userEdit;
    QLabel* m_passwordLabel;
    QLineEdit* m_passwordEdit;
    QPushButton* m_testButton;
    QLabel* m_serverStatus;
};

} // namespace ketong
