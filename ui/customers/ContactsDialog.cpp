#include "ContactsDialog.h"

#include "ContactDialog.h"
#include "common/MessageBox.h"
#include "customers/ContactService.h"
#include "models/PagedListModel.h"

#include <QPushButton>

namespace ketong {

ContactsDialog::ContactsDialog(const Workspace& workspace, const Customer& customer, bool readOnly, QWidget* parent)
    : RecordListDialog(workspace, customer, parent)
    , m_readOnly(readOnly)
    , m_newButton(addButton("newPushButton"))
    , m_editButton(addButton("editPushButton"))
    , m_deleteButton(addButton("deletePushButton"))
{
    setObjectName(QStringLiteral("contactsDialog"));
    m_newButton->setVisible(!readOnly);
    m_deleteButton->setVisible(!readOnly);
    connect(m_newButton, &QPushButton::clicked, this, &ContactsDialog::newRecord);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            activate(id);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            deleteRecord(id);
    });
    setQuery(ContactService(*workspace.db, *workspace.clock, workspace.session).listQuery(customer.id));
    retranslateUi();
}

void ContactsDialog::retranslateUi()
{
    RecordListDialog::retranslateUi();
    setWindowTitle(tr("Contacts of %1").arg(m_customer.name));
    m_newButton->setText(tr("New"));
    m_editButton->setText(m_readOnly ? tr("View") : tr("Edit"));
    m_deleteButton->setText(tr("Delete"));
}

void ContactsDialog::activate(qint64 id)
{
    if (ContactDialog(m_workspace, m_customer.id, id, m_readOnly, this).exec() == QDialog::Accepted)
        model()->refresh();
}

void ContactsDialog::newRecord()
{
    if (m_readOnly)
        return;
    if (ContactDialog(m_workspace, m_customer.id, 0, false, this).exec() == QDialog::Accepted)
        model()->refresh();
}

void ContactsDialog::deleteRecord(qint64 id)
{
    if (m_readOnly)
        return;
    ContactService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const auto contact = service.load(id);
    if (!contact) {
        MessageBox::warning(this, windowTitle(), contact.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Delete contact"), tr("Delete the contact %1?").arg(contact->name)) !=
        QMessageBox::Yes)
        return;
    if (auto s = service.remove(id, contact->version); !s)
        MessageBox::warning(this, windowTitle(), s.error().message());
    model()->refresh();
}

} // namespace ketong
