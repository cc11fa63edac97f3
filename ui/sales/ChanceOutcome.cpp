#include "ChanceOutcome.h"

#include "SuccessDialog.h"
#include "common/MessageBox.h"
#include "sales/ChanceService.h"

namespace ketong {

ChanceOutcome::Outcome ChanceOutcome::succeed(QWidget* parent, const Workspace& workspace, const SalesChance& chance,
                                              Error* error)
{
    SuccessDialog dialog(workspace, chance, parent);
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.refusal().code() == ErrorCode::None)
            return Outcome::Cancelled;
        *error = dialog.refusal();
        return Outcome::Refused;
    }
    MessageBox::information(parent, tr("Developed successfully"),
                            tr("The customer was developed successfully; a new customer record was added."));
    return Outcome::Done;
}

ChanceOutcome::Outcome ChanceOutcome::fail(QWidget* parent, const Workspace& workspace, const SalesChance& chance,
                                           Error* error)
{
    const QString question =
        tr("Terminate the development of \"%1\"? The chance will be archived as failed.").arg(chance.title);
    if (MessageBox::question(parent, tr("Terminate development"), question) != QMessageBox::Yes)
        return Outcome::Cancelled;
    if (auto s = ChanceService(*workspace.db, *workspace.clock, workspace.session).fail(chance.id, chance.version);
        !s) {
        *error = s.error();
        return Outcome::Refused;
    }
    MessageBox::information(parent, tr("Terminate development"), tr("Development failed; the chance is archived."));
    return Outcome::Done;
}

} // namespace ketong
