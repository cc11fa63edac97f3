#include "ActivitiesDialog.h"

#include "ActivityDialog.h"
#include "common/MessageBox.h"
#include "customers/ActivityService.h"
#include "models/PagedListModel.h"

#include <QPushButton>

namespace ketong {

ActivitiesDialog::ActivitiesDialog(const Workspace& workspace, const Customer& customer, bool readOnly, QWidget* parent)
    : RecordListDialog(workspace, customer, parent)
    , m_readOnly(readOnly)
    , m_newButton(addButton("newPushButton"))
    , m_editButton(addButton("editPushButton"))
    , m_deleteButton(addButton("deletePushButton"))
{
    setObjectName(QStringLiteral("activitiesDialog"));
    m_newButton->setVisible(!readOnly);
    m_deleteButton->setVisible(!readOnly);
    connect(m_newButton, &QPushButton::clicked, this, &ActivitiesDialog::newRecord);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            activate(id);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            deleteRecord(id);
    });
    setQuery(ActivityService(*workspace.db, *workspace.clock, workspace.session).listQuery(customer.id));
    retranslateUi();
}

void ActivitiesDialog::retranslateUi()
{
    RecordListDialog::retranslateUi();
    setWindowTitle(tr("Interaction records of %1").arg(m_customer.name));
    m_newButton->setText(tr("New"));
    m_editButton->setText(m_readOnly ? tr("View") : tr("Edit"));
    m_deleteButton->setText(tr("Delete"));
}

void ActivitiesDialog::activate(qint64 id)
{
    if (ActivityDialog(m_workspace, m_customer.id, id, m_readOnly, this).exec() == QDialog::Accepted)
        model()->refresh();
}

void ActivitiesDialog::newRecord()
{
    if (m_readOnly)
        return;
    if (ActivityDialog(m_workspace, m_customer.id, 0, false, this).exec() == QDialog::Accepted)
        model()->refresh();
}

void ActivitiesDialog::deleteRecord(qint64 id)
{
    if (m_readOnly)
        return;
    ActivityService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const auto record = service.load(id);
    if (!record) {
        MessageBox::warning(this, windowTitle(), record.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Delete interaction record"),
                             tr("Delete the record \"%1\" of %2?")
                                 .arg(record->title, record->date.toString(QStringLiteral("yyyy-MM-dd")))) !=
        QMessageBox::Yes)
        return;
    if (auto s = service.remove(id, record->version); !s)
        MessageBox::warning(this, windowTitle(), s.error().message());
    model()->refresh();
}

} // namespace ketong
